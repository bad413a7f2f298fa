/**
 * The widget on a member's page and the extension's popup show the same stop alike: the same
 * words on its card, the same calendars behind "Ajouter à mon agenda", the same file name for its
 * `.ics` — one set of components and rules, not two that drift apart.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fill, UI } from '../../shared/index.ts';
import { fixtureFeed } from '../fixtures/extension/feed.ts';
import { SCRIPT, startSite, type Site } from '../widget/support/site.ts';
import {
  launchExtension,
  readBadge,
  startFeedServer,
  today,
  waitFor,
  type Extension,
  type FeedServer,
} from './support/harness.ts';

let server: FeedServer;
let extension: Extension;
let site: Site;
const published = today();

beforeAll(async () => {
  server = await startFeedServer();
  server.publish(fixtureFeed(published));
  [extension, site] = await Promise.all([launchExtension(), startSite()]);
  await waitFor(async () => (await readBadge(extension)).text !== '', 'the badge');
});

afterAll(async () => {
  await extension?.dispose();
  await server?.close();
  await site?.close();
});

/** A member's page with the widget reading the same feed, in the popup's language. */
async function widgetPage(): Promise<Page> {
  const url = site.page('/same-card.html', {
    lang: extension.lang,
    body: `<script src="${SCRIPT}" data-feed="${server.origin}/stops.json"></script>`,
  });
  const page = await extension.context.newPage();
  await page.goto(url);
  return page;
}

const card = (page: Page, city: string) =>
  page.locator('article.ic-card', { has: page.getByRole('heading', { name: city, exact: true }) }).first();

/** What a reader sees on a card, part by part. */
async function cardWords(card: Locator) {
  const text = async (selector: string) => (await card.locator(selector).first().textContent())?.trim();
  return {
    city: await text('.ic-city'),
    facts: await text('.ic-facts'),
    tile: await text('.ic-tile'),
    when: await text('.ic-when'),
    theme: await text('.ic-theme'),
  };
}

/** Every calendar the card offers, in order, by address: the menu's links (and the popup's one-click link first). */
async function calendarLinks(card: Locator, page: Page): Promise<(string | null)[]> {
  const ui = UI[extension.lang];
  const direct = card.getByRole('link', { name: fill(ui.addWith, [ui.icsShort]) });
  const links: (string | null)[] = (await direct.count()) > 0 ? [await direct.getAttribute('href')] : [];
  const opener = card.getByRole('button', { name: new RegExp(`^(${ui.add}|${ui.otherCalendars})`) }).first();
  await opener.click();
  const items = page.getByRole('menuitem');
  await items.first().waitFor();
  for (const item of await items.all()) links.push(await item.getAttribute('href'));
  await page.keyboard.press('Escape');
  return links;
}

describe('the same stop in the widget and in the popup', () => {
  it('has the same words on its card and the same calendars behind its add button', async () => {
    const widget = await widgetPage();
    const popup = await extension.open('popup.html');
    const inWidget = card(widget, 'Rennes');
    const inPopup = card(popup, 'Rennes');
    await Promise.all([inWidget.waitFor(), inPopup.waitFor()]);

    const words = await cardWords(inPopup);
    expect(words.city).toBe('Rennes');
    expect(words.theme).toContain('la donnée publique');
    expect(await cardWords(inWidget)).toEqual(words);

    const links = await calendarLinks(inPopup, popup);
    expect(links).toHaveLength(5);
    expect(links[0]).toBe(`${server.origin}/stops/essai-bretagne.ics`);
    expect(await calendarLinks(inWidget, widget)).toEqual(links);
    await Promise.all([widget.close(), popup.close()]);
  });

  it('writes its .ics under the same name when the feed hosts none', async () => {
    server.publish(fixtureFeed(published), { hosted: false });
    const refresh = await extension.open('options.html');
    await refresh.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh-feed' }));
    await refresh.close();
    const ui = UI[extension.lang];

    const popup = await extension.open('popup.html');
    const direct = card(popup, 'Rennes').getByRole('button', { name: fill(ui.addWith, [ui.icsShort]) });
    const [fromPopup] = await Promise.all([popup.waitForEvent('download'), direct.click()]);

    const widget = await widgetPage();
    await card(widget, 'Rennes')
      .getByRole('button', { name: new RegExp(`^${ui.add}`) })
      .click();
    const [fromWidget] = await Promise.all([
      widget.waitForEvent('download'),
      widget.getByRole('menuitem', { name: ui.ics }).click(),
    ]);
    expect(fromPopup.suggestedFilename()).toBe('intercotour-essai-bretagne.ics');
    expect(fromWidget.suggestedFilename()).toBe(fromPopup.suggestedFilename());
    await Promise.all([widget.close(), popup.close()]);
  });
});
