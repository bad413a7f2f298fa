/**
 * The two ways a page asks for a calendar without writing the element itself: the script tag
 * with `data-*` settings (the calendar goes right after it), and `[data-intercotour-calendar]`
 * placeholders (the calendar goes inside). Both may be met twice when the script is included
 * twice: what is already there is left alone.
 */
import { TAG } from './element.ts';
import { ATTRIBUTES } from './attributes.ts';

export const PLACEHOLDER = 'data-intercotour-calendar';

function calendarFrom(source: Element): HTMLElement {
  const calendar = document.createElement(TAG);
  for (const name of ATTRIBUTES) {
    const value = source.getAttribute(`data-${name}`);
    if (value !== null) calendar.setAttribute(name, value);
  }
  return calendar;
}

/** A script carrying at least one setting (`data-feed`, `data-region`…) renders where it stands. */
export function placeAfterScript(script: HTMLScriptElement): void {
  if (ATTRIBUTES.some((name) => script.hasAttribute(`data-${name}`))) script.after(calendarFrom(script));
}

export function fillPlaceholders(root: ParentNode): void {
  for (const placeholder of root.querySelectorAll(`[${PLACEHOLDER}]`)) {
    if (!placeholder.querySelector(`:scope > ${TAG}`)) placeholder.append(calendarFrom(placeholder));
  }
}

/** Runs `task` once the document is parsed (at once if it already is). */
export function whenParsed(task: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', task, { once: true });
  else task();
}
