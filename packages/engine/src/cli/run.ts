import { PactwrightError } from '../errors.js';
import { closestName } from '../model/closest-name.js';
import { mergePactDirectories } from '../pact-file/merge-dirs.js';
import { writePactToDir } from '../pact-file/write.js';
import { mergeOwners, readOwners, writeOwners } from '../pact-file/owners.js';

/** Where the command line writes. */
export interface CliOutput {
  write(text: string): void;
}

const usage = `Usage: pactwright merge <dir>... --out <dir>

Merges the pact files of several directories (for example the pacts directories of CI shards)
into one pact per consumer and provider in --out, with the record of which test file verified
which interaction (.pactwright/owners.json). Two different versions of one interaction are
refused, and nothing is written then.
`;

const commands = ['merge'] as const;

function fail(err: CliOutput, message: string): number {
  err.write(`pactwright: ${message}\n`);
  return 1;
}

/**
 * The `pactwright` command line. Returns the exit code.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(['merge', 'shard-1/pacts', 'shard-2/pacts', '--out', 'pacts'], process.stdout, process.stderr);
 * ```
 */
export async function runCli(args: readonly string[], out: CliOutput, err: CliOutput): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h') {
    out.write(usage);
    return command === undefined ? 1 : 0;
  }
  if (command !== 'merge') {
    const suggestion = closestName(command, commands);
    return fail(err, `unknown command "${command}"${suggestion ? `; did you mean "${suggestion}"?` : ''}\n\n${usage}`);
  }
  const dirs: string[] = [];
  let outDir: string | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--out') {
      outDir = rest[i + 1];
      i += 1;
      if (outDir === undefined || outDir.startsWith('--')) return fail(err, '--out needs a directory');
    } else if (arg.startsWith('--out=')) {
      outDir = arg.slice('--out='.length);
    } else if (arg.startsWith('-')) {
      const suggestion = closestName(arg.replace(/^-+/, ''), ['out']);
      return fail(err, `unknown option "${arg}"${suggestion ? `; did you mean "--${suggestion}"?` : ''}\n\n${usage}`);
    } else {
      dirs.push(arg);
    }
  }
  if (outDir === undefined || outDir === '') return fail(err, `merge needs --out <dir>\n\n${usage}`);
  if (dirs.length === 0) return fail(err, `merge needs at least one directory of pacts to merge\n\n${usage}`);
  try {
    const pacts = await mergePactDirectories(dirs);
    if (pacts.length === 0) return fail(err, `no pact files (*.json) in ${dirs.join(', ')}`);
    for (const pact of pacts) {
      const file = await writePactToDir(pact, outDir, { overwrite: true, spec: pact.specVersion });
      out.write(`${file}: ${pact.interactions.length + pact.otherInteractions.length} interaction(s)\n`);
    }
    // Which test file verified what travels with the pacts, so the next run on the merged
    // directory replaces only what its own files wrote.
    await writeOwners(outDir, mergeOwners(await Promise.all(dirs.map((dir) => readOwners(dir)))));
    return 0;
  } catch (error) {
    if (error instanceof PactwrightError) return fail(err, error.message);
    throw error;
  }
}
