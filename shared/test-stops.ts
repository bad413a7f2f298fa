/**
 * Test-only helpers: a feed as a publisher writes it (`rawFeed`, `rawStop`), and stops built
 * through the real reader (`makeStop`), so tests hold typed, checked values.
 */
import { readFeed } from './feed/read-feed.ts';
import type { Stop } from './feed/schema.ts';

/** A stop as a feed writes it, not yet read: Cahors, 26 March 2019, unless `fields` say otherwise. */
export function rawStop(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'cahors-2019',
    title: 'IntercoTOUR Occitanie',
    region: 'occitanie',
    city: 'Cahors',
    start: '2019-03-26',
    end: '2019-03-26',
    ...fields,
  };
}

/** A feed document around `stops`, not yet read; `envelope` replaces the envelope's fields it names. */
export function rawFeed(stops: unknown, envelope: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    name: 'IntercoTOUR test',
    organizer: { name: 'Les Interconnectés' },
    updated: '2019-03-01T10:00:00+01:00',
    ...envelope,
    stops,
  };
}

export function makeStop(fields: Record<string, unknown> = {}): Stop {
  const result = readFeed(rawFeed([rawStop(fields)]));
  const stop = result.ok ? result.feed.stops[0] : undefined;
  if (!stop) throw new Error(`test stop is invalid: ${JSON.stringify(result.problems)}`);
  return stop;
}
