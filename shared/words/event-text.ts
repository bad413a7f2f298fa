/**
 * The words a calendar entry carries: where, and what (theme, description, programme, links).
 * One writer for the .ics file and the add-to-calendar links, so that they agree.
 */
import type { Stop } from '../feed/schema.ts';
import { CORE } from './catalog/core.ts';
import { fill } from './catalog/fill.ts';
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

/** Plain text with `\n` line breaks; a status other than scheduled comes first, in capitals. */
export function eventDescription(stop: Stop, lang: Lang): string {
  const words = CORE[lang];
  const blocks: string[] = [];
  if (stop.status !== 'scheduled') blocks.push(statusLabel(stop.status, lang).toUpperCase());
  if (stop.theme) blocks.push(fill(words.eventTheme, [stop.theme]));
  if (stop.description) blocks.push(stop.description);
  if (stop.programme && stop.programme.length > 0) {
    const lines = stop.programme.map((item) => {
      const kind = item.kind ? `${programmeKindLabel(item.kind, lang)} — ` : '';
      const day = item.day ? `${formatDay(item.day, lang, {})} · ` : '';
      return `- ${day}${kind}${item.title}`;
    });
    blocks.push(`${words.eventProgramme}\n${lines.join('\n')}`);
  }
  const links: string[] = [];
  if (stop.url) links.push(fill(words.eventPage, [stop.url]));
  if (stop.registrationUrl) links.push(fill(words.eventRegister, [stop.registrationUrl]));
  if (links.length > 0) blocks.push(links.join('\n'));
  return blocks.join('\n\n');
}
