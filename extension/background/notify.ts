/**
 * Showing notifications and answering their clicks: the click opens the stop's details, the
 * button (Chrome only) adds the stop to the user's calendar.
 */
import { browser } from 'wxt/browser';
import { calendarChoice, type Stop } from '../../shared/index.ts';
import { catalogLang } from '../lib/i18n.ts';
import { noticeId, notificationShape, parseNoticeId, type NoticeKind, type NoticeText } from '../lib/notices.ts';
import { stopPageUrl } from '../lib/pages.ts';
import { readSettings } from '../lib/storage.ts';
import type { BackgroundDeps } from './deps.ts';
import { currentFeed } from './feed.ts';

/** Notices about a stop that still happens offer to add it; a cancelled one does not. */
const WITH_ADD_BUTTON: readonly NoticeKind[] = ['reminder', 'moved', 'postponed', 'test'];

export async function showNotice(
  kind: NoticeKind,
  stop: Stop | undefined,
  text: NoticeText,
  at: number,
  deps: BackgroundDeps,
): Promise<void> {
  const shape = notificationShape(text, {
    firefox: deps.firefox,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    ...(stop && WITH_ADD_BUTTON.includes(kind) ? { addButton: deps.t('addToCalendar') } : {}),
  });
  await browser.notifications.create(noticeId(kind, stop?.id ?? '-', at), shape);
}

async function findStop(stopId: string): Promise<Stop | undefined> {
  return (await currentFeed())?.stops.find((stop) => stop.id === stopId);
}

/** A click on the notification: the stop's details, highlighted in the popup's page. */
export async function openNotice(notificationId: string): Promise<void> {
  const notice = parseNoticeId(notificationId);
  await browser.notifications.clear(notificationId);
  const url = notice && notice.stopId !== '-' ? stopPageUrl(notice.stopId) : stopPageUrl();
  await browser.tabs.create({ url });
}

/** "Ajouter à mon agenda": the preferred calendar, in one click. */
export async function addFromNotice(notificationId: string, deps: BackgroundDeps): Promise<void> {
  const notice = parseNoticeId(notificationId);
  await browser.notifications.clear(notificationId);
  const stop = notice ? await findStop(notice.stopId) : undefined;
  if (!stop) {
    await browser.tabs.create({ url: stopPageUrl() });
    return;
  }
  const choice = calendarChoice((await readSettings()).calendar, stop, catalogLang(deps.t));
  // A file made on the spot needs a page to download from: the stop's page does it on arrival.
  const url = choice.href ?? stopPageUrl(stop.id, { download: true });
  await browser.tabs.create({ url });
}
