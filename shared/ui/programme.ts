/**
 * What comes before a programme item's title: when and what kind (`14 mai, 9 h 30 – 12 h ·
 * Atelier — `), in the calendar's language; the title itself is the feed's French.
 */
import {
  formatDay,
  formatTime,
  programmeKindLabel,
  regionOf,
  type Lang,
  type ProgrammeItem,
  type Stop,
} from '../index.ts';

export function programmeLead(item: ProgrammeItem, stop: Stop, lang: Lang): string {
  const zone = regionOf(stop.region).timeZone;
  const time = (instant: string) => formatTime(instant, zone, lang);
  const when = [
    item.day && formatDay(item.day, lang, {}),
    item.start && (item.end ? `${time(item.start)} – ${time(item.end)}` : time(item.start)),
  ].filter(Boolean);
  const kind = item.kind ? `${programmeKindLabel(item.kind, lang)} — ` : '';
  return `${when.length > 0 ? `${when.join(', ')} · ` : ''}${kind}`;
}
