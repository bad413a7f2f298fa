/**
 * A whole calendar: its title (the tour, and the regions chosen), then what the feed's phase
 * calls for — the list's skeleton, the failure and a retry, or the stops through the core's
 * calendar view, an older copy said to be old. It follows the calendar's signals.
 */
import type { ReadonlySignal } from '@preact/signals';
import { calendarView, copyView, regionName, UI, type CivilDate, type Stop } from '../../shared/index.ts';
import { CalendarBody, FeedFailure, Loading, StaleNotice } from '../../shared/ui/index.ts';
import { tourIcsUrl } from './feed/tour-ics-url.ts';
import { hostScheme } from './host-scheme.ts';
import { ORGANIZER } from './organizer.ts';
import type { Phase } from './phase.ts';
import type { Settings } from './settings.ts';

export interface AppProps {
  settings: ReadonlySignal<Settings>;
  phase: ReadonlySignal<Phase>;
  today: () => CivilDate;
  onRetry: () => void;
  onIcs: (stop: Stop) => Promise<void>;
}

export function App({ settings, phase, today, onRetry, onIcs }: AppProps) {
  const { lang, theme, regions, view, limit } = settings.value;
  const current = phase.value;
  const feed = current.name === 'ready' ? current.feed : undefined;
  // Only `auto` looks at the host page's own scheme; the others never read its styles.
  const look = theme === 'auto' ? (hostScheme().value ?? 'auto') : theme;
  const icsUrl = tourIcsUrl(settings.value.feed);
  // The chosen regions in the title: two calendars on one page get two distinct landmarks.
  const where = regions.map((slug) => regionName(slug, lang)).join(', ');
  const day = today();
  const copy = current.name === 'ready' ? copyView(current.copy, new Date()) : undefined;
  return (
    <section class={`ic ic-${look}`} lang={lang} aria-labelledby="title" aria-busy={current.name === 'loading'}>
      <h2 id="title" class="ic-heading" tabIndex={-1}>
        {feed ? feed.name : UI[lang].calendar}
        {where && ` — ${where}`}
      </h2>
      {current.name === 'loading' && <Loading lang={lang} />}
      {current.name === 'error' && (
        <FeedFailure error={current.error} lang={lang} onRetry={onRetry} organizer={ORGANIZER} />
      )}
      {current.name === 'ready' && (
        <>
          {copy?.stale && (
            <StaleNotice since={copy.since} failed={current.copy.lastReadFailed} lang={lang} onRetry={onRetry} />
          )}
          <CalendarBody
            calendar={calendarView({ stops: current.feed.stops, regions, today: day, layout: view, limit })}
            feed={current.feed}
            layout={view}
            lang={lang}
            today={day}
            onIcs={onIcs}
            level={3}
            {...(icsUrl ? { icsUrl } : {})}
          />
        </>
      )}
    </section>
  );
}
