/**
 * The calendar's own look, tinted by the host through five custom properties; light, dark, or
 * `auto`: the host page's own dark mode when it declares one, else the visitor's system; and no
 * motion for visitors who asked for less.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calendarsReady, FEED, FIXTURES, SCRIPT, siteInChromium, TODAY, watchedPage } from './support/site.ts';

const env = siteInChromium();

function look(page: Page, index = 0) {
  return page.evaluate((at) => {
    const root = document.querySelectorAll('intercotour-calendar')[at]!.shadowRoot!;
    const box = getComputedStyle(root.querySelector('.ic')!);
    // The next stop's primary action, filled with the accent.
    const button = getComputedStyle(root.querySelector('.ic-next .ic-primary')!);
    return {
      background: box.backgroundColor,
      text: box.color,
      radius: box.borderTopLeftRadius,
      font: box.fontFamily,
      accent: button.backgroundColor,
    };
  }, index);
}

describe('the look', () => {
  it('is tinted by the five custom properties', async () => {
    const url = env.site.page('/tinted.html', {
      head: `<link rel="stylesheet" href="${FIXTURES}/tinted.css">`,
      body: `<intercotour-calendar feed="${FEED}" now="${TODAY}"></intercotour-calendar><script src="${SCRIPT}"></script>`,
    });
    const { page, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    expect(await look(page)).toEqual({
      background: 'rgb(250, 250, 240)',
      text: 'rgb(20, 20, 60)',
      radius: '0px',
      font: 'Georgia, serif',
      accent: 'rgb(170, 0, 0)',
    });
    await context.close();
  });

  it('is light, dark, or the visitor’s choice with theme="auto"', async () => {
    const url = env.site.page('/themes.html', {
      body: ['light', 'dark', 'auto']
        .map((theme) => `<intercotour-calendar feed="${FEED}" now="${TODAY}" theme="${theme}"></intercotour-calendar>`)
        .join('')
        .concat(`<script src="${SCRIPT}"></script>`),
    });
    const { page, context } = await watchedPage(env.browser);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url);
    await calendarsReady(page, 3);
    const white = 'rgb(255, 255, 255)';
    const dark = 'rgb(23, 25, 28)';
    expect([
      (await look(page, 0)).background,
      (await look(page, 1)).background,
      (await look(page, 2)).background,
    ]).toEqual([white, dark, white]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect([
      (await look(page, 0)).background,
      (await look(page, 1)).background,
      (await look(page, 2)).background,
    ]).toEqual([white, dark, dark]);
    await context.close();
  });

  it('with theme="auto", follows the host page’s own dark mode before the visitor’s system', async () => {
    const calendar = `<intercotour-calendar feed="${FEED}" now="${TODAY}" theme="auto"></intercotour-calendar><script src="${SCRIPT}"></script>`;
    const dark = 'rgb(23, 25, 28)';
    const white = 'rgb(255, 255, 255)';
    const pages = {
      // A page that says it is dark (CSS `color-scheme` on its root)…
      colorScheme: env.site.page('/auto-color-scheme.html', {
        head: `<link rel="stylesheet" href="data:text/css,:root{color-scheme:dark}">`,
        body: calendar,
      }),
      // …or the State design system's attribute, switched at run time by its theme button.
      dsfr: env.site.page('/auto-dsfr.html', { body: calendar }),
    };
    const { page, context } = await watchedPage(env.browser);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(pages.colorScheme);
    await calendarsReady(page);
    expect((await look(page)).background).toBe(dark);

    await page.goto(pages.dsfr);
    await calendarsReady(page);
    expect((await look(page)).background).toBe(white);
    await page.evaluate(() => document.documentElement.setAttribute('data-fr-theme', 'dark'));
    await expect.poll(async () => (await look(page)).background).toBe(dark);
    // A page that says light stays light on a dark system.
    await page.evaluate(() => document.documentElement.setAttribute('data-fr-theme', 'light'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await look(page)).background).toBe(white);
    await context.close();
  });

  it('does not move for visitors who prefer reduced motion', async () => {
    const url = env.site.page('/motion.html', {
      body: `<intercotour-calendar feed="${FEED}" now="${TODAY}"></intercotour-calendar><script src="${SCRIPT}"></script>`,
    });
    const { page, context } = await watchedPage(env.browser);
    const animation = async () => {
      await page.locator('intercotour-calendar .ic-next .ic-menu > button').click();
      const name = await page
        .locator('intercotour-calendar .ic-next [role="menu"]')
        .evaluate((list) => getComputedStyle(list).animationName);
      await page.keyboard.press('Escape');
      return name;
    };
    await page.goto(url);
    await calendarsReady(page);
    expect(await animation()).toBe('ic-in');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await animation()).toBe('none');
    await context.close();
  });
});
