// Unit tests for the web app's framework-free parts (translations, formatting, navigation rules).
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'frontend',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
