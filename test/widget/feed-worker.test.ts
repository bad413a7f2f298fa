/**
 * Where a feed is fetched and read. Served from the page's own origin, the widget does both in a
 * worker, so that the request, its body and the zod checks cost the host page's main thread
 * nothing; loaded from another origin, or when the worker cannot start, it does them in the page.
 * Either way the visitor sees the same calendar, and the page's console stays quiet.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  calendarsReady,
  FEED,
  SCRIPT,
  siteInChromium,
  startSite,
  stopCities,
  TODAY,
  watchedPage,
} from './support/site.ts';

const env = siteInChromium();

const READER = /\/intercotour-reader-[\w-]+\.js$/;
const WORKER = /\/intercotour-worker-[\w-]+\.js$/;

/** The feed's requests the page itself made (a worker's own requests are in its own timeline). */
const feedFetchedByPage = (page: Page) =>
  page.evaluate(
    (feed) => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(feed)).length,
    FEED,
  );

function calendarPage(path: string, script = SCRIPT): string {
  return env.site.page(path, {
    body: `<intercotour-calendar feed="${FEED}" now="${TODAY}"></intercotour-calendar>
<script src="${script}" async></script>`,
  });
}

describe('the feed’s request and reader', () => {
  it('run in a worker when the widget comes from the page’s own origin', async () => {
    const { page, requests, errors, context } = await watchedPage(env.browser);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(calendarPage('/worker/same-origin.html'));
    await calendarsReady(page);
    const [cities] = await stopCities(page);
    expect(cities!.length).toBeGreaterThan(1);
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(WORKER);
    // The page itself neither requests the feed nor loads the reader: all of it runs in the worker.
    expect(await feedFetchedByPage(page)).toBe(0);
    expect(requests.filter((url) => READER.test(url))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives the same calendar read in the page when the worker cannot start', async () => {
    const inWorker = await watchedPage(env.browser);
    await inWorker.page.goto(calendarPage('/worker/reference.html'));
    await calendarsReady(inWorker.page);
    const expected = await stopCities(inWorker.page);
    await inWorker.context.close();

    const { page, requests, errors, context } = await watchedPage(env.browser);
    await page.route(WORKER, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(calendarPage('/worker/missing.html'));
    await calendarsReady(page);
    expect(await stopCities(page)).toEqual(expected);
    expect(await feedFetchedByPage(page)).toBe(1);
    expect(requests.filter((url) => READER.test(url))).toHaveLength(1);
    // The 404 itself is the browser's line; nothing of the widget's own.
    expect(errors.filter((line) => !/404/.test(line))).toEqual([]);
    await context.close();
  });

  it('run in the page when the widget comes from another origin (a worker must be same-origin)', async () => {
    const cdn = await startSite();
    try {
      const { page, requests, errors, context } = await watchedPage(env.browser);
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      await page.goto(calendarPage('/worker/cross-origin.html', `${cdn.origin}${SCRIPT}`));
      await calendarsReady(page);
      const [cities] = await stopCities(page);
      expect(cities!.length).toBeGreaterThan(1);
      expect(workers).toEqual([]);
      expect(await feedFetchedByPage(page)).toBe(1);
      expect(requests.filter((url) => READER.test(url))).toEqual([
        expect.stringMatching(new RegExp(`^${cdn.origin}/dist/widget/intercotour-reader-`)),
      ]);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await cdn.close();
    }
  });
});
