/** Problems in the words of the people who write feeds, French first (the catalog's `problems`). */
import { fill } from '../words/catalog/fill.ts';
import { PROBLEMS, type ProblemsKey } from '../words/catalog/problems.ts';
import type { Lang } from '../words/lang.ts';
import { formatPath, type FeedProblem, type ProblemCode } from './problem.ts';

// Every problem code has its sentence: a new code without one fails to compile here.
const WORDS: Record<Lang, Record<ProblemCode | ProblemsKey, string>> = PROBLEMS;

/**
 * One line a publisher understands:
 * `stops[2].start: "demain" is not a date like 2019-06-26 (…) — stop "cahors-2019" left out`.
 */
export function describeProblem(problem: FeedProblem, lang: Lang = 'fr'): string {
  const place = formatPath(problem.path) || WORDS[lang].file;
  return fill(WORDS[lang].line, [place, problemWhat(problem, lang)]);
}

/** What is wrong, without where: the same words, for a form that shows them beside the field. */
export function problemWhat(problem: FeedProblem, lang: Lang = 'fr'): string {
  const words = WORDS[lang];
  // A limit is a number to read ("10 000 caractères"); a stop's index stays as written (stops[1000]).
  const limit = problem.limit ?? 0;
  const second = problem.code === 'duplicate-id' ? limit : new Intl.NumberFormat(lang).format(limit);
  let what = fill(words[problem.code], [problem.found ?? '', second]);
  if (problem.at) what += ` ${fill(words.at, [problem.at.line, problem.at.column])}`;
  // Inside one stop (`stops[2].start`, or `VEVENT[2].DTSTART` in an .ics).
  const inStop = typeof problem.path[1] === 'number' && problem.path.length > 2;
  if (inStop && problem.severity === 'error') {
    const stop = problem.stopId ? `"${problem.stopId}"` : `${problem.path[0]}[${problem.path[1]}]`;
    what += ` — ${fill(words.dropped, [stop])}`;
  } else if (inStop) {
    what += ` — ${words.kept}`;
  }
  return what;
}
