/**
 * What a stop's card shows, decided once for every product: whether it counts down, which links
 * and calendar choices it offers, its primary action and the name of its `.ics` file. Pure: the
 * reader's day is a parameter; the words come later, from the catalog.
 */
import type { Stop, StopStatus } from '../feed/schema.ts';
import { addToCalendarLink, LINK_TARGETS, type LinkTarget } from '../links/add-to-calendar.ts';
import type { CivilDate } from '../time/civil-date.ts';
import { stopDays, type StopDays } from '../time/stop-days.ts';
import { countdown, type Countdown } from '../time/timeline.ts';
import type { Lang } from '../words/lang.ts';

/** Where "add to my calendar" can go: the `.ics` file, or one of the services' own pages. */
export type CalendarTarget = 'ics' | LinkTarget;
export const CALENDAR_TARGETS: readonly CalendarTarget[] = ['ics', ...LINK_TARGETS];

export type CalendarChoice =
  /** The stop's hosted file when the feed gives one (`href`), else a file written on the spot. */
  { target: 'ics'; href?: string; fileName: string } | { target: LinkTarget; href: string };

export interface StopView {
  stop: Stop;
  days: StopDays;
  status: StopStatus;
  /** The stop's last day is behind the reader. */
  past: boolean;
  /** Only for a stop that will happen on its dates and is not over. */
  countdown?: Countdown;
  /** `register` when a registration link is open, `add` when it can be added to a calendar. */
  primary?: 'register' | 'add';
  registrationUrl?: string;
  pageUrl?: string;
  /** In the order to offer them (the reader's preferred one first); empty once past or cancelled. */
  calendar: CalendarChoice[];
  /** The stop's own title, when it says more than the tour's name and a place (see `ownTitle`). */
  title?: string;
}

/** `intercotour-2019-cahors.ics`: says what it is in a downloads folder. */
export function icsFileName(stop: Pick<Stop, 'id'>): string {
  return `intercotour-${stop.id}.ics`;
}

/** Statuses under which the stop happens on the dates shown. */
const HAPPENS: ReadonlySet<StopStatus> = new Set(['scheduled', 'rescheduled']);

export interface StopViewOptions {
  today: CivilDate;
  lang: Lang;
  /** The calendar to offer first. */
  preferred?: CalendarTarget;
  /** The feed's name (`IntercoTOUR 2019`): titles that only repeat it and a place are left out. */
  tourName?: string;
}

/**
 * Cards lead with the city; the title follows only when it says more than the tour's name and a
 * place. "IntercoTOUR Sud PACA" in a tour named "IntercoTOUR 2019" says nothing the card lacks.
 */
export function ownTitle(stop: Pick<Stop, 'title'>, tourName: string): string | undefined {
  const series = tourName
    .replace(/\s*\d{4}\s*$/, '')
    .trim()
    .toLowerCase();
  return series && stop.title.toLowerCase().startsWith(series) ? undefined : stop.title;
}

export function calendarChoice(target: CalendarTarget, stop: Stop, lang: Lang): CalendarChoice {
  if (target !== 'ics') return { target, href: addToCalendarLink(target, stop, lang) };
  return stop.icsUrl
    ? { target, href: stop.icsUrl, fileName: icsFileName(stop) }
    : { target, fileName: icsFileName(stop) };
}

export function stopView(stop: Stop, { today, lang, preferred, tourName }: StopViewOptions): StopView {
  const days = stopDays(stop);
  const past = days.last < today;
  const happens = HAPPENS.has(stop.status);
  // A cancelled stop cannot be attended; a postponed one has no date to put in a calendar.
  const addable = !past && happens;
  const order = preferred
    ? [preferred, ...CALENDAR_TARGETS.filter((target) => target !== preferred)]
    : CALENDAR_TARGETS;
  const view: StopView = {
    stop,
    days,
    status: stop.status,
    past,
    calendar: addable ? order.map((target) => calendarChoice(target, stop, lang)) : [],
  };
  if (addable) view.countdown = countdown(stop, today);
  if (stop.url) view.pageUrl = stop.url;
  const title = tourName === undefined ? stop.title : ownTitle(stop, tourName);
  if (title) view.title = title;
  if (stop.registrationUrl && !past && stop.status !== 'cancelled') view.registrationUrl = stop.registrationUrl;
  if (view.registrationUrl && addable) view.primary = 'register';
  else if (addable) view.primary = 'add';
  return view;
}
