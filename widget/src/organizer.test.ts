import { expect, it } from 'vitest';
import tour from '../../shared/data/tour-2019.json' with { type: 'json' };
import { ORGANIZER } from './organizer.ts';

it('names the organiser the bundled tour names, for a calendar whose feed failed', () => {
  expect(ORGANIZER).toEqual(tour.organizer);
});
