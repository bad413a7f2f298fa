/**
 * One pass of the background: badge, reminders, change notices, alarms, from what is stored and
 * the clock. Run on every start of the worker and at each alarm, so that nothing depends on the
 * worker having stayed alive, and safe to run any number of times: whatever it shows is written
 * down as shown before it is shown.
 */
import { browser } from 'wxt/browser';
import { nextStop, todayIn, type Feed, type Stop } from '../../shared/index.ts';
import { badgeView } from '../lib/badge.ts';
import { detectChanges, toldSnapshot, type Change } from '../lib/changes.ts';
import { BUNDLED } from '../lib/feed-source.ts';
import { catalogLang } from '../lib/i18n.ts';
import { nextMidnight } from '../lib/local-time.ts';
import { passNotices, withinAllowance } from '../lib/notice-plan.ts';
import { testText } from '../lib/notices.ts';
import { pruneReminderState, type ReminderState } from '../lib/reminder-state.ts';
import { planReminders } from '../lib/reminders.ts';
import type { Settings } from '../lib/settings.ts';
import { readEffectiveSettings } from '../lib/managed-storage.ts';
import { readReminderState, writeReminderState } from '../lib/storage.ts';
import type { BackgroundDeps } from './deps.ts';
import { currentFeed, currentSource, REFRESH_MINUTES } from './feed.ts';
import { showNotice } from './notify.ts';

export const ALARMS = {
  /** Reads the feed again, every REFRESH_MINUTES. */
  refresh: 'refresh',
  /** The countdown changes at local midnight. */
  midnight: 'midnight',
  /** The next reminder's moment. */
  reminder: 'reminder',
} as const;

async function paintBadge(stops: readonly Stop[] | undefined, regions: Settings['regions'], deps: BackgroundDeps) {
  const t = deps.t;
  const view = badgeView({ stops, regions, today: todayIn(deps.now(), deps.zone()), lang: catalogLang(t), t });
  await Promise.all([
    browser.action.setBadgeText({ text: view.text }),
    browser.action.setBadgeBackgroundColor({ color: view.color }),
    browser.action.setBadgeTextColor?.({ color: '#ffffff' }),
    browser.action.setTitle({ title: view.title }),
  ]);
}

/** The new state and the notices it accounts for; the caller stores first, then shows. */
function decide(feed: Feed, settings: Settings, state: ReminderState, deps: BackgroundDeps) {
  const now = deps.now();
  const zone = deps.zone();
  const today = todayIn(now, zone);
  const changes: Change[] = detectChanges(state.told, feed.stops);
  const plan = planReminders({ stops: feed.stops, settings, now, zone, shown: new Set(state.shown) });
  const told = new Map(state.told);
  const shown = new Set(state.shown);
  for (const change of changes) told.set(change.stop.id, toldSnapshot(change.stop));
  const changed = new Set(changes.map((change) => change.stop.id));
  for (const due of plan.due) {
    for (const key of due.keys) shown.add(key);
    told.set(due.stop.id, toldSnapshot(due.stop));
  }
  const outgoing = settings.remindersOn
    ? passNotices({
        // The change notice already gives the new date and countdown: one notification is enough.
        reminders: plan.due.filter((due) => !changed.has(due.stop.id)).map((due) => due.stop),
        changes,
        inRegions: settings.regions.length > 0,
        today,
        lang: catalogLang(deps.t),
        t: deps.t,
      })
    : [];
  // Past the day's allowance a notice is not shown, but counts as told: it never comes back later.
  const { show, sent } = withinAllowance(outgoing, state.sent, today);
  const next = pruneReminderState({ shown: [...shown], told, sent }, today);
  return { state: next, outgoing: show, nextReminder: plan.next };
}

async function scheduleAlarms(nextReminder: Date | undefined, deps: BackgroundDeps): Promise<void> {
  const now = deps.now();
  await browser.alarms.create(ALARMS.midnight, { when: nextMidnight(now, deps.zone()).getTime() });
  if (nextReminder) await browser.alarms.create(ALARMS.reminder, { when: nextReminder.getTime() });
  else await browser.alarms.clear(ALARMS.reminder);
  if ((await currentSource(deps)) === BUNDLED) {
    await browser.alarms.clear(ALARMS.refresh);
  } else if (!(await browser.alarms.get(ALARMS.refresh))) {
    // Created only when missing: re-creating it at each start would keep pushing it back.
    await browser.alarms.create(ALARMS.refresh, {
      when: now.getTime() + REFRESH_MINUTES * 60_000,
      periodInMinutes: REFRESH_MINUTES,
    });
  }
}

export async function sync(deps: BackgroundDeps): Promise<void> {
  const [feed, settings] = await Promise.all([currentFeed(), readEffectiveSettings()]);
  await paintBadge(feed?.stops, settings.regions, deps);
  let nextReminder: Date | undefined;
  if (feed) {
    const decision = decide(feed, settings, await readReminderState(), deps);
    // Written down before shown: a worker stopped in between loses a notification, never doubles one.
    await writeReminderState(decision.state);
    const at = deps.now().getTime();
    await Promise.all(
      decision.outgoing.map((notice, index) => showNotice(notice.kind, notice.stop, notice.text, at + index, deps)),
    );
    nextReminder = decision.nextReminder;
  }
  await scheduleAlarms(nextReminder, deps);
}

/** "Send a test reminder" (options page): a reminder of the next stop, marked as a test. */
export async function sendTestReminder(deps: BackgroundDeps): Promise<void> {
  const [feed, settings] = await Promise.all([currentFeed(), readEffectiveSettings()]);
  const today = todayIn(deps.now(), deps.zone());
  const regions = settings.regions.length > 0 ? settings.regions : undefined;
  const stop = feed ? (nextStop(feed.stops, today, regions) ?? nextStop(feed.stops, today)) : undefined;
  const text = testText(stop, today, catalogLang(deps.t), deps.t);
  await showNotice('test', stop, text, deps.now().getTime(), deps);
}
