/**
 * schema.org `Event` data for the stops shown, in the page's light DOM where search engines read
 * it (a shadow root hides it from them). A `<script type="application/ld+json">` is a data
 * block: it never runs, so no CSP forbids it. Written once the calendar shows (`chunks/json-ld.ts`):
 * no visitor waits for it.
 */
import { eventJsonLd, type Lang, type Organizer, type Stop } from '../../shared/index.ts';

const SELECTOR = ':scope > script[type="application/ld+json"][data-intercotour]';

/**
 * The first stops only: search engines show a handful of a page's events, and a feed at its
 * maximum size would otherwise write megabytes into the member's page.
 */
export const MAX_EVENTS = 50;

export function removeJsonLd(host: Element): void {
  host.querySelector(SELECTOR)?.remove();
}

/** Writes the stops' data inside `host`, or removes it when there are none. */
export function writeJsonLd(host: Element, stops: readonly Stop[], organizer: Organizer | undefined, lang: Lang): void {
  let script = host.querySelector(SELECTOR);
  if (!organizer || stops.length === 0) {
    script?.remove();
    return;
  }
  // `<` escaped: the text stays inert even if the page is saved and parsed again as HTML.
  const events = stops.slice(0, MAX_EVENTS).map((stop) => eventJsonLd(stop, organizer, lang));
  const text = JSON.stringify(events).replace(/</g, '\\u003c');
  if (!script) {
    script = document.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.setAttribute('data-intercotour', '');
    host.append(script);
  }
  if (script.textContent !== text) script.textContent = text;
}
