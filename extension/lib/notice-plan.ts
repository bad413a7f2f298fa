/**
 * Which notifications one pass of the background shows. Several reminders due at once become
 * one notification that counts them ("12 étapes demain dans vos régions"), several changes one
 * notice, and a day has an allowance: a feed that renames or moves its stops at each read, or a
 * thousand stops on one day, can never flood the screen. Pure: the words come from a `Translate`.
 */
import {
  countdown,
  countdownSpoken,
  formatStopDates,
  plural,
  type CivilDate,
  type Lang,
  type Stop,
} from '../../shared/index.ts';
import type { Change, ChangeKind } from './changes.ts';
import type { MessageKey, Translate } from './i18n.ts';
import { changeText, place, reminderText, type NoticeKind, type NoticeText } from './notices.ts';

/** Notifications the background may show in one local day (the test reminder aside). */
export const DAILY_NOTICE_LIMIT = 6;

/** Stops named in a grouped notification; the others are counted. */
const NAMED = 3;

export interface Outgoing {
  kind: NoticeKind;
  /** The stop a notification is about; none for a group. */
  stop?: Stop;
  text: NoticeText;
}

export interface NoticeInput {
  /** Stops whose reminder is due, in start order. */
  reminders: readonly Stop[];
  changes: readonly Change[];
  /** Whether the user follows some regions (else every region). */
  inRegions: boolean;
  today: CivilDate;
  lang: Lang;
  t: Translate;
}

/** `13 mars 2026, Rennes (Bretagne)`, the first few, then `et 9 autres`. */
function listed<T>(items: readonly T[], line: (item: T) => string, lang: Lang, t: Translate): string {
  const lines = items.slice(0, NAMED).map(line);
  const more = items.length - NAMED;
  if (more > 0) lines.push(t(plural(lang, more, 'groupMoreOne', 'groupMoreMany'), [count(more, lang)]));
  return lines.join('\n');
}

/** `1 000` (a narrow no-break space in French), `1,000`. */
const count = (value: number, lang: Lang) => new Intl.NumberFormat(lang).format(value);

export function remindersGroupText(stops: readonly Stop[], input: NoticeInput): NoticeText {
  const { today, lang, t } = input;
  const spoken = stops.map((stop) => countdownSpoken(countdown(stop, today), lang));
  const when = spoken.every((words) => words === spoken[0]) ? spoken[0]! : t('groupSoon');
  const title = t(input.inRegions ? 'remindersGroupInRegions' : 'remindersGroup', [count(stops.length, lang), when]);
  const line = (stop: Stop) => t('reminderMessage', [formatStopDates(stop, lang), place(stop, lang)]);
  return { title, message: listed(stops, line, lang, t) };
}

const CHANGE_LINES: Readonly<Record<ChangeKind, MessageKey>> = {
  moved: 'changeLineMoved',
  cancelled: 'changeLineCancelled',
  postponed: 'changeLinePostponed',
};

export function changesGroupText(changes: readonly Change[], input: NoticeInput): NoticeText {
  const { lang, t } = input;
  const line = ({ kind, stop }: Change) =>
    t(CHANGE_LINES[kind], [t('reminderMessage', [formatStopDates(stop, lang), place(stop, lang)])]);
  return { title: t('changesGroup', [count(changes.length, lang)]), message: listed(changes, line, lang, t) };
}

/** At most one notification for the reminders and one for the changes of a pass. */
export function passNotices(input: NoticeInput): Outgoing[] {
  const { reminders, changes, today, lang, t } = input;
  const outgoing: Outgoing[] = [];
  if (changes.length === 1) {
    const [change] = changes as [Change];
    outgoing.push({ kind: change.kind, stop: change.stop, text: changeText(change, lang, t) });
  } else if (changes.length > 1) {
    outgoing.push({ kind: 'changes', text: changesGroupText(changes, input) });
  }
  if (reminders.length === 1) {
    const [stop] = reminders as [Stop];
    outgoing.push({ kind: 'reminder', stop, text: reminderText(stop, today, lang, t) });
  } else if (reminders.length > 1) {
    outgoing.push({ kind: 'reminders', text: remindersGroupText(reminders, input) });
  }
  return outgoing;
}

/** What the day has shown so far, kept with the reminders shown. */
export interface DayCount {
  day: CivilDate;
  count: number;
}

/** The notices the day's allowance still lets through, and the day's new count. */
export function withinAllowance(
  outgoing: readonly Outgoing[],
  sent: DayCount | undefined,
  today: CivilDate,
): { show: Outgoing[]; sent: DayCount } {
  const already = sent?.day === today ? sent.count : 0;
  const show = outgoing.slice(0, Math.max(0, DAILY_NOTICE_LIMIT - already));
  return { show, sent: { day: today, count: already + show.length } };
}
