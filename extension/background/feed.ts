/**
 * The background's side of the feed: which one to read, reading it, and keeping the last good
 * copy. Only the background writes the feed items, inside its queue, so writes never cross.
 */
import { browser } from 'wxt/browser';
import { readFeed, type Feed } from '../../shared/index.ts';
import tour2019 from '../../shared/data/tour-2019.json';
import { STORAGE_FULL, type FeedFailure, type StoredFeed } from '../lib/feed-state.ts';
import { effectiveSource } from '../lib/effective-settings.ts';
import { BUNDLED, originPattern, parseFeedUrl } from '../lib/feed-source.ts';
import { fetchFeed, type FetchOutcome } from '../lib/fetch-feed.ts';
import { catalogLang } from '../lib/i18n.ts';
import { readManaged } from '../lib/managed-storage.ts';
import { feedChoiceItem, feedStatusItem, storedFeedItem } from '../lib/storage.ts';
import { parseFeedChoice, parseFeedStatus, parseStoredFeed } from '../lib/stored-state.ts';
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
  const [choice, managed] = await Promise.all([feedChoiceItem.getValue(), readManaged()]);
  return effectiveSource(parseFeedChoice(choice).value, deps.defaultFeedUrl, managed);
}

/** The last good copy, read again: storage may hold what an older version wrote. */
const readStoredFeed = async () => parseStoredFeed(await storedFeedItem.getValue(), readFeed);

/**
 * The feed to show: the last good copy (the bundled tour is stored like any other, so that the
 * pages read one place). Undefined until a feed has been read.
 */
export async function currentFeed(): Promise<Feed | undefined> {
  return (await readStoredFeed()).value?.feed;
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
  // A stored choice is not re-typed: an address fetch() would refuse (user:pass@) is said as such.
  const address = parseFeedUrl(url);
  if (!address.ok) return { ok: false, failure: { kind: 'address', detail: address.problem } };
  // The organisation's feed has no click to ask access from: without the permission it is read
  // as any page reads it, which the feed host allows (Access-Control-Allow-Origin: *).
  if (!(await mayFetch(url)) && (await readManaged()).feedUrl !== url) {
    return { ok: false, failure: { kind: 'permission' } };
  }
  return fetchFeed(url, { fetch: deps.fetch, lang: catalogLang(deps.t) });
}

/** Why the browser refused to store a value, as a failure the pages can word. */
function storageFailure(error: unknown): FeedFailure {
  console.error('[IntercoTOUR] the feed could not be stored:', error);
  return { kind: 'storage', ...(/quota/i.test(String(error)) ? { detail: STORAGE_FULL } : {}) };
}

/** Stores a good read as the last good copy; the failure when the browser refuses it. */
async function store(source: string, feed: Feed, deps: BackgroundDeps): Promise<FeedFailure | undefined> {
  const checkedAt = deps.now().toISOString();
  const stored: StoredFeed = { source, fetchedAt: checkedAt, feed };
  try {
    await storedFeedItem.setValue(stored);
  } catch (error) {
    return storageFailure(error);
  }
  await feedStatusItem.setValue({ source, checkedAt });
  return undefined;
}

/** Reads the current feed again (the bundled tour is simply stored again). */
export async function refreshFeed(deps: BackgroundDeps): Promise<FetchOutcome> {
  // A stored choice that is not even text goes back to the default (the pages said it was set aside).
  if (parseFeedChoice(await feedChoiceItem.getValue()).damaged) await feedChoiceItem.setValue(null);
  const source = await currentSource(deps);
  const outcome: FetchOutcome =
    source === BUNDLED ? { ok: true, feed: bundledFeed(), problems: [] } : await fetchWithPermission(source, deps);
  const failure = outcome.ok ? await store(source, outcome.feed, deps) : outcome.failure;
  if (!failure) return outcome;
  // The last good copy stays: only the status (small) says that this try failed, and why.
  await feedStatusItem.setValue({ source, checkedAt: deps.now().toISOString(), failure });
  return { ok: false, failure };
}

/**
 * True when the feed has not been tried for a refresh period (the browser was closed, say), or
 * when what is stored about it no longer reads.
 */
export async function feedIsStale(deps: BackgroundDeps): Promise<boolean> {
  const source = await currentSource(deps);
  const status = parseFeedStatus(await feedStatusItem.getValue()).value;
  if (!status || status.source !== source || (await readStoredFeed()).damaged) return true;
  if (source === BUNDLED) return false;
  return deps.now().getTime() - Date.parse(status.checkedAt) >= REFRESH_MINUTES * 60_000;
}

/**
 * Switches to another feed (null: back to the build's default). Nothing changes unless the new
 * feed is read successfully: the previous one stays in use until then.
 */
export async function useFeed(url: string | null, deps: BackgroundDeps): Promise<FetchOutcome> {
  const target = effectiveSource(url, deps.defaultFeedUrl, await readManaged());
  const outcome: FetchOutcome =
    target === BUNDLED ? { ok: true, feed: bundledFeed(), problems: [] } : await fetchWithPermission(target, deps);
  if (!outcome.ok) return outcome;
  const failure = await store(target, outcome.feed, deps);
  if (failure) return { ok: false, failure };
  await feedChoiceItem.setValue(url);
  return outcome;
}
