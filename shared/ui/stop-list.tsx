/**
 * The stops of a calendar view. `upcoming`: the next stop as a full card, the others one line
 * each; `compact`: one line each; `year`: one line each under its month's heading. A long list
 * is drawn a page at a time ("Voir plus d’étapes"), so that a feed at its maximum size draws
 * as fast as a short one.
 */
import { stopDays, stopView, UI, type CalendarLayout, type CalendarTarget, type Lang, type Stop } from '../index.ts';
import { useMemo, useState } from 'preact/hooks';
import { StopBoundary } from './stop-boundary.tsx';
import { StopCard, type StopCardProps } from './stop-card.tsx';

export interface StopListProps {
  stops: Stop[];
  layout: CalendarLayout;
  /** Marked as the next stop (`elsewhere`: outside the regions shown). */
  next?: Stop;
  elsewhere?: boolean;
  lang: Lang;
  today: string;
  /** The feed's name: titles that only repeat it are left out of the cards. */
  tourName: string;
  preferred?: CalendarTarget;
  /** The preferred calendar in one click on each card. */
  oneClick?: boolean;
  /** The stop the reader came for: marked, its heading focusable (`stopHeadingId`). */
  highlighted?: string;
  onIcs: (stop: Stop) => Promise<void>;
  /** The level of the stops' headings (their months' one above, in `year`). */
  level: 2 | 3;
  /** A stop whose card could not be drawn (the others are). */
  onStopError?: (stop: Stop, error: unknown) => void;
}

type ListedStopProps = Omit<StopCardProps, 'view'> & {
  stop: Stop;
  today: string;
  tourName: string;
  preferred?: CalendarTarget;
};

/** The card's view is worked out inside the boundary, so that its failure is fenced too. */
function ListedStop({ stop, today, tourName, preferred, ...card }: ListedStopProps) {
  const { lang } = card;
  // Worked out again only when its stop or the day changes, not for each page added below it.
  const view = useMemo(
    () => stopView(stop, { today, lang, tourName, ...(preferred ? { preferred } : {}) }),
    [stop, today, lang, tourName, preferred],
  );
  return <StopCard view={view} {...card} />;
}

/** Stops drawn at first, and added by each "Voir plus d’étapes". */
export const PAGE_SIZE = 10;

/** The heading of a stop's card, for a page that brings it into view. */
export function stopHeadingId(stopId: string): string {
  return `stop-${stopId}`;
}

/** `juin 2019`; noon UTC on the 1st, so that no zone moves it to another month. */
function monthName(month: string, lang: Lang): string {
  return new Date(`${month}-01T12:00:00Z`).toLocaleDateString(lang, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function StopList(props: StopListProps) {
  const { stops, layout, next, elsewhere, lang, today, tourName, preferred, oneClick, highlighted, onIcs, level } =
    props;
  const { onStopError } = props;
  const [shown, setShown] = useState(PAGE_SIZE);
  const more = stops.length > shown && (
    <button class="ic-btn ic-quiet ic-more" type="button" onClick={() => setShown(shown + PAGE_SIZE)}>
      {UI[lang].showMore}
    </button>
  );
  const page = stops.slice(0, shown);
  const item = (stop: Stop, index: number, headingLevel: 2 | 3 | 4) => {
    const isNext = stop === next ? (elsewhere ? 'elsewhere' : true) : false;
    return (
      <li key={stop.id} class="ic-stop">
        <StopBoundary lang={lang} {...(onStopError ? { onError: (error: unknown) => onStopError(stop, error) } : {})}>
          <ListedStop
            stop={stop}
            today={today}
            tourName={tourName}
            {...(preferred ? { preferred } : {})}
            lang={lang}
            level={headingLevel}
            compact={layout !== 'upcoming' || index > 0 || !isNext}
            next={isNext}
            onIcs={onIcs}
            oneClick={oneClick}
            highlighted={stop.id === highlighted}
            {...(stop.id === highlighted ? { headingId: stopHeadingId(stop.id) } : {})}
          />
        </StopBoundary>
      </li>
    );
  };
  if (layout !== 'year') {
    return (
      <>
        <ol class="ic-list">{page.map((stop, index) => item(stop, index, level))}</ol>
        {more}
      </>
    );
  }

  const months = new Map<string, Stop[]>();
  for (const stop of page) {
    const month = stopDays(stop).first.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), stop]);
  }
  const MonthHeading = `h${level}` as const;
  return (
    <>
      {[...months].map(([month, inMonth]) => (
        <section key={month} class="ic-month">
          <MonthHeading class="ic-month-name">{monthName(month, lang)}</MonthHeading>
          <ol class="ic-list">{inMonth.map((stop) => item(stop, 1, (level + 1) as 3 | 4))}</ol>
        </section>
      ))}
      {more}
    </>
  );
}
