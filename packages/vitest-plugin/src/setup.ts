/**
 * The setup file the plugin adds to `test.setupFiles`: Vitest runs it before each test file, and it
 * installs that file's lifecycle (file-lifecycle.ts, bound to `vitest` in vitest-lifecycle.ts).
 * Where every file has a worker of its own (Vitest 4 and later, isolated `forks` or `threads`), the
 * plugin takes it out again and the main entry installs the lifecycle instead (fresh-workers.ts).
 *
 * It holds nothing else because Vitest does not load a setup file as it loads other files of a
 * package: it transforms it, sends it to each worker and compiles it there again, in every test
 * file of the project, unit tests included. A module this file imports is loaded by Node, once per
 * worker (tsup.config.ts keeps it a file of its own).
 */
import { installFileLifecycle } from './vitest-lifecycle.js';

installFileLifecycle();
