// Unit tests of the widget: components and state in happy-dom, the core's clock-free rules beside them.
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'widget',
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    env: { TZ: 'Pacific/Auckland' },
  },
});
