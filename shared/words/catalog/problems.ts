/** The `problems` section of the catalog: what is wrong in a feed, in each language. */
import type { Lang } from '../lang.ts';
import { problems as en } from './problems.en.ts';
import { problems as fr } from './problems.fr.ts';

export type ProblemsKey = keyof typeof fr;
export const PROBLEMS: Record<Lang, Record<ProblemsKey, string>> = { fr, en };
