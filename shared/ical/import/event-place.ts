/** Where an event happens, from the words a person typed: its region, its town, its venue. */
import { findRegion, REGIONS, type RegionSlug } from '../../regions.ts';
import { fold } from './fold.ts';

export function regionFromText(texts: readonly string[]): RegionSlug | undefined {
  for (const text of texts) {
    const direct = findRegion(text);
    if (direct) return direct.slug;
    const folded = ` ${fold(text)} `;
    const named = REGIONS.find(
      (region) => folded.includes(` ${fold(region.fr)} `) || folded.includes(` ${fold(region.en)} `),
    );
    if (named) return named.slug;
  }
  return undefined;
}

// `46000 Cahors`, `94150 Rungis Cedex 4`: a French postcode, then the town.
const POSTCODE_TOWN = /^(?:F-?)?\d{5}\s+(.+?)(?:\s+cedex(?:\s+\d+)?)?$/i;
// What is not a town: a bare number or postcode, or a street line (`1 rue de la Barre`).
const NOT_TOWN = /^\d+(\s*(bis|ter))?([\s,]|$)|^\d{5}$/i;

/** The town of an address's parts: the one after a postcode, else the last part if it is not a street line. */
function townOf(parts: readonly string[]): string | undefined {
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const match = POSTCODE_TOWN.exec(parts[i]!);
    if (match) return match[1];
  }
  const last = parts[parts.length - 1]!;
  return NOT_TOWN.test(last) ? undefined : last;
}

/** `Salle X, 1 rue Y, 46000 Cahors (Occitanie)` → venue and city; no city when no town is written. */
export function placeFromLocation(location: string): { city?: string; venue?: { name: string; address?: string } } {
  const parts = location
    .replace(/\s*\([^()]*\)\s*$/, '')
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length > 1 && /^france$/i.test(parts[parts.length - 1]!)) parts.pop();
  if (parts.length === 0) return {};
  const city = townOf(parts);
  const place: { city?: string; venue?: { name: string; address?: string } } = city ? { city } : {};
  if (parts.length === 1) return place;
  const venue: { name: string; address?: string } = { name: parts[0]! };
  // The postal address keeps its town: `1 rue de la Barre, 46000 Cahors`.
  if (parts.length > 2) venue.address = parts.slice(1).join(', ');
  return { ...place, venue };
}
