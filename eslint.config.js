// One linter for the whole tree; the architecture's boundaries are rules here, not wishes.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
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

export default defineConfig(
  { ignores: ['node_modules/', 'dist/', '.output/', '.wxt/'] },
  js.configs.recommended,
  // Type-aware rules: a promise nobody awaits (a lost storage write, a failed fetch nobody hears of)
  // or one handed where a plain callback is expected is a bug the compiler does not see.
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  // The few JavaScript files (this one, the rollup config, the demo's page script) are not in a tsconfig.
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  {
    // Tests read untyped data on purpose (parsed JSON, calendar properties, vitest's `expect.any()`
    // matchers), and a wrong shape fails the assertion; fakes of async APIs are `async` to match them.
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**', '**/testing/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
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
    ignores: ['shared/publisher/**', 'shared/ui/**', 'shared/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path'], message: 'shared/ is pure: Node belongs in shared/publisher/.' },
            { group: ['**/widget/**', '**/extension/**'], message: 'the core depends on nothing above it.' },
            {
              group: ['preact', 'preact/*', '@preact/*', '**/ui', '**/ui/**'],
              message: 'the core is pure: components belong in shared/ui/, which uses the core, not the other way.',
            },
          ],
        },
      ],
    },
  },
  {
    // The tour editor's rules: pure like the core (they also run in the editor's page), Node kept out.
    files: ['shared/publisher/draft/**/*.ts'],
    ignores: ['shared/publisher/draft/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path'], message: "the editor's rules run in a browser too: no Node." },
            {
              group: ['preact', 'preact/*', '@preact/*', '**/ui', '**/ui/**', '**/editor/**'],
              message: 'rules, not screens.',
            },
          ],
        },
      ],
    },
  },
  {
    // The tour editor's page runs in a browser: no Node, no extension API.
    files: ['shared/publisher/editor/**'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'browser'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'wxt', 'wxt/*'], message: 'the editor is a static page: no Node, no extension API.' },
            { group: ['**/widget/**', '**/extension/**'], message: 'shared/ depends on nothing above it.' },
          ],
        },
      ],
    },
  },
  {
    // The UI both products show: the DOM and Preact, but nothing of one product (no `browser.*`).
    files: ['shared/ui/**'],
    ignores: ['shared/ui/**/*.test.*', 'shared/ui/vitest.config.ts'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'browser'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'wxt', 'wxt/*'], message: 'shared/ui/ runs in any page: no Node, no extension API.' },
            { group: ['**/widget/**', '**/extension/**'], message: 'shared/ depends on nothing above it.' },
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
