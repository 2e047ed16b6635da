// Medium tests: the real AppModule against a real database (PostgreSQL or PGlite) and queue.
// TEST_DRIVERS=services|embedded picks the drivers; scripts/test.mjs runs both passes.
module.exports = {
  ...require('../jest.preset.js'),
  displayName: `backend:integration:${process.env.TEST_DRIVERS ?? 'embedded'}`,
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/__tests__/**/*.integration-spec.ts'],
  testTimeout: 60000,
  maxWorkers: 2,
};
