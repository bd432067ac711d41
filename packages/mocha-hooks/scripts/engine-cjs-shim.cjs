// What `@pactwright/engine` means inside dist/index.cjs. The engine's own CommonJS entry is used when
// it loads; if it cannot (a CJS build problem such as `import.meta` in a bundled module), the ESM
// build is loaded with require(esm) — available without flags on every Node this package supports.
'use strict';
let engine;
try {
  engine = require('@pactwright/engine');
} catch (cjsError) {
  const { dirname, join } = require('node:path');
  try {
    engine = require(join(dirname(require.resolve('@pactwright/engine/package.json')), 'dist', 'index.js'));
  } catch {
    throw cjsError;
  }
}
module.exports = engine;
