/**
 * The draft as the browser keeps it between visits. What storage gives back is untrusted (another
 * version of the page, a hand edit, a quota cut): anything that is not a draft of ours is `undefined`,
 * never an error that would stop the page.
 */
import { isRecord, type Draft, type DraftStop, type PublishedStop } from './draft.ts';

export const DRAFT_FORMAT = 'intercotour-editor-draft/1';

export interface StoredDraft {
  draft: Draft;
  /** When it was kept, as milliseconds since 1970. */
  savedAt: number;
}

export function storeDraft(draft: Draft, savedAt: number): string {
  return JSON.stringify({ format: DRAFT_FORMAT, savedAt, draft });
}

function publishedOf(value: unknown): PublishedStop | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.sequence !== 'number') return undefined;
  return { id: value.id, start: value.start, end: value.end, status: value.status, sequence: value.sequence };
}

function stopOf(value: unknown): DraftStop | undefined {
  if (!isRecord(value) || typeof value.key !== 'string' || !isRecord(value.fields)) return undefined;
  const published = publishedOf(value.published);
  const auto = isRecord(value.auto) ? { id: value.auto.id === true, title: value.auto.title === true } : undefined;
  return {
    key: value.key,
    fields: value.fields,
    ...(published ? { published } : {}),
    ...(value.idUnlocked === true ? { idUnlocked: true } : {}),
    ...(auto ? { auto } : {}),
  };
}

export function readStoredDraft(text: string | null): StoredDraft | undefined {
  if (text === null) return undefined;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(stored) || stored.format !== DRAFT_FORMAT || typeof stored.savedAt !== 'number') return undefined;
  const { draft } = stored;
  if (!isRecord(draft) || !isRecord(draft.envelope) || !Array.isArray(draft.stops)) return undefined;
  const stops = draft.stops.map(stopOf);
  if (stops.some((stop) => stop === undefined)) return undefined;
  const keys = new Set(stops.map((stop) => stop!.key));
  if (keys.size !== stops.length) return undefined;
  const nextKey = typeof draft.nextKey === 'number' && Number.isInteger(draft.nextKey) ? draft.nextKey : 1;
  const highest = Math.max(0, ...stops.map((stop) => Number(stop!.key.slice(1)) || 0));
  return {
    draft: {
      envelope: draft.envelope,
      stops: stops as DraftStop[],
      baseUrl: typeof draft.baseUrl === 'string' ? draft.baseUrl : '',
      nextKey: Math.max(nextKey, highest + 1),
    },
    savedAt: stored.savedAt,
  };
}
