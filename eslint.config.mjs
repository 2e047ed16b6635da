import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import angular from 'angular-eslint';

export default tseslint.config(
  { ignores: ['**/dist', '**/node_modules', '**/.angular', '**/.nx', '.data', 'tmp', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      // Tags that nothing enforces are decoration: backend and frontend may use shared libs,
      // shared libs use only shared libs, e2e may use shared libs.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:backend', onlyDependOnLibsWithTags: ['scope:shared', 'scope:backend'] },
            { sourceTag: 'scope:frontend', onlyDependOnLibsWithTags: ['scope:shared', 'scope:frontend'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']", message: 'Focused tests skip the rest of the suite.' },
      ],
    },
  },
  {
    // Shared libraries stay framework-free: they run in the browser, the API and the benchmarks.
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@nestjs/*', '@angular/*', 'typeorm', 'typeorm/*', 'pg', 'bullmq', 'ioredis', 'express'], message: 'Shared libraries import no framework, ORM or driver.' }] },
      ],
    },
  },
  {
    // Floating promises hide failures: in tests an un-awaited assertion cannot fail.
    files: ['backend/**/*.ts', 'e2e/**/*.ts', 'libs/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error', '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }] },
  },
  ...angular.configs.tsRecommended.map((c) => ({ ...c, files: ['frontend/**/*.ts'] })),
  {
    files: ['frontend/**/*.ts'],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'mm', style: 'kebab-case' }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'mm', style: 'camelCase' }],
    },
  },
  ...angular.configs.templateRecommended.map((c) => ({ ...c, files: ['frontend/**/*.html'] })),
  ...angular.configs.templateAccessibility.map((c) => ({ ...c, files: ['frontend/**/*.html'] })),
);
