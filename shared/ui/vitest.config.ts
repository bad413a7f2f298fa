// Unit tests of the shared UI: components rendered in happy-dom, as both products mount them.
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'shared ui',
    include: ['**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    env: { TZ: 'Pacific/Auckland' },
  },
});
