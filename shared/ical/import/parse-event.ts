/**
 * One VEVENT as written, read by ical.js on its own: a value it cannot read becomes a problem on
 * that event and property, and a date written without `VALUE=DATE` is read as the date it is.
 */
import type ICAL from 'ical.js';
import { quote } from '../../feed/problem.ts';
import type { IcsBlock } from './ics-blocks.ts';
import type { ImportProblem } from './import-problem.ts';
import { parseComponent as parse } from './parse-component.ts';

export type ParsedEvent =
  | { ok: true; component: ICAL.Component; summary?: string; warnings: ImportProblem[] }
  | { ok: false; problem: ImportProblem };

// `DTSTART:20190626` (Calendar Labs, old Google and Apple exports): eight digits are a date, whatever
// the missing VALUE says. Parameters may quote a colon, hence the quoted-string alternative.
const BARE_DATE = /^(DTSTART|DTEND|DUE|RECURRENCE-ID|EXDATE|RDATE)((?:;(?:[^:;"]|"[^"]*")*)*):(\d{8}(?:,\d{8})*)$/i;

function propertyName(line: string): string {
  return /^[^:;]+/.exec(line)?.[0].toUpperCase() ?? '';
}

function propertyValue(line: string): string {
  return /^(?:[^:"]|"[^"]*")*:(.*)$/.exec(line)?.[1] ?? line;
}

/** The SUMMARY as a person typed it, read by hand: it must name even an event ical.js cannot read. */
function summaryOf(lines: readonly string[]): string | undefined {
  const line = lines.find((candidate) => propertyName(candidate) === 'SUMMARY');
  if (line === undefined) return undefined;
  const value = propertyValue(line)
    .replace(/\\[nN]/g, ' ')
    .replace(/\\([,;\\])/g, '$1')
    .trim();
  return value === '' ? undefined : value;
}

/** The first of the event's own lines (not those of a VALARM inside it) that ical.js refuses alone. */
function firstBadLine(lines: readonly string[]): string | undefined {
  let depth = 0;
  for (const line of lines) {
    if (/^BEGIN:/i.test(line)) depth += 1;
    else if (/^END:/i.test(line)) depth -= 1;
    else if (depth === 1) {
      try {
        parse(['BEGIN:VEVENT', line, 'END:VEVENT']);
      } catch {
        return line;
      }
    }
  }
  return undefined;
}

/**
 * ical.js reads most values only when asked (a text date throws then, not while parsing): every
 * property of the event is asked once here, so that nothing throws later.
 */
function unreadableLine(component: ICAL.Component, lines: readonly string[]): string | undefined {
  for (const property of component.getAllProperties()) {
    try {
      property.getValues();
    } catch {
      const name = property.name.toUpperCase();
      return lines.find((line) => propertyName(line) === name) ?? name;
    }
  }
  return undefined;
}

/** `index`: the event's place among the file's VEVENTs, from 0. */
export function parseEvent(block: IcsBlock, index: number): ParsedEvent {
  const summary = summaryOf(block.lines);
  const named = summary === undefined ? {} : { summary };
  const warnings: ImportProblem[] = [];
  const lines = block.lines.map((line) => {
    const bare = BARE_DATE.exec(line);
    if (!bare || /;VALUE=/i.test(bare[2]!)) return line;
    if (warnings.length === 0) {
      const path = ['VEVENT', index, bare[1]!.toUpperCase()];
      warnings.push({ path, code: 'bare-date', severity: 'warning', found: quote(bare[3]), ...named });
    }
    return `${bare[1]};VALUE=DATE${bare[2]}:${bare[3]}`;
  });
  let bad: string | undefined;
  try {
    const component = parse(lines);
    bad = unreadableLine(component, lines);
    if (bad === undefined) return { ok: true, component, ...named, warnings };
  } catch {
    bad = firstBadLine(lines);
  }
  const path = ['VEVENT', index, ...(bad === undefined ? [] : [propertyName(bad)])];
  const found = bad === undefined ? {} : { found: quote(propertyValue(bad)) };
  return { ok: false, problem: { path, code: 'bad-value', severity: 'error', ...found, ...named } };
}
