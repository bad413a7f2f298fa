/** One stop: when, where, how long until, its theme, and the ways to add it to a calendar. */
import {
  countdown,
  countdownLabel,
  countdownSpoken,
  formatStopDates,
  regionName,
  statusLabel,
  type CivilDate,
  type Feed,
  type Lang,
  type Stop,
} from '../../../shared/index.ts';
import type { Translate } from '../../lib/i18n.ts';
import type { CalendarTarget } from '../../lib/settings.ts';
import { AddToCalendar } from './add-to-calendar.tsx';

interface Props {
  stop: Stop;
  feed: Feed;
  today: CivilDate;
  lang: Lang;
  t: Translate;
  preferred: CalendarTarget;
  heading: 'h2' | 'h3';
  highlighted?: boolean;
}

export function stopElementId(stopId: string): string {
  return `stop-${stopId}`;
}

export function StopCard({ stop, feed, today, lang, t, preferred, heading: Heading, highlighted }: Props) {
  const titleId = `${stopElementId(stop.id)}-title`;
  const until = countdown(stop, today);
  const cancelled = stop.status === 'cancelled';
  return (
    <article
      id={stopElementId(stop.id)}
      class={`stop${highlighted ? ' highlighted' : ''}${cancelled ? ' cancelled' : ''}`}
      aria-labelledby={titleId}
      aria-current={highlighted ? 'true' : undefined}
    >
      <div class="stop-head">
        <Heading id={titleId} tabIndex={-1}>
          {stop.title}
        </Heading>
        {/* "J-12" read aloud is "J moins 12": screen readers get the words instead. */}
        <p class="countdown">
          <span aria-hidden="true">{countdownLabel(until, lang)}</span>
          <span class="visually-hidden">{countdownSpoken(until, lang)}</span>
        </p>
      </div>
      {stop.status !== 'scheduled' && <p class={`status status-${stop.status}`}>{statusLabel(stop.status, lang)}</p>}
      <p class="when">{formatStopDates(stop, lang)}</p>
      <p class="where">
        {stop.venue ? `${stop.venue.name}, ` : ''}
        {stop.city} · {regionName(stop.region, lang)}
      </p>
      {stop.theme && <p class="theme">{t('themeIs', [stop.theme])}</p>}
      {!cancelled && (
        <AddToCalendar stop={stop} feed={feed} preferred={preferred} lang={lang} t={t} titleId={titleId} />
      )}
      {(stop.url || stop.registrationUrl) && (
        <p class="links">
          {stop.url && (
            <a href={stop.url} target="_blank" rel="noopener noreferrer" aria-describedby={titleId}>
              {t('stopPage')}
            </a>
          )}
          {stop.registrationUrl && (
            <a href={stop.registrationUrl} target="_blank" rel="noopener noreferrer" aria-describedby={titleId}>
              {t('register')}
            </a>
          )}
        </p>
      )}
    </article>
  );
}
