/**
 * Each way a feed can fail — 404, 500, unreachable, too slow (10 s), not JSON, not a version-1
 * feed — shows a sentence and a "Réessayer" button; once the feed is back, retrying shows it.
 */
import { describe, expect, it } from 'vitest';
import { serveFolder } from '../support/static-server.ts';
import {
  calendarsReady,
  fixture,
  type Handler,
  json,
  SCRIPT,
  siteInChromium,
  stopCities,
  TODAY,
  watchedPage,
} from './support/site.ts';

const env = siteInChromium();

const GOOD = fixture('feeds/tour-2031.json');
const never: Handler = () => {
  // Holds the request open: the server never answers.
};

const CASES: { name: string; handler: Handler; sentence: string }[] = [
  { name: '404', handler: json('Not found', 404), sentence: 'le serveur a répondu par l’erreur 404' },
  { name: '500', handler: json('Oops', 500), sentence: 'le serveur a répondu par l’erreur 500' },
  { name: 'not JSON', handler: json('<!doctype html><p>Maintenance</p>'), sentence: 'ce n’est pas un fichier JSON' },
  {
    name: 'not version 1',
    handler: json(JSON.stringify({ ...JSON.parse(GOOD), version: 2 })),
    sentence: 'n’est pas un flux IntercoTOUR (version 1) valide',
  },
];

describe('a broken feed', () => {
  for (const { name, handler, sentence } of CASES) {
    it(`${name}: says so, then retry shows the feed once it is back`, async () => {
      const path = `/broken/${name.replaceAll(' ', '-')}/stops.json`;
      env.site.on(path, handler);
      const url = env.site.page(`/broken-${name.replaceAll(' ', '-')}.html`, {
        body: `<intercotour-calendar feed="${path}" now="${TODAY}"></intercotour-calendar><script src="${SCRIPT}"></script>`,
      });
      const { page, errors, context } = await watchedPage(env.browser);
      await page.goto(url);
      await calendarsReady(page);
      const alert = page.locator('intercotour-calendar [role="alert"]');
      expect(await alert.textContent()).toContain(sentence);
      env.site.on(path, json(GOOD));
      await alert.getByRole('button', { name: 'Réessayer' }).click();
      await expect.poll(async () => (await stopCities(page))[0]?.length).toBe(4);
      expect(await alert.count()).toBe(0);
      // Focus went from the vanished button to the calendar's title, not to the page's top.
      expect(
        await page.evaluate(() => document.querySelector('intercotour-calendar')!.shadowRoot!.activeElement?.id),
      ).toBe('title');
      // The browser's own line about the failed request is the only error on the console.
      expect(errors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);
      await context.close();
    });
  }

  it('unreachable: says so', async () => {
    const gone = await serveFolder('.');
    const feed = `${gone.origin}/stops.json`;
    await gone.close();
    const url = env.site.page('/broken-unreachable.html', {
      body: `<intercotour-calendar feed="${feed}" now="${TODAY}"></intercotour-calendar><script src="${SCRIPT}"></script>`,
    });
    const { page, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    expect(await page.locator('intercotour-calendar [role="alert"]').textContent()).toContain(
      'le serveur est injoignable',
    );
    await context.close();
  });

  it('too slow: gives up after 10 seconds on the page’s clock, keeping its space meanwhile', async () => {
    const path = '/broken/slow/stops.json';
    env.site.on(path, never);
    const url = env.site.page('/broken-slow.html', {
      body: `<intercotour-calendar feed="${path}" now="${TODAY}"></intercotour-calendar><script src="${SCRIPT}"></script>`,
    });
    const { page, context } = await watchedPage(env.browser);
    // The page's clock stands still until the test moves it.
    const start = new Date('2031-05-01T08:00:00Z');
    await page.clock.install({ time: start });
    // Paused a minute on: the installed clock runs meanwhile, and pausing at a moment it has
    // already passed is refused (it did under load). Only the time after the page's load counts.
    await page.clock.pauseAt(new Date(start.getTime() + 60_000));
    await page.goto(url);
    const status = page.locator('intercotour-calendar [role="status"]');
    expect(await status.textContent()).toBe('Chargement du calendrier…');
    // Loading reserves the calendar's room: 16em at 16px.
    const height = await page.evaluate(
      () => document.querySelector('intercotour-calendar')!.getBoundingClientRect().height,
    );
    expect(height).toBeGreaterThanOrEqual(256);
    await page.clock.runFor(9_900);
    expect(await status.count()).toBe(1);
    await page.clock.runFor(200);
    const alert = page.locator('intercotour-calendar [role="alert"]');
    expect(await alert.textContent()).toContain('le serveur n’a pas répondu à temps');
    env.site.on(path, json(GOOD));
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await expect.poll(async () => (await stopCities(page))[0]?.length).toBe(4);
    await context.close();
  });
});
