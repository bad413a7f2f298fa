/** The whole path to adding a stop, with the keyboard alone (RGAA 7.3, WCAG 2.1.1). */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calendarsReady, FEED, SCRIPT, siteInChromium, TODAY, watchedPage } from './support/site.ts';

const env = siteInChromium();

/** What has focus, through the calendar's shadow root. */
function focused(page: Page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      text: active?.textContent ?? '',
      expanded: active?.getAttribute('aria-expanded') ?? null,
      inMenu: active?.closest('[role="menu"]') !== null,
    };
  });
}

const APPLE = 'Apple / Outlook (fichier .ics)';
const YAHOO = 'Yahoo Agenda (nouvelle fenêtre)';

describe('the keyboard path', () => {
  it('Tab to "Ajouter à mon agenda", Enter, arrows, Home/End, Escape back, Tab out; then the details', async () => {
    const url = env.site.page('/keyboard.html', {
      body: `<p><a href="#top">Lien de la page</a></p>
<script src="${SCRIPT}" data-feed="${FEED}" data-now="${TODAY}"></script>`,
    });
    const { page, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    const button = page.locator('intercotour-calendar .ic-next .ic-menu > button');
    const items = page.locator('intercotour-calendar .ic-next [role="menuitem"]');
    let steps = 0;
    while (!(await focused(page)).text.startsWith('Ajouter à mon agenda') && steps < 10) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    // The button's name says which stop it adds.
    expect(await focused(page)).toEqual({
      text: 'Ajouter à mon agenda\u202f: Paris, du mardi 13 mai au mercredi 14 mai 2031',
      expanded: 'false',
      inMenu: false,
    });

    // Enter opens the menu on its first choice; the arrows go round, Home and End to the ends.
    await page.keyboard.press('Enter');
    expect(await focused(page)).toEqual({ text: APPLE, expanded: null, inMenu: true });
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).text).toBe('Google Agenda (nouvelle fenêtre)');
    await page.keyboard.press('End');
    expect((await focused(page)).text).toBe(YAHOO);
    await page.keyboard.press('Home');
    expect((await focused(page)).text).toBe(APPLE);
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).text).toBe(YAHOO);

    // Escape closes it and gives the focus back to its button.
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatchObject({ expanded: 'false', inMenu: false });
    expect((await focused(page)).text.startsWith('Ajouter à mon agenda')).toBe(true);
    expect(await items.count()).toBe(0);

    // Space opens it too; ArrowUp on the button opens it on its last choice.
    await page.keyboard.press(' ');
    expect((await focused(page)).text).toBe(APPLE);
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).text).toBe(YAHOO);

    // Tab leaves the menu, closing it, for what follows the button.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toEqual({ text: 'Détails', expanded: 'false', inMenu: false });
    expect(await items.count()).toBe(0);
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    // The details open from the keyboard: description and programme.
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ text: 'Détails', expanded: 'true' });
    const details = page.locator('intercotour-calendar .ic-next .ic-details');
    expect(await details.locator('.ic-description').textContent()).toBe('Première ligne.\nDeuxième ligne.');
    expect(await details.locator('.ic-programme li').count()).toBe(2);
    await context.close();
  });
});
