/**
 * The words a calendar entry carries: where, and what (theme, description, programme, links).
 * One writer for the .ics file and the add-to-calendar links, so that they agree.
 */
import type { Stop } from '../feed/schema.ts';
import { formatDay } from './dates.ts';
import type { Lang } from './lang.ts';
import { programmeKindLabel, regionName, statusLabel } from './labels.ts';

/** `Venue, address, Cahors (Occitanie)`: what a map search can find. */
export function eventLocation(stop: Stop, lang: Lang): string {
  const place = [stop.venue?.name, stop.venue?.address, stop.city].filter(Boolean);
  // The address may already name the city.
  const deduped = place.filter(
    (part, index) => index !== place.length - 1 || !stop.venue?.address?.includes(stop.city),
  );
  return `${deduped.join(', ')} (${regionName(stop.region, lang)})`;
}

const WORDS = {
  fr: { theme: 'Thème', programme: 'Programme', page: 'Page de l’étape', register: 'Inscription' },
  en: { theme: 'Theme', programme: 'Programme', page: 'Stop page', register: 'Registration' },
} as const;

/** Plain text with `\n` line breaks; a status other than scheduled comes first, in capitals. */
export function eventDescription(stop: Stop, lang: Lang): string {
  const words = WORDS[lang];
  // French sets a (non-breaking) space before a colon.
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  const blocks: string[] = [];
  if (stop.status !== 'scheduled') blocks.push(statusLabel(stop.status, lang).toUpperCase());
  if (stop.theme) blocks.push(`${words.theme}${colon} ${stop.theme}`);
  if (stop.description) blocks.push(stop.description);
  if (stop.programme && stop.programme.length > 0) {
    const lines = stop.programme.map((item) => {
      const kind = item.kind ? `${programmeKindLabel(item.kind, lang)} — ` : '';
      const day = item.day ? `${formatDay(item.day, lang, {})} · ` : '';
      return `- ${day}${kind}${item.title}`;
    });
    blocks.push(`${words.programme}${colon}\n${lines.join('\n')}`);
  }
  const links: string[] = [];
  if (stop.url) links.push(`${words.page}${colon} ${stop.url}`);
  if (stop.registrationUrl) links.push(`${words.register}${colon} ${stop.registrationUrl}`);
  if (links.length > 0) blocks.push(links.join('\n'));
  return blocks.join('\n\n');
}
