import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixtureFeed } from '../../test/fixtures/extension/feed.ts';
import { BADGE_COLORS } from '../lib/badge.ts';
import { feedChoiceItem, feedStatusItem, reminderStateItem, settingsItem, storedFeedItem } from '../lib/storage.ts';
import { createHarness, FEED_URL, type Harness } from '../testing/background-harness.ts';

// Paris, a Tuesday in March (UTC+1): the fixture's Bretagne stop is on Friday 13, three days ahead.
const TODAY = '2026-03-10';
const NOW = '2026-03-10T09:00:00Z';

const badge = async () => ({
  text: await fakeBrowser.action.getBadgeText({}),
  title: await fakeBrowser.action.getTitle({}),
  color: await fakeBrowser.action.getBadgeBackgroundColor({}),
});

const alarms = async () =>
  Object.fromEntries(
    (await fakeBrowser.alarms.getAll()).map((alarm) => [
      alarm.name,
      { at: new Date(alarm.scheduledTime).toISOString(), period: alarm.periodInMinutes },
    ]),
  );

const rgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).concat(255);

async function install(harness: Harness) {
  await harness.start();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
  await harness.idle();
}

/** Listeners return nothing; the background's queue says when their work is done. */
async function fire(harness: Harness, event: Promise<unknown>) {
  await event;
  await harness.idle();
}

const fireAlarm = (harness: Harness, name: string) =>
  fire(harness, fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now(), persistAcrossSessions: true }));

describe('the background, on a new install with a feed address', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
    harness.serve(FEED_URL, fixtureFeed(TODAY));
    await install(harness);
  });

  it('opens the options page so that the user picks a region', () => {
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
  });

  it('reads the feed once and counts down to the next stop', async () => {
    expect(harness.fetched).toEqual([FEED_URL]);
    expect(await badge()).toEqual({
      text: 'J-3',
      title: 'Prochaine étape\u202f: IntercoTOUR essai Bretagne à Rennes, vendredi 13 mars — dans 3 jours',
      color: rgb(BADGE_COLORS.week),
    });
  });

  it('sets the refresh, midnight and next-reminder alarms', async () => {
    expect(await alarms()).toEqual({
      refresh: { at: new Date(Date.parse(NOW) + 6 * 3_600_000).toISOString(), period: 360 },
      // Local midnight in Paris.
      midnight: { at: '2026-03-10T23:00:00.000Z', period: undefined },
      // The Bretagne stop, the day before at 9:00 Paris time.
      reminder: { at: '2026-03-12T08:00:00.000Z', period: undefined },
    });
  });

  it('shows at once the reminder whose moment passed before the install (7 days before)', () => {
    expect(harness.shown()).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^reminder\|essai-bretagne\|/),
        title: 'IntercoTOUR essai Bretagne — dans 3 jours',
        message: '13 mars 2026, Rennes (Bretagne)\nThème\u202f: Thème d’essai : la donnée publique',
        buttons: [{ title: 'Ajouter à mon agenda' }],
      }),
    ]);
  });

  it('recomputes the badge at local midnight and sets the next midnight', async () => {
    harness.setNow('2026-03-10T23:00:01Z');
    await fireAlarm(harness, 'midnight');
    expect((await badge()).text).toBe('J-2');
    expect((await alarms()).midnight?.at).toBe('2026-03-11T23:00:00.000Z');
  });

  it('follows the regions saved in the options at once', async () => {
    await settingsItem.setValue({ ...(await settingsItem.getValue()), regions: ['normandie'] });
    await harness.idle();
    expect(await badge()).toMatchObject({ text: 'J-40', color: rgb(BADGE_COLORS.far) });
  });
});

