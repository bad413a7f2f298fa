/**
 * A calendar's content for a calendar view: the stops, or the sentence its state calls for
 * (nothing announced, the regions' stop past or absent, the tour over), then subscribing to the
 * tour and the organiser. The title and the feed's loading stay with the product.
 */
import {
  UI,
  type CalendarLayout,
  type CalendarTarget,
  type CalendarView,
  type Feed,
  type Lang,
  type Stop,
} from '../index.ts';
import { OrganizerLine } from './states/organizer-line.tsx';
import { RegionNoteLine } from './states/region-note.tsx';
import { TourOver } from './states/tour-over.tsx';
import { StopList, type StopListProps } from './stop-list.tsx';
import { SubscribeMenu } from './subscribe-menu.tsx';

export interface CalendarBodyProps {
  calendar: CalendarView;
  feed: Pick<Feed, 'name' | 'organizer'>;
  layout: CalendarLayout;
  lang: Lang;
  today: string;
  /** The tour's hosted calendar, to subscribe to, when known. */
  icsUrl?: string;
  preferred?: CalendarTarget;
  onIcs: (stop: Stop) => Promise<void>;
  /** The level of the stops' headings (their months' one above, in `year`). */
  level: 2 | 3;
  onStopError?: StopListProps['onStopError'];
}

export function CalendarBody(props: CalendarBodyProps) {
  const { calendar, feed, layout, lang, today, icsUrl, preferred, onIcs, level, onStopError } = props;
  const fenced = onStopError ? { onStopError } : {};
  const { name, organizer } = feed;
  if (calendar.kind === 'over') {
    return (
      <>
        {calendar.note && <RegionNoteLine note={calendar.note} lang={lang} />}
        <TourOver
          tourName={name}
          past={calendar.past}
          organizer={organizer}
          lang={lang}
          today={today}
          onIcs={onIcs}
          level={level}
          {...(icsUrl ? { icsUrl } : {})}
          {...fenced}
        />
      </>
    );
  }
  return (
    <>
      {calendar.kind === 'empty' ? (
        <p class="ic-lead">{UI[lang].empty}</p>
      ) : (
        <>
          {calendar.note && <RegionNoteLine note={calendar.note} lang={lang} />}
          <StopList
            stops={calendar.stops}
            layout={layout}
            next={calendar.next}
            elsewhere={calendar.elsewhere}
            lang={lang}
            today={today}
            tourName={name}
            onIcs={onIcs}
            level={level}
            {...(preferred ? { preferred } : {})}
            {...fenced}
          />
        </>
      )}
      <div class="ic-foot">
        {icsUrl && <SubscribeMenu icsUrl={icsUrl} name={name} lang={lang} />}
        <OrganizerLine organizer={organizer} lang={lang} />
      </div>
    </>
  );
}
