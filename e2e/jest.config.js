// Large tests: the built application as `npm start` runs it, driven through Debian's Chromium.
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'e2e:browser',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 60000,
  maxWorkers: 1,
};