describe('a reminder', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
    harness.serve(FEED_URL, fixtureFeed(TODAY));
    await install(harness);
  });

  it('comes at its alarm and is never shown twice: not by the alarm again, a worker restart, a browser restart or a refresh', async () => {
    harness.setNow('2026-03-12T08:00:00Z');
    await fireAlarm(harness, 'reminder');
    const titles = () => harness.shown().map((notice) => notice.title);
    expect(titles()).toEqual(['IntercoTOUR essai Bretagne — dans 3 jours', 'IntercoTOUR essai Bretagne — demain']);
    await fireAlarm(harness, 'reminder');
    await harness.restartWorker();
    await harness.restartBrowser();
    await fireAlarm(harness, 'refresh');
    expect(titles()).toHaveLength(2);
    // …and no alarm is lost: the next reminder is Occitanie's, 7 days before, at 9:00.
    expect(await alarms()).toMatchObject({
      refresh: { period: 360 },
      midnight: { at: '2026-03-12T23:00:00.000Z' },
      reminder: { at: '2026-03-15T08:00:00.000Z' },
    });
  });

  it('whose moment passed while the browser was closed comes once at the next start, while the stop is ahead', async () => {
    harness = createHarness({ now: '2026-03-01T09:00:00Z', defaultFeedUrl: FEED_URL });
    const feed = fixtureFeed(TODAY);
    // On the 1st, the fixture's "past" stop (the 5th) is still ahead: leave it out of this story.
    feed.stops = feed.stops.filter((stop) => stop.id !== 'essai-passe');
    harness.serve(FEED_URL, feed);
    await install(harness);
    expect(harness.shown()).toEqual([]);
    // Closed from the 1st to the evening of the 12th: both lead times of the Bretagne stop passed.
    harness.setNow('2026-03-12T19:00:00Z');
    await harness.restartBrowser();
    expect(harness.shown().map((notice) => notice.title)).toEqual(['IntercoTOUR essai Bretagne — demain']);
    await harness.restartBrowser();
    expect(harness.shown()).toHaveLength(1);
    // Closed again until after the stop: nothing more about it.
    harness.setNow('2026-03-14T09:00:00Z');
    await harness.restartBrowser();
    expect(harness.shown()).toHaveLength(1);
  });

  it('is not shown when reminders are off, nor for regions the user does not follow', async () => {
    harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
    harness.serve(FEED_URL, fixtureFeed(TODAY));
    await settingsItem.setValue({
      regions: ['normandie'],
      remindersOn: true,
      leadDays: [7, 1],
      reminderTime: '09:00',
      calendar: 'ics',
    });
    await install(harness);
    expect(harness.shown()).toEqual([]);
    await settingsItem.setValue({ ...(await settingsItem.getValue()), regions: [], remindersOn: false });
    await harness.idle();
    expect(harness.shown()).toEqual([]);
    expect(await alarms()).not.toHaveProperty('reminder');
  });

  it('has no button on Firefox, which throws on them', async () => {
    harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL, firefox: true });
    harness.serve(FEED_URL, fixtureFeed(TODAY));
    await install(harness);
    expect(harness.shown()).toHaveLength(1);
    expect(harness.shown()[0]).not.toHaveProperty('buttons');
  });
});

describe('the feed refresh', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
    harness.serve(FEED_URL, fixtureFeed(TODAY));
    await install(harness);
  });

  it('never replaces the last good feed with a failed or invalid one', async () => {
    const good = await storedFeedItem.getValue();
    const bad = [
      { status: 500, body: 'Internal error' },
      'network-error' as const,
      { status: 200, body: '{ "version": 1, "stops": [' },
      { status: 200, body: JSON.stringify({ ...fixtureFeed(TODAY), version: 2 }) },
      { status: 200, body: JSON.stringify({ ...fixtureFeed(TODAY), updated: 'yesterday' }) },
    ];
    for (const answer of bad) {
      harness.setNow(new Date(Date.parse(NOW) + 60_000).toISOString());
      harness.serve(FEED_URL, answer);
      await fireAlarm(harness, 'refresh');
      expect(await storedFeedItem.getValue()).toEqual(good);
      expect((await feedStatusItem.getValue())?.failure).toBeDefined();
      expect((await badge()).text).toBe('J-3');
    }
    expect((await feedStatusItem.getValue())?.failure?.kind).toBe('invalid');
  });

  it('takes a good new feed, dropping only the stops that break the rules', async () => {
    const next = fixtureFeed(TODAY);
    (next.stops[1] as { start: string }).start = 'demain';
    harness.serve(FEED_URL, next);
    await fireAlarm(harness, 'refresh');
    expect((await storedFeedItem.getValue())?.feed.stops.map((stop) => stop.id)).toEqual([
      'essai-passe',
      'essai-occitanie',
      'essai-normandie',
    ]);
    expect((await feedStatusItem.getValue())?.failure).toBeUndefined();
    expect((await badge()).text).toBe('J-12');
  });

  it('reads the feed again at a start when the last try is older than the refresh period, not before', async () => {
    harness.setNow('2026-03-10T14:59:00Z');
    await harness.restartWorker();
    expect(harness.fetched).toHaveLength(1);
    harness.setNow('2026-03-10T15:00:00Z');
    await harness.restartWorker();
    expect(harness.fetched).toHaveLength(2);
  });

  it('does not fetch without the host permission (Firefox lets users withhold it) and says so', async () => {
    harness.grant(false);
    await fireAlarm(harness, 'refresh');
    expect(harness.fetched).toHaveLength(1);
    expect((await feedStatusItem.getValue())?.failure).toEqual({ kind: 'permission' });
  });
});

