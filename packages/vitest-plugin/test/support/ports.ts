import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isListening } from '@pactwright/adapter-scenarios';

/** Ports the fixture tests recorded (tests/record-port.ts). */
export async function recordedPorts(projectDir: string): Promise<number[]> {
  const text = await readFile(join(projectDir, 'ports/ports.txt'), 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map(Number);
}

/**
 * Whether `port` is still held by a server of the finished Vitest run: something accepts connections
 * on 127.0.0.1:`port`, and still does after two seconds. The run's processes have exited by the time
 * this is asked, so a server of theirs left open can only be in a process that outlived them, and
 * stays. Asking once is not enough on a busy machine: CI runs the other packages' suites beside
 * this one, and their servers take ephemeral ports too, so a port Vitest's run had freed is
 * sometimes taken again for a moment by a test elsewhere.
 */
export async function stillListening(port: number): Promise<boolean> {
  for (let check = 0; check < 8; check++) {
    if (!(await isListening(port))) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return true;
}
