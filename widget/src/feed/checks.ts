/**
 * Field rules of the feed, version 1, as small checkers: the same rules as the core's zod schema
 * (`shared/feed/schema.ts`), written out because zod/mini alone weighs ~7 KB gzip, half the
 * widget's budget. `read-feed.test.ts` holds both readers to the same answers.
 */
import {
  isCivilDate,
  isDateTime,
  quote,
  STOP_ID_PATTERN,
  type FeedProblem,
  type ProblemCode,
} from '../../../shared/index.ts';

export type Path = (string | number)[];

/** What a checker returns when the value breaks a rule; `undefined` stays "absent". */
export const BAD: unique symbol = Symbol();
export type Checked<T> = T | typeof BAD;
export type Checker<T> = (value: unknown, path: Path, issues: FeedProblem[]) => Checked<T>;

export function report(
  issues: FeedProblem[],
  path: Path,
  code: ProblemCode,
  value: unknown,
  limit?: number,
): typeof BAD {
  const issue: FeedProblem = { path, code: value === undefined ? 'missing' : code, severity: 'error' };
  if (value !== undefined) issue.found = quote(value);
  if (limit !== undefined) issue.limit = limit;
  issues.push(issue);
  return BAD;
}

/** A string that passes `test`. */
function formatted(code: ProblemCode, test: (value: string) => boolean): Checker<string> {
  return (value, path, issues) => {
    if (typeof value !== 'string') return report(issues, path, code, value);
    return test(value) ? value : report(issues, path, code, value);
  };
}

/** Text: blanks collapse to one space (`line`) or carriage returns become `\n` (paragraphs). */
export function text(max: number, paragraphs = false): Checker<string> {
  return (value, path, issues) => {
    if (typeof value !== 'string') return report(issues, path, 'not-text', value);
    const clean = paragraphs ? value.replace(/\r\n?/g, '\n').trim() : value.replace(/\s+/g, ' ').trim();
    if (clean === '') return report(issues, path, 'empty', clean);
    return clean.length > max ? report(issues, path, 'too-long', clean, max) : clean;
  };
}

/** http(s) only, like the core's `z.url({ protocol: /^https?$/ })`: never `javascript:` nor `data:`. */
export const link: Checker<string> = (value, path, issues) => {
  if (typeof value !== 'string') return report(issues, path, 'bad-url', value);
  const trimmed = value.trim();
  try {
    if (/^https?:\/\//i.test(trimmed) && /^https?:$/.test(new URL(trimmed).protocol)) {
      return trimmed.replace(/[\t\n\r]/g, '');
    }
  } catch {
    // Unparseable: reported below.
  }
  return report(issues, path, 'bad-url', value);
};

export const stopId = formatted('bad-id', (value) => STOP_ID_PATTERN.test(value));
export const day = formatted('bad-day', isCivilDate);
export const dateTime = formatted('bad-date-time', isDateTime);
export const dayOrDateTime = formatted('bad-date', (value) => isCivilDate(value) || isDateTime(value));

export function oneOf<T extends string | number>(values: readonly T[], code: ProblemCode): Checker<T> {
  return (value, path, issues) => (values.includes(value as T) ? (value as T) : report(issues, path, code, value));
}

export const sequence: Checker<number> = (value, path, issues) => {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return report(issues, path, 'bad-sequence', value);
  }
  return value >= 0 && value <= 2_147_483_647 ? value : report(issues, path, 'bad-sequence', value);
};

/** Absent stays absent; `fallback` fills it when given. */
export function optional<T>(check: Checker<T>, fallback?: T): Checker<T | undefined> {
  return (value, path, issues) => (value === undefined ? fallback : check(value, path, issues));
}

type Shape = Record<string, Checker<unknown>>;
type Out<S extends Shape> = { [K in keyof S]: Exclude<ReturnType<S[K]>, typeof BAD> };

/** A plain object with these fields, checked in order; unknown fields are left out. */
export function object<S extends Shape>(shape: S, code: ProblemCode = 'not-object'): Checker<Out<S>> {
  return (value, path, issues) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return report(issues, path, code, value);
    }
    const out: Record<string, unknown> = {};
    let bad = false;
    for (const key in shape) {
      const result = shape[key]!((value as Record<string, unknown>)[key], [...path, key], issues);
      if (result === BAD) bad = true;
      else if (result !== undefined) out[key] = result;
    }
    return bad ? BAD : (out as Out<S>);
  };
}

/** A list of items; one too long is refused before its items are read (as zod does). */
export function list<T>(item: Checker<T>, max?: number): Checker<T[]> {
  return (value, path, issues) => {
    if (!Array.isArray(value)) return report(issues, path, 'not-list', value);
    if (max !== undefined && value.length > max) return report(issues, path, 'too-many', value, max);
    const before = issues.length;
    const out = value.map((entry, index) => item(entry, [...path, index], issues));
    return issues.length > before ? BAD : (out as T[]);
  };
}
