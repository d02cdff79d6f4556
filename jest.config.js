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
  // The tsconfig `paths` aliases (ts-node: tsconfig-paths; the build: scripts/resolve-aliases.js).
  moduleNameMapper: {
    '^@kernel/(.*)$': '<rootDir>/src/kernel/$1',
    '^@infrastructure/(.*)$': '<rootDir>/src/infrastructure/$1',
    '^@modules/(.*)$': '<rootDir>/src/modules/$1',
    '^@config/(.*)$': '<rootDir>/src/config/$1',
  },
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
