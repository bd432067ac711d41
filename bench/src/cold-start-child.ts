// One cold start (workload COLD): this fresh process imports the engine, starts its first mock
// server and closes it, and prints how long the import and the start took. Node's own start-up
// comes before the first line and is not counted: it is the same with or without Pactwright.
import { createRequire } from 'node:module';

const begin = performance.now();
const { startMockServer } = await import('@pactwright/engine');
const imported = performance.now();
const server = await startMockServer({ consumer: 'bench', provider: 'cold-start' });
const started = performance.now();
await server.close();
// How the engine was loaded ('used': with V8's code cache), read after the timed part.
const codeCache = (createRequire(createRequire(import.meta.url).resolve('@pactwright/engine'))('./load.cjs') as { codeCacheStatus(): string }).codeCacheStatus();
process.stdout.write(JSON.stringify({ importMs: imported - begin, startMs: started - imported, codeCache }));
