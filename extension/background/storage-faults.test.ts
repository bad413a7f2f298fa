import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixtureFeed } from '../../test/fixtures/extension/feed.ts';
import { feedChoiceItem, feedStatusItem, storedFeedItem } from '../lib/storage.ts';
import { createHarness, FEED_URL, type Harness } from '../testing/background-harness.ts';

const TODAY = '2026-03-10';
const NOW = '2026-03-10T09:00:00Z';
const OTHER = 'https://other.example.org/stops.json';

const restore: (() => void)[] = [];
afterEach(() => {
  restore.splice(0).forEach((undo) => undo());
  vi.restoreAllMocks();
});

async function install(harness: Harness) {
  await harness.start();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
  await harness.idle();
}

/** The browser refuses to store the feed, as Chrome does past `storage.local`'s quota. */
function refuseFeed(message = 'Resource::kQuotaBytes quota exceeded') {
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  const refuse = (items: Record<string, unknown>): Promise<void> =>
    'feed' in items ? Promise.reject(new Error(message)) : set(items);
  fakeBrowser.storage.local.set = vi.fn(refuse);
  restore.push(() => (fakeBrowser.storage.local.set = set));
}

describe('a feed the browser refuses to store', () => {
  let harness: Harness;
  beforeEach(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
    harness.serve(FEED_URL, fixtureFeed(TODAY));
    await install(harness);
  });

  it('is said to exceed the space the browser grants, not to be unreachable, and the last copy stays', async () => {
    const before = await storedFeedItem.getValue();
    refuseFeed();
    harness.serve(OTHER, fixtureFeed(TODAY));
    expect(await fakeBrowser.runtime.sendMessage({ type: 'use-feed', url: OTHER })).toEqual({
      ok: false,
      failure: { kind: 'storage', detail: 'quota' },
    });
    expect(await feedChoiceItem.getValue()).toBeNull();

    expect(await fakeBrowser.runtime.sendMessage({ type: 'refresh-feed' })).toEqual({
      ok: false,
      failure: { kind: 'storage', detail: 'quota' },
    });
    expect(await feedStatusItem.getValue()).toMatchObject({ failure: { kind: 'storage', detail: 'quota' } });
    expect(await storedFeedItem.getValue()).toEqual(before);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('J-3');
  });

  it('for another reason, says the browser could not store it', async () => {
    refuseFeed('IO error: disk full?');
    expect(await fakeBrowser.runtime.sendMessage({ type: 'refresh-feed' })).toEqual({
      ok: false,
      failure: { kind: 'storage' },
    });
  });
});

describe('a stored feed address with a user name and password', () => {
  it('is not fetched, and fails saying why', async () => {
    const harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
    const withCredentials = 'https://user:secret@feed.example.org/tour/stops.json';
    harness.serve(withCredentials, fixtureFeed(TODAY));
    await feedChoiceItem.setValue(withCredentials);
    await install(harness);
    expect(harness.fetched).toEqual([]);
    expect(await feedStatusItem.getValue()).toMatchObject({
      source: withCredentials,
      failure: { kind: 'address', detail: 'credentials' },
    });
  });
});

describe('garbage in storage', () => {
  it('is set aside: the feed is read again at the next start, the choice put back to the default', async () => {
    const harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
    harness.serve(FEED_URL, fixtureFeed(TODAY));
    await fakeBrowser.storage.local.set({
      feed: { source: FEED_URL, fetchedAt: 'garbage', feed: { ...fixtureFeed(TODAY), stops: [{}] } },
      feedStatus: { source: FEED_URL, checkedAt: NOW, failure: 'not a failure' },
      feedChoice: 42,
    });
    await harness.start();
    expect(harness.fetched).toEqual([FEED_URL]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('J-3');
    expect(await feedChoiceItem.getValue()).toBeNull();
    expect((await storedFeedItem.getValue())?.feed.stops).toHaveLength(4);
    expect(await feedStatusItem.getValue()).toEqual({ source: FEED_URL, checkedAt: '2026-03-10T09:00:00.000Z' });
  });

  it('with a status that looks fresh, still has the damaged copy read again', async () => {
    const harness = createHarness({ now: NOW, defaultFeedUrl: FEED_URL });
    harness.serve(FEED_URL, fixtureFeed(TODAY));
    await fakeBrowser.storage.local.set({
      feed: { source: FEED_URL, fetchedAt: NOW, feed: { ...fixtureFeed(TODAY), stops: [{}] } },
      feedStatus: { source: FEED_URL, checkedAt: NOW },
    });
    await harness.start();
    expect(harness.fetched).toEqual([FEED_URL]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('J-3');
  });
});
