/**
 * The tour as the editor holds it while someone works on it. Each stop keeps its fields as typed
 * (JSON values, unknown fields included), so that a stop with a problem is shown and fixed, never
 * dropped; and, when it came from a published feed, what was published: its id is then locked and
 * its `sequence` raised when its dates or status change.
 */
export interface PublishedStop {
  id: string;
  start: unknown;
  end: unknown;
  status: unknown;
  sequence: number;
}

export interface DraftStop {
  /** The editor's own handle: stable through reorders and id changes. */
  key: string;
  /** The stop's fields as they will be written. */
  fields: Record<string, unknown>;
  /** The stop as last published, when it came from a feed. */
  published?: PublishedStop;
  /** The published id was unlocked on purpose, after a warning. */
  idUnlocked?: boolean;
  /** Fields the editor fills from others until the person types in them (a new stop's id and title). */
  auto?: { id?: boolean; title?: boolean };
}

export interface Draft {
  /** The feed's own fields but its stops (`name`, `organizer`, unknown fields kept). */
  envelope: Record<string, unknown>;
  stops: DraftStop[];
  /** Where the folder will be hosted (`https://cdn.example.fr/intercotour`): fills each stop's `icsUrl`. */
  baseUrl: string;
  /** The next stop key's number. */
  nextKey: number;
}

export const DEFAULT_ORGANIZER = { name: 'Les Interconnectés', url: 'https://www.interconnectes.com' };

export function emptyDraft(): Draft {
  return {
    envelope: { version: 1, name: '', organizer: { ...DEFAULT_ORGANIZER } },
    stops: [],
    baseUrl: '',
    nextKey: 1,
  };
}

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const stopAt = (draft: Draft, key: string) => draft.stops.find((stop) => stop.key === key);
