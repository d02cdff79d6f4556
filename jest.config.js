/** Unit, contract and e2e tests in one run; `npm test` is the command CI runs. */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testRegex: '(src|test)/.*\\.(spec|e2e-spec|contract-spec)\\.ts$',
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 30000,
  maxWorkers: 2,
  setupFiles: ['reflect-metadata'],
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
