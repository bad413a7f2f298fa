/**
 * What a new user of Firefox ESR does first, in French: install the add-on, see the badge, open the
 * popup, add a stop to their calendar in one click, and pick their region in the options.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  countdownBadge,
  countdownSpoken,
  daysBetween,
  fill,
  formatDay,
  regionName,
  UI,
  type CivilDate,
} from '../../shared/index.ts';
import { catalogTranslate } from '../../extension/testing/catalog.ts';
import { fixtureFeed } from '../fixtures/extension/feed.ts';
import { readWithBothParsers } from '../extension/support/ics.ts';
import { startFeedServer, today, waitFor, type FeedServer } from '../extension/support/harness.ts';
import {
  axeViolations,
  launchFirefoxExtension,
  readBadge,
  remindersShown,
  noticesShown,
  extensionState,
  waitUntil,
  type FirefoxExtension,
} from './support/harness.ts';

let server: FeedServer;
let extension: FirefoxExtension;
let published: CivilDate;
const bretagneDay = () => addDays(published, 3);
const t = catalogTranslate('fr');
const ui = UI.fr;

/** The text of every element matching `selector`, in document order. */
const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) => elements.map((element) => element.textContent ?? ''));

beforeAll(async () => {
  server = await startFeedServer();
  published = today();
  server.publish(fixtureFeed(published));
  extension = await launchFirefoxExtension();
  await waitFor(async () => (await readBadge(extension)).text !== '', 'the badge');
});

afterAll(async () => {
  await extension?.dispose();
  await server?.close();
});

describe('a new user who installs the add-on in a French Firefox ESR', () => {
  it('gets the French catalog', async () => {
    expect(extension.lang).toBe('fr');
    expect(await extension.inExtension(() => browser.i18n.getMessage('save'))).toBe('Enregistrer');
  });

  it('sees the countdown to the next stop on the badge, and the whole sentence as its tooltip', async () => {
    const until = { phase: 'upcoming' as const, days: daysBetween(today(), bretagneDay()) };
    expect(await readBadge(extension)).toEqual({
      text: countdownBadge(until, 'fr'),
      title: t('badgeNext', [
        'IntercoTOUR essai Bretagne',
        'Rennes',
        formatDay(bretagneDay(), 'fr', { weekday: true }),
        countdownSpoken(until, 'fr'),
      ]),
    });
    expect((await readBadge(extension)).title).toMatch(/^Prochaine étape/);
    expect(server.requests).toContain('/stops.json');
  });

  it('receives a reminder of the stop three days ahead (its 7-day reminder fell before the install)', async () => {
    await waitFor(async () => (await remindersShown(extension)).length > 0, 'a reminder');
    expect(await remindersShown(extension)).toEqual([expect.stringMatching(/^essai-bretagne\|\d{4}-\d{2}-\d{2}\|7$/)]);
  });

  it('shows reminders without buttons, which Firefox refuses: a click on the notice is the way in', async () => {
    expect(await extension.inExtension(() => browser.runtime.sendMessage({ type: 'test-reminder' }))).toEqual({
      ok: true,
    });
    await waitUntil(
      async () => (await noticesShown(extension)).some((id) => id.startsWith('test|')),
      'the test reminder',
      { state: () => extensionState(extension) },
    );
    // What the extension avoids: the same notice with a button is refused outright.
    const withButton = await extension.inExtension(async () => {
      try {
        const options = { type: 'basic', iconUrl: '/icon/48.png', title: 'IntercoTOUR', message: '…' } as const;
        await browser.notifications.create({ ...options, buttons: [{ title: 'Ajouter' }] });
        return 'shown';
      } catch (error) {
        return String(error);
      }
    });
    expect(withButton).toMatch(/"buttons" is unsupported by Firefox/);
  });

  it('opens the popup: the next stop as a card, the upcoming stops with a region filter, no axe violation', async () => {
    const page = await extension.open('popup.html');
    await page.waitForSelector('section h3');
    expect(await page.$eval('html', (html) => html.lang)).toBe('fr');
    const headings = await texts(page, 'h2');
    expect(headings).toContain(ui.next);
    expect(headings).toContain(t('upcomingStops'));
    const sections = await texts(page, 'section');
    const card = sections.find((text) => text.includes(ui.next))!;
    expect(card).toContain('Rennes');
    expect(card).toContain(regionName('bretagne', 'fr'));
    expect(card).toContain('Thème d’essai : la donnée publique');

    const upcoming = () =>
      page.$$eval(
        'section',
        (all, title) => {
          const section = all.find((element) => element.querySelector('h2')?.textContent === title);
          return [...(section?.querySelectorAll('h3') ?? [])].map((heading) => heading.textContent);
        },
        t('upcomingStops'),
      );
    expect(await upcoming()).toEqual(['Cahors', 'Le Havre']);
    await page.locator(`::-p-aria(${t('showRegion')}[role="combobox"])`).fill('normandie');
    await expect.poll(upcoming).toEqual(['Le Havre']);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('adds a stop in one click: the link is the stop’s published .ics, read alike by two parsers', async () => {
    const page = await extension.open('popup.html');
    await page.waitForSelector('section h3');
    // Its name goes on with the stop for screen readers: "… (fichier .ics) : Rennes, jeudi …".
    const add = (await page.evaluateHandle(
      (name) => [...document.querySelectorAll('a')].find((link) => link.textContent?.startsWith(name)),
      fill(ui.addWith, [ui.icsShort]),
    )) as ElementHandle<HTMLAnchorElement>;
    const href = await add.evaluate((link) => link.href);
    expect(href).toBe(`${server.origin}/stops/essai-bretagne.ics`);
    const before = server.requests.length;
    await add.click();
    await waitFor(async () => server.requests.slice(before).includes('/stops/essai-bretagne.ics'), 'the .ics request');

    const response = await fetch(href);
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
    const page = await extension.open('options.html');
    const save = await page.waitForSelector(`::-p-aria(${t('save')}[role="button"])`);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator(`::-p-aria(${regionName('normandie', 'fr')}[role="checkbox"])`).click();
    await save!.click();
    await expect.poll(() => page.$eval('[role="status"]', (status) => status.textContent)).toBe(t('settingsSaved'));
    const days = daysBetween(today(), addDays(published, 40));
    await waitFor(
      async () => (await readBadge(extension)).text === countdownBadge({ phase: 'upcoming', days }, 'fr'),
      'the badge to follow Normandie',
    );
    expect((await readBadge(extension)).title).toContain('IntercoTOUR essai Normandie');
    await page.close();
  });
});
