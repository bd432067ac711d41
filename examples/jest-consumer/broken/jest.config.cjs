// A deliberately broken variant of the example, to show what a failing pact test looks like.
// Not part of `npm test` (the example's own config only matches test/); @pactwright/jest-env's
// tests run it: `npx jest --config broken/jest.config.cjs`.
const base = require('../jest.config.cjs');

/** @type {import('jest').Config} */
module.exports = { ...base, rootDir: '..', testMatch: ['<rootDir>/broken/**/*.test.ts'] };
