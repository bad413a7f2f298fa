/** The `core` section of the catalog: what the event core writes, in each language. */
import type { Lang } from '../lang.ts';
import { core as en } from './core.en.ts';
import { core as fr } from './core.fr.ts';

export type CoreKey = keyof typeof fr;
export const CORE: Record<Lang, Record<CoreKey, string>> = { fr, en };
