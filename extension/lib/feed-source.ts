/**
 * Where the stops come from: a feed address (typed by the user or set at build time) or the
 * 2019 tour carried inside the extension. Pure: the addresses are parameters.
 */

/** The 2019 tour bundled with the extension, used when no feed address is known. */
export const BUNDLED = 'bundled';

export type FeedUrlProblem = 'empty' | 'not-url' | 'not-http' | 'credentials';

export type FeedUrlResult = { ok: true; url: string } | { ok: false; problem: FeedUrlProblem };

/** Reads an address a person typed: http(s) only, no credentials, normalised. */
export function parseFeedUrl(input: string): FeedUrlResult {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'not-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'not-http' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  url.hash = '';
  return { ok: true, url: url.href };
}

/**
 * The host permission pattern for a feed: its scheme and host, every path. Match patterns do not
 * carry ports (Chrome and Firefox match any port), so a localhost feed works on any port.
 */
export function originPattern(feedUrl: string): string {
  const url = new URL(feedUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * The whole tour's calendar next to a published feed (the publisher writes `stops.json` and
 * `intercotour.ics` side by side); unknown for the bundled tour or any other file name.
 */
export function tourIcsUrl(source: string | undefined): string | undefined {
  if (!source || source === BUNDLED) return undefined;
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return undefined;
  }
  if (!url.pathname.endsWith('/stops.json')) return undefined;
  url.pathname = `${url.pathname.slice(0, -'stops.json'.length)}intercotour.ics`;
  url.search = '';
  url.hash = '';
  return url.href;
}

/** The feed to read: the user's choice, else the build's default, else the bundled tour. */
export function activeSource(userChoice: string | null | undefined, buildDefault: string | undefined): string {
  return userChoice || buildDefault || BUNDLED;
}
