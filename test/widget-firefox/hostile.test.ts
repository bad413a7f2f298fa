/**
 * A hostile host page in Firefox: its CSS (resets, !important, a 62.5% root) must not change one
 * computed style inside the calendar, compared with the same calendar on a clean page.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { PARTS, PROPERTIES } from '../widget/support/hostile-style.ts';
import { FEED, FIXTURES, SCRIPT, TODAY } from '../widget/support/site.ts';
import { calendarsSettled, siteInFirefox, watchedPage } from './support/firefox-site.ts';

const env = siteInFirefox();

/** The computed styles of the calendar's parts, and of the host element itself. */
function styles(page: Page): Promise<Record<string, Record<string, string> | null>> {
  return page.evaluate(
    (parts: string[], properties: string[]) => {
      const host = document.querySelector('intercotour-calendar')!;
      const read = (element: Element | null) => {
        if (!element) return null;
        const style = getComputedStyle(element);
        return Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));
      };
      const out: Record<string, Record<string, string> | null> = { ':host': read(host) };
      for (const part of parts) out[part] = read(host.shadowRoot!.querySelector(part));
      return out;
    },
    PARTS,
    PROPERTIES,
  );
}

describe('a hostile host page, in Firefox', () => {
  it('changes no computed style inside the calendar', async () => {
    const body = `<script src="${SCRIPT}" data-feed="${FEED}" data-now="${TODAY}"></script>`;
    const plain = env.site.page('/firefox/plain.html', { body });
    const hostile = env.site.page('/firefox/hostile.html', {
      head: `<link rel="stylesheet" href="${FIXTURES}/hostile.css">`,
      body,
    });
    const { page, errors, context } = await watchedPage(env.browser);
    await page.goto(plain);
    await calendarsSettled(page);
    const expected = await styles(page);
    await page.goto(hostile);
    await calendarsSettled(page);
    // The stylesheet did reach the page: its own heading is hit.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).color)).toBe('rgb(255, 0, 0)');
    const actual = await styles(page);
    expect(Object.values(expected).every((value) => value !== null)).toBe(true);
    expect(actual).toEqual(expected);
    expect(expected['.ic']!['font-size']).toBe('16px');
    expect(errors).toEqual([]);
    await context.close();
  });
});
