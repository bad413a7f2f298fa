// Every test project in one place: `npm test` runs them all.
import { defineConfig } from 'vitest/config';

/** Unit tests of the pure core run twice, under two machine zones, so that nothing leans on `TZ`. */
const core = (name: string, tz: string) => ({
  test: {
    name,
    include: ['shared/**/*.test.ts'],
    // The shared UI has its own project, in a DOM.
    exclude: ['shared/ui/**'],
    environment: 'node',
    env: { TZ: tz },
  },
});

export default defineConfig({
  test: {
    projects: [
      core('core (TZ=UTC)', 'UTC'),
      core('core (TZ=Pacific/Auckland)', 'Pacific/Auckland'),
      { test: { name: 'repo', include: ['test/*.test.ts'], environment: 'node' } },
      // Each product owns its projects: unit tests beside its code, browser tests under test/.
      '{widget,extension,shared/ui}/vitest.config.ts',
      'test/*/vitest.config.ts',
    ],
  },
});
