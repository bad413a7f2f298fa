import { defineBackground } from 'wxt/utils/define-background';
import { browserDeps } from '../background/deps.ts';
import { startBackground } from '../background/start.ts';

// main() cannot be async: startBackground registers every listener before its first await.
export default defineBackground(() => {
  startBackground(browserDeps());
});
