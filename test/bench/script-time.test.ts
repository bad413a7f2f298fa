/**
 * `scriptTimeMs` counts a page's script wherever it runs: in a task, in a promise callback, after
 * an `await` on a worker's answer (where the widget renders). Each page below spends 30 ms in one
 * busy loop there; a page without script reads less. Its arithmetic (own times, nothing twice,
 * only the page's thread) is checked on a trace written by hand: a loaded machine stretches
 * every event of a real one.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';
import { SCRIPT_TRACE_CATEGORIES, scriptTimeMs, type TraceEvent } from './script-time.ts';

const PAGE = 'http://127.0.0.1:8080/page';

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
    const url = `${server.origin}/${encodeURIComponent(path)}`;
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { done?: boolean }).done === true);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    return scriptTimeMs(traceEvents, url);
  } finally {
    await context.close();
  }
}

describe('a page’s script time, from a trace', () => {
  it.each(Object.keys(PAGES))('counts 30 ms of script run in %s', async (path) => {
    expect(await traced(path)).toBeGreaterThanOrEqual(BUSY_MS);
  });

  it('reads less for a page without work', async () => {
    expect(await traced('blank')).toBeLessThan(BUSY_MS);
  });
});

describe('its arithmetic, on a trace written by hand', () => {
  const thread = (pid: number, tid: number): TraceEvent => ({
    name: 'thread_name',
    ph: 'M',
    pid,
    tid,
    ts: 0,
    args: { name: 'CrRendererMain' },
  });
  const event = (name: string, ts: number, ms: number, pid = 1): TraceEvent => ({
    name,
    ph: 'X',
    pid,
    tid: 1,
    ts,
    dur: ms * 1000,
  });
  const parsed = (url: string, pid = 1): TraceEvent => ({
    ...event('ParseHTML', 0, 1, pid),
    args: { beginData: { url } },
  });

  it('counts each script event’s own time once, and no layout a script forces', () => {
    const trace = [
      thread(1, 1),
      parsed(PAGE),
      // A task of 10 ms: a callback of 4 ms inside it, and inside that a layout of 1 ms.
      event('TimerFire', 10_000, 10),
      event('FunctionCall', 11_000, 4),
      event('Layout', 12_000, 1),
      // Promise callbacks after it, then tiering up hot code inside them.
      event('RunMicrotasks', 30_000, 5),
      event('V8.BytecodeBudgetInterrupt', 31_000, 2),
      event('Paint', 40_000, 3),
    ];
    expect(scriptTimeMs(trace, PAGE)).toBeCloseTo(6 + 3 + 3 + 2);
  });

  it('reads the page’s own renderer only, not Chromium’s own pages', () => {
    const trace = [
      thread(1, 1),
      thread(2, 1),
      parsed('chrome://omnibox-popup.top-chrome/', 2),
      event('FunctionCall', 5_000, 50, 2),
      parsed(PAGE),
      event('FunctionCall', 5_000, 7),
    ];
    expect(scriptTimeMs(trace, PAGE)).toBeCloseTo(7);
    expect(() => scriptTimeMs(trace, 'http://127.0.0.1:8080/other')).toThrow(/other/);
  });
});
