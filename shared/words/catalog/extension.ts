/** The `extension` section of the catalog: what the browser extension says, in each language. */
import type { Lang } from '../lang.ts';
import { extension as en } from './extension.en.ts';
import { extension as fr } from './extension.fr.ts';

export type ExtensionKey = keyof typeof fr;
export const EXTENSION: Record<Lang, Record<ExtensionKey, string>> = { fr, en };
