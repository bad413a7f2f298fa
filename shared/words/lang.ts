/** The two languages of every screen; French first. */
export type Lang = 'fr' | 'en';

export const LANGS: readonly Lang[] = ['fr', 'en'];

/** `fr-FR`, `EN`, `en_GB` → a supported language; anything else → French. */
export function pickLang(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';
}
