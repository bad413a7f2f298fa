/**
 * The widget against add-to-calendar-button (a devDependency, served from node_modules), in one
 * run of headless Chromium: time from navigation to the calendar shown, and the script time the
 * page spends (from a trace of each load, promise callbacks included: `script-time.ts`), on the
 * main thread's CPU clock (its own work, whatever else the machine runs) and on the wall clock, as
 * medians over runs alternating between the two pages, each on a cold cache. Twice: on localhost
 * as it is (bytes cost nothing, round trips little), then on a mobile network as Lighthouse
 * emulates one (150 ms round trip, 1.6 Mbit/s). Nothing may leave localhost: other hosts do not
 * even resolve, and any attempt is reported.
 *
 * `npm run bench` calls `runWidgetBench()`; `tsx test/bench/widget-bench.ts` runs it alone.
 */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';
import { SCRIPT_TRACE_CATEGORIES, scriptTime, type ScriptTime, type TraceEvent } from './script-time.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const OURS = '/dist/widget/intercotour-widget.js';
const THEIRS = '/node_modules/add-to-calendar-button/dist/atcb.js';

interface Contender {
  name: string;
  path: string;
  script: string;
  html: string;
  /** True in the page once the calendar is there (run inside the shadow roots' observers). */
  shown: string;
}

/** The same stop on both pages: the Paris stop of the 2019 tour. */
const CONTENDERS: Contender[] = [
  {
    name: 'IntercoTOUR widget',
    path: '/bench/widget.html',
    script: OURS,
    html: `<intercotour-calendar feed="/bench/feed/stops.json" now="2019-06-01" region="ile-de-france"></intercotour-calendar>
<script src="${OURS}" async></script>`,
    shown: `document.querySelector('intercotour-calendar')?.shadowRoot?.querySelector('li.ic-stop') != null`,
  },
  {
    name: 'add-to-calendar-button',
    path: '/bench/atcb.html',
    script: THEIRS,
    html: `<add-to-calendar-button name="IntercoTOUR Île-de-France" startDate="2019-06-26" endDate="2019-06-27"
  location="Paris (Île-de-France)" timeZone="Europe/Paris" language="fr"
  options="'Apple','Google','iCal','Outlook.com','Microsoft365','Yahoo'"></add-to-calendar-button>
<script src="${THEIRS}" async></script>`,
    shown: `document.querySelector('add-to-calendar-button')?.shadowRoot?.querySelector('button') != null`,
  },
];

interface Network {
  name: string;
  /** Chrome DevTools' `Network.emulateNetworkConditions`, or none for localhost as it is. */
  conditions?: { latency: number; downloadThroughput: number; uploadThroughput: number };
}

const NETWORKS: Network[] = [
  { name: 'localhost' },
  {
    name: 'mobile (150 ms, 1.6 Mbit/s)',
    conditions: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  },
];

/** Every host but this machine fails to resolve: nothing can leave, whatever a script tries. */
const OFFLINE_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

