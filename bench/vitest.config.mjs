import { defineConfig } from 'vitest/config';

// Only the bench's own tests: the FILE workload writes whole test projects under .tmp/.
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
