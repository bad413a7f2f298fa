/**
 * Lazy chunk: what the console tells a webmaster — a feed's problems, attributes ignored —
 * loaded only when there is something to say.
 */
import { ATTRIBUTE_WORDS, describeProblem, fill, type FeedProblem, type Lang } from '../../../shared/index.ts';
import type { Rejected } from '../settings.ts';

export function describeProblems(problems: readonly FeedProblem[], lang: Lang): string[] {
  return problems.map((problem) => describeProblem(problem, lang));
}

export function describeRejected(rejected: readonly Rejected[], lang: Lang): string[] {
  const words = ATTRIBUTE_WORDS[lang];
  return rejected.map(([name, value]) => fill(words.ignored, [name, value, words[name]]));
}
