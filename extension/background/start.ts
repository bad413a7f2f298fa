/**
 * The background's wiring. Every listener is registered synchronously, before any await, so that
 * the browser finds them when it wakes the worker for an event; then, on every start of the
 * worker, one pass brings the badge, the reminders and the alarms up to date.
 */
import { browser } from 'wxt/browser';
import { isBackgroundRequest, type BackgroundReply, type BackgroundRequest } from '../lib/messages.ts';
import type { BackgroundDeps } from './deps.ts';
import { feedIsStale, refreshFeed, useFeed } from './feed.ts';
import { addFromNotice, openNotice } from './notify.ts';
import { ALARMS, sendTestReminder, sync } from './sync.ts';

export interface Background {
  /** Resolves once every job queued so far is done (tests wait on it). */
  idle: () => Promise<void>;
}

/** One job at a time: two passes at once could both find a reminder unshown. */
function serial() {
  let tail: Promise<unknown> = Promise.resolve();
  const run = <T>(job: () => Promise<T>): Promise<T | undefined> => {
    const result = tail.then(job).catch((error: unknown) => {
      console.error('[IntercoTOUR]', error);
      return undefined;
    });
    tail = result;
    return result;
  };
  return { run, idle: () => tail.then(() => undefined) };
}

/** A start: read the feed if it is due, then bring everything up to date. */
async function wake(deps: BackgroundDeps, refresh: boolean): Promise<void> {
  if (refresh || (await feedIsStale(deps))) await refreshFeed(deps);
  await sync(deps);
}

async function answer(request: BackgroundRequest, deps: BackgroundDeps): Promise<BackgroundReply> {
  switch (request.type) {
    case 'use-feed': {
      const outcome = await useFeed(request.url, deps);
      if (!outcome.ok) return outcome;
      await sync(deps);
      return { ok: true, stops: outcome.feed.stops.length };
    }
    case 'refresh-feed': {
      const outcome = await refreshFeed(deps);
      await sync(deps);
      return outcome.ok ? { ok: true, stops: outcome.feed.stops.length } : outcome;
    }
    case 'test-reminder':
      await sendTestReminder(deps);
      return { ok: true };
  }
}

export function startBackground(deps: BackgroundDeps): Background {
  const { run, idle } = serial();

  browser.runtime.onInstalled.addListener((details) => {
    // A new user picks their region first; until then reminders cover every region.
    if (details.reason === 'install') void browser.runtime.openOptionsPage();
    // After an update the bundled tour may be newer: store it again.
    void run(() => wake(deps, details.reason === 'update'));
  });
  browser.runtime.onStartup.addListener(() => void run(() => sync(deps)));
  browser.alarms.onAlarm.addListener(
    (alarm) =>
      void run(async () => {
        if (alarm.name === ALARMS.refresh) await refreshFeed(deps);
        await sync(deps);
      }),
  );
  browser.notifications.onClicked.addListener((id) => void run(() => openNotice(id)));
  // Firefox never fires it (no buttons there), Chrome does.
  browser.notifications.onButtonClicked?.addListener((id) => void run(() => addFromNotice(id, deps)));
  browser.storage.onChanged.addListener((changes, area) => {
    // The options page saved: the badge and the reminders follow the new regions at once.
    if (area === 'local' && 'settings' in changes) void run(() => sync(deps));
    // The organisation's policy changed while the browser runs: another feed is read if it names
    // one, and the badge and the alarms follow at once.
    if (area === 'managed') void run(() => wake(deps, false));
  });
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
    if (!isBackgroundRequest(message)) return false;
    // No reply: the job threw (the queue logged it); the page must not blame the network.
    void run(() => answer(message, deps)).then((reply) =>
      sendResponse(reply ?? { ok: false, failure: { kind: 'internal' } }),
    );
    // Keeps the channel open for the asynchronous answer (Chrome and Firefox alike).
    return true;
  });

  // Every start of the worker: the badge is not kept across restarts, alarms may be lost.
  void run(() => wake(deps, false));
  return { idle };
}
