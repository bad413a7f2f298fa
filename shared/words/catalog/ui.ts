/** The `ui` section of the catalog: what the calendar's screens say, in each language. */
import type { Lang } from '../lang.ts';
import { ui as en } from './ui.en.ts';
import { ui as fr } from './ui.fr.ts';

export type UiKey = keyof typeof fr;
export const UI: Record<Lang, Record<UiKey, string>> = { fr, en };
