/** Lazy chunk: the 2019 tour, the calendar shown when no feed is set. */
import tour from '../../../shared/data/tour-2019.json' with { type: 'json' };

export { tour };
