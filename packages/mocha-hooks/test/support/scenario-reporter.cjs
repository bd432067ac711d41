// A Mocha reporter for the shared scenario list: one JSON entry per test result, with the
// failure's cause (Mocha's JSON reporter drops it: an Error serialises to {}).
'use strict';
const { writeFileSync } = require('node:fs');

const text = (error) => (error === undefined || error === null ? '' : `${String(error.message ?? error)}\n${String(error.stack ?? '')}`);

module.exports = class ScenarioReporter {
  constructor(runner, options) {
    const output = (options.reporterOption ?? options.reporterOptions ?? {}).output;
    const tests = [];
    runner.on('pass', (test) => tests.push({ title: test.title, status: 'passed', message: '' }));
    runner.on('pending', (test) => tests.push({ title: test.title, status: 'skipped', message: '' }));
    runner.on('fail', (test, error) => {
      const cause = error?.cause;
      tests.push({ title: test.title, status: 'failed', message: text(error), ...(cause ? { cause: text(cause) } : {}) });
    });
    runner.once('end', () => writeFileSync(output, JSON.stringify(tests)));
  }
};
