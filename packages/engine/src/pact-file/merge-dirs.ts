// Node's `fs.promises`, read at each call: `node:fs/promises` loads on first use, not with the engine
// (1-4 ms of every process's start, most of which never touch a pact file).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PactWriteError } from '../errors.js';
import { parsePact } from '../model/parse.js';
import { MAX_DEPTH_CEILING } from '../model/limits.js';
import { newerSpec } from '../model/spec-version.js';
import type { HttpInteraction, OtherInteraction, Pact, Draft } from '../model/types.js';
import { interactionContent as content, interactionKey, normalizeInteractions } from './merge.js';

/** One pact file read from an input directory. */
interface Input {
  file: string;
  pact: Pact;
}

function identity(interaction: HttpInteraction | OtherInteraction): string {
  const key = (interaction as { key?: unknown }).key;
  return typeof key === 'string' ? `key\u0000${key}` : interactionKey(interaction);
}

async function readInputs(dirs: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = (await fs.readdir(dir)).filter((name) => name.endsWith('.json')).sort();
    } catch (error) {
      throw new PactWriteError(`cannot read the directory ${dir}: ${error instanceof Error ? error.message : String(error)}`, dir, { cause: error });
    }
    for (const name of names) {
      const file = path.join(dir, name);
      const text = await fs.readFile(file, 'utf8');
      try {
        inputs.push({ file, pact: parsePact(text, { maxDepth: MAX_DEPTH_CEILING }) });
      } catch (error) {
        throw new PactWriteError(`${file} is not a valid pact: ${error instanceof Error ? error.message : String(error)}`, file, { cause: error });
      }
    }
  }
  return inputs;
}

/**
 * The pacts of several directories (CI shards, each written by part of a test run) merged into
 * one per consumer–provider pair: every interaction once. Refuses, naming both files, a file
 * whose name does not match the pair inside it, and two different versions of one interaction.
 * Nothing is written; the caller writes the result.
 *
 * @example
 * ```ts
 * const pacts = await mergePactDirectories(['shard-1/pacts', 'shard-2/pacts']);
 * for (const pact of pacts) await writePactToDir(pact, 'pacts', { overwrite: true });
 * ```
 */
export async function mergePactDirectories(dirs: readonly string[]): Promise<Pact[]> {
  const inputs = await readInputs(dirs);
  const groups = new Map<string, { pact: Draft<Pact> & { interactions: HttpInteraction[]; otherInteractions: OtherInteraction[] }; seen: Map<string, { file: string; content: string; description: string }> }>();
  for (const { file, pact } of inputs) {
    const expected = `${pact.consumer.name}-${pact.provider.name}.json`;
    if (path.basename(file) !== expected) {
      throw new PactWriteError(`${file} holds the pact between '${pact.consumer.name}' and '${pact.provider.name}', which belongs in a file named ${expected}`, file);
    }
    const group = groups.get(expected) ?? { pact: { ...pact, interactions: [] as HttpInteraction[], otherInteractions: [] as OtherInteraction[] }, seen: new Map() };
    groups.set(expected, group);
    group.pact.specVersion = newerSpec(group.pact.specVersion, pact.specVersion);
    for (const interaction of [...pact.interactions, ...pact.otherInteractions]) {
      const id = identity(interaction);
      const text = content(interaction);
      const earlier = group.seen.get(id);
      if (earlier !== undefined) {
        if (earlier.content !== text) {
          throw new PactWriteError(
            `two different versions of the interaction "${interaction.description}": in ${earlier.file} and in ${file}. ` +
              'The shards ran different tests under one description; give one of them another description, or run them from the same commit',
            file,
          );
        }
        continue;
      }
      group.seen.set(id, { file, content: text, description: interaction.description });
      if ('request' in interaction) group.pact.interactions.push(interaction as HttpInteraction);
      else group.pact.otherInteractions.push(interaction as OtherInteraction);
    }
  }
  return [...groups.values()].map((group) => normalizeInteractions(group.pact));
}
