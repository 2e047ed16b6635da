// Small tests: pure functions and single classes, no database.
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'backend:unit',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
