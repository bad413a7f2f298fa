/**
 * VTIMEZONE blocks for the zones of the regions (RFC 5545 §3.6.5). ical.js writes a TZID but
 * never the block it refers to, and Outlook shifts or refuses a TZID without one. The 1970 +
 * RRULE form is the one Outlook maps to its own zones.
 */
import type { TimeZoneName } from '../regions.ts';

function fixed(tzid: string, offset: string, name: string): string {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    'BEGIN:STANDARD',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${name}`,
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}

export const VTIMEZONES: Record<TimeZoneName, string> = {
  // EU rule since 1996: last Sunday of March 02:00 → 03:00, last Sunday of October 03:00 → 02:00.
  'Europe/Paris': [
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Paris',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n'),
  // The overseas regions keep one offset all year.
  'America/Guadeloupe': fixed('America/Guadeloupe', '-0400', 'AST'),
  'America/Martinique': fixed('America/Martinique', '-0400', 'AST'),
  'America/Cayenne': fixed('America/Cayenne', '-0300', '-03'),
  'Indian/Reunion': fixed('Indian/Reunion', '+0400', '+04'),
  'Indian/Mayotte': fixed('Indian/Mayotte', '+0300', 'EAT'),
};
