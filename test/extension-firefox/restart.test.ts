/**
 * Firefox keeps no alarm across a restart and runs the background as an event page: each start must
 * re-create the alarms and repaint the badge, and never show a reminder twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureFeed } from '../fixtures/extension/feed.ts';
import { startFeedServer, today, waitFor, type FeedServer } from '../extension/support/harness.ts';
import {
  alarmTimes,
  extensionState,
  launchFirefoxExtension,
  noticesShown,
  readBadge,
  remindersShown,
  waitUntil,
  type FirefoxExtension,
} from './support/harness.ts';

let server: FeedServer;
let extension: FirefoxExtension;

beforeAll(async () => {
  server = await startFeedServer();
  server.publish(fixtureFeed(today()));
  extension = await launchFirefoxExtension();
});

afterAll(async () => {
  await extension?.dispose();
  await server?.close();
});

describe('a restart of Firefox on the same profile', () => {
  it('keeps the reminder shown at install, and every alarm, without showing it again', async () => {
    await waitFor(async () => (await remindersShown(extension)).length === 1, 'the install’s reminder');
    await waitFor(async () => Object.keys(await alarmTimes(extension)).length === 3, 'the three alarms');
    const alarmsAtInstall = await alarmTimes(extension);
    const shownAtInstall = await remindersShown(extension);
    expect(Object.keys(alarmsAtInstall).sort()).toEqual(['midnight', 'refresh', 'reminder']);
    expect(shownAtInstall).toEqual([expect.stringMatching(/^essai-bretagne\|\d{4}-\d{2}-\d{2}\|7$/)]);

    await extension.close();
    extension = await launchFirefoxExtension({ profile: extension.profile });
    await waitFor(async () => Object.keys(await alarmTimes(extension)).length === 3, 'the three alarms again');
    await waitFor(async () => (await readBadge(extension)).text !== '', 'the badge');
    expect(await alarmTimes(extension)).toMatchObject({
      midnight: alarmsAtInstall.midnight,
      reminder: alarmsAtInstall.reminder,
      refresh: expect.any(Number),
    });
    expect(await remindersShown(extension)).toEqual(shownAtInstall);

    // The check below sees new notifications: a test reminder, asked for now, does show…
    expect(await extension.inExtension(() => browser.runtime.sendMessage({ type: 'test-reminder' }))).toEqual({
      ok: true,
    });
    await waitUntil(
      async () => (await noticesShown(extension)).some((id) => id.startsWith('test|')),
      'a test reminder',
      {
        state: () => extensionState(extension),
      },
    );
    // …and no reminder came with the restart.
    expect((await noticesShown(extension)).filter((id) => id.startsWith('reminder|'))).toEqual([]);
  });
});
