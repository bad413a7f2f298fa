/**
 * A whole calendar: its title (the tour, and the regions chosen), then what the feed's phase
 * calls for — the list's skeleton, the failure and a retry, or the stops of the core's calendar
 * view, an older copy said to be old. Rendered again by the element whenever its signals change.
 */
import { copyView, regionName, UI, type CalendarView, type CivilDate, type Stop } from '../../shared/index.ts';
import { CalendarBody, FeedFailure, Loading, StaleNotice } from '../../shared/ui/index.ts';
import { tourIcsUrl } from './feed/tour-ics-url.ts';
import type { Scheme } from './host-scheme.ts';
import { warn } from './log.ts';
import { ORGANIZER } from './organizer.ts';
import type { Phase } from './phase.ts';
import type { Settings } from './settings.ts';

export interface AppProps {
  settings: Settings;
  phase: Phase;
  /** What the phase shows, once the feed is in. */
  calendar?: CalendarView;
  /** For `theme="auto"`: the scheme the host page declares, if any. */
  hostScheme?: Scheme;
  today: CivilDate;
  onRetry: () => void;
  onIcs: (stop: Stop) => Promise<void>;
}

export function App({ settings, phase, calendar, hostScheme, today, onRetry, onIcs }: AppProps) {
  const { lang, theme, regions, view } = settings;
  const feed = phase.name === 'ready' ? phase.feed : undefined;
  // Only `auto` looks at the host page's own scheme; the others never read its styles.
  const look = theme === 'auto' ? (hostScheme ?? 'auto') : theme;
  const icsUrl = tourIcsUrl(settings.feed);
  // The chosen regions in the title: two calendars on one page get two distinct landmarks.
  const where = regions.map((slug) => regionName(slug, lang)).join(', ');
  const copy = phase.name === 'ready' ? copyView(phase.copy, new Date()) : undefined;
  return (
    <section class={`ic ic-${look}`} lang={lang} aria-labelledby="title" aria-busy={phase.name === 'loading'}>
      <h2 id="title" class="ic-heading" tabIndex={-1}>
        {feed ? feed.name : UI[lang].calendar}
        {where && ` — ${where}`}
      </h2>
      {phase.name === 'loading' && <Loading lang={lang} />}
      {phase.name === 'error' && (
        <FeedFailure error={phase.error} lang={lang} onRetry={onRetry} organizer={ORGANIZER} />
      )}
      {phase.name === 'ready' && calendar && (
        <>
          {copy?.stale && (
            <StaleNotice since={copy.since} failed={phase.copy.lastReadFailed} lang={lang} onRetry={onRetry} />
          )}
          <CalendarBody
            calendar={calendar}
            feed={phase.feed}
            layout={view}
            lang={lang}
            today={today}
            onIcs={onIcs}
            level={3}
            {...(icsUrl ? { icsUrl } : {})}
            onStopError={(stop, error) => warn(`stop "${stop.id}" could not be shown: ${String(error)}`)}
          />
        </>
      )}
    </section>
  );
}
