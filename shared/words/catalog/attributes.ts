/** The `attributes` section of the catalog: the widget's console words about its attributes. */
import type { Lang } from '../lang.ts';
import { attributes as en } from './attributes.en.ts';
import { attributes as fr } from './attributes.fr.ts';

export type AttributesKey = keyof typeof fr;
export const ATTRIBUTE_WORDS: Record<Lang, Record<AttributesKey, string>> = { fr, en };
