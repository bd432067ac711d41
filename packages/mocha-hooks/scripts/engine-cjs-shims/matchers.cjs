'use strict';
module.exports = require('../load-engine-esm.cjs')('matchers');
