// Jest: unit tests beside the code (libs/*/src/__tests__), e2e tests in test/. Real PostgreSQL and Redis.
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
    // The web client's component tests (jsdom, chosen per file by its docblock).
    '^.+\\.tsx$': ['ts-jest', { tsconfig: '<rootDir>/apps/web/tsconfig.test.json', diagnostics: false }],
  },
  moduleNameMapper: {
    '^@renkei/migrations$': '<rootDir>/migrations',
    '^@renkei/(.*)$': '<rootDir>/libs/$1/src',
  },
  testMatch: ['<rootDir>/libs/**/__tests__/**/*.spec.ts', '<rootDir>/apps/**/__tests__/**/*.spec.ts', '<rootDir>/apps/web/src/**/__tests__/**/*.spec.tsx', '<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  // Two cores on CI: one worker per core, each test file on its own database.
  maxWorkers: 2,
  testTimeout: 60_000,
  // A failed run still stops every service the setup started.
  forceExit: false,
};
