// Browser tests of the built tour editor (dist/editor, served by `serveDemo` at /editor/ with its
// CSP): real Chromium, French, one file at a time.
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'editor (browser)',
    include: ['**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./global-setup.ts'],
    // Two cores: one browser at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A condition the browser reaches through its own tasks (a file read, a storage write, a
    // repaint) is waited for as long as a loaded machine needs, not vitest's default second.
    expect: { poll: { timeout: 20_000 } },
    env: { TZ: 'Europe/Paris' },
  },
});
