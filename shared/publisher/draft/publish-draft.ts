/**
 * What the editor's downloads hold, made by the code behind `npm run feed -- build`: the draft read
 * by the core's reader, then `buildSite` — so the folder in the .zip is the one the command writes
 * for the same feed, byte for byte. As with `build`, a stop with a problem is left out, the others
 * published; a feed whose own fields are wrong publishes nothing.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { FeedProblem } from '../../feed/problem.ts';
import { buildSite, FEED_JSON, type SiteFile } from '../site.ts';
import type { Draft } from './draft.ts';
import { readDraft } from './draft-feed.ts';

export type Published =
  { ok: true; files: SiteFile[]; problems: FeedProblem[]; stops: number } | { ok: false; problems: FeedProblem[] };

const WEB_ADDRESS = /^https?:\/\/[^/\s]+\S*$/i;

/** The publishing address, when one is given and it is a web address. */
export function baseUrlProblem(draft: Draft): FeedProblem | undefined {
  const base = draft.baseUrl.trim();
  if (base === '' || WEB_ADDRESS.test(base)) return undefined;
  return { path: ['baseUrl'], code: 'bad-url', severity: 'error', found: JSON.stringify(base) };
}

export function publishDraft(draft: Draft, now: Date): Published {
  const result = readDraft(draft, now);
  const wrongBase = baseUrlProblem(draft);
  if (!result.ok || wrongBase) return { ok: false, problems: [...result.problems, ...(wrongBase ? [wrongBase] : [])] };
  const base = draft.baseUrl.trim();
  const files = buildSite(result.feed, base ? { baseUrl: base } : {});
  return { ok: true, files, problems: result.problems, stops: result.feed.stops.length };
}

/** `stops.json` alone, as the folder holds it. */
export const feedFile = (files: readonly SiteFile[]) => files.find((file) => file.path === FEED_JSON)!;

/**
 * The folder as one .zip, its files dated `date` (the feed's `updated`): the same draft gives the
 * same bytes.
 */
export function siteZip(files: readonly SiteFile[], date: Date): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  for (const file of files) entries[file.path] = [strToU8(file.content), { mtime: date }];
  return zipSync(entries, { level: 9 });
}
