/**
 * Where a draft starts: the text of a published feed, of a `stops.json`, or of an agenda exported
 * as `.ics` (through the core's import). Whatever comes in is untrusted: a refusal is a list of
 * lines in the publisher's own words (`feed check`, `feed import`), and the current draft is not
 * touched by the caller until a draft comes out.
 */
import type { FeedProblem } from '../../feed/problem.ts';
import { describeProblem } from '../../feed/problem-words.ts';
import { readFeedText } from '../../feed/read-feed.ts';
import { readIcs } from '../../ical/index.ts';
import type { RegionSlug } from '../../regions.ts';
import type { Lang } from '../../words/lang.ts';
import { decodeText } from '../decode-text.ts';
import { importReport } from '../import-report.ts';
import { say } from '../cli-words.ts';
import type { Draft } from './draft.ts';
import { draftFromDocument } from './from-document.ts';

/**
 * Beyond this a file is refused unread: a whole tour with its programme takes a few kilobytes, and
 * the largest feed the format allows (1,000 stops) well under this.
 */
export const EDITOR_MAX_MEGABYTES = 2;

export interface SourceOptions {
  /** The source's name in messages: the file's name, or the address. */
  name: string;
  lang: Lang;
  now: Date;
  /** For an agenda: the region of events that name none. */
  region?: RegionSlug;
  /** A published feed (address, stops.json, the bundled tour): its ids are locked. */
  published?: boolean;
}

export type Source = { ok: true; draft: Draft; notes: string[] } | { ok: false; lines: string[] };

const refused = (problem: FeedProblem, options: SourceOptions): Source => ({
  ok: false,
  lines: [say(options.lang, 'problemIn', options.name, describeProblem(problem, options.lang))],
});

/** iCalendar, by its first line (after a byte-order mark or blank lines), whatever the file's name. */
const isIcs = (text: string) => /^\s*BEGIN:VCALENDAR/i.test(text.replace(/^\ufeff/, ''));

function fromIcs(text: string, options: SourceOptions): Source {
  const result = readIcs(text, { now: options.now, ...(options.region ? { region: options.region } : {}) });
  const lines = importReport(result, options.name, options.lang);
  if (!result.ok) return { ok: false, lines };
  const read = draftFromDocument(result.feed, { published: false });
  return read.ok ? { ok: true, draft: read.draft, notes: lines } : refused(read.problem, options);
}

function fromJson(text: string, options: SourceOptions): Source {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    // The core's reader says where the text breaks, in `feed check`'s words.
    const problems = readFeedText(text).problems;
    return {
      ok: false,
      lines: problems.map((problem) =>
        say(options.lang, 'problemIn', options.name, describeProblem(problem, options.lang)),
      ),
    };
  }
  const read = draftFromDocument(document, { published: options.published ?? true });
  if (!read.ok) return refused(read.problem, options);
  const notes = read.setAside.map((problem) =>
    say(options.lang, 'problemIn', options.name, describeProblem(problem, options.lang)),
  );
  return { ok: true, draft: read.draft, notes };
}

/** The refusal of a source of `size` bytes, when it is too big: said before a byte is read. */
export function sizeRefusal(size: number, options: SourceOptions): Source | undefined {
  if (size <= EDITOR_MAX_MEGABYTES * 1024 * 1024) return undefined;
  return refused({ path: [], code: 'too-big', severity: 'error', limit: EDITOR_MAX_MEGABYTES }, options);
}

/** A file's bytes (picked, dropped or fetched). */
export function readSource(bytes: Uint8Array, options: SourceOptions): Source {
  const tooBig = sizeRefusal(bytes.length, options);
  if (tooBig) return tooBig;
  const { text, encoding } = decodeText(bytes);
  if (isIcs(text)) {
    const source = fromIcs(text, options);
    if (encoding === 'utf-8') return source;
    const warning = say(options.lang, encoding === 'utf-16' ? 'notUtf16' : 'notUtf8', options.name);
    return source.ok
      ? { ...source, notes: [warning, ...source.notes] }
      : { ok: false, lines: [warning, ...source.lines] };
  }
  return fromJson(text, options);
}
