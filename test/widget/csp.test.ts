/**
 * A strict Content Security Policy, sent as a header: `default-src 'self'`, no 'unsafe-inline'.
 * It must neither break the calendar nor strip its styles, and must report no violation — with
 * the three embed modes, the lazy .ics chunk and embed.html's own policy.
 */
import { describe, expect, it } from 'vitest';
import { calendarsReady, FEED, SCRIPT, siteInChromium, stopCities, TODAY, watchedPage } from './support/site.ts';

const env = siteInChromium();

const STRICT = { 'Content-Security-Policy': "default-src 'self'" };

describe('under a strict CSP', () => {
  it('renders, styled, in all three modes, with no violation', async () => {
    const url = env.site.page('/csp.html', {
      headers: STRICT,
      body: `<script src="${SCRIPT}" data-feed="${FEED}" data-now="${TODAY}" data-region="11"></script>
<div data-intercotour-calendar data-feed="${FEED}" data-now="${TODAY}" data-region="28"></div>
<intercotour-calendar feed="${FEED}" now="${TODAY}" region="04"></intercotour-calendar>
<iframe src="/dist/widget/embed.html?feed=${encodeURIComponent(FEED)}&now=${TODAY}&region=11" title="Calendrier de la tournée IntercoTOUR"></iframe>`,
    });
    const { page, errors, violations, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page, 3);
    expect(await stopCities(page)).toEqual([['Paris'], ['Essaiville'], ['Saint-Essai']]);
    const frame = page.frameLocator('iframe');
    await expect
      .poll(() => frame.locator('intercotour-calendar li.ic-stop .ic-city').allTextContents())
      .toEqual(['Paris']);
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

  it('still writes the .ics file in the page (lazy chunk, blob download)', async () => {
    const url = env.site.page('/csp-ics.html', {
      headers: STRICT,
      body: `<script src="${SCRIPT}" data-feed="${FEED}" data-now="${TODAY}" data-region="11"></script>`,
    });
    const { page, errors, violations, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    await page.locator('intercotour-calendar .ic-next .ic-menu > button').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Apple / Outlook (fichier .ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('intercotour-essai-prochain.ics');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('embed.html holds under its own policy and the host’s', async () => {
    const { page, errors, violations, context } = await watchedPage(env.browser);
    await page.goto(`${env.site.origin}/dist/widget/embed.html?feed=${encodeURIComponent(FEED)}&now=${TODAY}&lang=en`);
    await calendarsReady(page);
    const policy = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(await page.title()).toBe('IntercoTOUR calendar');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
