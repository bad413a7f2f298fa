/**
 * The public feed, version 1, as zod schemas: the reference for its field rules, the source of
 * its types and of its JSON Schema, and the only definition of its rules: every product reads a
 * feed through them. Every check carries a problem code as its message.
 */
import * as z from 'zod/mini';
import { REGION_SLUGS } from '../regions.ts';
import { isCivilDate } from '../time/civil-date.ts';
import { isDateTime, isWithinCalendar, MAX_STOPS, PROGRAMME_KINDS, STATUSES, STOP_ID_PATTERN } from './rules.ts';
import { isWellFormed, withoutBidiControls } from './text-rules.ts';

// zod would otherwise probe `new Function` for a faster path: extension pages and strict-CSP hosts
// forbid eval, and the probe logs a CSP violation there. Measured: no slower on our schemas.
z.config({ jitless: true });

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
// Loose shapes for editors' JSON Schema; the refinements below check real days and hours.
const DATE_TIME_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY_OR_DATE_TIME_SHAPE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** An error code, or `missing` when the field is absent: the words come later. */
const coded = (code: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'missing' : code),
});

/** Any text of the feed: well-formed UTF-16 (half a surrogate pair is refused, not guessed at). */
const text = z.string(coded('not-text')).check(z.refine(isWellFormed, 'bad-text'));

/**
 * Single-line text: bidi controls removed, blanks (newlines included) collapsed to one space, ends
 * trimmed. No-break spaces are typography (« Label », « : »), not blanks: they stay.
 */
function line(max: number) {
  let schema = lines.get(max);
  if (!schema) lines.set(max, (schema = lineOf(max)));
  return schema;
}

// One schema per length, shared by every field of that length: building zod schemas is most of
// the reader's start-up on a member's page.
const lines = new Map<number, ReturnType<typeof lineOf>>();

function lineOf(max: number) {
  return z.pipe(
    z.pipe(
      text,
      z.transform((value: string) =>
        withoutBidiControls(value)
          .replace(/[^\S\u00a0\u202f]+/g, ' ')
          .trim(),
      ),
    ),
    z.string().check(z.minLength(1, 'empty'), z.maxLength(max, `too-long:${max}`)),
  );
}

/** Text that may hold paragraphs: bidi controls removed, carriage returns become `\n` (RFC 5545 writers emit them raw). */
function paragraphs(max: number) {
  return z.pipe(
    z.pipe(
      text,
      z.transform((value: string) => withoutBidiControls(value).replace(/\r\n?/g, '\n').trim()),
    ),
    z.string().check(z.minLength(1, 'empty'), z.maxLength(max, `too-long:${max}`)),
  );
}

/** Only http(s): zod's plain `url()` would let `javascript:` through. */
const link = z.url({ protocol: /^https?$/, ...coded('bad-url') }).check(z.refine(isWellFormed, 'bad-text'));

const civilDate = z
  .string(coded('bad-day'))
  .check(
    z.regex(DATE_PATTERN, 'bad-day'),
    z.refine(isCivilDate, 'bad-day'),
    z.refine(isWithinCalendar, 'out-of-calendar'),
  );

const dateTime = z
  .string(coded('bad-date-time'))
  .check(
    z.regex(DATE_TIME_SHAPE, 'bad-date-time'),
    z.refine(isDateTime, 'bad-date-time'),
    z.refine(isWithinCalendar, 'out-of-calendar'),
  );

/** A whole day (`2019-06-26`) or an instant with its offset (`2019-06-26T09:00:00+02:00`). */
const dayOrDateTime = z.string(coded('bad-date')).check(
  z.regex(DAY_OR_DATE_TIME_SHAPE, 'bad-date'),
  z.refine((value: string) => isCivilDate(value) || isDateTime(value), 'bad-date'),
  z.refine(isWithinCalendar, 'out-of-calendar'),
);

export const programmeItemSchema = z.object(
  {
    title: line(300),
    kind: z.optional(z.enum(PROGRAMME_KINDS, coded('bad-kind'))),
    day: z.optional(civilDate),
    start: z.optional(dateTime),
    end: z.optional(dateTime),
  },
  coded('not-object'),
);

export const venueSchema = z.object(
  {
    name: line(200),
    address: z.optional(line(300)),
  },
  coded('not-object'),
);

export const stopSchema = z.object(
  {
    id: z.string(coded('bad-id')).check(z.regex(STOP_ID_PATTERN, 'bad-id')),
    title: line(200),
    region: z.enum(REGION_SLUGS, coded('bad-region')),
    city: line(200),
    start: dayOrDateTime,
    end: dayOrDateTime,
    status: z._default(z.optional(z.enum(STATUSES, coded('bad-status'))), 'scheduled'),
    sequence: z._default(
      z.optional(
        z.int(coded('bad-sequence')).check(z.minimum(0, 'bad-sequence'), z.maximum(2_147_483_647, 'bad-sequence')),
      ),
      0,
    ),
    theme: z.optional(line(300)),
    description: z.optional(paragraphs(10_000)),
    venue: z.optional(venueSchema),
    url: z.optional(link),
    registrationUrl: z.optional(link),
    programme: z.optional(z.array(programmeItemSchema, coded('not-list')).check(z.maxLength(200, 'too-many:200'))),
    icsUrl: z.optional(link),
  },
  coded('not-object'),
);

export const organizerSchema = z.object(
  {
    name: line(200),
    url: z.optional(link),
  },
  coded('not-object'),
);

/** The feed around its stops; each stop is read on its own so that one bad stop drops alone. */
export const envelopeSchema = z.object(
  {
    version: z.literal(1, coded('bad-version')),
    name: line(200),
    organizer: organizerSchema,
    updated: dateTime,
    url: z.optional(link),
    stops: z.array(z.unknown(), coded('not-list')),
  },
  coded('not-object'),
);

/**
 * The whole feed as a JSON Schema describes it to people who edit one by hand. The reader counts
 * the stops itself (`read-document.ts`), before it reads any.
 */
export const feedSchema = z.object({
  ...envelopeSchema.def.shape,
  stops: z.array(stopSchema).check(z.maxLength(MAX_STOPS)),
});

export type Stop = z.output<typeof stopSchema>;
export type StopInput = z.input<typeof stopSchema>;
export type ProgrammeItem = z.output<typeof programmeItemSchema>;
export type Venue = z.output<typeof venueSchema>;
export type Organizer = z.output<typeof organizerSchema>;
export type Feed = z.output<typeof feedSchema>;
export {
  isDateTime,
  MAX_STOPS,
  PROGRAMME_KINDS,
  STATUSES,
  STOP_ID_PATTERN,
  type ProgrammeKind,
  type StopStatus,
} from './rules.ts';
export type FeedInput = z.input<typeof feedSchema>;
