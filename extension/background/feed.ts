/**
 * The background's side of the feed: which one to read, reading it, and keeping the last good
 * copy. Only the background writes the feed items, inside its queue, so writes never cross.
 */
import { browser } from 'wxt/browser';
import { readFeed, type Feed } from '../../shared/index.ts';
import tour2019 from '../../shared/data/tour-2019.json';
import type { FeedStatus, StoredFeed } from '../lib/feed-state.ts';
import { activeSource, BUNDLED, originPattern } from '../lib/feed-source.ts';
import { fetchFeed, type FetchOutcome } from '../lib/fetch-feed.ts';
import { catalogLang } from '../lib/i18n.ts';
import { feedChoiceItem, feedStatusItem, storedFeedItem } from '../lib/storage.ts';
import type { BackgroundDeps } from './deps.ts';

/** How often the feed is read again (the refresh alarm's period). */
export const REFRESH_MINUTES = 6 * 60;

let bundled: Feed | undefined;

/** The 2019 tour inside the extension, read by the core like any other feed. */
export function bundledFeed(): Feed {
  if (!bundled) {
    const result = readFeed(tour2019);
    if (!result.ok) throw new Error('The bundled 2019 tour does not read as a feed.');
    bundled = result.feed;
  }
  return bundled;
}

export async function currentSource(deps: BackgroundDeps): Promise<string> {
  return activeSource(await feedChoiceItem.getValue(), deps.defaultFeedUrl);
}

/**
 * The feed to show: the last good copy (the bundled tour is stored like any other, so that the
 * pages read one place). Undefined until a feed has been read.
 */
export async function currentFeed(): Promise<Feed | undefined> {
  const stored = await storedFeedItem.getValue();
  if (!stored) return undefined;
  // Read again through the core: storage may hold what an older version wrote.
  const result = readFeed(stored.feed);
  return result.ok ? result.feed : undefined;
}

/** Firefox MV3 lets the user withhold host permissions: ask before fetching. */
async function mayFetch(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

async function fetchWithPermission(url: string, deps: BackgroundDeps): Promise<FetchOutcome> {
  if (!(await mayFetch(url))) return { ok: false, failure: { kind: 'permission' } };
  return fetchFeed(url, { fetch: deps.fetch, lang: catalogLang(deps.t) });
}

async function keep(source: string, outcome: FetchOutcome, deps: BackgroundDeps): Promise<void> {
  const checkedAt = deps.now().toISOString();
  if (outcome.ok) {
    const stored: StoredFeed = { source, fetchedAt: checkedAt, feed: outcome.feed };
    await storedFeedItem.setValue(stored);
    await feedStatusItem.setValue({ source, checkedAt });
  } else {
    // The last good copy stays: only the status says that this try failed.
    await feedStatusItem.setValue({ source, checkedAt, failure: outcome.failure });
  }
}

/** Reads the current feed again (the bundled tour is simply stored again). */
export async function refreshFeed(deps: BackgroundDeps): Promise<FetchOutcome> {
  const source = await currentSource(deps);
  const outcome: FetchOutcome =
    source === BUNDLED ? { ok: true, feed: bundledFeed(), problems: [] } : await fetchWithPermission(source, deps);
  await keep(source, outcome, deps);
  return outcome;
}

/** True when the feed has not been tried for a refresh period (the browser was closed, say). */
export async function feedIsStale(deps: BackgroundDeps): Promise<boolean> {
  const source = await currentSource(deps);
  const status: FeedStatus | null = await feedStatusItem.getValue();
  if (!status || status.source !== source) return true;
  if (source === BUNDLED) return false;
  return deps.now().getTime() - Date.parse(status.checkedAt) >= REFRESH_MINUTES * 60_000;
}

/**
 * Switches to another feed (null: back to the build's default). Nothing changes unless the new
 * feed is read successfully: the previous one stays in use until then.
 */
export async function useFeed(url: string | null, deps: BackgroundDeps): Promise<FetchOutcome> {
  const target = activeSource(url, deps.defaultFeedUrl);
  const outcome: FetchOutcome =
    target === BUNDLED ? { ok: true, feed: bundledFeed(), problems: [] } : await fetchWithPermission(target, deps);
  if (!outcome.ok) return outcome;
  await keep(target, outcome, deps);
  await feedChoiceItem.setValue(url);
  return outcome;
}
