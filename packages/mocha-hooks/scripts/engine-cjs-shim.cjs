// What `@pactwright/engine` means inside dist/index.cjs. The engine's ESM build is loaded with
// require(esm) (no flag needed on the Node versions this package supports): CommonJS and ESM test
// files then share one engine instance, and the engine loads once. Its own CommonJS entry is the
// fallback (e.g. a runtime without require(esm)).
'use strict';
let engine;
try {
  const { dirname, join } = require('node:path');
  engine = require(join(dirname(require.resolve('@pactwright/engine/package.json')), 'dist', 'index.js'));
} catch (esmError) {
  try {
    engine = require('@pactwright/engine');
  } catch {
    throw esmError;
  }
}
module.exports = engine;
