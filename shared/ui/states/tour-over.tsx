/**
 * Nothing left to come: say so, offer the next useful step (hear about the next edition, the
 * organiser's site), and keep the past stops one click away rather than in the way.
 */
import { fill, plural, UI, type Lang, type Organizer, type Stop } from '../../index.ts';
import { StopList, type StopListProps } from '../stop-list.tsx';
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
  onStopError?: StopListProps['onStopError'];
  /** The past stops' heading level. */
  level: 2 | 3;
}

export function TourOver(props: TourOverProps) {
  const { tourName, past, organizer, icsUrl, lang, today, onIcs, level, onStopError } = props;
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
          <StopList
            stops={past}
            layout="compact"
            lang={lang}
            today={today}
            tourName={tourName}
            onIcs={onIcs}
            level={level}
            {...(onStopError ? { onStopError } : {})}
          />
        )}
      </div>
      <OrganizerLine organizer={organizer} lang={lang} />
    </div>
  );
}
