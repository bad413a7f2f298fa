/**
 * What `npm run feed -- build` publishes, as a list of files: pure, so it is tested without a disk.
 * The layout is the public contract of a published tour:
 *   stops.json          the normalised feed (each stop's icsUrl filled when the base URL is known)
 *   intercotour.ics     the whole tour, to subscribe to
 *   stops/<id>.ics      one stop, to add (`<id>_.ics` where Windows reserves the name)
 *   feed.schema.json    the JSON Schema of stops.json
 *   _headers            the HTTP headers, for hosts that read this file (Netlify, Cloudflare Pages)
 */
import { feedJsonSchema } from '../feed/json-schema.ts';
import { STOP_ID_PATTERN, type Feed } from '../feed/schema.ts';
import { stopFile, tourToIcs } from '../ical/index.ts';

export interface SiteFile {
  path: string;
  contentType: string;
  content: string;
}

export interface SiteOptions {
  /** Where the folder will be served from, e.g. `https://cdn.example.fr/intercotour`. */
  baseUrl?: string;
}

export const TOUR_ICS = 'intercotour.ics';
export const FEED_JSON = 'stops.json';
export const SCHEMA_JSON = 'feed.schema.json';

// Names Windows reserves whatever their extension: `stops/con.ics` cannot be created there.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * A stop's file. The id is kept (it is the stop's published name, never changed); where Windows
 * reserves it, `_` follows it: no id holds `_`, so no other stop can have that file.
 */
export const stopIcsPath = (id: string) => `stops/${WINDOWS_RESERVED.test(id) ? `${id}_` : id}.ics`;

const ID = STOP_ID_PATTERN.source.replace(/^\^|\$$/g, '');
const SITE_PATH = new RegExp(`^(stops\\.json|intercotour\\.ics|feed\\.schema\\.json|_headers|stops/${ID}_?\\.ics)$`);

/** True for a name the publisher writes (and so may remove), relative to its folder. */
export const isSitePath = (path: string) => SITE_PATH.test(path);

const JSON_TYPE = 'application/json; charset=utf-8';
// Without the charset Google Calendar garbles accents.
const ICS_TYPE = 'text/calendar; charset=utf-8';

/** One hour at the edge is short enough for a correction to reach readers the same day. */
export const HEADERS = [
  '/*',
  '  Access-Control-Allow-Origin: *',
  '  Cache-Control: public, max-age=3600',
  '  X-Content-Type-Options: nosniff',
  `/*.json`,
  `  Content-Type: ${JSON_TYPE}`,
  `/*.ics`,
  `  Content-Type: ${ICS_TYPE}`,
  '',
].join('\n');

export function buildSite(feed: Feed, options: SiteOptions = {}): SiteFile[] {
  const base = options.baseUrl?.replace(/\/+$/, '');
  const stamp = new Date(feed.updated);
  const stops = feed.stops.map((stop) => (base ? { ...stop, icsUrl: `${base}/${stopIcsPath(stop.id)}` } : stop));
  const published: Feed = { ...feed, stops };
  const files: SiteFile[] = [
    { path: FEED_JSON, contentType: JSON_TYPE, content: `${JSON.stringify(published, null, 2)}\n` },
    {
      path: TOUR_ICS,
      contentType: ICS_TYPE,
      content: tourToIcs(published, { stamp, ...(base ? { sourceUrl: `${base}/${TOUR_ICS}` } : {}) }),
    },
    ...stops.map((stop) => ({
      path: stopIcsPath(stop.id),
      contentType: ICS_TYPE,
      content: stopFile(stop, { stamp }),
    })),
    { path: SCHEMA_JSON, contentType: JSON_TYPE, content: `${JSON.stringify(feedJsonSchema(), null, 2)}\n` },
    { path: '_headers', contentType: 'text/plain; charset=utf-8', content: HEADERS },
  ];
  return files;
}
