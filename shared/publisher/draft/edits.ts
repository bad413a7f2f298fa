/**
 * The editing rules, as pure functions from a draft to the next: a field typed, a stop added,
 * duplicated, moved or removed, a published id unlocked. The page only calls these.
 */
import { findRegion } from '../../regions.ts';
import { isRecord, stopAt, type Draft, type DraftStop } from './draft.ts';

export type FieldPath = readonly (string | number)[];

/** `value` at `path` inside `target`, copying each object or list on the way (the draft is never mutated). */
function setIn(target: unknown, path: FieldPath, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list = Array.isArray(target) ? [...(target as unknown[])] : [];
    list[head] = setIn(list[head], rest, value);
    return list;
  }
  const object = isRecord(target) ? { ...target } : {};
  object[head] = setIn(object[head], rest, value);
  return object;
}

export function getIn(target: unknown, path: FieldPath): unknown {
  let value = target;
  for (const step of path) {
    if (typeof step === 'number') value = Array.isArray(value) ? (value as unknown[])[step] : undefined;
    else value = isRecord(value) && Object.hasOwn(value, step) ? value[step] : undefined;
  }
  return value;
}

const replaceStop = (draft: Draft, key: string, next: (stop: DraftStop) => DraftStop): Draft => ({
  ...draft,
  stops: draft.stops.map((stop) => (stop.key === key ? next(stop) : stop)),
});

/** A slug for an id: `Saint-Étienne` → `saint-etienne`. */
function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** `2027-cahors`, made unique among the draft's other stops. */
export function suggestId(draft: Draft, stop: DraftStop): string {
  const { start, city } = stop.fields;
  const year = typeof start === 'string' && /^\d{4}/.test(start) ? start.slice(0, 4) : '';
  const base = [year, typeof city === 'string' ? slugOf(city) : ''].filter(Boolean).join('-') || 'etape';
  const taken = new Set(draft.stops.filter((other) => other.key !== stop.key).map((other) => other.fields.id));
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** A new stop's title until someone types one: the series and the region, as in the 2019 tour. */
function suggestTitle(stop: DraftStop): string {
  const region = typeof stop.fields.region === 'string' ? findRegion(stop.fields.region) : undefined;
  return region ? `IntercoTOUR ${region.fr}` : 'IntercoTOUR';
}

/** The fields the editor fills for a stop still marked `auto`. */
function withAuto(draft: Draft, stop: DraftStop): DraftStop {
  if (!stop.auto?.id && !stop.auto?.title) return stop;
  const fields = { ...stop.fields };
  if (stop.auto.title) fields.title = suggestTitle(stop);
  const next = { ...stop, fields };
  if (stop.auto.id) fields.id = suggestId(draft, next);
  return next;
}

/** True when the id of this stop may not be typed over: it was published, and not unlocked. */
export const idLocked = (stop: DraftStop) => stop.published !== undefined && stop.idUnlocked !== true;

/**
 * One field typed. A published id stays as it is until unlocked (calendars know the stop by it);
 * typing in a field the editor was filling ends the filling.
 */
export function setField(draft: Draft, key: string, path: FieldPath, value: unknown): Draft {
  const stop = stopAt(draft, key);
  if (!stop) return draft;
  if (path.length === 1 && path[0] === 'id' && idLocked(stop)) return draft;
  const field = path.length === 1 ? path[0] : undefined;
  const auto = { ...stop.auto };
  if (field === 'id') delete auto.id;
  if (field === 'title') delete auto.title;
  const next: DraftStop = { ...stop, fields: setIn(stop.fields, path, value) as Record<string, unknown>, auto };
  return replaceStop(draft, key, () => withAuto(draft, next));
}

export function setEnvelope(draft: Draft, path: FieldPath, value: unknown): Draft {
  return { ...draft, envelope: setIn(draft.envelope, path, value) as Record<string, unknown> };
}

export function unlockId(draft: Draft, key: string): Draft {
  return replaceStop(draft, key, (stop) => ({ ...stop, idUnlocked: true }));
}

function inserted(draft: Draft, stop: DraftStop, at: number): Draft {
  const stops = [...draft.stops];
  stops.splice(at, 0, stop);
  return { ...draft, stops, nextKey: draft.nextKey + 1 };
}

/** A new stop at the end: its id and title filled from its city, date and region until typed. */
export function addStop(draft: Draft): { draft: Draft; key: string } {
  const key = `s${draft.nextKey}`;
  const blank: DraftStop = {
    key,
    fields: { id: '', title: '', region: '', city: '', start: '', end: '' },
    auto: { id: true, title: true },
  };
  return { draft: inserted(draft, withAuto(draft, blank), draft.stops.length), key };
}

/**
 * A copy of a stop, just after it: the same place, programme and links, but a stop of its own —
 * a new id, never published, scheduled, with no calendar history.
 */
export function duplicateStop(draft: Draft, key: string): { draft: Draft; key: string } {
  const at = draft.stops.findIndex((stop) => stop.key === key);
  const original = draft.stops[at];
  if (!original) return { draft, key };
  const { sequence: _sequence, icsUrl: _icsUrl, status: _status, ...fields } = original.fields;
  const copyKey = `s${draft.nextKey}`;
  const copy: DraftStop = { key: copyKey, fields: { ...fields, id: '' }, auto: { id: true } };
  return { draft: inserted(draft, withAuto(draft, copy), at + 1), key: copyKey };
}

export function removeStop(draft: Draft, key: string): Draft {
  return { ...draft, stops: draft.stops.filter((stop) => stop.key !== key) };
}

/** Moves a stop by `by` places (−1 up, +1 down); at an end it stays. */
export function moveStop(draft: Draft, key: string, by: number): Draft {
  const from = draft.stops.findIndex((stop) => stop.key === key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= draft.stops.length) return draft;
  const stops = [...draft.stops];
  const [moved] = stops.splice(from, 1);
  stops.splice(to, 0, moved!);
  return { ...draft, stops };
}

/** The same for one item of a list field (a stop's programme). */
export function moveItem(draft: Draft, key: string, field: string, index: number, by: number): Draft {
  const list = getIn(stopAt(draft, key)?.fields, [field]);
  if (!Array.isArray(list)) return draft;
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return draft;
  const items = [...(list as unknown[])];
  const [moved] = items.splice(index, 1);
  items.splice(to, 0, moved);
  return setField(draft, key, [field], items);
}

export function removeItem(draft: Draft, key: string, field: string, index: number): Draft {
  const list = getIn(stopAt(draft, key)?.fields, [field]);
  if (!Array.isArray(list)) return draft;
  const items = (list as unknown[]).filter((_, at) => at !== index);
  return setField(draft, key, [field], items);
}

export function addItem(draft: Draft, key: string, field: string, item: Record<string, unknown>): Draft {
  const list = getIn(stopAt(draft, key)?.fields, [field]);
  return setField(draft, key, [field], [...(Array.isArray(list) ? (list as unknown[]) : []), item]);
}
