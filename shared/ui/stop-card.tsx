/**
 * One stop, from its view: the city first (what people know), the region as a tag, a date tile,
 * the countdown as a badge, the status marked. The full card adds the dates in words, the theme
 * on one line, one primary action and quieter others, and folds the rest behind "Détails";
 * `compact` is one line. Feed text is written in French, whatever the calendar's language.
 */
import { useId } from 'preact/hooks';
import {
  countdownLabel,
  fill,
  formatStopDates,
  regionName,
  statusLabel,
  UI,
  type Lang,
  type Stop,
  type StopView,
} from '../index.ts';
import { AddToCalendarMenu } from './add-to-calendar-menu.tsx';
import { CountdownBadge } from './countdown-badge.tsx';
import { DateTile } from './date-tile.tsx';
import { ExternalLink } from './external-link.tsx';
import { fillNodes } from './fill-nodes.ts';
import { Icon } from './icons.tsx';
import { programmeLead } from './programme.ts';
import { useDisclosure } from './use-disclosure.ts';
import { spokenDates } from './when.ts';

export interface StopCardProps {
  view: StopView;
  lang: Lang;
  /** The level of the city's heading: under the calendar's title, or under a month's. */
  level: 2 | 3 | 4;
  /** One line: tile, city, region, countdown, a small add button. */
  compact?: boolean;
  /** Marked as the next stop; `elsewhere` when it is outside the regions the page shows. */
  next?: boolean | 'elsewhere';
  /** Writes the stop's `.ics` file in the page (feeds that host none). */
  onIcs: (stop: Stop) => Promise<void>;
  /** The heading's id, for a page that brings the stop into view (and focuses its heading). */
  headingId?: string;
  /** The stop the reader came for (from a reminder): marked, and said to be the current one. */
  highlighted?: boolean;
  /** The reader's preferred calendar in one click, the others in a menu beside it. */
  oneClick?: boolean;
}

function Facts({ view, lang, next, compact }: Pick<StopCardProps, 'view' | 'lang' | 'next' | 'compact'>) {
  const { stop, status, countdown, past } = view;
  const words = UI[lang];
  return (
    <p class="ic-facts">
      {/* The tile is for the eye; this is the date for the ear. */}
      <span class="ic-sr">{`${spokenDates(stop, lang)}, `}</span>
      {compact && next && <span class="ic-kick">{next === 'elsewhere' ? words.nextElsewhere : words.next}</span>}
      <span class="ic-tag">{regionName(stop.region, lang)}</span>
      {status !== 'scheduled' && <span class={`ic-status ic-${status}`}>{statusLabel(status, lang)}</span>}
      {past && <span class="ic-status">{countdownLabel({ phase: 'past', days: 0 }, lang)}</span>}
      {countdown && <CountdownBadge countdown={countdown} lang={lang} />}
    </p>
  );
}

export function StopCard({ view, lang, level, compact, next, onIcs, headingId, highlighted, oneClick }: StopCardProps) {
  const { stop } = view;
  const words = UI[lang];
  const ownId = useId();
  const id = headingId ?? ownId;
  const details = useDisclosure();
  const Heading = `h${level}` as const;
  const about = `${stop.city}, ${spokenDates(stop, lang)}`;
  const add = view.calendar.length > 0 && (
    <AddToCalendarMenu
      choices={view.calendar}
      lang={lang}
      about={about}
      onIcs={() => onIcs(stop)}
      look={compact ? 'quiet' : view.primary === 'add' ? 'primary' : 'secondary'}
      short={compact}
      oneClick={oneClick}
    />
  );
  const classes = `ic-card${compact ? ' ic-row' : ''}${next ? ' ic-next' : ''}${view.past ? ' ic-past' : ''}${highlighted ? ' ic-highlight' : ''}`;
  const current = highlighted ? { 'aria-current': 'true' as const } : {};
  const head = (
    <div class="ic-head">
      <Heading id={id} class="ic-city" lang="fr" {...(headingId ? { tabIndex: -1 } : {})}>
        {stop.city}
      </Heading>
      <Facts view={view} lang={lang} next={next} compact={compact} />
    </div>
  );

  if (compact) {
    return (
      <article class={classes} aria-labelledby={id} {...current}>
        <DateTile days={view.days} lang={lang} />
        {head}
        {add}
      </article>
    );
  }

  const place = [stop.venue?.name, stop.venue?.address].filter(Boolean).join(', ');
  const hasDetails = Boolean(place || stop.description || stop.programme?.length);
  return (
    <article class={classes} aria-labelledby={id} {...current}>
      {next && <p class="ic-kicker">{next === 'elsewhere' ? words.nextElsewhere : words.next}</p>}
      <div class="ic-top">
        <DateTile days={view.days} lang={lang} />
        {head}
      </div>
      <p class="ic-when">
        <span aria-hidden="true">{formatStopDates(stop, lang)}</span>
        {stop.venue && <span lang="fr">{` · ${stop.venue.name}`}</span>}
      </p>
      {view.title && (
        <p class="ic-title" lang="fr">
          {view.title}
        </p>
      )}
      {stop.theme && <p class="ic-theme">{fillNodes(words.themeLabel, <span lang="fr">{stop.theme}</span>)}</p>}
      <div class="ic-actions">
        {view.primary === 'register' && view.registrationUrl && (
          <ExternalLink href={view.registrationUrl} lang={lang} class="ic-btn ic-primary">
            {words.register}
            <span class="ic-sr">{fill(words.about, ['', about])}</span>
          </ExternalLink>
        )}
        {add}
        {hasDetails && (
          <button class="ic-btn ic-quiet" {...details.button}>
            {words.details}
            <Icon name="chevron" />
          </button>
        )}
        {view.pageUrl && (
          <ExternalLink href={view.pageUrl} lang={lang} class="ic-link">
            {words.stopPage}
          </ExternalLink>
        )}
      </div>
      {hasDetails && (
        <div class="ic-details" {...details.region}>
          {details.open && (
            <>
              {place && <p lang="fr">{place}</p>}
              {stop.description && (
                <p class="ic-description" lang="fr">
                  {stop.description}
                </p>
              )}
              {stop.programme && stop.programme.length > 0 && (
                <>
                  <p class="ic-label">{words.programme}</p>
                  <ul class="ic-programme">
                    {stop.programme.map((item, index) => (
                      <li key={index}>
                        {programmeLead(item, stop, lang)}
                        <span lang="fr">{item.title}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </div>
      )}
    </article>
  );
}
