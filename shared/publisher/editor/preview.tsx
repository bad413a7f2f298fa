/**
 * The draft as members and officials will see it, beside the form and at every keystroke: the
 * widget's calendar and the extension's card of the next stop, drawn by the products' own
 * components (`shared/ui`) from the stops the core's reader keeps.
 */
import { useSignal } from '@preact/signals';
import type { Feed, Stop } from '../../feed/schema.ts';
import { stopFile } from '../../ical/index.ts';
import { todayIn } from '../../time/timeline.ts';
import { formatDay } from '../../words/dates.ts';
import { calendarView } from '../../view/calendar-view.ts';
import { icsFileName, stopView } from '../../view/stop-view.ts';
import { UI } from '../../words/catalog/ui.ts';
import { CalendarBody, saveFile, StopCard } from '../../ui/index.ts';
import { previewDay } from '../draft/preview-day.ts';
import { lang, t } from './state.ts';

/** The card's own `.ics` button: the file written here, as the popup writes it. */
function ics(stop: Stop, feed: Feed): Promise<void> {
  saveFile(
    icsFileName(stop),
    stopFile(stop, { lang: lang.value, stamp: new Date(feed.updated) }),
    'text/calendar;charset=utf-8',
  );
  return Promise.resolve();
}

export function Preview({ feed }: { feed: Feed | undefined }) {
  const tab = useSignal<'widget' | 'popup'>('widget');
  const words = lang.value;
  const stops = feed?.stops ?? [];
  const today = previewDay(stops, todayIn(new Date(), 'Europe/Paris'));
  const tabs = [
    ['widget', t('previewWidget')],
    ['popup', t('previewPopup')],
  ] as const;
  return (
    <section class="ed-panel ed-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('previewTitle')}</h2>
      <div class="ed-tabs" role="tablist" aria-label={t('previewTitle')}>
        {tabs.map(([name, label]) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`preview-tab-${name}`}
            aria-selected={tab.value === name}
            aria-controls="preview-panel"
            tabIndex={tab.value === name ? 0 : -1}
            onClick={() => (tab.value = name)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
              tab.value = tab.value === 'widget' ? 'popup' : 'widget';
              document.getElementById(`preview-tab-${tab.value}`)?.focus();
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div id="preview-panel" role="tabpanel" aria-labelledby={`preview-tab-${tab.value}`} class="ed-preview-panel">
        <p class="ed-help">{t('previewDay', formatDay(today, words))}</p>
        {!feed || stops.length === 0 ? (
          <p class="ed-lead">{t('previewEmpty')}</p>
        ) : tab.value === 'widget' ? (
          <section class="ic ic-auto" lang={words} aria-labelledby="preview-calendar-title">
            <h3 id="preview-calendar-title" class="ic-heading">
              {feed.name}
            </h3>
            <CalendarBody
              calendar={calendarView({ stops, regions: [], today, layout: 'upcoming' })}
              feed={feed}
              layout="upcoming"
              lang={words}
              today={today}
              level={3}
              onIcs={(stop) => ics(stop, feed)}
            />
          </section>
        ) : (
          <PopupCard feed={feed} today={today} />
        )}
      </div>
    </section>
  );
}

function PopupCard({ feed, today }: { feed: Feed; today: string }) {
  const words = lang.value;
  const view = calendarView({ stops: feed.stops, regions: [], today, layout: 'upcoming' });
  const next = view.kind === 'stops' ? view.next : undefined;
  return (
    <div class="ed-popup ic ic-auto" lang={words}>
      <h3 class="ic-heading">{UI[words].next}</h3>
      {next ? (
        <StopCard
          view={stopView(next, { today, lang: words, tourName: feed.name })}
          lang={words}
          level={4}
          next
          oneClick
          onIcs={(stop) => ics(stop, feed)}
        />
      ) : (
        <p>{t('previewEmpty')}</p>
      )}
    </div>
  );
}