interface Sample extends ScriptTime {
  shownMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The pages, their scripts and the feed, gzipped as a CDN sends them (the bytes on the wire count). */
async function serve(): Promise<StaticServer> {
  const server = await serveFolder(REPO);
  const gzipped = new Map<string, Buffer>();
  const zipped = async (file: string) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(await readFile(`${REPO}${file}`), { level: 9 }));
    return gzipped.get(file)!;
  };
  const send = (response: ServerResponse, type: string, body: Buffer) => {
    response
      .writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-cache' })
      .end(body);
  };
  server.route(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/bench/feed/stops.json') {
      send(response, 'application/json; charset=utf-8', await zipped('shared/data/tour-2019.json'));
      return true;
    }
    if (
      path.endsWith('.js') &&
      (path.startsWith('/dist/widget/') || path.startsWith('/node_modules/add-to-calendar-button/'))
    ) {
      send(response, 'text/javascript; charset=utf-8', await zipped(path.slice(1)));
      return true;
    }
    const contender = CONTENDERS.find((each) => each.path === path);
    if (!contender) return false;
    const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Banc d’essai</title></head><body><main>${contender.html}</main></body></html>`;
    send(response, 'text/html; charset=utf-8', gzipSync(page));
    return true;
  });
  return server;
}

/** One cold load: a fresh context, traced; the moment the calendar appears, then the script time. */
async function measure(
  browser: Browser,
  origin: string,
  contender: Contender,
  network: Network,
  foreign: Set<string>,
): Promise<Sample> {
  const context = await browser.newContext();
  try {
    // The page says when the calendar first stands in a shadow root, through a binding: polling
    // it from here would add script of ours to the page's trace.
    let shown: (ms: number) => void = () => undefined;
    const shownMs = new Promise<number>((resolve) => (shown = resolve));
    await context.exposeBinding('__benchShown', (_source, ms: number) => shown(ms));
    await context.addInitScript(`(() => {
      let told = false;
      const check = () => { if (!told && (${contender.shown})) { told = true; window.__benchShown(performance.now()); } };
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        new MutationObserver(check).observe(root, { childList: true, subtree: true });
        return root;
      };
    })();`);
    const page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(`${origin}/`)) foreign.add(request.url());
    });
    if (network.conditions) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network.conditions });
    }
    await browser.startTracing(page, { categories: SCRIPT_TRACE_CATEGORIES });
    try {
      await page.goto(`${origin}${contender.path}`, { waitUntil: 'load' });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const shownAt = await Promise.race([
        shownMs,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`${contender.name} was not shown within 30 s.`)), 30_000);
        }),
      ]).finally(() => clearTimeout(timer));
      // Let the page finish what it started (its requests, and the scripts they bring) before reading the script time.
      await page.waitForLoadState('networkidle');
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      return { shownMs: shownAt, ...scriptTime(traceEvents, `${origin}${contender.path}`) };
    } catch (error) {
      await browser.stopTracing().catch(() => undefined);
      throw error;
    }
  } finally {
    await context.close();
  }
}

async function gzipKb(path: string): Promise<string> {
  const content = await readFile(`${REPO}${path.slice(1)}`);
  return `${(gzipSync(content, { level: 9 }).length / 1000).toFixed(1)} KB`;
}

type Medians = { shown: number; cpu: number; wall: number };

async function bench(browser: Browser, origin: string, network: Network, runs: number, foreign: Set<string>) {
  const samples = new Map<string, Sample[]>(CONTENDERS.map((contender) => [contender.name, []]));
  // One warm-up each, not counted: first loads pay for Chromium's own start.
  for (const contender of CONTENDERS) await measure(browser, origin, contender, network, foreign);
  for (let run = 0; run < runs; run += 1) {
    // Alternate who goes first, so that neither always follows the other.
    const order = run % 2 === 0 ? CONTENDERS : [...CONTENDERS].reverse();
    for (const contender of order) {
      samples.get(contender.name)!.push(await measure(browser, origin, contender, network, foreign));
    }
  }
  return CONTENDERS.map((contender) => {
    const list = samples.get(contender.name)!;
    return {
      shown: median(list.map((sample) => sample.shownMs)),
      cpu: median(list.map((sample) => sample.cpuMs)),
      wall: median(list.map((sample) => sample.wallMs)),
    };
  }) as [Medians, Medians];
}

export async function runWidgetBench(options: { runs?: number } = {}): Promise<void> {
  const runs = options.runs ?? 15;
  const [browser, server] = await Promise.all([launchChromium({ args: OFFLINE_ARGS }), serve()]);
  const foreign = new Set<string>();
  const results: [Network, [Medians, Medians]][] = [];
  try {
    for (const network of NETWORKS)
      results.push([network, await bench(browser, server.origin, network, runs, foreign)]);
  } finally {
    await browser.close();
    await server.close();
  }

  const row = (label: string, a: string, b: string, ratio: string) =>
    `  ${label.padEnd(62)}${a.padStart(20)}${b.padStart(26)}${ratio.padStart(9)}`;
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `Widget against add-to-calendar-button — headless Chromium, medians of ${runs} cold loads each, alternated`,
  );
  console.log(row('', CONTENDERS[0]!.name, CONTENDERS[1]!.name, 'ratio'));
  for (const [network, [ours, theirs]] of results) {
    console.log(
      row(
        `${network.name}: navigation → shown`,
        ms(ours.shown),
        ms(theirs.shown),
        (ours.shown / theirs.shown).toFixed(2),
      ),
    );
    console.log(
      row(
        `${network.name}: script time (main thread's CPU)`,
        ms(ours.cpu),
        ms(theirs.cpu),
        (ours.cpu / theirs.cpu).toFixed(2),
      ),
    );
    console.log(
      row(`  the same on the wall clock`, ms(ours.wall), ms(theirs.wall), (ours.wall / theirs.wall).toFixed(2)),
    );
  }
  console.log(row('script size (gzip -9)', await gzipKb(OURS), await gzipKb(THEIRS), ''));
  console.log('  Our page also fetches its feed (a second round trip); the button has its one event inline.');
  console.log(
    foreign.size === 0
      ? '  No request left localhost.'
      : `  Requests to other hosts were attempted: ${[...foreign].join(', ')}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runWidgetBench();
