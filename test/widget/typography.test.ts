/**
 * French typography in what the calendar writes, as a reader (or a screen reader) gets it: the
 * catalog's words, the dates and times the core formats, and the 2019 tour's data together, in
 * the states a visitor meets. The catalog alone is walked in shared/words/catalog/typography.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { frenchTypographyFaults } from '../../shared/words/typography-faults.ts';
import { calendarsReady, json, SCRIPT, siteInChromium, watchedPage } from './support/site.ts';

const env = siteInChromium();

/** Opens every disclosure and menu in turn, gathering the texts they show. */
async function everyText(page: Page): Promise<string> {
  const text = async () => (await page.locator('intercotour-calendar section.ic').textContent()) ?? '';
  const texts = [await text()];
  const buttons = page.locator('intercotour-calendar button[aria-expanded]');
  for (let index = 0; index < (await buttons.count()); index += 1) {
    const button = buttons.nth(index);
    if ((await button.getAttribute('aria-expanded')) === 'true') continue;
    await button.click();
    texts.push(await text());
    // A menu closes again; a disclosure stays open.
    if ((await button.getAttribute('aria-haspopup')) === 'menu') await page.keyboard.press('Escape');
  }
  return texts.join('\n');
}

const STATES = {
  'the 2019 tour as on 1 June, every detail and menu open': 'now="2019-06-01"',
  'its year view': 'now="2019-06-01" view="year"',
  'Occitanie’s stop past': 'now="2019-06-01" region="occitanie"',
  'a region without a stop': 'now="2019-06-01" region="corse"',
  'the tour over, past stops shown': 'now="2019-12-01"',
  'a feed that fails': 'feed="/typography/missing/stops.json" now="2019-06-01"',
};

describe('French typography in the rendered calendar', () => {
  for (const [name, attributes] of Object.entries(STATES)) {
    it(`${name}: no fault`, async () => {
      env.site.on('/typography/missing/stops.json', json('Not found', 404));
      const url = env.site.page(`/typography/${name.replace(/\W+/g, '-')}.html`, {
        body: `<intercotour-calendar ${attributes}></intercotour-calendar><script src="${SCRIPT}"></script>`,
      });
      const { page, context } = await watchedPage(env.browser);
      await page.goto(url);
      await calendarsReady(page);
      const text = await everyText(page);
      expect(text.length).toBeGreaterThan(100);
      expect(frenchTypographyFaults(text)).toEqual([]);
      await context.close();
    });
  }
});
