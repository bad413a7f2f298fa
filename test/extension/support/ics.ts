/** A one-stop calendar file read by two parsers the project did not write, for the browser tests. */
import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';

export interface ReadEvent {
  uid: string;
  summary: string;
  /** Whole days: first day and the exclusive end (`YYYY-MM-DD`). */
  start: string;
  end: string;
  allDay: boolean;
}

const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export function readWithBothParsers(text: string): { icaljs: ReadEvent; nodeIcal: ReadEvent } {
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const event = new ICAL.Event(vevent);
  const parsed = Object.values(nodeIcal.sync.parseICS(text)).find((item) => item?.type === 'VEVENT') as VEvent;
  return {
    icaljs: {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
    },
    nodeIcal: {
      uid: parsed.uid,
      summary: typeof parsed.summary === 'string' ? parsed.summary : parsed.summary.val,
      start: localDay(parsed.start),
      end: parsed.end ? localDay(parsed.end) : '',
      allDay: parsed.datetype === 'date',
    },
  };
}
