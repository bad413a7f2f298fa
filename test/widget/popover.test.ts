/**
 * The calendar's menus float: opened, they cover what follows without moving it; they close on a
 * click anywhere else and on a choice, and open upwards where the window has no room below.
 * (The keys — arrows, Home/End, Escape, Tab — are in keyboard.test.ts.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calendarsReady, FEED, SCRIPT, siteInChromium, TODAY, watchedPage } from './support/site.ts';

const env = siteInChromium();

const BODY = `<intercotour-calendar feed="${FEED}" now="${TODAY}"></intercotour-calendar>
<p id="after">Suite de la page</p><script src="${SCRIPT}"></script>`;

async function opened(path: string, body = BODY) {
  const url = env.site.page(path, { body });
  const watched = await watchedPage(env.browser);
  await watched.page.goto(url);
  await calendarsReady(watched.page);
  return watched;
}

/** Where things are: the stop after the next one, the text after the calendar, and the calendar's height. */
function layout(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('intercotour-calendar')!;
    const second = host.shadowRoot!.querySelectorAll('li.ic-stop')[1]!.getBoundingClientRect();
    return {
      second: [second.top, second.left],
      after: document.querySelector('#after')!.getBoundingClientRect().top,
      height: host.getBoundingClientRect().height,
    };
  });
}

const addButton = (page: Page) => page.locator('intercotour-calendar .ic-next .ic-menu > button');
const items = (page: Page) => page.locator('intercotour-calendar [role="menuitem"]');

describe('a menu', () => {
  it('floats over what follows, without pushing it down', async () => {
    const { page, context } = await opened('/popover-float.html');
    const before = await layout(page);
    await addButton(page).click();
    await expect.poll(() => items(page).count()).toBe(5);
    expect(await layout(page)).toEqual(before);
    // It is on top: the point at the middle of its last choice is that choice, not the card below.
    const onTop = await page.evaluate(() => {
      const root = document.querySelector('intercotour-calendar')!.shadowRoot!;
      const last = [...root.querySelectorAll('[role="menuitem"]')].at(-1)!;
      const box = last.getBoundingClientRect();
      const below = root.querySelectorAll('li.ic-stop')[1]!.getBoundingClientRect();
      return {
        overlaps: box.bottom > below.top,
        hit:
          root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('[role="menuitem"]') ===
          last,
      };
    });
    expect(onTop).toEqual({ overlaps: true, hit: true });
    await context.close();
  });

  it('closes on a click elsewhere, in the page or in the calendar, and the click still lands', async () => {
    const { page, context } = await opened('/popover-outside.html');
    await addButton(page).click();
    await expect.poll(() => items(page).count()).toBe(5);
    await page.locator('h1').click();
    await expect.poll(() => items(page).count()).toBe(0);
    expect(await addButton(page).getAttribute('aria-expanded')).toBe('false');

    // Opening another menu closes the first.
    await addButton(page).click();
    await expect.poll(() => items(page).count()).toBe(5);
    await page.locator('intercotour-calendar .ic-foot .ic-menu > button').click();
    await expect.poll(() => addButton(page).getAttribute('aria-expanded')).toBe('false');
    expect(await items(page).allTextContents()).toEqual([
      'Apple, Thunderbird… (webcal)',
      'Google Agenda (nouvelle fenêtre)',
      'Outlook.com (nouvelle fenêtre)',
      'Copier le lien',
    ]);

    // A click on the details button closes the menu and opens the details.
    await page.locator('intercotour-calendar .ic-next').getByRole('button', { name: 'Détails' }).click();
    await expect.poll(() => items(page).count()).toBe(0);
    expect(await page.locator('intercotour-calendar .ic-next .ic-details').isVisible()).toBe(true);
    await context.close();
  });

  it('closes on a choice, gives the focus back, and says what the choice did', async () => {
    const { page, context } = await opened('/popover-choice.html');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
    const subscribe = page.locator('intercotour-calendar .ic-foot .ic-menu > button');
    await subscribe.click();
    await page.getByRole('menuitem', { name: 'Copier le lien' }).click();
    await expect.poll(() => items(page).count()).toBe(0);
    await expect.poll(() => page.locator('intercotour-calendar .ic-foot .ic-note').textContent()).toBe('Lien copié.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${env.site.origin}/feeds/2031/intercotour.ics`,
    );
    const focusedName = await page.evaluate(
      () => document.querySelector('intercotour-calendar')!.shadowRoot!.activeElement?.textContent ?? '',
    );
    expect(focusedName.startsWith('S’abonner à toute la tournée')).toBe(true);
    await context.close();
  });

  it('opens upwards where the window has no room below', async () => {
    const { page, context } = await opened(
      '/popover-up.html',
      `<div style="height: 1500px"></div>${BODY}<div style="height: 40px"></div>`,
    );
    const subscribe = page.locator('intercotour-calendar .ic-foot .ic-menu > button');
    // The subscribe button at the window's bottom edge.
    await page.evaluate(() => {
      const root = document.querySelector('intercotour-calendar')!.shadowRoot!;
      const button = root.querySelector('.ic-foot .ic-menu > button')!;
      window.scrollBy(0, button.getBoundingClientRect().bottom - window.innerHeight + 8);
    });
    await subscribe.click();
    await expect.poll(() => items(page).count()).toBe(4);
    const [menu, button] = await Promise.all([
      page.locator('intercotour-calendar .ic-foot [role="menu"]').boundingBox(),
      subscribe.boundingBox(),
    ]);
    expect(menu!.y + menu!.height).toBeLessThanOrEqual(button!.y);
    expect(menu!.y).toBeGreaterThanOrEqual(0);
    await context.close();
  });
});
