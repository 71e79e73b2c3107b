// Jest: unit tests beside the code (libs/*/src/__tests__), e2e tests in test/. Real PostgreSQL and Redis.
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  transform: {
    // .tsx: the web client's component tests (jsdom per file); the root tsconfig carries `jsx` for
    // them (ts-jest reuses one compiler configuration per worker, so a second one for .tsx was
    // not always applied). Their types are checked with apps/web/tsconfig.test.json.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
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
