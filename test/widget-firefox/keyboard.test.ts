/** The path to adding a stop with the keyboard alone, in Firefox (RGAA 7.3, WCAG 2.1.1). */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { FEED, SCRIPT, TODAY } from '../widget/support/site.ts';
import { calendarsReady, siteInFirefox, watchedPage } from './support/firefox-site.ts';

const env = siteInFirefox();

interface Focus {
  text: string;
  expanded: string | null;
  inMenu: boolean;
}

/** What has focus, through the calendar's shadow root. */
function focused(page: Page): Promise<Focus> {
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

/** The menu's state as its button and items say it. */
function menu(page: Page): Promise<{ expanded: string | null; items: number }> {
  return page.evaluate(() => {
    const root = document.querySelector('intercotour-calendar')!.shadowRoot!;
    return {
      expanded: root.querySelector('.ic-next .ic-menu > button')?.getAttribute('aria-expanded') ?? null,
      items: root.querySelectorAll('.ic-next [role="menuitem"]').length,
    };
  });
}

// The focus moves as the calendar redraws after a key: wait for it rather than read it at once.
const focusBecomes = (page: Page) => expect.poll(() => focused(page), { timeout: 5_000 });

const ADD = 'Ajouter à mon agenda\u202f: Paris, du mardi 13 mai au mercredi 14 mai 2031';
const APPLE = 'Apple / Outlook (fichier .ics)';
const GOOGLE = 'Google Agenda (nouvelle fenêtre)';
const YAHOO = 'Yahoo Agenda (nouvelle fenêtre)';

describe('the keyboard path, in Firefox', () => {
  it('Tab to "Ajouter à mon agenda", Enter, arrows, Home/End, Escape back, Tab out', async () => {
    const url = env.site.page('/firefox/keyboard.html', {
      body: `<p><a href="#top">Lien de la page</a></p>
<script src="${SCRIPT}" data-feed="${FEED}" data-now="${TODAY}"></script>`,
    });
    const { page, errors, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    let steps = 0;
    while (!(await focused(page)).text.startsWith('Ajouter à mon agenda') && steps < 10) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    // The button's name says which stop it adds.
    expect(await focused(page)).toEqual({ text: ADD, expanded: 'false', inMenu: false });

    // Enter opens the menu on its first choice; the arrows go round, Home and End to the ends.
    await page.keyboard.press('Enter');
    await focusBecomes(page).toEqual({ text: APPLE, expanded: null, inMenu: true });
    expect((await menu(page)).expanded).toBe('true');
    await page.keyboard.press('ArrowDown');
    await focusBecomes(page).toMatchObject({ text: GOOGLE });
    await page.keyboard.press('End');
    await focusBecomes(page).toMatchObject({ text: YAHOO });
    await page.keyboard.press('Home');
    await focusBecomes(page).toMatchObject({ text: APPLE });
    await page.keyboard.press('ArrowUp');
    await focusBecomes(page).toMatchObject({ text: YAHOO });

    // Escape closes it and gives the focus back to its button.
    await page.keyboard.press('Escape');
    await focusBecomes(page).toEqual({ text: ADD, expanded: 'false', inMenu: false });
    expect(await menu(page)).toEqual({ expanded: 'false', items: 0 });

    // Space opens it too; ArrowUp on the button opens it on its last choice.
    await page.keyboard.press(' ');
    await focusBecomes(page).toMatchObject({ text: APPLE, inMenu: true });
    await page.keyboard.press('Escape');
    await focusBecomes(page).toMatchObject({ text: ADD });
    await page.keyboard.press('ArrowUp');
    await focusBecomes(page).toMatchObject({ text: YAHOO, inMenu: true });

    // Tab leaves the menu, closing it, for what follows the button.
    await page.keyboard.press('Tab');
    await focusBecomes(page).toEqual({ text: 'Détails', expanded: 'false', inMenu: false });
    expect(await menu(page)).toEqual({ expanded: 'false', items: 0 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
