/** The vitest side of the editor's tests: a Chromium and the editor's server per test file. */
import { afterAll, beforeAll } from 'vitest';
import { serveDemo } from '../../../widget/demo/serve-demo.ts';
import { launchChromium } from '../../support/chromium.ts';
import { FRENCH_CHROMIUM, type Env } from './editor.ts';
import { EDITOR_DIST } from './paths.ts';

/**
 * A Chromium and the editor's server for the calling test file: started before its tests, closed
 * after them. Read the fields inside tests and hooks, once `beforeAll` has filled them.
 */
export function editorInChromium(): Env {
  const env = {} as Env;
  beforeAll(async () => {
    [env.browser, env.server] = await Promise.all([
      launchChromium({ env: FRENCH_CHROMIUM }),
      serveDemo({ port: 0, dist: EDITOR_DIST }),
    ]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
