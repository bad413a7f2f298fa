/**
 * Nothing left to come: say so, offer the next useful step (hear about the next edition, the
 * organiser's site), and keep the past stops one click away rather than in the way.
 */
import { fill, plural, stopView, UI, type Lang, type Organizer, type Stop } from '../../index.ts';
import { StopCard } from '../stop-card.tsx';
import { SubscribeMenu } from '../subscribe-menu.tsx';
import { Icon } from '../icons.tsx';
import { useDisclosure } from '../use-disclosure.ts';
import { OrganizerLine } from './organizer-line.tsx';

export interface TourOverProps {
  tourName: string;
  /** Every stop of the tour, in order. */
  past: Stop[];
  organizer: Organizer;
  /** The tour's calendar to subscribe to, when known. */
  icsUrl?: string;
  lang: Lang;
  today: string;
  onIcs: (stop: Stop) => Promise<void>;
  /** The past stops' heading level. */
  level: 2 | 3;
}

export function TourOver({ tourName, past, organizer, icsUrl, lang, today, onIcs, level }: TourOverProps) {
  const words = UI[lang];
  const folded = useDisclosure();
  return (
    <div class="ic-over">
      <p class="ic-lead">{fill(words.over, [tourName])}</p>
      <div class="ic-actions">
        {icsUrl && (
          <SubscribeMenu icsUrl={icsUrl} name={tourName} lang={lang} label={words.nextEdition} look="primary" />
        )}
        <button class="ic-btn ic-quiet" {...folded.button}>
          {fill(words[plural(lang, past.length, 'pastStop', 'pastStops')], [past.length])}
          <Icon name="chevron" />
        </button>
      </div>
      <div {...folded.region}>
        {folded.open && (
          <ol class="ic-list">
            {past.map((stop) => (
              <li key={stop.id} class="ic-stop">
                <StopCard
                  view={stopView(stop, { today, lang, tourName })}
                  lang={lang}
                  level={level}
                  compact
                  onIcs={onIcs}
                />
              </li>
            ))}
          </ol>
        )}
      </div>
      <OrganizerLine organizer={organizer} lang={lang} />
    </div>
  );
}
