import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';

/** Ports the fixture tests recorded (tests/record-port.ts). */
export async function recordedPorts(projectDir: string): Promise<number[]> {
  const text = await readFile(join(projectDir, 'ports/ports.txt'), 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map(Number);
}

/** Whether something still accepts connections on 127.0.0.1:`port` (bounded by a short timeout). */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (listening: boolean): void => {
      socket.destroy();
      resolve(listening);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
