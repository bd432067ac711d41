import { defineConfig } from 'vitest/config';

// Every test spawns real Jest processes (Jest 29 and 30) over fixture projects; they are slow
// enough that running the files one after another keeps the 2-core CI machine from thrashing.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
