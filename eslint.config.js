import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The engine's core (model, matching, generators, dsl, mock) runs unchanged in a browser or a service
 * worker (the msw transport, Vitest browser mode): no `node:` module, no `Buffer` or `process`;
 * bytes are `Uint8Array` (model/bytes.ts). test/architecture/browser-core.test.ts runs the spec
 * conformance cases against a browser bundle of it.
 */
const CORE_LAYERS = ['model', 'matching', 'generators', 'dsl', 'mock', 'report'];
const CORE_MESSAGE = "the engine's core (model, matching, generators, dsl, mock, report) runs in browsers too: no Node-only modules or globals; bytes are Uint8Array";
const NODE_MODULES_PATTERN = { group: ['node:*'], message: CORE_MESSAGE };

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
  ...nodeFreeCore(),
);

/**
 * The engine's layers (packages/engine/README.md, "Contents"): each folder of src/ may import only
 * the layers below it, so an upward import fails `npm run lint`. model ← matching ← generators ←
 * mock (the transport-free mock: prepared interactions, selection, the ledger) ← server (its
 * node:http transport); the pact-file writer sits on the model alone, the DSL on model and matching (a matcher's
 * example is checked with the matching rule it writes), the report on model, matching and the mock's
 * outcomes, and the
 * session may use them all; the adapter runtime (runner/) sits on the session, and on the model and
 * the pact-file writer for the run owner, which writes a whole run's pacts.
 */
function engineLayers() {
  const LAYERS = ['model', 'matching', 'generators', 'dsl', 'mock', 'pact-file', 'report', 'server', 'session', 'runner', 'cli'];
  const allowed = {
    model: [],
    matching: ['model'],
    generators: ['model', 'matching'],
    dsl: ['model', 'matching'],
    mock: ['model', 'matching', 'generators'],
    'pact-file': ['model'],
    report: ['model', 'matching', 'mock'],
    server: ['model', 'matching', 'generators', 'mock', 'pact-file'],
    session: ['model', 'matching', 'generators', 'dsl', 'mock', 'pact-file', 'report', 'server'],
    runner: ['model', 'pact-file', 'session'],
    cli: ['model', 'pact-file'],
  };
  return LAYERS.flatMap((layer) => {
    const forbidden = LAYERS.filter((other) => other !== layer && !allowed[layer].includes(other));
    const layerPattern = {
      group: forbidden.map((other) => `**/${other}/*`),
      message: `${layer}/ may import only ${allowed[layer].length === 0 ? 'nothing above it' : allowed[layer].join(', ')} (the engine's layers, packages/engine/README.md)`,
    };
    const rule = (patterns) => (patterns.length === 0 ? 'off' : ['error', { patterns }]);
    const own = forbidden.length === 0 ? [] : [layerPattern];
    const patterns = CORE_LAYERS.includes(layer) ? [...own, NODE_MODULES_PATTERN] : own;
    return [{ files: [`packages/engine/src/${layer}/**/*.ts`], rules: { 'no-restricted-imports': rule(patterns) } }];
  });
}

function nodeFreeCore() {
  return [{
    files: [...CORE_LAYERS.map((layer) => `packages/engine/src/${layer}/**/*.ts`), 'packages/engine/src/load-on-first-use.ts', 'packages/engine/src/errors.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['Buffer', 'process', 'require', '__dirname', '__filename', 'global', 'setImmediate'].map((name) => ({ name, message: CORE_MESSAGE }))],
    },
  }];
}
