/**
 * What `feed import` tells the person who ran it: one line per event to review, grouped (left out,
 * then imported with a remark), and a count at the end. Problems of the whole file are one line each.
 */
import { describeProblem } from '../feed/problem-words.ts';
import { isFeedProblem, type IcsResult, type ImportCode, type ImportProblem } from '../ical/index.ts';
import { fill } from '../words/catalog/fill.ts';
import { PROBLEMS } from '../words/catalog/problems.ts';
import type { Lang } from '../words/lang.ts';
import { say, sayCount } from './cli-words.ts';

/** `DTSTART: what was found`, in the words of the feed's problems or of the import's. */
function what(problem: ImportProblem, lang: Lang): string {
  const property = problem.path.slice(2).join('.');
  if (isFeedProblem(problem)) return describeProblem({ ...problem, path: property ? [property] : [] }, lang);
  const limit = new Intl.NumberFormat(lang).format(problem.limit ?? 0);
  const text = say(lang, problem.code as ImportCode, problem.found ?? '', limit);
  return property ? fill(PROBLEMS[lang].line, [property, text]) : text;
}

interface EventLines {
  place: string;
  summary?: string;
  what: string[];
  leftOut: boolean;
}

function eventLine(event: EventLines, lang: Lang): string {
  const key = event.summary === undefined ? 'eventLineUntitled' : 'eventLine';
  return say(lang, key, event.place, event.summary ?? '', event.what.join(say(lang, 'joinWhat')));
}

export function importReport(result: IcsResult, file: string, lang: Lang): string[] {
  const lines: string[] = [];
  // By event, in the file's order: a Map, since an event's place is the key.
  const events = new Map<string, EventLines>();
  for (const problem of result.problems) {
    if (typeof problem.path[1] !== 'number') {
      lines.push(say(lang, 'problemIn', file, what(problem, lang)));
      continue;
    }
    const place = `${problem.path[0]}[${problem.path[1]}]`;
    const event = events.get(place) ?? { place, what: [], leftOut: false, ...named(problem) };
    events.set(place, event);
    event.what.push(what(problem, lang));
    event.leftOut ||= problem.severity === 'error';
  }
  const groups = [
    { events: [...events.values()].filter((event) => event.leftOut), one: 'leftOutOne', many: 'leftOutMany' },
    { events: [...events.values()].filter((event) => !event.leftOut), one: 'remarkedOne', many: 'remarkedMany' },
  ] as const;
  for (const group of groups) {
    if (group.events.length === 0) continue;
    lines.push(say(lang, 'problemIn', file, sayCount(lang, group.events.length, group.one, group.many)));
    lines.push(...group.events.map((event) => eventLine(event, lang)));
  }
  if (result.tally.events > 0) lines.push(tally(result, lang));
  return lines;
}

const named = (problem: ImportProblem) => (problem.summary === undefined ? {} : { summary: problem.summary });

/** `12 événements importés, 3 sans ville, 1 série répétée développée en 6 étapes.` */
function tally({ tally }: IcsResult, lang: Lang): string {
  const parts = [sayCount(lang, tally.stops, 'importedOne', 'importedMany')];
  if (tally.needCity > 0) parts.push(sayCount(lang, tally.needCity, 'needCityOne', 'needCityMany'));
  if (tally.series > 0) {
    const key = tally.series === 1 ? 'seriesOne' : 'seriesMany';
    parts.push(say(lang, key, tally.series, tally.seriesStops));
  }
  return say(lang, 'tally', parts.join(', '));
}
