/**
 * The words and the shape of each notification: reminders, change notices, the test reminder.
 * Pure: the words come from a `Translate`, the browser's quirks from `firefox`.
 */
import {
  countdown,
  countdownSpoken,
  formatDayRange,
  formatStopDates,
  regionName,
  type CivilDate,
  type Lang,
  type Stop,
} from '../../shared/index.ts';
import type { Change } from './changes.ts';
import type { Translate } from './i18n.ts';

/** One stop each, but `reminders` and `changes`, which group several stops of one pass. */
export type NoticeKind = 'reminder' | 'moved' | 'cancelled' | 'postponed' | 'test' | 'reminders' | 'changes';

const KINDS: readonly string[] = [
  'reminder',
  'moved',
  'cancelled',
  'postponed',
  'test',
  'reminders',
  'changes',
] satisfies NoticeKind[];

export interface NoticeText {
  title: string;
  message: string;
}

/** `Cahors (Occitanie)`. */
export function place(stop: Stop, lang: Lang): string {
  return `${stop.city} (${regionName(stop.region, lang)})`;
}

export function reminderText(stop: Stop, today: CivilDate, lang: Lang, t: Translate): NoticeText {
  const when = countdownSpoken(countdown(stop, today), lang);
  const lines = [t('reminderMessage', [formatStopDates(stop, lang), place(stop, lang)])];
  if (stop.theme) lines.push(t('reminderTheme', [stop.theme]));
  return { title: t('reminderTitle', [stop.title, when]), message: lines.join('\n') };
}

export function changeText(change: Change, lang: Lang, t: Translate): NoticeText {
  const { stop, before } = change;
  const was = formatDayRange(before.first, before.last, lang);
  switch (change.kind) {
    case 'cancelled':
      return { title: t('cancelledTitle', [stop.title]), message: t('cancelledMessage', [was, stop.city]) };
    case 'postponed':
      return { title: t('postponedTitle', [stop.title]), message: t('postponedMessage', [was, stop.city]) };
    case 'moved':
      return {
        title: t('movedTitle', [stop.title]),
        message: t('movedMessage', [formatStopDates(stop, lang), place(stop, lang), was]),
      };
  }
}

/** What "send a test reminder" shows: a real reminder of the next stop when there is one. */
export function testText(stop: Stop | undefined, today: CivilDate, lang: Lang, t: Translate): NoticeText {
  if (!stop) return { title: t('testTitle'), message: t('testMessageNoStop') };
  const reminder = reminderText(stop, today, lang, t);
  return { title: t('testTitle'), message: `${reminder.title}\n${reminder.message}` };
}

/** Ids carry what a click needs; the time makes each notification its own (none replaces another). */
export function noticeId(kind: NoticeKind, stopId: string, at: number): string {
  return `${kind}|${stopId}|${at}`;
}

export function parseNoticeId(id: string): { kind: NoticeKind; stopId: string } | undefined {
  const [kind, stopId] = id.split('|');
  if (!kind || !stopId || !KINDS.includes(kind)) return undefined;
  return { kind: kind as NoticeKind, stopId };
}

export interface NotificationShape {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
  buttons?: { title: string }[];
}

/**
 * Chrome shows an "add to my calendar" button; Firefox supports only `type: 'basic'` and throws
 * on `buttons`, so there the click on the notification is the way in.
 */
export function notificationShape(
  text: NoticeText,
  options: { firefox: boolean; iconUrl: string; addButton?: string },
): NotificationShape {
  const shape: NotificationShape = {
    type: 'basic',
    iconUrl: options.iconUrl,
    title: text.title,
    message: text.message,
  };
  if (!options.firefox && options.addButton) shape.buttons = [{ title: options.addButton }];
  return shape;
}
