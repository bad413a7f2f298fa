/**
 * How much page the calendar takes: the next stop as a card, every other stop one line, so that a
 * whole tour fits about one screen in a page's content column (760 px), and `compact` is one line
 * per stop.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calendarsReady, SCRIPT, siteInChromium, watchedPage } from './support/site.ts';

const env = siteInChromium();

async function measure(page: Page) {
  return page.evaluate(() => {
    const calendar = document.querySelector('intercotour-calendar')!;
    const rows = [...calendar.shadowRoot!.querySelectorAll('li.ic-stop')].map(
      (row) => row.getBoundingClientRect().height,
    );
    return { height: calendar.getBoundingClientRect().height, rows };
  });
}

describe('the calendar’s height, in a 760 px column', () => {
  const page760 = (path: string, attributes: string) =>
    env.site.page(path, {
      head: '<link rel="stylesheet" href="data:text/css,main{width:760px}">',
      body: `<intercotour-calendar ${attributes}></intercotour-calendar><script src="${SCRIPT}"></script>`,
    });

  it('upcoming: the 2019 tour’s eight stops in under 850 px, one line each after the next', async () => {
    const { page, context } = await watchedPage(env.browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(page760('/density-upcoming.html', 'now="2019-03-01"'));
    await calendarsReady(page);
    const { height, rows } = await measure(page);
    expect(rows).toHaveLength(8);
    expect(height).toBeLessThan(850);
    // The rows after the card: one line (a tile’s height and its padding).
    expect(Math.max(...rows.slice(1))).toBeLessThanOrEqual(72);
    await context.close();
  });

  it('compact: one line per stop', async () => {
    const { page, context } = await watchedPage(env.browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(page760('/density-compact.html', 'now="2019-03-01" view="compact"'));
    await calendarsReady(page);
    const { rows } = await measure(page);
    expect(rows).toHaveLength(3);
    expect(Math.max(...rows)).toBeLessThanOrEqual(72);
    await context.close();
  });
});
