/**
 * The README's three snippets on a plain page, and the ways pages include the script: twice,
 * async, defer, in the head before the placeholders. Plus what the widget must never do there:
 * throw, set a cookie, or request anything but the feed and its own files.
 */
import { describe, expect, it } from 'vitest';
import {
  calendarsReady,
  calendarTexts,
  FEED,
  SCRIPT,
  siteInChromium,
  startSite,
  stopCities,
  TODAY,
  watchedPage,
} from './support/site.ts';

const env = siteInChromium();

const NEXT = 'Paris';

describe('the three ways to embed', () => {
  it('1. the script renders where it stands, and fills placeholders', async () => {
    const url = env.site.page('/modes/script.html', {
      body: `<p>Avant</p>
<script src="${SCRIPT}" data-feed="${FEED}" data-now="${TODAY}" data-region="ile-de-france" data-lang="fr" async></script>
<p id="after">Après</p>
<div data-intercotour-calendar data-feed="${FEED}" data-now="${TODAY}" data-region="normandie"></div>`,
    });
    const { page, errors, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page, 2);
    const placed = await page.evaluate(() => document.querySelector('script + intercotour-calendar + #after') !== null);
    expect(placed).toBe(true);
    expect(await stopCities(page)).toEqual([[NEXT], ['Essaiville']]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('2. the custom element, once the script is on the page', async () => {
    const url = env.site.page('/modes/element.html', {
      body: `<intercotour-calendar feed="${FEED}" now="${TODAY}" region="ile-de-france" lang="en"></intercotour-calendar>
<script src="${SCRIPT}"></script>`,
    });
    const { page, errors, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    const [text] = await calendarTexts(page);
    expect(text).toContain('Next stop');
    expect(text).toContain('May 13–14, 2031');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('3. the iframe, for CMSs that strip scripts: settings from its address', async () => {
    const src = `/dist/widget/embed.html?region=76&lang=en&theme=dark&view=compact&now=2019-06-01`;
    const url = env.site.page('/modes/iframe.html', {
      body: `<iframe src="${src}" title="Calendrier de la tournée IntercoTOUR" width="100%" height="600"></iframe>`,
    });
    const { page, errors, context } = await watchedPage(env.browser);
    await page.goto(url);
    const frame = page.frameLocator('iframe');
    await frame.locator('intercotour-calendar h2').waitFor();
    // Occitanie's stop is past: the page says so, then shows what comes elsewhere.
    await expect
      .poll(() => frame.locator('intercotour-calendar .ic-lead').first().textContent())
      .toBe('The Occitanie stop took place on March 26.');
    const inner = page.frames()[1]!;
    expect(await inner.title()).toBe('IntercoTOUR calendar');
    expect(await inner.evaluate(() => document.documentElement.lang)).toBe('en');
    const attributes = await inner.evaluate(() => {
      const calendar = document.querySelector('intercotour-calendar')!;
      return [...calendar.attributes].map((attribute) => `${attribute.name}=${attribute.value}`);
    });
    expect(attributes).toEqual(['region=76', 'lang=en', 'theme=dark', 'view=compact', 'now=2019-06-01']);
    expect(await frame.locator('intercotour-calendar li.ic-stop .ic-city').allTextContents()).toEqual([
      'Dax',
      'Paris',
      'Charleville-Mézières',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('on any page', () => {
  it('filters by region slug and by INSEE code alike', async () => {
    const url = env.site.page('/regions.html', {
      body: `<intercotour-calendar feed="${FEED}" now="${TODAY}" region="normandie, 04"></intercotour-calendar>
<intercotour-calendar feed="${FEED}" now="${TODAY}" region="28,la-reunion"></intercotour-calendar>
<intercotour-calendar feed="${FEED}" now="${TODAY}" region="94"></intercotour-calendar>
<script src="${SCRIPT}"></script>`,
    });
    const { page, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page, 3);
    const titles = await stopCities(page);
    expect(titles[0]).toEqual(['Essaiville', 'Saint-Essai']);
    expect(titles[1]).toEqual(titles[0]);
    // Corse has no stop: said in a visitor's words, then the tour follows.
    expect((await calendarTexts(page))[2]).toContain('Pas d’étape prévue pour le moment dans votre région (Corse).');
    expect(titles[2]).toEqual([NEXT, 'Essai-sur-Mer', 'Essaiville', 'Saint-Essai']);
    await context.close();
  });

  it('two calendars with the script included twice: each shown once, element defined once', async () => {
    const tag = (region: string) =>
      `<script src="${SCRIPT}" data-feed="${FEED}" data-now="${TODAY}" data-region="${region}"></script>`;
    const url = env.site.page('/twice.html', {
      body: `${tag('ile-de-france')}<div data-intercotour-calendar data-feed="${FEED}" data-now="${TODAY}"></div>${tag('normandie')}`,
    });
    const { page, errors, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page, 3);
    const titles = await stopCities(page);
    expect(titles[0]).toEqual([NEXT]);
    expect(titles[1]).toHaveLength(4);
    expect(titles[2]).toEqual(['Essaiville']);
    expect(await page.locator('[data-intercotour-calendar] > intercotour-calendar').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const loading of ['async', 'defer', 'in the head, before the placeholders'] as const) {
    it(`works with the script loaded ${loading}`, async () => {
      const inHead = loading.startsWith('in the head');
      const script = `<script src="${SCRIPT}"${inHead ? '' : ` ${loading}`}></script>`;
      const url = env.site.page(`/loading-${loading.split(' ')[0]}.html`, {
        head: inHead ? script : '',
        body: `<div data-intercotour-calendar data-feed="${FEED}" data-now="${TODAY}" data-region="11"></div>
<intercotour-calendar feed="${FEED}" now="${TODAY}" region="11"></intercotour-calendar>${inHead ? '' : script}`,
      });
      const { page, errors, context } = await watchedPage(env.browser);
      await page.goto(url);
      await calendarsReady(page, 2);
      expect(await stopCities(page)).toEqual([[NEXT], [NEXT]]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('requests only its own files and the feed, sets no cookie, loads ical.js only on demand', async () => {
    const url = env.site.page('/quiet.html', {
      body: `<script src="${SCRIPT}" data-feed="${FEED}" data-now="${TODAY}"></script>`,
    });
    const { page, requests, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    await page.locator('intercotour-calendar .ic-next .ic-menu > button').click();
    await page.locator('intercotour-calendar .ic-next [role="menuitem"]').first().waitFor();
    // The schema.org data comes once the calendar shows.
    await page.locator('intercotour-calendar > script[type="application/ld+json"]').waitFor({ state: 'attached' });
    expect(requests.every((request) => request.startsWith(`${env.site.origin}/`))).toBe(true);
    // What each request is: the page, the script, the feed, or one of the widget's chunks by name.
    const kinds = requests.map((request) => {
      const path = new URL(request).pathname;
      if (path === FEED) return 'feed';
      if (path === SCRIPT) return 'script';
      return /^\/dist\/widget\/intercotour-(\w+)-[\w-]+\.js$/.exec(path)?.[1] ?? path;
    });
    expect(kinds.slice(0, 2)).toEqual(['/quiet.html', 'script']);
    // The reader's worker travels with the feed, both asked at once; the schema.org data comes after.
    expect(kinds.slice(2, 4).sort()).toEqual(['feed', 'worker']);
    expect(kinds.slice(4).sort()).toEqual(['jsonld', 'shared']);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await context.close();
  });

  it('reads a feed on another origin (CORS, no preflight, no credentials)', async () => {
    const other = await startSite();
    try {
      const url = env.site.page('/cross-origin.html', {
        body: `<intercotour-calendar feed="${other.origin}${FEED}" now="${TODAY}" region="11"></intercotour-calendar>
<script src="${SCRIPT}"></script>`,
      });
      const { page, requests, context } = await watchedPage(env.browser);
      const methods: string[] = [];
      page.on('request', (request) => methods.push(request.method()));
      await page.goto(url);
      await calendarsReady(page);
      expect(await stopCities(page)).toEqual([[NEXT]]);
      expect(requests.filter((request) => request.startsWith(other.origin))).toEqual([`${other.origin}${FEED}`]);
      expect(methods).not.toContain('OPTIONS');
      await context.close();
    } finally {
      await other.close();
    }
  });

  it('writes schema.org JSON-LD in the light DOM, unless jsonld="false"', async () => {
    const url = env.site.page('/json-ld.html', {
      body: `<intercotour-calendar id="on" feed="${FEED}" now="${TODAY}" limit="2"></intercotour-calendar>
<intercotour-calendar id="off" feed="${FEED}" now="${TODAY}" jsonld="false"></intercotour-calendar>
<script src="${SCRIPT}"></script>`,
    });
    const { page, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page, 2);
    await page.locator('#on > script[type="application/ld+json"]').waitFor({ state: 'attached' });
    const blocks = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => ({
        parent: script.parentElement?.id,
        text: script.textContent ?? '',
      })),
    );
    expect(blocks.map((block) => block.parent)).toEqual(['on']);
    const events = JSON.parse(blocks[0]!.text) as Record<string, unknown>[];
    expect(events.map((event) => [event['@type'], event.name, event.startDate])).toEqual([
      ['Event', 'Étape d’essai francilienne', '2031-05-13'],
      ['Event', 'Étape d’essai annulée', '2031-05-08'],
    ]);
    expect(events[1]!.eventStatus).toBe('https://schema.org/EventCancelled');
    await context.close();
  });

  it('shows the bundled 2019 tour by default: over today, as on 1 June 2019 with now', async () => {
    const url = env.site.page('/default.html', {
      body: `<intercotour-calendar></intercotour-calendar>
<intercotour-calendar now="2019-06-01" view="compact"></intercotour-calendar>
<script src="${SCRIPT}"></script>`,
    });
    const { page, requests, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page, 2);
    const [today, june] = await calendarTexts(page);
    expect(today).toContain('La tournée IntercoTOUR 2019 est terminée.');
    expect(june).toContain('Prochaine étape');
    expect((await stopCities(page))[1]).toEqual(['Dax', 'Paris', 'Charleville-Mézières']);
    expect(requests.filter((request) => request.includes('.json'))).toEqual([]);
    expect(requests.some((request) => /intercotour-tour-[\w-]+\.js$/.test(request))).toBe(true);
    await context.close();
  });
});
