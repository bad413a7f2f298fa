/**
 * What a new user does first: load the built extension, see the badge, open the popup, receive a
 * reminder and add a stop to their calendar in one click.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  countdownBadge,
  countdownSpoken,
  daysBetween,
  formatDay,
  fill,
  regionName,
  UI,
  type CivilDate,
} from '../../shared/index.ts';
import { catalogTranslate } from '../../extension/testing/catalog.ts';
import { fixtureFeed } from '../fixtures/extension/feed.ts';
import { readWithBothParsers } from './support/ics.ts';
import {
  axeViolations,
  launchExtension,
  notificationIds,
  readBadge,
  startFeedServer,
  today,
  waitFor,
  type Extension,
  type FeedServer,
} from './support/harness.ts';

let server: FeedServer;
let extension: Extension;
let published: CivilDate;
const bretagneDay = () => addDays(published, 3);

beforeAll(async () => {
  server = await startFeedServer();
  published = today();
  server.publish(fixtureFeed(published));
  extension = await launchExtension();
  await waitFor(async () => (await readBadge(extension)).text !== '', 'the badge');
});

afterAll(async () => {
  await extension?.dispose();
  await server?.close();
});

describe('a new user who loads the extension', () => {
  it('sees the countdown to the next stop on the badge, and the whole sentence as its tooltip', async () => {
    const t = catalogTranslate(extension.lang);
    const days = daysBetween(today(), bretagneDay());
    const until = { phase: 'upcoming' as const, days };
    expect(await readBadge(extension)).toEqual({
      text: countdownBadge(until, extension.lang),
      title: t('badgeNext', [
        'IntercoTOUR essai Bretagne',
        'Rennes',
        formatDay(bretagneDay(), extension.lang, { weekday: true }),
        countdownSpoken(until, extension.lang),
      ]),
    });
    expect(server.requests).toContain('/stops.json');
  });

  it('finds the options page opened at install, to pick a region', async () => {
    await waitFor(
      async () => extension.context.pages().some((page) => page.url().endsWith('/options.html')),
      'the options page',
    );
  });

  it('receives a reminder of the stop three days ahead (its 7-day reminder fell before the install)', async () => {
    await waitFor(async () => (await notificationIds(extension)).length > 0, 'a notification');
    expect(await notificationIds(extension)).toEqual([expect.stringMatching(/^reminder\|essai-bretagne\|\d+$/)]);
  });

  it('opens the popup: the next stop as a card, the upcoming stops with a region filter, no axe violation', async () => {
    const t = catalogTranslate(extension.lang);
    const ui = UI[extension.lang];
    const page = await extension.open('popup.html');
    const card = page.locator('section', { has: page.getByRole('heading', { name: ui.next, exact: true }) });
    // The city first, as on the widget's cards.
    await expect.poll(() => card.getByRole('heading', { level: 3 }).textContent()).toBe('Rennes');
    const cardText = await card.textContent();
    expect(cardText).toContain(regionName('bretagne', extension.lang));
    expect(cardText).toContain('Thème d’essai : la donnée publique');
    expect(await page.locator('html').getAttribute('lang')).toBe(extension.lang);

    const upcoming = page.locator('section', { has: page.getByRole('heading', { name: t('upcomingStops') }) });
    const cities = () => upcoming.getByRole('heading', { level: 3 }).allTextContents();
    expect(await cities()).toEqual(['Cahors', 'Le Havre']);
    await page.getByLabel(t('showRegion')).selectOption('normandie');
    expect(await cities()).toEqual(['Le Havre']);

    // The whole tour, beside the published feed.
    await page.getByRole('button', { name: ui.subscribe }).click();
    expect(await page.getByRole('menuitem', { name: ui.webcal }).getAttribute('href')).toBe(
      'webcal://127.0.0.1:47815/intercotour.ics',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('is usable with the keyboard: Tab reaches the add button, then the other calendars’ menu, which Enter opens', async () => {
    const ui = UI[extension.lang];
    const page = await extension.open('popup.html');
    const add = page.getByRole('link', { name: fill(ui.addWith, [ui.icsShort]) }).first();
    await add.waitFor();
    let reached = false;
    for (let step = 0; step < 10 && !reached; step++) {
      await page.keyboard.press('Tab');
      reached = await add.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Tab');
    const others = page.getByRole('button', { name: ui.otherCalendars }).first();
    expect(await others.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await others.getAttribute('aria-expanded')).toBe('true');
    // The menu takes the focus to its first calendar.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await page.close();
  });

  it('adds a stop in one click: the link is the stop’s published .ics, read alike by two parsers', async () => {
    const ui = UI[extension.lang];
    const page = await extension.open('popup.html');
    const add = page.getByRole('link', { name: fill(ui.addWith, [ui.icsShort]) }).first();
    const href = await add.getAttribute('href');
    expect(href).toBe(`${server.origin}/stops/essai-bretagne.ics`);
    const before = server.requests.length;
    await add.click();
    await waitFor(async () => server.requests.slice(before).includes('/stops/essai-bretagne.ics'), 'the .ics request');

    const response = await fetch(href!);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const expected = {
      uid: 'essai-bretagne@intercotour',
      summary: 'IntercoTOUR essai Bretagne',
      start: bretagneDay(),
      end: addDays(bretagneDay(), 1),
      allDay: true,
    };
    expect(readWithBothParsers(await response.text())).toEqual({ icaljs: expected, nodeIcal: expected });
    await page.close();
  });

  it('has an options page without axe violations, where saving a region changes the badge', async () => {
    const t = catalogTranslate(extension.lang);
    const page = await extension.open('options.html');
    await page.getByRole('button', { name: t('save') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('checkbox', { name: regionName('normandie', extension.lang) }).check();
    await page.getByRole('button', { name: t('save') }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe(t('settingsSaved'));
    const days = daysBetween(today(), addDays(published, 40));
    await waitFor(
      async () => (await readBadge(extension)).text === countdownBadge({ phase: 'upcoming', days }, extension.lang),
      'the badge to follow Normandie',
    );
    expect((await readBadge(extension)).title).toContain('IntercoTOUR essai Normandie');
    await page.close();
  });

  it('with Google Calendar preferred, the one click is a Google link with the stop’s whole days', async () => {
    const t = catalogTranslate(extension.lang);
    const options = await extension.open('options.html');
    const ui = UI[extension.lang];
    await options.getByRole('radio', { name: ui.google }).check();
    await options.getByRole('button', { name: t('save') }).click();
    await expect.poll(() => options.getByRole('status').first().textContent()).toBe(t('settingsSaved'));
    await options.close();

    const page = await extension.open('popup.html');
    const add = page.getByRole('link', { name: fill(ui.addWith, [ui.google]) }).first();
    const url = new URL((await add.getAttribute('href'))!);
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('text')).toBe('IntercoTOUR essai Normandie');
    const first = addDays(published, 40).replaceAll('-', '');
    const after = addDays(published, 41).replaceAll('-', '');
    expect(url.searchParams.get('dates')).toBe(`${first}/${after}`);
    // The .ics stays one step away.
    await page.getByRole('button', { name: ui.otherCalendars }).first().click();
    expect(await page.getByRole('menuitem', { name: ui.ics }).getAttribute('href')).toBe(
      `${server.origin}/stops/essai-normandie.ics`,
    );
    await page.close();
  });
});
