/**
 * "Add to my calendar" deep links. None of these services documents them: the shapes below are
 * those each was seen to accept, held by `links.test.ts`. Whole days always get an exclusive end
 * here, converted in `exclusiveEnd` only.
 */
import type { Stop } from '../feed/schema.ts';
import { addDays, type CivilDate } from '../time/civil-date.ts';
import { isWholeDay } from '../time/stop-days.ts';
import { eventDescription, eventLocation } from '../words/event-text.ts';
import type { Lang } from '../words/lang.ts';

export type LinkTarget = 'google' | 'outlook' | 'office365' | 'yahoo';
export const LINK_TARGETS: readonly LinkTarget[] = ['google', 'outlook', 'office365', 'yahoo'];

/** Services cut long URLs: the description is shortened to this many characters. */
const MAX_DETAILS = 1500;

function query(params: Record<string, string | undefined>): string {
  return Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

/** The day after the last: what "end" means for whole days in iCalendar and its kin (RFC 5545 §3.6.1). */
function exclusiveEnd(last: CivilDate): CivilDate {
  return addDays(last, 1);
}

const compact = (date: CivilDate) => date.replaceAll('-', '');

/** `20190626T070000Z`: an instant in UTC, seconds kept, no separators. */
function utcCompact(instant: string): string {
  return new Date(instant)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** `2019-06-26T07:00:00Z`. */
function utcIso(instant: string): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function details(stop: Stop, lang: Lang): string {
  const text = eventDescription(stop, lang);
  return text.length > MAX_DETAILS ? `${text.slice(0, MAX_DETAILS - 1)}…` : text;
}

export function googleLink(stop: Stop, lang: Lang): string {
  const dates = isWholeDay(stop)
    ? `${compact(stop.start)}/${compact(exclusiveEnd(stop.end))}`
    : `${utcCompact(stop.start)}/${utcCompact(stop.end)}`;
  return `https://calendar.google.com/calendar/render?${query({
    action: 'TEMPLATE',
    text: stop.title,
    dates,
    details: details(stop, lang),
    location: eventLocation(stop, lang),
  })}`;
}

function microsoftLink(host: string, stop: Stop, lang: Lang): string {
  const whole = isWholeDay(stop);
  return `https://${host}/calendar/0/action/compose?${query({
    rru: 'addevent',
    subject: stop.title,
    startdt: whole ? stop.start : utcIso(stop.start),
    enddt: whole ? exclusiveEnd(stop.end) : utcIso(stop.end),
    allday: whole ? 'true' : undefined,
    location: eventLocation(stop, lang),
    body: details(stop, lang),
  })}`;
}

export const outlookLink = (stop: Stop, lang: Lang) => microsoftLink('outlook.live.com', stop, lang);
export const office365Link = (stop: Stop, lang: Lang) => microsoftLink('outlook.office.com', stop, lang);

/** Yahoo's `dur=allday` holds one day only; longer whole-day stops span midnight to 23:59, floating. */
export function yahooLink(stop: Stop, lang: Lang): string {
  let times: Record<string, string>;
  if (!isWholeDay(stop)) times = { st: utcCompact(stop.start), et: utcCompact(stop.end) };
  else if (stop.start === stop.end) times = { st: compact(stop.start), dur: 'allday' };
  else times = { st: `${compact(stop.start)}T000000`, et: `${compact(stop.end)}T235900` };
  return `https://calendar.yahoo.com/?${query({
    v: '60',
    title: stop.title,
    ...times,
    in_loc: eventLocation(stop, lang),
    desc: details(stop, lang),
  })}`;
}

export function addToCalendarLink(target: LinkTarget, stop: Stop, lang: Lang): string {
  switch (target) {
    case 'google':
      return googleLink(stop, lang);
    case 'outlook':
      return outlookLink(stop, lang);
    case 'office365':
      return office365Link(stop, lang);
    case 'yahoo':
      return yahooLink(stop, lang);
  }
}
