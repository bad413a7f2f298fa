/**
 * The worker stops after 30 idle seconds and the browser closes at night: neither may show a
 * reminder twice or lose an alarm (Chrome may also drop alarms on restart: each start re-creates them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureFeed } from '../fixtures/extension/feed.ts';
import {
  alarmTimes,
  launchExtension,
  notificationIds,
  readBadge,
  restartWorker,
  startFeedServer,
  today,
  waitFor,
  type Extension,
  type FeedServer,
} from './support/harness.ts';

let server: FeedServer;
let extension: Extension;
let alarmsAtInstall: Record<string, number>;
let shownAtInstall: string[];

const shownKeys = (ext: Extension) =>
  ext.inWorker(async () => ((await chrome.storage.local.get('reminders')).reminders as { shown: string[] }).shown);

beforeAll(async () => {
  server = await startFeedServer();
  server.publish(fixtureFeed(today()));
  extension = await launchExtension();
  await waitFor(async () => (await notificationIds(extension)).length === 1, 'the install’s reminder');
  await waitFor(async () => Object.keys(await alarmTimes(extension)).length === 3, 'the three alarms');
  alarmsAtInstall = await alarmTimes(extension);
  shownAtInstall = await shownKeys(extension);
});

afterAll(async () => {
  await extension?.dispose();
  await server?.close();
});

describe('the reminders and alarms of a running extension', () => {
  it('are as expected after the install: one reminder shown, refresh, midnight and next-reminder alarms', () => {
    expect(Object.keys(alarmsAtInstall).sort()).toEqual(['midnight', 'refresh', 'reminder']);
    expect(shownAtInstall).toEqual([expect.stringMatching(/^essai-bretagne\|\d{4}-\d{2}-\d{2}\|7$/)]);
  });

  it('survive a restart of the worker: badge repainted, dropped alarm re-created, no reminder shown again', async () => {
    const before = await notificationIds(extension);
    // What a restart may cost: Chrome does not keep the badge reliably and may drop alarms.
    await extension.inWorker(async () => {
      await chrome.action.setBadgeText({ text: '' });
      await chrome.alarms.clear('midnight');
    });
    await restartWorker(extension);
    await waitFor(async () => (await readBadge(extension)).text !== '', 'the badge to be repainted');
    await waitFor(async () => 'midnight' in (await alarmTimes(extension)), 'the midnight alarm');
    expect(await alarmTimes(extension)).toEqual(alarmsAtInstall);
    const after = await notificationIds(extension);
    expect(after.filter((id) => !before.includes(id))).toEqual([]);
    expect(await shownKeys(extension)).toEqual(shownAtInstall);

    // The check above sees new notifications: a test reminder, asked for now, does show.
    const options = await extension.open('options.html');
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'test-reminder' }));
    await options.close();
    await waitFor(
      async () => (await notificationIds(extension)).some((id) => id.startsWith('test|')),
      'the test reminder',
    );
  });

  it('survive a restart of the browser: no reminder shown again, every alarm there', async () => {
    const dir = extension.userDataDir;
    await extension.close();
    extension = await launchExtension(dir);
    await waitFor(async () => Object.keys(await alarmTimes(extension)).length === 3, 'the three alarms');
    await waitFor(async () => (await readBadge(extension)).text !== '', 'the badge');
    expect(await alarmTimes(extension)).toMatchObject({
      midnight: alarmsAtInstall.midnight,
      reminder: alarmsAtInstall.reminder,
      refresh: expect.any(Number),
    });
    expect((await notificationIds(extension)).filter((id) => id.startsWith('reminder|'))).toEqual([]);
    expect(await shownKeys(extension)).toEqual(shownAtInstall);
  });
});
