// What `@pactwright/engine` (and its subpaths) mean inside dist/index.cjs. The engine's ESM build
// is loaded with require(esm) (no flag needed on the Node versions this package supports):
// CommonJS and ESM test files then share one engine instance, and the engine loads once. Its own
// CommonJS entry is the fallback (e.g. a runtime without require(esm)).
'use strict';
module.exports = function loadEngineEsm(entry) {
  const { dirname, join } = require('node:path');
  try {
    return require(join(dirname(require.resolve('@pactwright/engine/package.json')), 'dist', `${entry}.js`));
  } catch (esmError) {
    try {
      return require(entry === 'index' ? '@pactwright/engine' : `@pactwright/engine/${entry}`);
    } catch {
      throw esmError;
    }
  }
};
