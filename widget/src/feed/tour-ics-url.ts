/**
 * Where the whole tour's calendar is, to subscribe to it. The publisher writes `stops.json` and
 * `intercotour.ics` side by side (`npm run feed -- build`), so it sits next to a feed so named;
 * for any other address (or the bundled tour) it is unknown and subscription is not offered.
 */
export function tourIcsUrl(feedUrl: string | undefined): string | undefined {
  if (!feedUrl) return undefined;
  const url = new URL(feedUrl);
  if (!url.pathname.endsWith('/stops.json')) return undefined;
  url.pathname = url.pathname.replace(/stops\.json$/, 'intercotour.ics');
  url.search = '';
  url.hash = '';
  return url.href;
}
