/**
 * The popup (also opened in a tab from a notification, `?stop=<id>`): the next stop in the
 * user's regions, the upcoming stops with a region filter, subscribing to the whole tour. The
 * cards, menus and states are the widget's own (`shared/ui`), fed by the same views.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  calendarView,
  copyView,
  stopView,
  todayIn,
  UI,
  type CivilDate,
  type Feed,
  type Stop,
} from '../../../shared/index.ts';
import {
  CalendarBody,
  RegionNoteLine,
  StaleNotice,
  StopCard,
  stopHeadingId,
  StopList,
  SubscribeMenu,
} from '../../../shared/ui/index.ts';
import { tourIcsUrl } from '../../lib/feed-source.ts';
import { feedNotice } from '../../lib/feed-notice.ts';
import { catalogLang, translate as t } from '../../lib/i18n.ts';
import { downloadIcs } from '../../lib/ics-download.ts';
import { localZone } from '../../lib/local-time.ts';
import { askBackground } from '../../lib/messages.ts';
import { popupModel, type RegionFilter } from '../../lib/popup-model.ts';
import { FeedNoticeBar } from './feed-notice-bar.tsx';
import { FilterSelect } from './filter-select.tsx';
import { damaged, loaded, settings, status, stored } from './state.ts';

const lang = catalogLang(t);
const params = new URLSearchParams(location.search);
/** The stop a notification pointed at. */
const asked = params.get('stop') ?? undefined;
let downloadPending = params.get('download') === 'ics';
/** Focus goes to the asked stop once, not again on every refresh of the feed. */
const arrival = { pending: asked !== undefined };

/** One stop as a full card, the user's calendar in one click. */
function FullCard({
  stop,
  feed,
  today,
  next,
}: {
  stop: Stop;
  feed: Feed;
  today: CivilDate;
  next?: boolean | 'elsewhere';
}) {
  const view = stopView(stop, { today, lang, tourName: feed.name, preferred: settings.value.calendar });
  return (
    <StopCard
      view={view}
      lang={lang}
      level={3}
      next={next}
      oneClick
      highlighted={stop.id === asked}
      onIcs={(chosen) => downloadIcs(chosen, feed, lang)}
      {...(stop.id === asked ? { headingId: stopHeadingId(stop.id) } : {})}
    />
  );
}

function NextSection({ feed, today }: { feed: Feed; today: CivilDate }) {
  const view = calendarView({
    stops: feed.stops,
    regions: settings.value.regions,
    today,
    layout: 'upcoming',
  });
  const icsUrl = tourIcsUrl(stored.value?.source);
  return (
    <section aria-labelledby="next-heading">
      <h2 id="next-heading">{UI[lang].next}</h2>
      {view.kind === 'stops' && view.next ? (
        <>
          {/* Why the card is not in the user's regions, in the widget's words. */}
          {view.note && <RegionNoteLine note={view.note} lang={lang} />}
          <FullCard stop={view.next} feed={feed} today={today} next={view.elsewhere ? 'elsewhere' : undefined} />
        </>
      ) : (
        <CalendarBody
          calendar={view}
          feed={feed}
          layout="upcoming"
          lang={lang}
          today={today}
          level={3}
          onIcs={(stop) => downloadIcs(stop, feed, lang)}
          {...(icsUrl ? { icsUrl } : {})}
        />
      )}
    </section>
  );
}

export function App() {
  const filter = useSignal<RegionFilter | undefined>(undefined);
  const zone = localZone();
  const today = todayIn(new Date(), zone);

  // Arriving from a notification: bring the stop into view and give it the focus, once.
  // After the render that drew it (a signal effect can run before the DOM has the stop).
  useEffect(() => {
    if (!arrival.pending || !loaded.value || !stored.value || !asked) return;
    const stop = stored.value.feed.stops.find((item) => item.id === asked);
    const heading = document.getElementById(stopHeadingId(asked));
    if (!stop || !heading) return;
    arrival.pending = false;
    heading.scrollIntoView({ block: 'center' });
    heading.focus();
    if (downloadPending) {
      downloadPending = false;
      void downloadIcs(stop, stored.value.feed, lang);
    }
  });

  if (!loaded.value) return <p class="ic-lead">{t('loading')}</p>;
  const copy = stored.value;
  const feed = copy?.feed;
  const model = popupModel({ stops: feed?.stops, regions: settings.value.regions, today, filter: filter.value });
  const onCard = model.next.kind === 'next' ? model.next.stop.id : undefined;
  const askedStop = asked ? feed?.stops.find((stop) => stop.id === asked) : undefined;
  // The stop a notification is about comes first, as a full card with its actions, unless it is
  // the next stop's card already; the list then leaves it out.
  const askedApart = askedStop && askedStop.id !== onCard ? askedStop : undefined;
  const upcoming = model.upcoming.filter((stop) => stop !== askedApart);
  const icsUrl = tourIcsUrl(copy?.source);
  const freshness = copy
    ? copyView({ fetchedAt: copy.fetchedAt, lastReadFailed: Boolean(status.value?.failure) }, new Date())
    : undefined;

  return (
    <div class="ic ic-auto popup">
      <header>
        <h1>{feed?.name ?? t('extName')}</h1>
        <button type="button" class="ic-btn ic-quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
      </header>
      <main>
        <FeedNoticeBar status={status.value} stored={copy} damaged={damaged.value} t={t} />
        {/* An older copy is said by the shared notice, unless the bar above already says why. */}
        {freshness?.stale && !feedNotice(status.value, copy, t, damaged.value) && (
          <StaleNotice
            since={freshness.since}
            failed={Boolean(status.value?.failure)}
            lang={lang}
            zone={zone}
            onRetry={() => void askBackground({ type: 'refresh-feed' })}
          />
        )}
        {!feed ? (
          <p class="ic-lead">{t('noDataYet')}</p>
        ) : (
          <>
            {askedApart && (
              <section aria-labelledby="asked-heading">
                <h2 id="asked-heading">{t('askedStop')}</h2>
                <FullCard stop={askedApart} feed={feed} today={today} />
              </section>
            )}
            <NextSection feed={feed} today={today} />
            {(model.upcoming.length > 0 || model.regionsAhead.length > 0) && (
              <section aria-labelledby="upcoming-heading">
                <h2 id="upcoming-heading">{t('upcomingStops')}</h2>
                <FilterSelect
                  value={model.filter}
                  regions={model.regionsAhead}
                  mine={settings.value.regions.length > 0}
                  lang={lang}
                  t={t}
                  onChange={(value) => (filter.value = value)}
                />
                {upcoming.length === 0 ? (
                  <p class="ic-lead">{t('noOtherStop')}</p>
                ) : (
                  <StopList
                    stops={upcoming}
                    layout="compact"
                    lang={lang}
                    today={today}
                    tourName={feed.name}
                    preferred={settings.value.calendar}
                    level={3}
                    onIcs={(stop) => downloadIcs(stop, feed, lang)}
                  />
                )}
              </section>
            )}
            {icsUrl && model.upcoming.length + (onCard ? 1 : 0) > 0 && (
              <div class="popup-subscribe">
                <SubscribeMenu icsUrl={icsUrl} name={feed.name} lang={lang} />
              </div>
            )}
          </>
        )}
      </main>
    </div>
  );
}
