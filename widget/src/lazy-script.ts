/**
 * `lazy.ts` for the classic script. An IIFE cannot split code, so the chunks are built apart and
 * loaded with `import()` from next to the script itself: its address is read while it runs,
 * the only moment `document.currentScript` gives it.
 */
import type * as Diagnostics from './chunks/diagnostics.ts';
import type * as Ics from './chunks/ics.ts';
import type * as JsonLd from './chunks/json-ld.ts';
import type * as Reader from './chunks/reader.ts';
import type * as Tour from './chunks/tour.ts';

type Chunks = Record<'reader' | 'worker' | 'ics' | 'tour' | 'diagnostics' | 'jsonld', string>;
declare const __INTERCOTOUR_CHUNKS__: Chunks;
// Named once: the build's replacement skips a name followed by a dot.
const chunks = __INTERCOTOUR_CHUNKS__;

const base =
  (document.currentScript as HTMLScriptElement | null)?.src ||
  document.querySelector<HTMLScriptElement>('script[src*="intercotour-widget"]')?.src ||
  document.baseURI;

const load = (name: Exclude<keyof Chunks, 'worker'>) => import(/* @vite-ignore */ new URL(chunks[name], base).href);

export const loadReader = (): Promise<typeof Reader> => load('reader');
export const loadIcs = (): Promise<typeof Ics> => load('ics');
export const loadTour = (): Promise<typeof Tour> => load('tour');
export const loadDiagnostics = (): Promise<typeof Diagnostics> => load('diagnostics');
export const loadJsonLd = (): Promise<typeof JsonLd> => load('jsonld');

/**
 * The feed's worker script, when it can run here: a worker's script must come from the page's
 * own origin, so a page that loads the widget from elsewhere fetches its feeds in the page.
 */
export function feedWorkerUrl(): string | undefined {
  const url = new URL(chunks.worker, base);
  return url.origin === location.origin ? url.href : undefined;
}
