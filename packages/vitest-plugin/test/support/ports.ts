import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Ports the fixture tests recorded (tests/record-port.ts). */
export async function recordedPorts(projectDir: string): Promise<number[]> {
  const text = await readFile(join(projectDir, 'ports/ports.txt'), 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map(Number);
}

/** Whether something still accepts connections on 127.0.0.1:`port`: the shared scenarios' check. */
export { isListening } from '@pactwright/adapter-scenarios';
