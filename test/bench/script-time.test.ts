/**
 * `scriptTimeMs` counts a page's script wherever it runs: in a task, in a promise callback, after
 * an `await` on a worker's answer (where the widget renders). Each page below spends 30 ms in one
 * busy loop there; a page without script reads near zero.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';
import { SCRIPT_TRACE_CATEGORIES, scriptTimeMs, type TraceEvent } from './script-time.ts';

const BUSY_MS = 30;
const busy = `const start = performance.now(); while (performance.now() - start < ${BUSY_MS}) {} window.done = true;`;

const PAGES: Record<string, string> = {
  'a task': `setTimeout(() => { ${busy} }, 50);`,
  'a promise callback': `setTimeout(() => Promise.resolve().then(() => { ${busy} }), 50);`,
  "an await on a worker's answer": `(async () => {
    const worker = new Worker('/worker.js');
    await new Promise((resolve) => (worker.onmessage = resolve));
    ${busy}
  })();`,
};

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveFolder(import.meta.dirname)]);
  server.route((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const send = (type: string, body: string) => {
      response.writeHead(200, { 'Content-Type': `${type}; charset=utf-8` }).end(body);
      return true;
    };
    if (path === '/worker.js') return send('text/javascript', 'setTimeout(() => postMessage(1), 50);');
    if (path === '/blank') return send('text/html', '<!doctype html><p>Rien</p><script>window.done = true;</script>');
    const script = PAGES[path.slice(1)];
    return script !== undefined && send('text/html', `<!doctype html><p>Occupé</p><script>${script}</script>`);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function traced(path: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await browser.startTracing(page, { categories: SCRIPT_TRACE_CATEGORIES });
    await page.goto(`${server.origin}/${encodeURIComponent(path)}`);
    await page.waitForFunction(() => (window as unknown as { done?: boolean }).done === true);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    return scriptTimeMs(traceEvents);
  } finally {
    await context.close();
  }
}

describe('a page’s script time, from a trace', () => {
  it.each(Object.keys(PAGES))('counts 30 ms of script run in %s', async (path) => {
    const ms = await traced(path);
    expect(ms).toBeGreaterThanOrEqual(BUSY_MS);
    // The busy loop, plus the page's few lines and the waiting's polls: not a second loop's worth.
    expect(ms).toBeLessThan(2 * BUSY_MS);
  });

  it('reads a page without work as nearly nothing', async () => {
    expect(await traced('blank')).toBeLessThan(BUSY_MS / 3);
  });
});
