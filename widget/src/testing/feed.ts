/**
 * Test-only: a made-up tour in 2031 (`test/fixtures/widget/feeds/tour-2031.json`, shared with the
 * browser tests), read by the core's reader. Not data: the 2019 tour lives in `shared/data/`;
 * these stops exist so that tests can stand on a fixed "today".
 */
import { readFeed, type Feed, type Stop } from '../../../shared/index.ts';
import tour from '../../../test/fixtures/widget/feeds/tour-2031.json' with { type: 'json' };

/** The day the tests stand on: the stop in Île-de-France is then 12 days away. */
export const TODAY = '2031-05-01';

export const TEST_FEED = tour;

export function testFeed(): Feed {
  const result = readFeed(structuredClone(TEST_FEED));
  if (!result.ok) throw new Error('the test feed must be valid');
  return result.feed;
}

export function testStop(id: string): Stop {
  const stop = testFeed().stops.find((each) => each.id === id);
  if (!stop) throw new Error(`no test stop ${id}`);
  return stop;
}
