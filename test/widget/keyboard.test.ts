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
      inMenu: active?.closest('.menu ul') !== null,
    };
  });
}

describe('the keyboard path', () => {
  it('Tab to "Ajouter à mon agenda", Enter, arrows and Tab through the list, Escape back', async () => {
    const url = env.site.page('/keyboard.html', {
      body: `<p><a href="#top">Lien de la page</a></p>
<script src="${SCRIPT}" data-feed="${FEED}" data-now="${TODAY}"></script>`,
    });
    const { page, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    let steps = 0;
    while (!(await focused(page)).text.startsWith('Ajouter à mon agenda') && steps < 10) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    expect((await focused(page)).text).toBe('Ajouter à mon agenda\u00a0: Étape d’essai francilienne, 13–14 mai 2031');
    expect((await focused(page)).expanded).toBe('false');

    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ expanded: 'true' });
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toEqual({ text: 'Apple / Outlook (fichier .ics)', expanded: null, inMenu: true });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toEqual({ text: 'Google Agenda (nouvelle fenêtre)', expanded: null, inMenu: true });
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).text).toBe('Yahoo Agenda (nouvelle fenêtre)');

    await page.keyboard.press('Escape');
    const back = await focused(page);
    expect(back.text.startsWith('Ajouter à mon agenda')).toBe(true);
    expect(back.expanded).toBe('false');
    expect(await page.locator('intercotour-calendar .n .menu li').count()).toBe(0);

    // Space opens it too, and the programme opens from the keyboard.
    await page.keyboard.press(' ');
    expect((await focused(page)).expanded).toBe('true');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text).toBe('Voir le programme');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ text: 'Masquer le programme', expanded: 'true' });
    expect(await page.locator('intercotour-calendar .n .pg li').count()).toBe(2);
    await context.close();
  });
});
