import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/*.generated.ts', '**/fixtures/**', '**/.tmp/**', '**/pacts/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        setImmediate: 'readonly', fetch: 'readonly', AbortController: 'readonly', TextDecoder: 'readonly',
        TextEncoder: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly', performance: 'readonly',
        __dirname: 'readonly', require: 'readonly', module: 'writable', globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...engineLayers(),
);

/**
 * The engine's layers (packages/engine/README.md, "Contents"): each folder of src/ may import only
 * the layers below it, so an upward import fails `npm run lint`. model ← matching ← generators ←
 * server; the pact-file writer sits on the model alone, the DSL on model and matching (a matcher's
 * example is checked with the matching rule it writes), the report on model and matching, and the
 * session may use them all; the adapter runtime (runner/) sits on the session, and on the model and
 * the pact-file writer for the run owner, which writes a whole run's pacts.
 */
function engineLayers() {
  const LAYERS = ['model', 'matching', 'generators', 'dsl', 'pact-file', 'report', 'server', 'session', 'runner', 'cli'];
  const allowed = {
    model: [],
    matching: ['model'],
    generators: ['model', 'matching'],
    dsl: ['model', 'matching'],
    'pact-file': ['model'],
    report: ['model', 'matching'],
    server: ['model', 'matching', 'generators', 'pact-file'],
    session: ['model', 'matching', 'generators', 'dsl', 'pact-file', 'report', 'server'],
    runner: ['model', 'pact-file', 'session'],
    cli: ['model', 'pact-file'],
  };
  return LAYERS.map((layer) => {
    const forbidden = LAYERS.filter((other) => other !== layer && !allowed[layer].includes(other));
    return {
      files: [`packages/engine/src/${layer}/**/*.ts`],
      rules: {
        'no-restricted-imports': forbidden.length === 0 ? 'off' : ['error', {
          patterns: [{
            group: forbidden.map((other) => `**/${other}/*`),
            message: `${layer}/ may import only ${allowed[layer].length === 0 ? 'nothing above it' : allowed[layer].join(', ')} (the engine's layers, packages/engine/README.md)`,
          }],
        }],
      },
    };
  });
}
