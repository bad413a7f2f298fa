/** The `publisher` section of the catalog: what `npm run feed` says, in each language. */
import type { Lang } from '../lang.ts';
import { publisher as en } from './publisher.en.ts';
import { publisher as fr } from './publisher.fr.ts';

export type PublisherKey = keyof typeof fr;
export const PUBLISHER: Record<Lang, Record<PublisherKey, string>> = { fr, en };
