// Browser tests of the built widget (`npm run build:widget` first): real Chromium over host pages.
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'widget (browser)',
    include: ['**/*.test.ts'],
    environment: 'node',
    // Two cores: one browser at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A condition the browser reaches through its own tasks (a feed read, a storage change, a
    // repaint) is waited for as long as a loaded machine needs, not vitest's default second.
    expect: { poll: { timeout: 20_000 } },
  },
});
