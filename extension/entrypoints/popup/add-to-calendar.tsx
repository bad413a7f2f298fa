/**
 * "Ajouter à mon agenda": the preferred target in one click, the others one step away (a
 * disclosure), each one a real link when it can be one.
 */
import type { Feed, Lang, Stop } from '../../../shared/index.ts';
import { calendarAction, TARGET_LABELS, type CalendarAction } from '../../lib/calendar-action.ts';
import type { Translate } from '../../lib/i18n.ts';
import { downloadIcs } from '../../lib/ics-download.ts';
import { CALENDAR_TARGETS, type CalendarTarget } from '../../lib/settings.ts';

interface ActionProps {
  action: CalendarAction;
  stop: Stop;
  feed: Feed;
  lang: Lang;
  label: string;
  describedBy: string;
  className?: string;
}

function Action({ action, stop, feed, lang, label, describedBy, className }: ActionProps) {
  if (action.kind === 'ics-file') {
    return (
      <button
        type="button"
        class={className}
        aria-describedby={describedBy}
        onClick={() => void downloadIcs(stop, feed, lang)}
      >
        {label}
      </button>
    );
  }
  return (
    <a class={className} href={action.href} target="_blank" rel="noopener noreferrer" aria-describedby={describedBy}>
      {label}
    </a>
  );
}

interface Props {
  stop: Stop;
  feed: Feed;
  preferred: CalendarTarget;
  lang: Lang;
  t: Translate;
  /** The id of the stop's title: what each button adds. */
  titleId: string;
}

export function AddToCalendar({ stop, feed, preferred, lang, t, titleId }: Props) {
  const others = CALENDAR_TARGETS.filter((target) => target !== preferred);
  return (
    <div class="add">
      <Action
        action={calendarAction(preferred, stop, lang)}
        stop={stop}
        feed={feed}
        lang={lang}
        label={t('addWith', [t(TARGET_LABELS[preferred])])}
        describedBy={titleId}
        className="button primary"
      />
      <details class="more">
        <summary>{t('otherCalendars')}</summary>
        <ul>
          {others.map((target) => (
            <li key={target}>
              <Action
                action={calendarAction(target, stop, lang)}
                stop={stop}
                feed={feed}
                lang={lang}
                label={t(TARGET_LABELS[target])}
                describedBy={titleId}
              />
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
