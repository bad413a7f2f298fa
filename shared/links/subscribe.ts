/** Links that subscribe a calendar to the whole tour's hosted `.ics`, so it stays up to date. */

export type SubscribeTarget = 'webcal' | 'google' | 'outlook';
export const SUBSCRIBE_TARGETS: readonly SubscribeTarget[] = ['webcal', 'google', 'outlook'];

/** `https://host/tour.ics` → `webcal://host/tour.ics` (Apple Calendar and most desktop clients). */
export function webcalUrl(icsUrl: string): string {
  return icsUrl.replace(/^https?:\/\//i, 'webcal://');
}

/**
 * Each service's way in. Google wants the webcal address in `cid` (an https one fails on
 * Android); Outlook takes the https address and a display name.
 */
export function subscribeLink(target: SubscribeTarget, icsUrl: string, name: string): string {
  switch (target) {
    case 'webcal':
      return webcalUrl(icsUrl);
    case 'google':
      return `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcalUrl(icsUrl))}`;
    case 'outlook':
      return `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(icsUrl)}&name=${encodeURIComponent(name)}`;
  }
}