describe('a stop the user was reminded of', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
    harness.serve(FEED_URL, fixtureFeed(TODAY));
    await install(harness);
    expect(harness.shown()).toHaveLength(1);
  });

  const withBretagne = (change: object) => {
    const feed = fixtureFeed(TODAY);
    feed.stops = feed.stops.map((stop) => (stop.id === 'essai-bretagne' ? { ...stop, ...change } : stop));
    return feed;
  };

  it('is announced when it moves, once, with its new date', async () => {
    harness.serve(FEED_URL, withBretagne({ start: '2026-03-20', end: '2026-03-20', sequence: 1 }));
    await fireAlarm(harness, 'refresh');
    await fireAlarm(harness, 'refresh');
    await harness.restartWorker();
    expect(harness.shown().slice(1)).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^moved\|essai-bretagne\|/),
        title: 'Étape déplacée\u202f: IntercoTOUR essai Bretagne',
        message: 'Nouvelle date\u202f: 20 mars 2026, Rennes (Bretagne) (au lieu du 13 mars 2026).',
      }),
    ]);
  });

  it('is announced when it is cancelled, once, without an "add" button', async () => {
    harness.serve(FEED_URL, withBretagne({ status: 'cancelled', sequence: 1 }));
    await fireAlarm(harness, 'refresh');
    await fireAlarm(harness, 'refresh');
    expect(harness.shown().slice(1)).toEqual([
      {
        id: expect.stringMatching(/^cancelled\|essai-bretagne\|/),
        type: 'basic',
        iconUrl: expect.stringMatching(/icon\/128\.png$/),
        title: 'Étape annulée\u202f: IntercoTOUR essai Bretagne',
        message: 'L’étape prévue le 13 mars 2026 à Rennes est annulée.',
      },
    ]);
    expect((await badge()).title).toContain('IntercoTOUR essai Occitanie');
  });

  it('is the only one announced: a stop never reminded of changes silently', async () => {
    const feed = fixtureFeed(TODAY);
    feed.stops = feed.stops.map((stop) =>
      stop.id === 'essai-occitanie' ? { ...stop, status: 'cancelled' as const } : stop,
    );
    harness.serve(FEED_URL, feed);
    await fireAlarm(harness, 'refresh');
    expect(harness.shown()).toHaveLength(1);
  });
});

describe('without a feed address (no INTERCOTOUR_FEED_URL)', () => {
  it('shows the bundled 2019 tour, fetches nothing and sets no refresh alarm', async () => {
    const harness = createHarness({ now: '2019-03-14T11:00:00Z' });
    await install(harness);
    expect(harness.fetched).toEqual([]);
    expect(await badge()).toMatchObject({
      text: 'J-12',
      title: 'Prochaine étape\u202f: IntercoTOUR Occitanie à Cahors, mardi 26 mars — dans 12 jours',
    });
    expect(Object.keys(await alarms()).sort()).toEqual(['midnight', 'reminder']);
    expect((await storedFeedItem.getValue())?.source).toBe('bundled');
  });
});

