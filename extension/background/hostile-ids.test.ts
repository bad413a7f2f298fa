import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixtureFeed } from '../../test/fixtures/extension/feed.ts';
import { reminderStateItem } from '../lib/storage.ts';
import { createHarness, FEED_URL, type Harness } from '../testing/background-harness.ts';

const TODAY = '2026-03-10';
const NOW = '2026-03-10T09:00:00Z';
/** Names `Object.prototype` already holds: a lookup in a plain object would find them. */
const HOSTILE = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** The fixture with its Bretagne stop renamed `constructor` (a valid id), and the others as raw stops. */
function hostileFeed(change: object = {}) {
  const feed = fixtureFeed(TODAY);
  const bretagne = feed.stops.find((stop) => stop.id === 'essai-bretagne')!;
  feed.stops = [
    ...feed.stops.filter((stop) => stop !== bretagne),
    { ...bretagne, id: 'constructor', ...change },
    // Not valid ids (capitals, underscores): the reader drops them, nothing else.
    ...HOSTILE.slice(1).map((id) => ({ ...bretagne, id })),
  ];
  return feed;
}

const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort();

describe('stop ids that name what every object inherits', () => {
  let harness: Harness;
  let errors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => errors.mockRestore());

  it('are reminded, announced when moved, and leave every alarm in place', async () => {
    harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
    harness.serve(FEED_URL, hostileFeed());
    await harness.start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await harness.idle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('J-3');
    expect(await alarmNames()).toEqual(['midnight', 'refresh', 'reminder']);
    expect(harness.shown().map((notice) => notice.id)).toEqual([expect.stringMatching(/^reminder\|constructor\|/)]);

    harness.serve(FEED_URL, hostileFeed({ start: '2026-03-20', end: '2026-03-20' }));
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'refresh', scheduledTime: Date.now() } as never);
    await harness.idle();
    expect(harness.shown().map((notice) => notice.id.split('|')[0])).toEqual(['reminder', 'moved']);
    expect(await alarmNames()).toEqual(['midnight', 'refresh', 'reminder']);
    expect(errors).not.toHaveBeenCalled();
  });

  it('in the stored log of what the user was told, neither pass for stops nor break the pass', async () => {
    harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
    // `status` is a valid id, and a field of every entry of the log.
    const feed = fixtureFeed(TODAY);
    feed.stops = feed.stops.map((stop) => (stop.id === 'essai-bretagne' ? { ...stop, id: 'status' } : stop));
    harness.serve(FEED_URL, feed);
    const entry = {
      first: '2026-03-13',
      last: '2026-03-13',
      start: '2026-03-13',
      end: '2026-03-13',
      status: 'scheduled',
    };
    const told = Object.create(null) as Record<string, unknown>;
    for (const id of HOSTILE) told[id] = entry;
    await fakeBrowser.storage.local.set({ reminders: { shown: [], told } });
    await harness.start();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('J-3');
    expect(harness.shown().map((notice) => notice.id)).toEqual([expect.stringMatching(/^reminder\|status\|/)]);
    expect(await alarmNames()).toEqual(['midnight', 'refresh', 'reminder']);
    // The older object was moved to the list of pairs: no id is a property name any more.
    expect((await reminderStateItem.getValue()).told.map(([id]) => id)).toEqual([...HOSTILE, 'status']);
    expect(errors).not.toHaveBeenCalled();
  });
});
