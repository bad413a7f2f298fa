/**
 * The event core at scale: validating a feed and writing it as one .ics, at 1,000 and 10,000 stops,
 * beside the `ics` npm package writing the same stops. Prints medians and ratios.
 */
import { createEvents, type EventAttributes } from 'ics';
import { MAX_STOPS, readFeedText, type Feed } from '../../shared/index.ts';
import { readIcs, tourToIcs } from '../../shared/ical/index.ts';
import { compare, ms, ratio } from './timing.ts';

const REGIONS = ['occitanie', 'bretagne', 'normandie', 'grand-est', 'ile-de-france', 'la-reunion'];

/** A made-up feed of `count` stops, one a day from 2030, with the text a real stop carries. */
export function syntheticFeedText(count: number): string {
  const stops = Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2030, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `stop-${index}`,
      title: `IntercoTOUR étape ${index}`,
      region: REGIONS[index % REGIONS.length],
      city: 'Saint-Étienne-du-Rouvray',
      start: day,
      end: day,
      theme: 'Données, open source et participation citoyenne',
      description:
        'Conférences, ateliers de partage d’expérience et pitchs des start-up locales.\nInscription conseillée.',
      programme: [
        { title: 'Atelier de formation à l’open data', kind: 'training' },
        { title: 'Sélection régionale du Label « Territoire innovant »', kind: 'pitch' },
      ],
      url: `https://example.org/stops/${index}`,
    };
  });
  return JSON.stringify({
    version: 1,
    name: 'Bench',
    organizer: { name: 'Les Interconnectés' },
    updated: '2030-01-01T00:00:00Z',
    stops,
  });
}

function asIcsPackageEvents(feed: Feed): EventAttributes[] {
  return feed.stops.map((stop) => {
    const [y, m, d] = stop.start.split('-').map(Number) as [number, number, number];
    const end = new Date(Date.UTC(y, m - 1, d + 1));
    return {
      uid: `${stop.id}@intercotour`,
      title: stop.title,
      start: [y, m, d],
      end: [end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()],
      description: [stop.theme, stop.description, ...(stop.programme ?? []).map((item) => `- ${item.title}`)].join(
        '\n\n',
      ),
      location: `${stop.city} (${stop.region})`,
      url: stop.url,
      status: 'CONFIRMED',
      sequence: stop.sequence,
      categories: ['IntercoTOUR', stop.region],
    } satisfies EventAttributes;
  });
}

export function runCoreBench(): void {
  const stamp = new Date('2030-01-01T00:00:00Z');
  console.log('Event core — medians of interleaved runs');
  const perStop: Record<number, number> = {};
  // Up to the format's maximum: a larger feed is refused by every reader.
  for (const count of [MAX_STOPS / 10, MAX_STOPS]) {
    const text = syntheticFeedText(count);
    const read = readFeedText(text);
    if (!read.ok || read.feed.stops.length !== count) throw new Error('bench feed must read whole');
    const feed = read.feed;
    const events = asIcsPackageEvents(feed);
    const rounds = count === MAX_STOPS ? 9 : 15;
    const times = compare(
      {
        validate: () => readFeedText(text),
        ours: () => tourToIcs(feed, { stamp }),
        ics: () => {
          const result = createEvents(events);
          if (result.error) throw result.error;
        },
      },
      rounds,
    );
    perStop[count] = times.ours! / count;
    console.log(`  ${count.toLocaleString('en')} stops (${(text.length / 1e6).toFixed(1)} MB):`);
    console.log(`    validate the feed          ${ms(times.validate!)}`);
    console.log(`    write one .ics (ours)      ${ms(times.ours!)}`);
    console.log(`    write one .ics (ics pkg)   ${ms(times.ics!)}   ours/ics = ${ratio(times.ours!, times.ics!)}`);
  }
  console.log(
    `  growth: .ics time per stop at ${MAX_STOPS} / at ${MAX_STOPS / 10} = ${ratio(perStop[MAX_STOPS]!, perStop[MAX_STOPS / 10]!)} (1.00× is linear)`,
  );
  console.log('');
  runImportBench();
}

/** Agendas built to hang a reader: each must be answered in well under a second. */
const PATHOLOGICAL: Record<string, string> = {
  'DURATION of 10^18 weeks': 'DTSTART:20190626T090000Z\r\nDURATION:P999999999999999999W',
  'DURATION of 10^9 weeks': 'DTSTART:20190626T090000Z\r\nDURATION:P1000000000W',
  'daily series, COUNT=10^9': 'DTSTART;VALUE=DATE:20190626\r\nRRULE:FREQ=DAILY;COUNT=1000000000',
  'secondly series to 9999': 'DTSTART:20190626T090000Z\r\nRRULE:FREQ=SECONDLY;UNTIL=99991231T000000Z',
  'impossible rule (30 February)': 'DTSTART;VALUE=DATE:20190626\r\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=5',
};

export function runImportBench(): void {
  const now = new Date('2019-09-15T00:00:00Z');
  console.log('Agenda import — pathological inputs (budget: 1 s each)');
  for (const [name, lines] of Object.entries(PATHOLOGICAL)) {
    const text = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nLOCATION:Paris\r\n${lines}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    const time = compare({ read: () => readIcs(text, { now, until: '2030-12-31' }) }, 3).read!;
    console.log(`  ${name.padEnd(32)} ${ms(time)}${time < 1000 ? '' : '   OVER BUDGET'}`);
    if (time >= 1000) process.exitCode = 1;
  }
}
