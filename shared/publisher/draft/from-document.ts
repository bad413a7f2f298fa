/**
 * A feed document (parsed JSON, from a published address, a file or the bundled tour) as a draft.
 * The document is untrusted: only its own data is copied, a non-object stop is set aside and said,
 * and a document that is not a feed at all is refused with the core's own problem.
 */
import { quote, type FeedProblem } from '../../feed/problem.ts';
import { MAX_STOPS, STOP_ID_PATTERN } from '../../feed/rules.ts';
import { isRecord, type Draft, type DraftStop, type PublishedStop } from './draft.ts';

export type FromDocument = { ok: true; draft: Draft; setAside: FeedProblem[] } | { ok: false; problem: FeedProblem };

/** Plain data only: no prototype, no function, no cycle (JSON has none). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

function publishedOf(fields: Record<string, unknown>): PublishedStop | undefined {
  const { id, start, end, status, sequence } = fields;
  if (typeof id !== 'string' || !STOP_ID_PATTERN.test(id)) return undefined;
  const whole = typeof sequence === 'number' && Number.isInteger(sequence) && sequence >= 0;
  return { id, start, end, status: status ?? 'scheduled', sequence: whole ? sequence : 0 };
}

/**
 * `published`: the document is a published feed (its ids are calendar UIDs people already hold);
 * an agenda just imported is not.
 */
export function draftFromDocument(document: unknown, options: { published: boolean; baseUrl?: string }): FromDocument {
  if (!isRecord(document)) return { ok: false, problem: { path: [], code: 'not-feed', severity: 'error' } };
  const { stops, ...envelope } = plain(document) as Record<string, unknown>;
  if (!Array.isArray(stops)) {
    return {
      ok: false,
      problem: { path: ['stops'], code: stops === undefined ? 'missing' : 'not-list', severity: 'error' },
    };
  }
  if (stops.length > MAX_STOPS) {
    return { ok: false, problem: { path: ['stops'], code: 'too-many-stops', severity: 'error', limit: MAX_STOPS } };
  }
  const setAside: FeedProblem[] = [];
  const kept: DraftStop[] = [];
  stops.forEach((raw, index) => {
    if (!isRecord(raw)) {
      setAside.push({ path: ['stops', index], code: 'not-object', severity: 'error', found: quote(raw) });
      return;
    }
    const published = options.published ? publishedOf(raw) : undefined;
    kept.push({ key: `s${kept.length + 1}`, fields: raw, ...(published ? { published } : {}) });
  });
  return {
    ok: true,
    draft: { envelope, stops: kept, baseUrl: options.baseUrl ?? '', nextKey: kept.length + 1 },
    setAside,
  };
}
