/**
 * The popup when the feed hosts no .ics files (the file is made on the click), when it is opened
 * from a notification, when the feed cannot be read, and when the tour is over.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateIn, fill, formatDay, formatTime, UI, type StopInput } from '../../shared/index.ts';
import { catalogTranslate } from '../../extension/testing/catalog.ts';
import { fixtureFeed } from '../fixtures/extension/feed.ts';
import { readWithBothParsers } from './support/ics.ts';
import {
  axeViolations,
  launchExtension,
  readBadge,
  startFeedServer,
  today,
  waitFor,
  type Extension,
  type FeedServer,
  ZONE,
} from './support/harness.ts';

let server: FeedServer;
let extension: Extension;
const published = today();

beforeAll(async () => {
  server = await startFeedServer();
  // Published without a base address: no stop has an icsUrl.
  server.publish(fixtureFeed(published), { hosted: false });
  extension = await launchExtension();
  await waitFor(async () => (await readBadge(extension)).text !== '', 'the badge');
});

afterAll(async () => {
  await extension?.dispose();
  await server?.close();
});

const expectedBretagne = () => ({
  uid: 'essai-bretagne@intercotour',
  summary: 'IntercoTOUR essai Bretagne',
  start: addDays(published, 3),
  end: addDays(published, 4),
  allDay: true,
});

describe('the popup', () => {
  it('makes the .ics file on the click when the feed hosts none, and it reads alike in two parsers', async () => {
    const ui = UI[extension.lang];
    const page = await extension.open('popup.html');
    const add = page.getByRole('button', { name: fill(ui.addWith, [ui.icsShort]) }).first();
    const [download] = await Promise.all([page.waitForEvent('download'), add.click()]);
    expect(download.suggestedFilename()).toBe('intercotour-essai-bretagne.ics');
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(readWithBothParsers(text)).toEqual({ icaljs: expectedBretagne(), nodeIcal: expectedBretagne() });
    // Subscribing needs the published tour calendar, which is beside stops.json: offered.
    expect(await page.getByRole('button', { name: ui.subscribe }).count()).toBe(1);
    // A short confirmation follows the silent download.
    await expect.poll(() => page.getByText(ui.icsDone).count()).toBe(1);
    await page.close();
  });

  it('opened from a notification, shows the stop highlighted and focused, and saves its .ics when asked', async () => {
    const page = await extension.context.newPage();
    const downloaded = page.waitForEvent('download');
    await page.goto(`chrome-extension://${extension.id}/popup.html?stop=essai-occitanie&download=ics`);
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('intercotour-essai-occitanie.ics');
    const card = page.locator('article[aria-current="true"]');
    await expect.poll(() => card.getByRole('heading').textContent()).toBe('Cahors');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cahors');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('says the feed is unreachable and which day’s data it shows, and tries again on request', async () => {
    server.failWith(503);
    const ui = UI[extension.lang];
    const page = await extension.open('popup.html');
    await page.getByRole('heading', { name: ui.next, exact: true }).waitFor();
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh-feed' }));
    const notice = page.locator('.ic-notice');
    await notice.waitFor();
    const fetchedAt = await extension.inWorker(
      async () => ((await chrome.storage.local.get('feed')).feed as { fetchedAt: string }).fetchedAt,
    );
    const copyOf = fill(ui.atTime, [
      formatDay(dateIn(new Date(fetchedAt), ZONE), extension.lang),
      formatTime(fetchedAt, ZONE, extension.lang),
    ]);
    expect(await notice.locator('p').textContent()).toBe(fill(ui.staleFailed, [copyOf]));
    // The stops of the last good copy are still there.
    expect(await page.getByRole('heading', { name: 'Rennes' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    server.failWith(undefined);
    await notice.getByRole('button', { name: ui.retry }).click();
    await notice.waitFor({ state: 'detached' });
    await page.close();
  });

  it('says when the tour is over, and the badge is empty with a tooltip that says so', async () => {
    const t = catalogTranslate(extension.lang);
    const past: StopInput = {
      id: 'essai-fini',
      title: 'IntercoTOUR essai terminé',
      region: 'corse',
      city: 'Bastia',
      start: addDays(published, -10),
      end: addDays(published, -10),
    };
    server.publish({ ...fixtureFeed(published), stops: [past] }, { hosted: false });
    const page = await extension.open('popup.html');
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh-feed' }));
    await expect.poll(() => page.getByText(fill(UI[extension.lang].over, ['IntercoTOUR essai'])).count()).toBe(1);
    expect(await readBadge(extension)).toEqual({ text: '', title: t('badgeTourOver') });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
