/** Lazy chunk: the words for a feed's problems, loaded only when a feed has some. */
import { describeProblem, type FeedProblem, type Lang } from '../../../shared/index.ts';

export function describeProblems(problems: readonly FeedProblem[], lang: Lang): string[] {
  return problems.map((problem) => describeProblem(problem, lang));
}
