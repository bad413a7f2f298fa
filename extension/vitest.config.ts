// Unit tests of the extension's logic and background against WXT's fake browser.
import { defineProject } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineProject({
  plugins: [WxtVitest()],
  test: {
    name: 'extension',
    include: ['**/*.test.ts', '**/*.test.tsx'],
    environment: 'node',
    // A far zone: the code must take the user's zone as a parameter, never lean on the machine's.
    env: { TZ: 'Pacific/Auckland' },
  },
});
