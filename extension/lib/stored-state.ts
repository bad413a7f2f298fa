/**
 * What the extension reads back from storage, checked in one place for the background and the
 * pages alike: storage outlives the code that wrote it (an older version, a hand edit, a bug),
 * so a value that does not check out is dropped and said to be, never trusted. The feed itself
 * is read again by the core's reader, handed in: the pages load it apart, as it carries zod.
 */
import type { Feed, FeedResult } from '../../shared/index.ts';
import { BUNDLED, parseFeedUrl } from './feed-source.ts';
import { FAILURE_KINDS, type FeedFailure, type FeedStatus, type StoredFeed } from './feed-state.ts';

/** The core's `readFeed`. */
export type FeedReader = (input: unknown) => FeedResult;

/** A value read from storage: `damaged` when something was there but did not check out. */
export interface Parsed<T> {
  value: T;
  damaged: boolean;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/** An instant as `toISOString` writes it, on a day the calendar knows. */
export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && Number.isFinite(Date.parse(value));
}

/** The bundled tour, or an http(s) address (one with credentials too: its status says why it failed). */
function isSource(value: unknown): value is string {
  if (value === BUNDLED) return true;
  if (typeof value !== 'string') return false;
  const problem = parseFeedUrl(value);
  return problem.ok || problem.problem === 'credentials';
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

const absent = (raw: unknown) => raw === null || raw === undefined;

/**
 * The last good copy: its address, its date, and its feed read again by the core. Stops that no
 * longer read are dropped (and the copy said damaged); a copy without a readable address or
 * date, or whose feed does not read, is none.
 */
export function parseStoredFeed(raw: unknown, read: FeedReader): Parsed<StoredFeed | undefined> {
  if (absent(raw)) return { value: undefined, damaged: false };
  const input = record(raw);
  if (!input || !isSource(input.source) || !isInstant(input.fetchedAt)) return { value: undefined, damaged: true };
  const result = read(input.feed);
  if (!result.ok) return { value: undefined, damaged: true };
  const feed: Feed = result.feed;
  return {
    value: { source: input.source, fetchedAt: input.fetchedAt, feed },
    damaged: result.problems.some((problem) => problem.severity === 'error'),
  };
}

function parseFailure(raw: unknown): FeedFailure | undefined {
  const input = record(raw);
  if (!input || !(FAILURE_KINDS as readonly unknown[]).includes(input.kind)) return undefined;
  const failure: FeedFailure = { kind: input.kind as FeedFailure['kind'] };
  if (typeof input.detail === 'string') failure.detail = input.detail;
  return failure;
}

/** How the last try went; unreadable, it is none (the background then reads the feed again). */
export function parseFeedStatus(raw: unknown): Parsed<FeedStatus | undefined> {
  if (absent(raw)) return { value: undefined, damaged: false };
  const input = record(raw);
  if (!input || !isSource(input.source) || !isInstant(input.checkedAt)) return { value: undefined, damaged: true };
  const status: FeedStatus = { source: input.source, checkedAt: input.checkedAt };
  if (absent(input.failure)) return { value: status, damaged: false };
  const failure = parseFailure(input.failure);
  // The bundled tour is never fetched: only storing it can fail.
  if (!failure || (input.source === BUNDLED && failure.kind !== 'storage')) return { value: undefined, damaged: true };
  return { value: { ...status, failure }, damaged: false };
}

/**
 * The address the user chose, or null for the build's default. Any text is kept as typed: an
 * address that cannot be read fails, when read, with the reason (not silently replaced).
 */
export function parseFeedChoice(raw: unknown): Parsed<string | null> {
  if (absent(raw) || raw === '') return { value: null, damaged: false };
  if (typeof raw !== 'string') return { value: null, damaged: true };
  return { value: raw, damaged: false };
}