describe('notification clicks', () => {
  let harness: Harness;
  let create: ReturnType<typeof vi.spyOn>;
  beforeEach(async () => {
    harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
    const feed = fixtureFeed(TODAY);
    feed.stops = feed.stops.map((stop) =>
      stop.id === 'essai-occitanie'
        ? { ...stop, icsUrl: 'https://feed.example.org/tour/stops/essai-occitanie.ics' }
        : stop,
    );
    harness.serve(FEED_URL, feed);
    await install(harness);
    create = vi.spyOn(fakeBrowser.tabs, 'create');
    create.mockClear();
  });
  const opened = () => create.mock.calls.map((call: unknown[]) => (call[0] as { url: string }).url);
  const reminderId = (stopId: string) => `reminder|${stopId}|1`;

  it('open the stop’s details, highlighted in the popup’s page', async () => {
    await fire(harness, fakeBrowser.notifications.onClicked.trigger(harness.shown()[0]!.id));
    expect(opened()).toEqual(['chrome-extension://test-extension-id/popup.html?stop=essai-bretagne']);
  });

  it('add the stop with the preferred calendar from the Chrome button', async () => {
    await fire(harness, fakeBrowser.notifications.onButtonClicked.trigger(reminderId('essai-bretagne'), 0));
    await fire(harness, fakeBrowser.notifications.onButtonClicked.trigger(reminderId('essai-occitanie'), 0));
    await settingsItem.setValue({ ...(await settingsItem.getValue()), calendar: 'google' });
    await fire(harness, fakeBrowser.notifications.onButtonClicked.trigger(reminderId('essai-bretagne'), 0));
    expect(opened()).toEqual([
      // No hosted file for this one: the page makes it and saves it on arrival.
      'chrome-extension://test-extension-id/popup.html?stop=essai-bretagne&download=ics',
      'https://feed.example.org/tour/stops/essai-occitanie.ics',
      expect.stringMatching(
        /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&text=IntercoTOUR%20essai%20Bretagne&dates=20260313%2F20260314/,
      ),
    ]);
  });
});

describe('messages from the pages', () => {
  let harness: Harness;
  const OTHER = 'https://other.example.org/stops.json';
  beforeEach(async () => {
    harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
    harness.serve(FEED_URL, fixtureFeed(TODAY));
    await install(harness);
  });

  it('switch to another feed only once it has been read', async () => {
    const before = await storedFeedItem.getValue();
    expect(await fakeBrowser.runtime.sendMessage({ type: 'use-feed', url: OTHER })).toEqual({
      ok: false,
      failure: { kind: 'http', detail: '404' },
    });
    harness.grant(false);
    harness.serve(OTHER, fixtureFeed(TODAY, { stops: [] }));
    expect(await fakeBrowser.runtime.sendMessage({ type: 'use-feed', url: OTHER })).toEqual({
      ok: false,
      failure: { kind: 'permission' },
    });
    expect(await storedFeedItem.getValue()).toEqual(before);
    expect(await feedChoiceItem.getValue()).toBeNull();

    harness.grant(true);
    const other = fixtureFeed(TODAY);
    other.stops = other.stops.filter((stop) => stop.region === 'normandie');
    harness.serve(OTHER, other);
    expect(await fakeBrowser.runtime.sendMessage({ type: 'use-feed', url: OTHER })).toEqual({ ok: true, stops: 1 });
    expect(await feedChoiceItem.getValue()).toBe(OTHER);
    expect((await badge()).text).toBe('J-40');

    expect(await fakeBrowser.runtime.sendMessage({ type: 'use-feed', url: null })).toEqual({ ok: true, stops: 4 });
    expect(await feedChoiceItem.getValue()).toBeNull();
    expect((await badge()).text).toBe('J-3');
  });

  it('send a test reminder about the next stop', async () => {
    expect(await fakeBrowser.runtime.sendMessage({ type: 'test-reminder' })).toEqual({ ok: true });
    expect(harness.shown().at(-1)).toMatchObject({
      id: expect.stringMatching(/^test\|essai-bretagne\|/),
      title: 'Rappel de test — IntercoTOUR',
      message:
        'IntercoTOUR essai Bretagne — dans 3 jours\n13 mars 2026, Rennes (Bretagne)\nThème\u202f: Thème d’essai : la donnée publique',
    });
  });

  it('read the feed again on "try again", and ignore what they do not know', async () => {
    harness.serve(FEED_URL, 'network-error');
    expect(await fakeBrowser.runtime.sendMessage({ type: 'refresh-feed' })).toEqual({
      ok: false,
      failure: { kind: 'network' },
    });
    await expect(fakeBrowser.runtime.onMessage.trigger({ type: 'format-disk' }, {}, () => {})).resolves.toEqual([
      false,
    ]);
  });
});

describe('storage written by an older or broken version', () => {
  it('is read leniently: bad settings fall back, a broken reminder log is rebuilt', async () => {
    const harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
    harness.serve(FEED_URL, fixtureFeed(TODAY));
    await fakeBrowser.storage.local.set({ settings: { regions: 'bretagne', leadDays: 'often' }, reminders: 'garbage' });
    await install(harness);
    expect((await badge()).text).toBe('J-3');
    expect((await reminderStateItem.getValue()).shown).toEqual(['essai-bretagne|2026-03-13|7']);
  });
});
