/** @type {import('jest').Config} */
module.exports = {
  // The environment, the run owner (pacts written once, from a green run) and pacts/ kept out of watch mode.
  preset: '@pactwright/jest-env',
  testEnvironmentOptions: {
    // Namespaced: Jest copies testEnvironmentOptions keys onto the test's globals.
    // pactDir is not set: pacts go to ./pacts (relative to this folder), or to PACTWRIGHT_PACT_DIR.
    pactwright: { consumer: 'orders-web', provider: 'users-orders-api' },
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: { '\\.ts$': 'babel-jest' },
};
