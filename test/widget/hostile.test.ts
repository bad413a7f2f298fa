/**
 * Hostile hosts and hostile feeds. The host page's CSS (resets, !important, a 62.5% root) must
 * not change one computed style inside the calendar; a feed's HTML must stay visible text, and
 * links other than http(s) must never become links.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  calendarsReady,
  calendarTexts,
  FEED,
  fixture,
  FIXTURES,
  json,
  SCRIPT,
  siteInChromium,
  stopCities,
  TODAY,
  watchedPage,
} from './support/site.ts';
import { PARTS, PROPERTIES } from './support/hostile-style.ts';

const env = siteInChromium();

/** The computed styles of the calendar's parts, and of the host element itself. */
function styles(page: Page) {
  return page.evaluate(
    ({ parts, properties }) => {
      const host = document.querySelector('intercotour-calendar')!;
      const read = (element: Element | null) => {
        if (!element) return null;
        const style = getComputedStyle(element);
        return Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));
      };
      const out: Record<string, unknown> = { ':host': read(host) };
      for (const part of parts) out[part] = read(host.shadowRoot!.querySelector(part));
      return out;
    },
    { parts: PARTS, properties: PROPERTIES },
  );
}

describe('a hostile host page', () => {
  it('changes no computed style inside the calendar', async () => {
    const body = `<script src="${SCRIPT}" data-feed="${FEED}" data-now="${TODAY}"></script>`;
    const plain = env.site.page('/plain.html', { body });
    const hostile = env.site.page('/hostile.html', {
      head: `<link rel="stylesheet" href="${FIXTURES}/hostile.css">`,
      body,
    });
    const { page, context } = await watchedPage(env.browser);
    await page.goto(plain);
    await calendarsReady(page);
    const expected = await styles(page);
    await page.goto(hostile);
    await calendarsReady(page);
    // The stylesheet did reach the page: its own heading is hit.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).color)).toBe('rgb(255, 0, 0)');
    const actual = await styles(page);
    expect(Object.values(expected).every((value) => value !== null)).toBe(true);
    expect(actual).toEqual(expected);
    expect((expected['.ic'] as Record<string, string>)['font-size']).toBe('16px');
    await context.close();
  });

  it('keeps the focus ring visible despite `:focus { outline: none !important }`', async () => {
    const url = env.site.page('/hostile-focus.html', {
      head: `<link rel="stylesheet" href="${FIXTURES}/hostile.css">`,
      body: `<script src="${SCRIPT}" data-feed="${FEED}" data-now="${TODAY}"></script>`,
    });
    const { page, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const root = document.querySelector('intercotour-calendar')!.shadowRoot!;
      const focused = root.activeElement!;
      const style = getComputedStyle(focused);
      return [focused.tagName, style.outlineStyle, style.outlineWidth];
    });
    // The first stop's first action: "S’inscrire", a link.
    expect(outline).toEqual(['A', 'solid', '3px']);
    await context.close();
  });
});

describe('a hostile feed', () => {
  it('shows HTML as text, drops stops with javascript: or data: links, and runs nothing', async () => {
    const feed = env.site.on('/feeds/hostile/stops.json', json(fixture('feeds/hostile.json')));
    const url = env.site.page('/hostile-feed.html', {
      body: `<intercotour-calendar feed="${feed}" now="${TODAY}"></intercotour-calendar><script src="${SCRIPT}"></script>`,
    });
    const { page, warnings, errors, requests, context } = await watchedPage(env.browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url);
    await calendarsReady(page);
    // Open the details and a menu, so that every text and link there is rendered.
    await page.locator('intercotour-calendar .ic-next').getByRole('button', { name: 'Détails' }).click();
    await page.locator('intercotour-calendar .ic-next .ic-menu > button').click();
    await page.locator('intercotour-calendar .ic-next [role="menuitem"]').first().waitFor();
    expect(await stopCities(page)).toEqual([[`<script>alert('ville')</script>Paris`, 'Essaiville']]);
    const [text] = await calendarTexts(page);
    for (const shown of [
      '<b>Tournée</b> d’essai hostile',
      `<img src=x onerror="alert('titre')"> Étape <b>en gras</b>`,
      "<script>alert('ville')</script>Paris",
      `<a href="javascript:alert('thème')">cliquez</a>`,
      '<iframe src="https://evil.example"></iframe>',
      "<svg onload=alert('lieu')>",
      '<u>1 rue</u>',
      "<details open ontoggle=alert('prog')>",
    ]) {
      expect(text).toContain(shown);
    }
    const found = await page.evaluate(() => {
      const root = document.querySelector('intercotour-calendar')!.shadowRoot!;
      return {
        // The widget's own icons are its only SVG, and none inside feed text.
        markup: root.querySelectorAll('img, script, iframe, svg:not(.ic-icon), style, details, b, u').length,
        links: [...root.querySelectorAll('a')].map((link) => new URL(link.href).protocol),
      };
    });
    const jsonLd = page.locator('intercotour-calendar > script[type="application/ld+json"]');
    await jsonLd.waitFor({ state: 'attached' });
    expect(found.markup).toBe(0);
    expect(new Set(found.links)).toEqual(new Set(['https:']));
    expect(await jsonLd.textContent()).not.toContain('<');
    // Had the markup run, its image would have been requested and failed by now.
    await page.waitForLoadState('networkidle');
    expect(dialogs).toEqual([]);
    expect(requests.filter((request) => /\/x$/.test(request))).toEqual([]);
    expect(errors).toEqual([]);
    const problems = warnings.filter((warning) => warning.startsWith('[IntercoTOUR]'));
    expect(problems.some((line) => line.includes('stops[1].url') && line.includes('"lien-javascript"'))).toBe(true);
    expect(problems.some((line) => line.includes('stops[2].registrationUrl'))).toBe(true);
    expect(problems.some((line) => line.includes('stops[3].icsUrl'))).toBe(true);
    await context.close();
  });
});
