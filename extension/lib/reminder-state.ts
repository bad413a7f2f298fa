/**
 * What the user has been told, kept in storage so that no wake-up of the worker, restart of the
 * browser or refresh of the feed shows anything twice.
 */
import { addDays, isCivilDate, STATUSES, type CivilDate, type StopStatus } from '../../shared/index.ts';
import type { DayCount } from './notice-plan.ts';
import { keyFirstDay } from './reminders.ts';

/** A stop as it was when the user was last told about it (to notice when it moves). */
export interface ToldStop {
  first: CivilDate;
  last: CivilDate;
  /** As in the feed: a day or an instant. */
  start: string;
  end: string;
  status: StopStatus;
}

export interface ReminderState {
  /** Keys of reminders already shown (see `reminderKey`). */
  shown: string[];
  /**
   * By stop id: the stops the user was reminded of, as they were then. A `Map`: ids come from the
   * feed, and a plain object would answer `constructor` or `status` with what it inherits.
   */
  told: ReadonlyMap<string, ToldStop>;
  /** How many notifications the background showed on its last day of showing any. */
  sent?: DayCount;
}

/** As stored: the map as a list of pairs, so that no feed id ever becomes a property name. */
export interface StoredReminderState {
  shown: string[];
  told: [string, ToldStop][];
  sent?: DayCount;
}

export const EMPTY_REMINDER_STATE: Readonly<ReminderState> = Object.freeze({ shown: [], told: new Map() });

function isToldStop(value: unknown): value is ToldStop {
  if (value === null || typeof value !== 'object') return false;
  const told = value as Record<string, unknown>;
  return (
    typeof told.first === 'string' &&
    isCivilDate(told.first) &&
    typeof told.last === 'string' &&
    isCivilDate(told.last) &&
    typeof told.start === 'string' &&
    typeof told.end === 'string' &&
    (STATUSES as readonly unknown[]).includes(told.status)
  );
}

/** The pairs of the stored log: a list now, an object (own keys only) as older versions wrote it. */
function toldPairs(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value);
}

/** From storage: unreadable parts are dropped, the rest kept. */
export function parseReminderState(raw: unknown): ReminderState {
  const input = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const shown = Array.isArray(input.shown) ? input.shown.filter((key): key is string => typeof key === 'string') : [];
  const told = new Map<string, ToldStop>();
  for (const pair of toldPairs(input.told)) {
    if (!Array.isArray(pair)) continue;
    const [id, value] = pair as unknown[];
    if (typeof id === 'string' && isToldStop(value)) told.set(id, value);
  }
  const sent = parseDayCount(input.sent);
  return { shown: [...new Set(shown)], told, ...(sent ? { sent } : {}) };
}

function parseDayCount(raw: unknown): DayCount | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const { day, count } = raw as Record<string, unknown>;
  if (typeof day !== 'string' || !isCivilDate(day) || !Number.isSafeInteger(count) || (count as number) < 0) {
    return undefined;
  }
  return { day, count: count as number };
}

/** What is written to storage. */
export function storedReminderState(state: ReminderState): StoredReminderState {
  return { shown: [...state.shown], told: [...state.told], ...(state.sent ? { sent: state.sent } : {}) };
}

/** Stops this long past are forgotten: nothing about them can come due again. */
const KEEP_TOLD_DAYS = 30;

/**
 * Entries kept at most in each part of the log, the newest: a feed that renames its stops at
 * each read would otherwise grow it by a whole feed per read.
 */
export const LOG_LIMIT = 5_000;

/** Keeps storage small: reminder keys of stops already begun and old snapshots go. */
export function pruneReminderState(state: ReminderState, today: CivilDate): ReminderState {
  const yesterday = addDays(today, -1);
  const shown = state.shown.filter((key) => (keyFirstDay(key) ?? today) >= yesterday).slice(-LOG_LIMIT);
  const horizon = addDays(today, -KEEP_TOLD_DAYS);
  const told = new Map([...state.told].filter(([, stop]) => stop.last >= horizon).slice(-LOG_LIMIT));
  return { shown, told, ...(state.sent ? { sent: state.sent } : {}) };
}
