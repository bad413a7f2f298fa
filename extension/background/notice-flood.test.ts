import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDays, type FeedInput, type StopInput } from '../../shared/index.ts';
import { fixtureFeed } from '../../test/fixtures/extension/feed.ts';
import { DAILY_NOTICE_LIMIT } from '../lib/notice-plan.ts';
import { createHarness, FEED_URL, type Harness } from '../testing/background-harness.ts';

const TODAY = '2026-03-10';
const NOW = '2026-03-10T09:00:00Z';

/** `count` stops on one day, in Bretagne or Normandie by turns, their ids prefixed (a renaming feed). */
function crowd(count: number, day: string, prefix = 'essai'): FeedInput {
  const stops: StopInput[] = Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index}`,
    title: `IntercoTOUR essai ${index}`,
    region: index % 2 === 0 ? 'bretagne' : 'normandie',
    city: index % 2 === 0 ? 'Rennes' : 'Caen',
    start: day,
    end: day,
  }));
  return { ...fixtureFeed(TODAY), stops };
}

async function refresh(harness: Harness, feed: FeedInput) {
  harness.serve(FEED_URL, feed);
  await fakeBrowser.alarms.onAlarm.trigger({ name: 'refresh', scheduledTime: Date.now() } as never);
  await harness.idle();
}

describe('many reminders due at once', () => {
  let harness: Harness;
  beforeEach(() => {
    harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
  });

  it('come as one notification that counts them and names the first', async () => {
    harness.serve(FEED_URL, crowd(1000, addDays(TODAY, 1)));
    await harness.start();
    expect(harness.shown()).toEqual([
      {
        id: expect.stringMatching(/^reminders\|-\|\d+$/),
        type: 'basic',
        iconUrl: expect.stringMatching(/icon\/128\.png$/),
        title: '1\u202f000 étapes demain',
        message: [
          '11 mars 2026, Rennes (Bretagne)',
          '11 mars 2026, Caen (Normandie)',
          '11 mars 2026, Rennes (Bretagne)',
          'et 997 autres',
        ].join('\n'),
      },
    ]);
  });

  it('say "in your regions" when the user follows some, and "coming up" when their days differ', async () => {
    const feed = crowd(6, addDays(TODAY, 1));
    feed.stops[0] = { ...feed.stops[0]!, start: addDays(TODAY, 7), end: addDays(TODAY, 7) };
    harness.serve(FEED_URL, feed);
    await fakeBrowser.storage.local.set({
      settings: { regions: ['bretagne'], remindersOn: true, leadDays: [7, 1], reminderTime: '09:00', calendar: 'ics' },
    });
    await harness.start();
    expect(harness.shown().map((notice) => notice.title)).toEqual(['3 étapes à venir dans vos régions']);
    expect(harness.shown()[0]!.message.split('\n')).toHaveLength(3);
  });

  it('but a single one keeps its own notification, with its button', async () => {
    harness.serve(FEED_URL, crowd(1, addDays(TODAY, 1)));
    await harness.start();
    expect(harness.shown()).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^reminder\|essai-0\|/),
        title: 'IntercoTOUR essai 0 — demain',
        buttons: [{ title: 'Ajouter à mon agenda' }],
      }),
    ]);
  });
});

describe('a feed that renames or moves its stops at each read', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
    harness.serve(FEED_URL, crowd(1000, addDays(TODAY, 1)));
    await harness.start();
    expect(harness.shown()).toHaveLength(1);
  });

  it('adds one notification per read at most, and no more than the day’s allowance', async () => {
    for (let read = 1; read <= 8; read += 1) {
      const before = harness.shown().length;
      await refresh(harness, crowd(1000, addDays(TODAY, 1), `lu${read}`));
      expect(harness.shown().length - before).toBeLessThanOrEqual(1);
    }
    expect(harness.shown()).toHaveLength(DAILY_NOTICE_LIMIT);
    expect(harness.shown()[1]!.title).toBe('1\u202f000 étapes demain');
  });

  it('announces the moves as one notice per read, within the same allowance', async () => {
    for (let read = 1; read <= 8; read += 1) {
      const before = harness.shown().length;
      await refresh(harness, crowd(1000, addDays(TODAY, 1 + read)));
      expect(harness.shown().length - before).toBeLessThanOrEqual(1);
    }
    expect(harness.shown()).toHaveLength(DAILY_NOTICE_LIMIT);
    expect(harness.shown()[1]).toMatchObject({
      id: expect.stringMatching(/^changes\|-\|/),
      title: '1\u202f000 étapes modifiées',
      message: expect.stringMatching(/^Déplacée\u202f: 12 mars 2026, Rennes \(Bretagne\)\n/),
    });
  });

  it('has a fresh allowance the next day, for the reminders that are due then', async () => {
    for (let read = 1; read <= 8; read += 1) await refresh(harness, crowd(3, addDays(TODAY, 1), `lu${read}`));
    expect(harness.shown()).toHaveLength(DAILY_NOTICE_LIMIT);
    harness.setNow('2026-03-11T08:00:00Z');
    await refresh(harness, crowd(2, addDays(TODAY, 2), 'lendemain'));
    expect(harness.shown().at(-1)?.title).toBe('2 étapes demain');
  });
});
