#!/usr/bin/env node
// Every README quick start, run as written, the way a user runs it: in a fresh project outside the
// repository, with our packages installed from their packed tarballs (no workspace links) and
// everything else from the npm registry. The quick starts are the READMEs' own code blocks, marked
// with HTML comments:
//
//   <!-- quickstart NAME: install -->        the `npm install …` block that follows
//   <!-- quickstart NAME: file -->           the code block that follows, saved under the name its
//                                            first line gives (`// jest.config.js`)
//   <!-- quickstart NAME: file=.mocharc.json -->  the same, named here (JSON has no comments)
//   <!-- quickstart NAME: run="npx jest" pact="pacts/web-api.json" -->
//                                            the command, and the pact file it must write
//
// Run after `npm run build`. Needs the npm registry.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readmes = ['README.md', ...readdirSync(path.join(root, 'packages')).map((p) => path.join('packages', p, 'README.md'))].filter((f) =>
  existsSync(path.join(root, f)),
);

/** Quick starts by name: install line, files, command and expected pact, each with where it was written. */
const quickstarts = new Map();
const MARKER = /^<!-- quickstart ([\w-]+): (install|file(?:=(\S+))?|run="([^"]+)" pact="([^"]+)") -->$/;
for (const readme of readmes) {
  const lines = readFileSync(path.join(root, readme), 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = MARKER.exec(lines[i] ?? '');
    if (!m) continue;
    const [, name, kind, explicitName, run, pact] = m;
    const qs = quickstarts.get(name) ?? { name, readme, files: [], install: undefined, run: undefined, pact: undefined };
    quickstarts.set(name, qs);
    if (kind.startsWith('run=')) {
      qs.run = run;
      qs.pact = pact;
      continue;
    }
    const open = i + 1;
    if (!(lines[open] ?? '').startsWith('```')) throw new Error(`${readme}:${i + 1}: a quickstart marker must be followed by a code block`);
    const close = lines.findIndex((line, j) => j > open && line.startsWith('```'));
    const body = lines.slice(open + 1, close);
    if (kind === 'install') {
      const install = body.find((line) => line.startsWith('npm install'));
      if (!install) throw new Error(`${readme}:${i + 1}: no npm install line in the block`);
      qs.install = install.replace(/^npm install\s+(--save-dev\s+|-D\s+)?/, '').split(/\s+/).filter(Boolean);
    } else {
      const fileName = explicitName ?? /^\/\/ (\S+)/.exec(body[0] ?? '')?.[1];
      if (!fileName) throw new Error(`${readme}:${i + 1}: name the file in the block's first line (// name) or in the marker (file=name)`);
      qs.files.push({ name: fileName, text: `${body.join('\n')}\n` });
    }
    i = close;
  }
}

function run(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', FORCE_COLOR: '0', ...env }, timeout: 300_000 });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

const work = mkdtempSync(path.join(tmpdir(), 'pactwright-quickstarts-'));
const failures = [];
try {
  // Our packages as users get them: packed tarballs.
  const tarballs = new Map();
  for (const dir of readdirSync(path.join(root, 'packages'))) {
    const pkg = JSON.parse(readFileSync(path.join(root, 'packages', dir, 'package.json'), 'utf8'));
    if (pkg.private) continue;
    const packed = run('npm', ['pack', '--json', '--pack-destination', work], path.join(root, 'packages', dir));
    if (!packed.ok) throw new Error(`npm pack failed in packages/${dir}:\n${packed.output}`);
    // The prepack script's output comes first; the JSON report starts on a line of its own.
    const [info] = JSON.parse(packed.output.slice(packed.output.search(/^\[/m)).replace(/\n\][\s\S]*$/, '\n]'));
    tarballs.set(pkg.name, path.join(work, info.filename));
    rmSync(path.join(root, 'packages', dir, 'LICENSE'), { force: true });
  }

  for (const qs of quickstarts.values()) {
    const where = `${qs.name} (${qs.readme})`;
    if (!qs.install || !qs.run || qs.files.length === 0) {
      failures.push(`${where}: needs an install block, at least one file and a run marker`);
      continue;
    }
    const project = path.join(work, qs.name);
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ name: `quickstart-${qs.name}`, private: true }, null, 2)}\n`);
    // A package of ours comes from its tarball, and so does the engine it depends on (not published yet).
    const specs = qs.install.map((spec) => tarballs.get(spec) ?? spec);
    if (qs.install.some((spec) => tarballs.has(spec))) specs.push(tarballs.get('@pactwright/engine'));
    const started = Date.now();
    const installed = run('npm', ['install', '--save-dev', '--no-audit', '--no-fund', ...specs], project);
    if (!installed.ok) {
      failures.push(`${where}: npm install failed\n${installed.output}`);
      continue;
    }
    for (const file of qs.files) {
      mkdirSync(path.dirname(path.join(project, file.name)), { recursive: true });
      writeFileSync(path.join(project, file.name), file.text);
    }
    const [command, ...args] = qs.run.split(' ');
    const result = run(command, args, project);
    const pactFile = path.join(project, qs.pact);
    const pact = existsSync(pactFile) ? JSON.parse(readFileSync(pactFile, 'utf8')) : undefined;
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (!result.ok) failures.push(`${where}: \`${qs.run}\` failed\n${result.output}`);
    else if (!pact || !(pact.interactions?.length > 0)) failures.push(`${where}: \`${qs.run}\` passed but wrote no ${qs.pact}\n${result.output}`);
    else console.log(`quickstart ${qs.name.padEnd(9)} ${qs.readme.padEnd(32)} ${qs.run.padEnd(16)} ok: ${qs.pact} (${pact.interactions.length} interaction(s)), ${seconds} s with install`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (quickstarts.size === 0) failures.push('no quick start found in the READMEs');
if (failures.length > 0) {
  console.error(failures.join('\n\n'));
  process.exit(1);
}
