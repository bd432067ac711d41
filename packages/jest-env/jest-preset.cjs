// `preset: '@pactwright/jest-env'` in the Jest config: the Pactwright environment, and the default
// pact directory out of watch mode's way (a pact written by a run must not start another run).
// With another pactDir, add it to watchPathIgnorePatterns yourself.
'use strict';
module.exports = {
  testEnvironment: '@pactwright/jest-env',
  watchPathIgnorePatterns: ['<rootDir>/pacts/'],
};
