// One linter for the whole tree; the architecture's boundaries are rules here, not wishes.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'chrome',
  'browser',
  'fetch',
].map((name) => ({
  name,
  message: 'shared/ is the pure core: take this as a parameter from the widget or the extension.',
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.output/', '.wxt/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/publisher/**', 'shared/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path'], message: 'shared/ is pure: Node belongs in shared/publisher/.' },
            { group: ['**/widget/**', '**/extension/**'], message: 'the core depends on nothing above it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['widget/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/extension/**'], message: 'widget/ and extension/ depend on shared/, never on each other.' },
          ],
        },
      ],
    },
  },
  {
    files: ['extension/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/widget/**'], message: 'widget/ and extension/ depend on shared/, never on each other.' },
          ],
        },
      ],
    },
  },
);
