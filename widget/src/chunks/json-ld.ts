/** Lazy chunk: the schema.org data for search engines, written after the calendar shows. */
export { writeJsonLd } from '../json-ld.ts';
