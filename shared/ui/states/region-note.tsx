/** Why the stops below are not the region's own, in a visitor's words. */
import { fill, regionName, UI, type Lang, type RegionNote } from '../../index.ts';
import { daysInSentence } from '../when.ts';

export function regionSentence(note: RegionNote, lang: Lang): string {
  const words = UI[lang];
  switch (note.kind) {
    case 'past':
      return fill(words.regionPast, [regionName(note.stop.region, lang), daysInSentence(note.stop, lang)]);
    case 'cancelled':
      return fill(words.regionCancelled, [regionName(note.stop.region, lang)]);
    case 'none': {
      const names = note.regions.map((slug) => regionName(slug, lang)).join(', ');
      return fill(note.regions.length > 1 ? words.regionsNone : words.regionNone, [names]);
    }
  }
}

export function RegionNoteLine({ note, lang }: { note: RegionNote; lang: Lang }) {
  return <p class="ic-lead">{regionSentence(note, lang)}</p>;
}
