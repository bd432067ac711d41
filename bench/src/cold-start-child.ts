// One cold start (workload COLD): this fresh process imports the engine, starts its first mock
// server and closes it, and prints how long the import and the start took. Node's own start-up
// comes before the first line and is not counted: it is the same with or without Pactwright.
const begin = performance.now();
const { startMockServer } = await import('@pactwright/engine');
const imported = performance.now();
const server = await startMockServer({ consumer: 'bench', provider: 'cold-start' });
const started = performance.now();
await server.close();
process.stdout.write(JSON.stringify({ importMs: imported - begin, startMs: started - imported }));
