/** Test-only helpers: stops built through the real reader, so tests hold typed, checked values. */
import { readFeed } from './feed/read-feed.ts';
import type { Stop } from './feed/schema.ts';

export function makeStop(fields: Record<string, unknown> = {}): Stop {
  const result = readFeed({
    version: 1,
    name: 'Test',
    organizer: { name: 'Les Interconnectés' },
    updated: '2019-01-01T00:00:00Z',
    stops: [
      {
        id: 'cahors-2019',
        title: 'IntercoTOUR Occitanie',
        region: 'occitanie',
        city: 'Cahors',
        start: '2019-03-26',
        end: '2019-03-26',
        ...fields,
      },
    ],
  });
  const stop = result.ok ? result.feed.stops[0] : undefined;
  if (!stop) throw new Error(`test stop is invalid: ${JSON.stringify(result.problems)}`);
  return stop;
}
