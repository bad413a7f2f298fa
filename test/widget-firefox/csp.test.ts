/**
 * A strict Content Security Policy in Firefox, sent as a header: scripts from the page's origin
 * only, no 'unsafe-inline' (nor inline styles). The calendar must render, styled, with no violation.
 */
import { describe, expect, it } from 'vitest';
import { FEED, SCRIPT, TODAY } from '../widget/support/site.ts';
import { calendarsReady, siteInFirefox, stopCities, watchedPage } from './support/firefox-site.ts';

const env = siteInFirefox();

const STRICT = { 'Content-Security-Policy': "default-src 'self'; script-src 'self'" };

describe('under a strict CSP, in Firefox', () => {
  it('renders, styled, in the three element modes, with no violation', async () => {
    const url = env.site.page('/firefox/csp.html', {
      headers: STRICT,
      body: `<script src="${SCRIPT}" data-feed="${FEED}" data-now="${TODAY}" data-region="11"></script>
<div data-intercotour-calendar data-feed="${FEED}" data-now="${TODAY}" data-region="28"></div>
<intercotour-calendar feed="${FEED}" now="${TODAY}" region="04"></intercotour-calendar>`,
    });
    const { page, errors, violations, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page, 3);
    expect(await stopCities(page)).toEqual([['Paris'], ['Essaiville'], ['Saint-Essai']]);
    const styled = await page.evaluate(() => {
      const root = document.querySelector('intercotour-calendar')!.shadowRoot!;
      const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
      return {
        sheets: root.adoptedStyleSheets.length,
        radius: style('.ic').borderTopLeftRadius,
        title: style('h2').fontSize,
        button: style('.ic-next .ic-primary').backgroundColor,
      };
    });
    expect(styled).toEqual({ sheets: 1, radius: '8px', title: '20px', button: 'rgb(29, 78, 148)' });
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
