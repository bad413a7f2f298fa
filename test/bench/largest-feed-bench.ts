/**
 * The widget and the extension's popup against a feed at the format's maximum size (MAX_STOPS
 * stops): the longest task on the page's main thread while the calendar comes (a long task is one
 * over 50 ms; a visitor cannot scroll or click meanwhile), and how long the interactions take
 * (Event Timing: from the click to the next paint, clicked once the page has loaded), against
 * the 100 ms a response feels instant within. The widget twice: served from the page's own origin
 * (the feed read in a worker) and from another origin (read in the page).
 *
 * `npm run bench` calls `runLargestFeedBench()`, after building the widget and the extension's
 * test build.
 */
import type { Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { PAGE_SIZE } from '../../shared/ui/stop-list.tsx';
import { launchChromium } from '../support/chromium.ts';
import { launchExtension, readBadge, startFeedServer, waitFor } from '../extension/support/harness.ts';
import { largestFeed } from '../widget/support/largest-feed.ts';
import { json, SCRIPT, startSite, TODAY } from '../widget/support/site.ts';
import { median, ms } from './timing.ts';

const RUNS = 5;

/** Records long tasks and interactions from the first moment of the page. */
const OBSERVE = `(() => {
  window.__longest = 0;
  window.__interactions = [];
  window.__marks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'click') window.__interactions.push([entry.startTime, entry.duration]);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
})();`;

interface Sample {
  longestMs: number;
  /** Each click, by name: 0 when it painted within 16 ms (Event Timing's floor). */
  clicks: Record<string, number>;
}

/** Clicks `locator` under `name`: the page notes when, so that the click's timing is named. */
async function namedClick(page: Page, name: string, locator: ReturnType<Page['locator']>): Promise<void> {
  await page.evaluate(
    (what) => (window as unknown as { __marks: [string, number][] }).__marks.push([what, performance.now()]),
    name,
  );
  await locator.click();
}

async function readSample(page: Page): Promise<Sample> {
  // Event Timing reports a click once its frame is painted: give it that frame.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
  return page.evaluate(() => {
    const seen = window as unknown as {
      __longest: number;
      __interactions: [number, number][];
      __marks: [string, number][];
    };
    const clicks: Record<string, number> = Object.fromEntries(seen.__marks.map(([name]) => [name, 0]));
    for (const [start, duration] of seen.__interactions) {
      const mark = seen.__marks.filter(([, at]) => at <= start).at(-1);
      if (mark) clicks[mark[0]] = Math.max(clicks[mark[0]]!, duration);
    }
    return { longestMs: seen.__longest, clicks };
  });
}

async function widgetSamples(crossOrigin: boolean): Promise<Sample[]> {
  const [browser, site, cdn] = await Promise.all([launchChromium(), startSite(), startSite()]);
  try {
    const feed = site.on('/feeds/largest.json', json(largestFeed(TODAY)));
    const script = crossOrigin ? `${cdn.origin}${SCRIPT}` : SCRIPT;
    const url = site.page('/largest.html', {
      body: `<intercotour-calendar feed="${feed}" now="${TODAY}"></intercotour-calendar><script src="${script}"></script>`,
    });
    const samples: Sample[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(OBSERVE);
      await page.goto(url);
      await page.locator('intercotour-calendar li.ic-stop').first().waitFor();
      // Clicks once the page has loaded (the schema.org chunk in): a click during the load waits
      // behind its longest task, which the first column shows.
      await page.waitForLoadState('networkidle');
      await namedClick(page, 'more', page.getByRole('button', { name: 'Voir plus d’étapes' }));
      await page.locator('intercotour-calendar li.ic-stop').nth(PAGE_SIZE).waitFor();
      await namedClick(page, 'menu', page.locator('intercotour-calendar li.ic-stop .ic-menu > button').first());
      await page.locator('intercotour-calendar [role="menuitem"]').first().waitFor();
      // The first run warms Chromium up; it is not counted.
      if (run > 0) samples.push(await readSample(page));
      await context.close();
    }
    return samples;
  } finally {
    await browser.close();
    await Promise.all([site.close(), cdn.close()]);
  }
}

async function popupSamples(): Promise<Sample[]> {
  const server = await startFeedServer();
  const extension = await (async () => {
    server.serveJson('/stops.json', JSON.parse(largestFeed(TODAY)) as unknown);
    return launchExtension();
  })();
  try {
    await waitFor(async () => (await readBadge(extension)).text !== '', 'the badge', 60_000);
    const samples: Sample[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const page = await extension.context.newPage();
      await page.addInitScript(OBSERVE);
      await page.goto(`chrome-extension://${extension.id}/popup.html`);
      await page.locator('li.ic-stop').first().waitFor();
      await page.waitForLoadState('networkidle');
      await namedClick(page, 'menu', page.locator('li.ic-stop .ic-menu > button').first());
      await page.locator('[role="menuitem"]').first().waitFor();
      if (run > 0) samples.push(await readSample(page));
      await page.close();
    }
    return samples;
  } finally {
    await extension.dispose();
    await server.close();
  }
}

export async function runLargestFeedBench(): Promise<void> {
  const rows: [string, Sample[]][] = [
    ['widget, served from the page’s origin (worker)', await widgetSamples(false)],
    ['widget, served from another origin (in the page)', await widgetSamples(true)],
    ['extension popup', await popupSamples()],
  ];
  console.log(`A feed at its maximum size (1,000 stops) — headless Chromium, medians of ${RUNS} loads`);
  const columns = ['longest task', '“Voir plus”', 'open a menu'];
  console.log(`  ${''.padEnd(52)}${columns.map((column) => column.padStart(15)).join('')}`);
  const shown = (value: number | undefined) => (value === undefined ? '—' : value ? ms(value) : '< 16 ms');
  for (const [name, samples] of rows) {
    const of = (pick: (sample: Sample) => number | undefined) => {
      const values = samples.map(pick).filter((value): value is number => value !== undefined);
      return values.length ? median(values) : undefined;
    };
    const cells = [
      of((sample) => sample.longestMs),
      of((sample) => sample.clicks.more),
      of((sample) => sample.clicks.menu),
    ];
    console.log(`  ${name.padEnd(52)}${cells.map((cell) => shown(cell).padStart(15)).join('')}`);
  }
  console.log('  A long task is over 50 ms; a click answered within 100 ms feels instant.');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runLargestFeedBench();
