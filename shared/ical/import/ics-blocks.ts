/**
 * An iCalendar text cut into its calendars and their components, before any value is read, so that
 * one unreadable event spoils only itself. RFC 5545 §3.4 lets a stream hold several VCALENDARs.
 */

/** One component as written: its own content lines, nested components included (a VALARM). */
export interface IcsBlock {
  name: string;
  lines: string[];
}

export interface IcsCalendar {
  /** The calendar's own properties (`X-WR-CALNAME:…`), one content line each. */
  properties: string[];
  components: IcsBlock[];
}

/** Content lines, unfolded (§3.1: a line break followed by a space or a tab continues the line). */
export function contentLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n|\r/)
    .filter((line) => line.trim() !== '');
}

const BEGIN = /^BEGIN:(.+)$/i;
const END = /^END:(.+)$/i;

/**
 * The calendars of the text; undefined when it holds none, or when a component is left open or
 * closed out of turn (a truncated file): that text is not iCalendar.
 */
export function calendarsOf(text: string): IcsCalendar[] | undefined {
  const calendars: IcsCalendar[] = [];
  const open: string[] = [];
  let calendar: IcsCalendar | undefined;
  let block: IcsBlock | undefined;
  for (const line of contentLines(text)) {
    const begin = BEGIN.exec(line)?.[1]?.trim().toUpperCase();
    const end = END.exec(line)?.[1]?.trim().toUpperCase();
    if (begin) open.push(begin);
    if (open.length === 0) continue; // text between calendars
    if (begin === 'VCALENDAR' && open.length === 1) {
      calendars.push((calendar = { properties: [], components: [] }));
    } else if (open.length === 2 && begin && calendar) {
      calendar.components.push((block = { name: begin, lines: [] }));
    }
    if (block) block.lines.push(line);
    else if (calendar && open.length === 1 && !begin && !end) calendar.properties.push(line);
    if (end) {
      if (open.pop() !== end) return undefined;
      if (open.length === 1) block = undefined;
      if (open.length === 0) calendar = undefined;
    }
  }
  return open.length === 0 && calendars.length > 0 ? calendars : undefined;
}
