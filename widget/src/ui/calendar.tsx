/**
 * The stops of a calendar as a list: the next one first (upcoming, compact), or the whole tour by
 * month (year). A sentence comes first when the tour is over, so the box is never empty.
 */
/** @jsxImportSource ./jsx */
import { regionName, stopDays, type CivilDate, type Feed, type Lang } from '../../../shared/index.ts';
import type { Item, Selection } from '../selection.ts';
import type { Settings } from '../settings.ts';
import type { State } from '../state.ts';
import { WORDS } from '../words.ts';
import { StopCard, type StopActions } from './stop-card.tsx';

export interface CalendarProps {
  feed: Feed;
  selection: Selection;
  settings: Settings;
  today: CivilDate;
  state: State;
  act: StopActions;
}

/** `mars 2019` / `March 2019`; the first day of the month at UTC noon, so no zone moves it. */
function monthName(month: string, lang: Lang): string {
  return new Date(`${month}-01T12:00:00Z`).toLocaleDateString(lang, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function Calendar({ feed, selection, settings, today, state, act }: CalendarProps) {
  const { lang, view, regions } = settings;
  const words = WORDS[lang];
  if (selection.kind === 'empty') return <p class="msg">{words.empty}</p>;
  if (selection.kind === 'no-stop-in-regions') {
    return <p class="msg">{words.noStopIn(regions.map((slug) => regionName(slug, lang)))}</p>;
  }
  const byMonth = view === 'year';
  const card = (item: Item) => (
    <StopCard
      item={item}
      lang={lang}
      today={today}
      compact={view === 'compact'}
      level={byMonth ? 4 : 3}
      menuOpen={state.open === item.stop.id}
      programmeOpen={state.expanded.includes(item.stop.id)}
      icsFailed={state.icsFailed === item.stop.id}
      act={act}
    />
  );
  const months = new Map<string, Item[]>();
  for (const item of selection.items) {
    const month = stopDays(item.stop).first.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), item]);
  }
  return (
    <>
      {selection.over && <p class="msg">{words.over(feed.name)}</p>}
      {byMonth ? (
        [...months].map(([month, items]) => (
          <section aria-labelledby={`mo-${month}`}>
            <h3 class="mo" id={`mo-${month}`}>
              {monthName(month, lang)}
            </h3>
            <ol>{items.map(card)}</ol>
          </section>
        ))
      ) : (
        <ol>{selection.items.map(card)}</ol>
      )}
    </>
  );
}
