import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tour2019Feed } from '../../testing/tour.ts';
import { loadState, stored } from './state.ts';

const copy = (fetchedAt: string) => ({ source: 'bundled', fetchedAt, feed: tour2019Feed() });
const local = fakeBrowser.storage.local;
const get = local.get.bind(local);

afterEach(() => {
  local.get = get;
  fakeBrowser.reset();
});

describe('the popup’s state', () => {
  it('shows the feed the background writes while the popup is starting, not the one it replaced', async () => {
    await local.set({ feed: copy('2019-03-12T09:00:00.000Z') });
    // The refresh the popup asks for as it opens lands just after its first read of the feed.
    let refreshed = false;
    local.get = (async (keys?: string) => {
      const answer = await get(keys);
      if (!refreshed && keys === 'feed') {
        refreshed = true;
        await local.set({ feed: copy('2019-03-12T10:00:00.000Z') });
      }
      return answer;
    }) as typeof local.get;
    await loadState();
    expect(refreshed).toBe(true);
    expect(stored.value?.fetchedAt).toBe('2019-03-12T10:00:00.000Z');
    // And it keeps following: the next refresh shows too.
    await local.set({ feed: copy('2019-03-12T11:00:00.000Z') });
    await expect.poll(() => stored.value?.fetchedAt).toBe('2019-03-12T11:00:00.000Z');
  });
});
