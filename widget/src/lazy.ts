/**
 * The parts a page may never need, or needs only beside the feed, loaded on first use. This
 * module serves the ESM build and the tests, where the bundler resolves these imports; the
 * classic script swaps in `lazy-script.ts`.
 */
export const loadReader = () => import('./chunks/reader.ts');
export const loadIcs = () => import('./chunks/ics.ts');
export const loadTour = () => import('./chunks/tour.ts');
export const loadDiagnostics = () => import('./chunks/diagnostics.ts');
export const loadJsonLd = () => import('./chunks/json-ld.ts');

/** Bundled by the site itself, the widget has no worker script of its own: feeds are fetched in the page. */
export const feedWorkerUrl = (): string | undefined => undefined;
