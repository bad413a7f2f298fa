/**
 * A reminder that comes through its real alarm in Firefox, at the time the user chose in the
 * options: options saved → alarm set → event page woken (it is suspended after 30 s idle, so the
 * alarm usually wakes it) → notification (without buttons, which Firefox refuses), recorded once.
 * It waits for a real minute to pass.
 *
 * Two witnesses, in the order things happen: the extension writes a reminder down as shown just
 * before it shows it (storage), then the notification closes (headless Firefox takes it off the
 * screen at once; `onClosed` is recorded by the harness). A failure says which one is missing and
 * what the extension held then.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, dateIn, regionName, wallClock } from '../../shared/index.ts';
import { catalogTranslate } from '../../extension/testing/catalog.ts';
import { fixtureFeed } from '../fixtures/extension/feed.ts';
import { startFeedServer, today, ZONE, type FeedServer } from '../extension/support/harness.ts';
import {
  alarmTimes,
  extensionState,
  launchFirefoxExtension,
  noticesShown,
  remindersShown,
  waitUntil,
  type FirefoxExtension,
} from './support/harness.ts';

let server: FeedServer;
let extension: FirefoxExtension;

beforeAll(async () => {
  server = await startFeedServer();
  // Unreachable at install: nothing is reminded before the user has set their reminders.
  server.failWith(503);
  extension = await launchFirefoxExtension();
});

afterAll(async () => {
  await extension?.dispose();
  await server?.close();
});

const reminders = async () => (await noticesShown(extension)).filter((id) => id.startsWith('reminder|'));
const state = () => extensionState(extension);

it('comes at the chosen time, the day before the stop, once', async () => {
  const t = catalogTranslate(extension.lang);
  // The next whole minute at least 40 s away (time to set things up), on a Paris clock.
  const moment = new Date(Math.ceil((Date.now() + 40_000) / 60_000) * 60_000);
  const time = wallClock(moment, ZONE).time.slice(0, 5);
  const stopDay = addDays(dateIn(moment, ZONE), 1);

  const options = await extension.open('options.html');
  const checkbox = (name: string) => options.locator(`::-p-aria(${name}[role="checkbox"])`);
  /** Clicks a checkbox only if it is not already as wanted: the defaults may change. */
  const setChecked = async (name: string, on: boolean) => {
    const handle = await checkbox(name).waitHandle();
    if ((await handle.evaluate((input) => (input as HTMLInputElement).checked)) !== on) await handle.click();
    expect(await handle.evaluate((input) => (input as HTMLInputElement).checked)).toBe(on);
  };
  await setChecked(regionName('bretagne', extension.lang), true);
  await setChecked(t('leadDays', ['7']), false);
  await setChecked(t('leadOneDay'), true);
  await options.locator('#field-reminderTime').fill(time);
  await options.locator(`::-p-aria(${t('save')}[role="button"])`).click();
  await expect.poll(() => options.$eval('[role="status"]', (status) => status.textContent)).toBe(t('settingsSaved'));
  await options.close();

  const feed = fixtureFeed(today(), {
    stops: [
      {
        id: 'essai-alarme',
        title: 'IntercoTOUR essai alarme',
        region: 'bretagne',
        city: 'Brest',
        start: stopDay,
        end: stopDay,
      },
    ],
  });
  // Only this stop is a day away in Bretagne: the fixture's own Bretagne stop is further.
  feed.stops = feed.stops.filter((stop) => stop.id !== 'essai-bretagne');
  server.publish(feed);
  server.failWith(undefined);
  const popup = await extension.open('popup.html');
  await popup.locator(`::-p-aria(${t('tryAgain')}[role="button"])`).click();
  // The card leads with the city.
  await popup.waitForSelector('::-p-aria(Brest[role="heading"])');
  await popup.close();

  await waitUntil(async () => (await alarmTimes(extension)).reminder === moment.getTime(), 'the reminder alarm', {
    state,
  });
  expect(await reminders()).toEqual([]);
  expect(await remindersShown(extension)).toEqual([]);

  // The alarm's work: the 1-day reminder of this stop written down as shown, and nothing else.
  await waitUntil(async () => (await remindersShown(extension)).length > 0, 'the reminder’s alarm to fire', {
    timeoutMs: moment.getTime() - Date.now() + 60_000,
    state,
  });
  expect(Date.now()).toBeGreaterThanOrEqual(moment.getTime());
  expect(await remindersShown(extension)).toEqual([`essai-alarme|${stopDay}|1`]);
  // Shown, once.
  await waitUntil(async () => (await reminders()).length > 0, 'the reminder’s notification', { state });
  expect(await reminders()).toEqual([expect.stringMatching(/^reminder\|essai-alarme\|\d+$/)]);
  // The alarm moved on to the next reminder (or is gone): it will not show this one again.
  expect((await alarmTimes(extension)).reminder).not.toBe(moment.getTime());
}, 240_000);
