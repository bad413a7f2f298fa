/** The calendar from a feed, in a French Firefox ESR: the stops, in French words and dates. */
import { describe, expect, it } from 'vitest';
import { FEED, SCRIPT, TODAY } from '../widget/support/site.ts';
import { calendarsReady, calendarTexts, siteInFirefox, stopCities, watchedPage } from './support/firefox-site.ts';

const env = siteInFirefox();

describe('in Firefox ESR, in French', () => {
  it('renders the calendar from the feed: its stops, in French', async () => {
    const url = env.site.page('/firefox/render.html', {
      body: `<script src="${SCRIPT}" data-feed="${FEED}" data-now="${TODAY}"></script>`,
    });
    const { page, errors, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    // The browser really is a French one.
    expect(await page.evaluate(() => navigator.language)).toBe('fr-FR');
    expect(await stopCities(page)).toEqual([['Paris', 'Essai-sur-Mer', 'Essaiville', 'Saint-Essai']]);
    const [text] = await calendarTexts(page);
    expect(text).toContain('Prochaine étape');
    expect(text).toContain('Ajouter à mon agenda');
    expect(text).toContain('mai 2031');
    expect(errors).toEqual([]);
    await context.close();
  });
});
