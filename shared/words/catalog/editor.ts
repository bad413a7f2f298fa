/** The `editor` section of the catalog: what the tour editor page says, in each language. */
import type { Lang } from '../lang.ts';
import { editor as en } from './editor.en.ts';
import { editor as fr } from './editor.fr.ts';

export type EditorKey = keyof typeof fr;
export const EDITOR: Record<Lang, Record<EditorKey, string>> = { fr, en };
