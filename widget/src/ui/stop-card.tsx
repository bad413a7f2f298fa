/**
 * One stop: when (with a countdown a screen reader reads in words), where, its status, theme,
 * description and programme, its links and "Ajouter à mon agenda". Feed text is always text.
 */
/** @jsxImportSource ./jsx */
import {
  countdown,
  countdownLabel,
  countdownSpoken,
  formatDay,
  formatStopDates,
  formatTime,
  programmeKindLabel,
  regionName,
  regionOf,
  statusLabel,
  type CivilDate,
  type Lang,
  type ProgrammeItem,
  type Stop,
} from '../../../shared/index.ts';
import type { Item } from '../selection.ts';
import { spokenDates } from '../spoken-dates.ts';
import { WORDS } from '../words.ts';
import { AddToCalendar } from './add-to-calendar.tsx';
import { ExternalLink } from './external-link.tsx';

export interface StopActions {
  toggleMenu: (id: string) => void;
  closeMenu: () => void;
  toggleProgramme: (id: string) => void;
  download: (stop: Stop) => void;
}

export interface StopCardProps {
  item: Item;
  lang: Lang;
  today: CivilDate;
  /** One line of facts: no theme, description nor programme. */
  compact: boolean;
  /** h3 under the calendar's title, h4 under a month's. */
  level: 3 | 4;
  menuOpen: boolean;
  programmeOpen: boolean;
  icsFailed: boolean;
  act: StopActions;
}

function programmeLine(item: ProgrammeItem, stop: Stop, lang: Lang): string {
  const zone = regionOf(stop.region).timeZone;
  const when = [
    item.day && formatDay(item.day, lang, {}),
    item.start &&
      (item.end
        ? `${formatTime(item.start, zone, lang)} – ${formatTime(item.end, zone, lang)}`
        : formatTime(item.start, zone, lang)),
  ].filter(Boolean);
  const kind = item.kind ? `${programmeKindLabel(item.kind, lang)} — ` : '';
  return `${when.length > 0 ? `${when.join(', ')} · ` : ''}${kind}${item.title}`;
}

export function StopCard({
  item,
  lang,
  today,
  compact,
  level,
  menuOpen,
  programmeOpen,
  icsFailed,
  act,
}: StopCardProps) {
  const { stop, next, past } = item;
  const words = WORDS[lang];
  const Heading = level === 3 ? 'h3' : 'h4';
  const cancelled = stop.status === 'cancelled';
  const left = countdown(stop, today);
  const place = [stop.venue?.name, stop.city].filter(Boolean).join(', ');
  const programmeId = `prog-${stop.id}`;
  const spoken = spokenDates(stop, lang);
  return (
    <li class={`s${next ? ' n' : ''}${past ? ' p' : ''}`}>
      <article aria-labelledby={`t-${stop.id}`}>
        {next && <p class="k">{words.next}</p>}
        {/* The stops are written in French, whatever the calendar's language. */}
        <Heading id={`t-${stop.id}`} lang="fr">
          {stop.title}
        </Heading>
        <p>
          {spoken ? (
            <>
              <time dateTime={stop.start} aria-hidden="true">
                {formatStopDates(stop, lang)}
              </time>
              <span class="sr">{spoken}</span>
            </>
          ) : (
            <time dateTime={stop.start}>{formatStopDates(stop, lang)}</time>
          )}
          {!cancelled && (
            <>
              <span class="c" aria-hidden="true">
                {countdownLabel(left, lang)}
              </span>
              <span class="sr">{`, ${countdownSpoken(left, lang)}`}</span>
            </>
          )}
        </p>
        <p class="l">
          {place} ({regionName(stop.region, lang)})
        </p>
        {stop.status !== 'scheduled' && <p class="st">{statusLabel(stop.status, lang)}</p>}
        {!compact && stop.theme && (
          <p>
            {words.themeLabel}
            <span lang="fr">{stop.theme}</span>
          </p>
        )}
        {!compact && stop.description && (
          <p class="desc" lang="fr">
            {stop.description}
          </p>
        )}
        {!compact && stop.programme && stop.programme.length > 0 && (
          <>
            <p>
              <button
                type="button"
                class="link"
                aria-expanded={programmeOpen}
                aria-controls={programmeId}
                onClick={() => act.toggleProgramme(stop.id)}
              >
                {programmeOpen ? words.hideProgramme : words.showProgramme}
              </button>
            </p>
            <ul class="pg" id={programmeId} hidden={!programmeOpen} lang="fr">
              {programmeOpen && stop.programme.map((entry) => <li>{programmeLine(entry, stop, lang)}</li>)}
            </ul>
          </>
        )}
        <div class="acts">
          {!past && !cancelled && (
            <AddToCalendar
              stop={stop}
              lang={lang}
              open={menuOpen}
              primary={next}
              onToggle={() => act.toggleMenu(stop.id)}
              onClose={act.closeMenu}
              onDownload={() => act.download(stop)}
            />
          )}
          {stop.url && <ExternalLink href={stop.url} label={words.stopPage} lang={lang} />}
          {stop.registrationUrl && !past && (
            <ExternalLink href={stop.registrationUrl} label={words.register} lang={lang} />
          )}
        </div>
        {icsFailed && (
          <p class="msg" role="alert">
            {words.icsFailed}
          </p>
        )}
      </article>
    </li>
  );
}
