/**
 * The options page with a keyboard and with mistakes: errors said next to their field, the test
 * reminder, and switching feeds (the previous one kept until the new one reads).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogTranslate } from '../../extension/testing/catalog.ts';
import { fixtureFeed } from '../fixtures/extension/feed.ts';
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
const published = today();

beforeAll(async () => {
  server = await startFeedServer();
  server.publish(fixtureFeed(published));
  extension = await launchExtension();
  await waitFor(async () => (await readBadge(extension)).text !== '', 'the badge');
});

afterAll(async () => {
  await extension?.dispose();
  await server?.close();
});

describe('the options page', () => {
  it('is usable with the keyboard alone: tick a region with Space, save with Enter', async () => {
    const t = catalogTranslate(extension.lang);
    const page = await extension.open('options.html');
    const first = page.getByRole('checkbox').first();
    await first.waitFor();
    await page.keyboard.press('Tab');
    expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    expect(await first.isChecked()).toBe(true);
    const save = page.getByRole('button', { name: t('save') });
    await save.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe(t('settingsSaved'));
    const saved = await extension.inWorker(
      async () => ((await chrome.storage.local.get('settings')).settings as { regions: string[] }).regions,
    );
    expect(saved).toHaveLength(1);
    // Back to every region for the tests below, stored before the page goes.
    await first.uncheck();
    await save.click();
    await waitFor(
      async () =>
        (
          await extension.inWorker(
            async () => ((await chrome.storage.local.get('settings')).settings as { regions: string[] }).regions,
          )
        ).length === 0,
      'every region to be saved again',
    );
    await page.close();
  });

  it('says what is wrong next to the field, moves the focus there, and stays free of axe violations', async () => {
    const t = catalogTranslate(extension.lang);
    const page = await extension.open('options.html');
    // `all()` does not wait: while the page still says "Chargement…" it finds no checkbox at all.
    const leadDays = page.getByRole('group', { name: t('leadLegend') }).getByRole('checkbox');
    await leadDays.first().waitFor();
    for (const checkbox of await leadDays.all()) await checkbox.uncheck();
    expect(await leadDays.evaluateAll((boxes) => boxes.some((box) => (box as HTMLInputElement).checked))).toBe(false);
    await page.getByRole('button', { name: t('save') }).click();
    const group = page.getByRole('group', { name: t('leadLegend') });
    await expect.poll(() => group.getAttribute('aria-describedby')).toBe('error-leadDays');
    expect(await page.locator('#error-leadDays').textContent()).toBe(t('errorNoLeadDay'));
    expect(await group.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByRole('status').first().textContent()).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('sends a test reminder from its button', async () => {
    const t = catalogTranslate(extension.lang);
    const page = await extension.open('options.html');
    await page.getByRole('button', { name: t('testSend') }).click();
    await expect.poll(() => page.getByText(t('testSent')).count()).toBe(1);
    await waitFor(
      async () => (await notificationIds(extension)).some((id) => id.startsWith('test|essai-bretagne|')),
      'the test reminder',
    );
    await page.close();
  });

  it('refuses a wrong feed address with a sentence, and keeps the feed in use', async () => {
    const t = catalogTranslate(extension.lang);
    const page = await extension.open('options.html');
    const input = page.getByLabel(t('feedUrlLabel'));
    await input.fill('javascript:alert(1)');
    await page.getByRole('button', { name: t('feedUse') }).click();
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#feed-url-error').textContent()).toBe(t('errorFeedUrlNotHttp'));
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // A real address that answers 404: nothing changes.
    await input.fill(`${server.origin}/missing/stops.json`);
    await page.getByRole('button', { name: t('feedUse') }).click();
    await expect.poll(() => page.locator('.saved').last().textContent()).toBe(t('failureHttp', ['404']));
    expect((await readBadge(extension)).title).toContain('IntercoTOUR essai Bretagne');
    await page.close();
  });

  it('switches to another feed once it has been read, and back to the default', async () => {
    const t = catalogTranslate(extension.lang);
    const other = fixtureFeed(published);
    other.stops = other.stops.filter((stop) => stop.region === 'normandie');
    server.serveJson('/other/stops.json', other);
    const page = await extension.open('options.html');
    // The origin is already granted (the build's feed): the permission request answers at once.
    await page.getByLabel(t('feedUrlLabel')).fill(`${server.origin}/other/stops.json`);
    await page.getByRole('button', { name: t('feedUse') }).click();
    await expect.poll(() => page.locator('.saved').last().textContent()).toBe(t('feedSwitchedOne', ['1']));
    await waitFor(async () => (await readBadge(extension)).title.includes('Normandie'), 'the badge to follow');
    expect(await page.locator('.feed-in-use').textContent()).toBe(`${server.origin}/other/stops.json`);

    await page.getByRole('button', { name: t('feedBackToDefault') }).click();
    await expect.poll(() => page.locator('.saved').last().textContent()).toBe(t('feedSwitchedMany', ['4']));
    await waitFor(async () => (await readBadge(extension)).title.includes('Bretagne'), 'the badge to come back');
    await page.close();
  });
});
