/**
 * A feed at the format's maximum size: the calendar draws its first page of stops and offers the
 * next ("Voir plus d’étapes"), writes schema.org data for the first stops only, and keeps the
 * page's main thread free of long tasks while it does (the timings themselves are in
 * `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import { MAX_EVENTS } from '../../widget/src/json-ld.ts';
import { PAGE_SIZE } from '../../shared/ui/stop-list.tsx';
import { calendarsReady, json, SCRIPT, siteInChromium, TODAY, watchedPage } from './support/site.ts';
import { largestFeed } from './support/largest-feed.ts';

const env = siteInChromium();

describe('a feed at its maximum size', () => {
  it('draws a first page, then the next on “Voir plus d’étapes”, and caps the schema.org data', async () => {
    const feed = env.site.on('/feeds/largest.json', json(largestFeed(TODAY)));
    const url = env.site.page('/largest.html', {
      body: `<intercotour-calendar feed="${feed}" now="${TODAY}"></intercotour-calendar>
<script src="${SCRIPT}"></script>`,
    });
    const { page, errors, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    const stops = page.locator('intercotour-calendar li.ic-stop');
    expect(await stops.count()).toBe(PAGE_SIZE);
    const more = page.getByRole('button', { name: 'Voir plus d’étapes' });
    await more.click();
    await expect.poll(() => stops.count()).toBe(2 * PAGE_SIZE);
    // The keyboard stays where it was, on the button, now after the new stops.
    expect(await more.evaluate((button) => button.matches(':focus'))).toBe(true);
    await page.locator('intercotour-calendar > script[type="application/ld+json"]').waitFor({ state: 'attached' });
    const events = await page.evaluate(
      () => JSON.parse(document.querySelector('intercotour-calendar > script')!.textContent ?? '[]') as unknown[],
    );
    expect(events).toHaveLength(MAX_EVENTS);
    expect(errors).toEqual([]);
    await context.close();
  });
});
