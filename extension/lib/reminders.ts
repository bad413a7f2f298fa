/**
 * Which reminders are due, and when the next one is. Pure: the stops, the settings, the clock,
 * the zone and the reminders already shown are parameters.
 *
 * A reminder is keyed by stop, first day and lead time: a stop that moves gets reminders for
 * its new date, and nothing else ever shows twice. When several lead times of one stop have
 * passed (the browser was closed, or the stop was added late), one notification covers them.
 */
import {
  addDays,
  countdown,
  inRegions,
  instantAt,
  isWholeDay,
  stopDays,
  todayIn,
  type CivilDate,
  type Stop,
} from '../../shared/index.ts';
import type { Settings } from './settings.ts';

export function reminderKey(stopId: string, firstDay: CivilDate, leadDays: number): string {
  return `${stopId}|${firstDay}|${leadDays}`;
}

/** The first day written in a key, to forget keys of stops long past. */
export function keyFirstDay(key: string): CivilDate | undefined {
  return key.split('|')[1];
}

/** `leadDays` days before the stop's first day, at the reminder time on the user's clock. */
export function reminderMoment(stop: Stop, leadDays: number, time: string, zone: string): Date {
  return instantAt(addDays(stopDays(stop).first, -leadDays), `${time}:00`, zone);
}

export interface DueReminder {
  stop: Stop;
  /** The closest lead time among those due: what the notification is about. */
  leadDays: number;
  /** Every key this notification settles. */
  keys: string[];
}

export interface ReminderPlan {
  due: DueReminder[];
  /** When the next reminder falls due, if any. */
  next?: Date;
}

export interface PlanInput {
  stops: readonly Stop[];
  settings: Pick<Settings, 'regions' | 'remindersOn' | 'leadDays' | 'reminderTime'>;
  now: Date;
  zone: string;
  shown: ReadonlySet<string>;
}

/** A reminder only makes sense before the stop begins: its first day not past, its start not past. */
function stillAhead(stop: Stop, today: CivilDate, now: Date): boolean {
  if (countdown(stop, today).days < 0) return false;
  return isWholeDay(stop) || Date.parse(stop.start) > now.getTime();
}

export function planReminders({ stops, settings, now, zone, shown }: PlanInput): ReminderPlan {
  if (!settings.remindersOn || settings.leadDays.length === 0) return { due: [] };
  const today = todayIn(now, zone);
  const due: DueReminder[] = [];
  let next: Date | undefined;
  const followed = inRegions(stops, settings.regions.length > 0 ? settings.regions : undefined);
  for (const stop of followed) {
    if (stop.status === 'cancelled' || !stillAhead(stop, today, now)) continue;
    const first = stopDays(stop).first;
    const dueLeads: number[] = [];
    for (const lead of settings.leadDays) {
      const key = reminderKey(stop.id, first, lead);
      if (shown.has(key)) continue;
      const moment = reminderMoment(stop, lead, settings.reminderTime, zone);
      if (moment.getTime() <= now.getTime()) dueLeads.push(lead);
      else if (!next || moment < next) next = moment;
    }
    if (dueLeads.length > 0) {
      due.push({
        stop,
        leadDays: Math.min(...dueLeads),
        keys: dueLeads.map((lead) => reminderKey(stop.id, first, lead)),
      });
    }
  }
  return next ? { due, next } : { due };
}
