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
  stopTitles,
  TODAY,
  watchedPage,
} from './support/site.ts';

const env = siteInChromium();

const NEXT = 'Étape d’essai francilienne';

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
    expect(await stopTitles(page)).toEqual([[NEXT], ['Étape d’essai à l’heure']]);
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
    await expect.poll(() => frame.locator('intercotour-calendar .msg').first().textContent()).toContain('is over');
    const inner = page.frames()[1]!;
    expect(await inner.title()).toBe('IntercoTOUR calendar');
    expect(await inner.evaluate(() => document.documentElement.lang)).toBe('en');
    const attributes = await inner.evaluate(() => {
      const calendar = document.querySelector('intercotour-calendar')!;
      return [...calendar.attributes].map((attribute) => `${attribute.name}=${attribute.value}`);
    });
    expect(attributes).toEqual(['region=76', 'lang=en', 'theme=dark', 'view=compact', 'now=2019-06-01']);
    expect(await frame.locator('intercotour-calendar li.s h3').allTextContents()).toEqual(['IntercoTOUR Occitanie']);
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
    const titles = await stopTitles(page);
    expect(titles[0]).toEqual(['Étape d’essai à l’heure', 'Étape d’essai réunionnaise']);
    expect(titles[1]).toEqual(titles[0]);
    expect((await calendarTexts(page))[2]).toContain(
      'Aucune étape de la tournée n’est prévue dans la région choisie : Corse.',
    );
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
    const titles = await stopTitles(page);
    expect(titles[0]).toEqual([NEXT]);
    expect(titles[1]).toHaveLength(4);
    expect(titles[2]).toEqual(['Étape d’essai à l’heure']);
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
      expect(await stopTitles(page)).toEqual([[NEXT], [NEXT]]);
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
    const menu = page.locator('intercotour-calendar .n .menu > button');
    await menu.click();
    await page.locator('intercotour-calendar .n .menu li').first().waitFor();
    expect(requests.every((request) => request.startsWith(`${env.site.origin}/`))).toBe(true);
    expect(requests.map((request) => new URL(request).pathname)).toEqual(['/quiet.html', SCRIPT, FEED]);
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
      expect(await stopTitles(page)).toEqual([[NEXT]]);
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
    const blocks = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => ({
        parent: script.parentElement?.id,
        text: script.textContent ?? '',
      })),
    );
    expect(blocks.map((block) => block.parent)).toEqual(['on']);
    const events = JSON.parse(blocks[0]!.text) as Record<string, unknown>[];
    expect(events.map((event) => [event['@type'], event.name, event.startDate])).toEqual([
      ['Event', NEXT, '2031-05-13'],
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
    expect((await stopTitles(page))[1]).toEqual([
      'IntercoTOUR Nouvelle-Aquitaine',
      'IntercoTOUR Île-de-France',
      'IntercoTOUR Grand Est',
    ]);
    expect(requests.filter((request) => request.includes('.json'))).toEqual([]);
    expect(requests.some((request) => /intercotour-tour-[\w-]+\.js$/.test(request))).toBe(true);
    await context.close();
  });
});
