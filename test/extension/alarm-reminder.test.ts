/**
 * A reminder that comes through its alarm, at the time the user chose in the options: the whole
 * path in a real browser (options saved → alarm set → worker woken → notification). It waits for
 * a real minute to pass.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, dateIn, regionName, wallClock } from '../../shared/index.ts';
import { catalogTranslate } from '../../extension/testing/catalog.ts';
import { fixtureFeed } from '../fixtures/extension/feed.ts';
import {
  alarmTimes,
  launchExtension,
  notificationIds,
  startFeedServer,
  today,
  waitFor,
  ZONE,
  type Extension,
  type FeedServer,
} from './support/harness.ts';

let server: FeedServer;
let extension: Extension;

beforeAll(async () => {
  server = await startFeedServer();
  // Unreachable at install: nothing is reminded before the user has set their reminders.
  server.failWith(503);
  extension = await launchExtension();
});

afterAll(async () => {
  await extension?.dispose();
  await server?.close();
});

it('comes at the chosen time, the day before the stop, once', async () => {
  const t = catalogTranslate(extension.lang);
  // The next whole minute at least 40 s away (time to set things up), on a Paris clock.
  const moment = new Date(Math.ceil((Date.now() + 40_000) / 60_000) * 60_000);
  const time = wallClock(moment, ZONE).time.slice(0, 5);
  const stopDay = addDays(dateIn(moment, ZONE), 1);

  const options = await extension.open('options.html');
  await options.getByRole('checkbox', { name: regionName('bretagne', extension.lang) }).check();
  await options.getByRole('checkbox', { name: t('leadDays', ['7']) }).uncheck();
  await options.getByRole('checkbox', { name: t('leadOneDay') }).check();
  await options.getByLabel(t('reminderTimeLabel')).fill(time);
  await options.getByRole('button', { name: t('save') }).click();
  await expect.poll(() => options.getByRole('status').first().textContent()).toBe(t('settingsSaved'));
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
  await popup.getByRole('button', { name: t('tryAgain') }).click();
  // The card leads with the city.
  await popup.getByRole('heading', { name: 'Brest', exact: true }).waitFor();
  await popup.close();

  await waitFor(async () => (await alarmTimes(extension)).reminder === moment.getTime(), 'the reminder alarm');
  expect(await notificationIds(extension)).toEqual([]);

  await waitFor(
    async () => (await notificationIds(extension)).length > 0,
    'the reminder',
    moment.getTime() - Date.now() + 60_000,
  );
  expect(Date.now()).toBeGreaterThanOrEqual(moment.getTime());
  expect(await notificationIds(extension)).toEqual([expect.stringMatching(/^reminder\|essai-alarme\|\d+$/)]);
}, 240_000);
