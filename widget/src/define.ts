/** Defines `<intercotour-calendar>` once per page, however many copies of the script run. */
import { IntercotourCalendar, TAG } from './element.ts';
import { warn } from './log.ts';

export function defineIntercotourCalendar(): void {
  if (typeof customElements === 'undefined') {
    warn('this browser has no custom elements: the calendar cannot be shown.');
    return;
  }
  const defined = customElements.get(TAG);
  if (!defined) customElements.define(TAG, IntercotourCalendar);
  // Another copy of this script is fine; an element of the page's own under our name is not.
  else if (!IntercotourCalendar.isOurs(defined)) {
    warn(`the page already defines <${TAG}> as an element of its own: the calendar cannot be shown.`);
  }
}
