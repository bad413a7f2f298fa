/** The bundled 2019 tour, read by the core, for tests that need real stops. Test-only. */
import { readFeed, type Feed } from '../../shared/index.ts';
import tour2019 from '../../shared/data/tour-2019.json';

export function tour2019Feed(): Feed {
  const result = readFeed(tour2019);
  if (!result.ok) throw new Error('the bundled tour does not read');
  return result.feed;
}
