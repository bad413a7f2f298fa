// The built extension in a real Firefox ESR (puppeteer-core over WebDriver BiDi), one file at a time.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'extension (Firefox)',
    include: ['**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./global-setup.ts'],
    // One browser at a time on two cores; the feed's port is fixed by the test build. Vitest runs
    // every project without file parallelism in one queue, one file after another: this project
    // never overlaps the Chromium one on that port.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A condition the browser reaches through its own tasks (a feed read, a storage change, a
    // repaint) is waited for as long as a loaded machine needs, not vitest's default second.
    expect: { poll: { timeout: 20_000 } },
    env: { TZ: 'Europe/Paris' },
  },
});
