// Shared jest settings: SWC transpiles TypeScript (with decorator metadata, which Nest's DI needs),
// and the workspace path aliases map to the libraries' sources.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@mentor/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
    '^@mentor/matching$': path.join(__dirname, 'libs/matching/src/index.ts'),
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
