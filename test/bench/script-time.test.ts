/**
 * `scriptTime` counts a page's script wherever it runs: in a task, in a promise callback, after an
 * `await` on a worker's answer (where the widget renders). Each page below does the same fixed
 * work there, about 35 ms of CPU: each must read about as much CPU time as the task does, far
 * more than a page without script, and never more CPU than wall-clock time. (A machine's load
 * stretches the wall clock, not the CPU a fixed work takes.) Its arithmetic (own times, nothing
 * twice, only the page's thread, both clocks) is checked on a trace written by hand.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';
import { SCRIPT_TRACE_CATEGORIES, scriptTime, type ScriptTime, type TraceEvent } from './script-time.ts';

const PAGE = 'http://127.0.0.1:8080/page';

const work = `let x = 0; for (let i = 0; i < 6e6; i += 1) x = (x * 31 + i) % 1000003; window.sink = x; window.done = true;`;

const PAGES: Record<string, string> = {
  'a task': `setTimeout(() => { ${work} }, 50);`,
  'a promise callback': `setTimeout(() => Promise.resolve().then(() => { ${work} }), 50);`,
  "an await on a worker's answer": `(async () => {
    const worker = new Worker('/worker.js');
    await new Promise((resolve) => (worker.onmessage = resolve));
    ${work}
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

async function traced(path: string): Promise<ScriptTime> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await browser.startTracing(page, { categories: SCRIPT_TRACE_CATEGORIES });
    const url = `${server.origin}/${encodeURIComponent(path)}`;
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { done?: boolean }).done === true);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    return scriptTime(traceEvents, url);
  } finally {
    await context.close();
  }
}

describe('a page’s script time, from a trace', () => {
  const read = new Map<string, ScriptTime>();
  beforeAll(async () => {
    for (const path of [...Object.keys(PAGES), 'blank']) read.set(path, await traced(path));
  });

  it.each(Object.keys(PAGES))('counts the work run in %s', (path) => {
    const { cpuMs, wallMs } = read.get(path)!;
    const task = read.get('a task')!.cpuMs;
    expect(cpuMs).toBeGreaterThan(0.6 * task);
    expect(cpuMs).toBeLessThan(1.6 * task);
    expect(cpuMs).toBeGreaterThan(read.get('blank')!.cpuMs + 15);
    expect(wallMs).toBeGreaterThanOrEqual(cpuMs - 0.5);
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
  /** An event of `ms` on the wall clock, of which `cpu` ms on the thread's core (all of it unless said). */
  const event = (name: string, ts: number, ms: number, pid = 1, cpu = ms): TraceEvent => ({
    name,
    ph: 'X',
    pid,
    tid: 1,
    ts,
    dur: ms * 1000,
    tdur: cpu * 1000,
  });
  const parsed = (url: string, pid = 1): TraceEvent => ({
    ...event('ParseHTML', 0, 1, pid),
    args: { beginData: { url } },
  });

  it('counts each script event’s own time once, and no layout a script forces, on both clocks', () => {
    const trace = [
      thread(1, 1),
      parsed(PAGE),
      // A task of 10 ms (8 on the core): a callback of 4 ms (3) inside it, and inside that a layout of 1 ms.
      event('TimerFire', 10_000, 10, 1, 8),
      event('FunctionCall', 11_000, 4, 1, 3),
      event('Layout', 12_000, 1),
      // Promise callbacks after it (5 ms, 2 on the core), then tiering up hot code inside them.
      event('RunMicrotasks', 30_000, 5, 1, 2),
      event('V8.BytecodeBudgetInterrupt', 31_000, 2, 1, 0.5),
      event('Paint', 40_000, 3),
    ];
    const { wallMs, cpuMs } = scriptTime(trace, PAGE);
    expect(wallMs).toBeCloseTo(6 + 3 + 3 + 2);
    expect(cpuMs).toBeCloseTo(5 + 2 + 1.5 + 0.5);
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
    expect(scriptTime(trace, PAGE)).toEqual({ wallMs: 7, cpuMs: 7 });
    expect(() => scriptTime(trace, 'http://127.0.0.1:8080/other')).toThrow(/other/);
  });

  it('refuses a trace without the thread’s CPU time rather than reading zero', () => {
    const withoutCpu = event('FunctionCall', 5_000, 7);
    delete withoutCpu.tdur;
    expect(() => scriptTime([thread(1, 1), parsed(PAGE), withoutCpu], PAGE)).toThrow(/CPU time/);
  });
});
