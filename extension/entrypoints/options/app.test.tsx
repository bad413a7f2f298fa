// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXTENSION } from '../../../shared/words/catalog/extension.ts';
import type { App as OptionsPage } from './app.tsx';

const local = fakeBrowser.storage.local;
const get = local.get.bind(local);
const FAILED = {
  source: 'https://agenda.example/stops.json',
  checkedAt: '2019-03-12T09:00:00.000Z',
  failure: { kind: 'network' },
};
/** Generous: the page loads its reader's chunk first, and CI machines are busy. */
const WAIT = { timeout: 15_000 };
const READ = { source: 'https://agenda.example/stops.json', checkedAt: '2019-03-12T09:05:00.000Z' };

let App: typeof OptionsPage;

// The page's words come from `browser.i18n`, read as its modules load: the French catalog, filled.
// Loaded once before the test, so that the storage items' own first reads are over by then.
beforeAll(async () => {
  fakeBrowser.i18n.getMessage = ((key: keyof (typeof EXTENSION)['fr'], substitutions?: string[]) =>
    EXTENSION.fr[key].replace(/\$([1-9])/g, (_, n: string) => substitutions?.[Number(n) - 1] ?? '')) as never;
  ({ App } = await import('./app.tsx'));
}, 60_000);

afterEach(() => {
  cleanup();
  local.get = get;
  fakeBrowser.reset();
});

/** The options page, with what the background writes just after the page's first read of `key`. */
async function openWhileWriting(key: string, write: Record<string, unknown>) {
  let written = false;
  local.get = (async (keys?: string) => {
    const answer = await get(keys);
    if (!written && keys === key) {
      written = true;
      await local.set(write);
    }
    return answer;
  }) as typeof local.get;
  render(<App />);
  await screen.findByRole('heading', { name: EXTENSION.fr.feedHeading }, WAIT);
  expect(written).toBe(true);
}

describe('the options page', { timeout: 60_000 }, () => {
  it('shows the feed’s state the background writes while the page is loading, not the one it replaced', async () => {
    await local.set({ feedStatus: FAILED });
    // The last read had failed; the background reads the feed again as the page opens, and succeeds.
    await openWhileWriting('feedStatus', { feedStatus: READ });
    expect(document.getElementById('feed-last-failure')).toBeNull();
    // And it keeps following: a new failure shows at once.
    await local.set({ feedStatus: { ...FAILED, checkedAt: '2019-03-12T09:10:00.000Z' } });
    await expect
      .poll(() => document.getElementById('feed-last-failure')?.textContent, WAIT)
      .toContain(EXTENSION.fr.failureNetwork);
  });
});
