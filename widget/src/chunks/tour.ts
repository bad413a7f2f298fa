/**
 * Lazy chunk: the 2019 tour, the calendar shown when no feed is set, as the core's reader reads
 * it (defaults filled in). The classic script's build reads it once, at build time
 * (`rollup.config.mjs`), so that a page without a feed never loads the reader.
 */
import tour from '../../../shared/data/tour-2019.json' with { type: 'json' };
import { readFeed } from '../../../shared/index.ts';

export const bundled = readFeed(tour);
