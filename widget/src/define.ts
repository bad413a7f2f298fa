/** Defines `<intercotour-calendar>` once per page, however many copies of the script run. */
import { IntercotourCalendar, TAG } from './element.ts';
import { warn } from './log.ts';

export function defineIntercotourCalendar(): void {
  if (typeof customElements === 'undefined') {
    warn('this browser has no custom elements: the calendar cannot be shown.');
    return;
  }
  if (!customElements.get(TAG)) customElements.define(TAG, IntercotourCalendar);
}
