/**
 * The popup (also opened in a tab from a notification, `?stop=<id>`): the next stop in the
 * user's regions, the upcoming stops with a region filter, subscribing to the whole tour.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { regionName, todayIn, type CivilDate, type RegionSlug, type Stop } from '../../../shared/index.ts';
import { tourIcsUrl } from '../../lib/feed-source.ts';
import { catalogLang, translate as t } from '../../lib/i18n.ts';
import { downloadIcs } from '../../lib/ics-download.ts';
import { localZone } from '../../lib/local-time.ts';
import { popupModel, type RegionFilter } from '../../lib/popup-model.ts';
import { FeedNoticeBar } from './feed-notice-bar.tsx';
import { loaded, settings, status, stored } from './state.ts';
import { StopCard, stopElementId } from './stop-card.tsx';
import { Subscribe } from './subscribe.tsx';

const lang = catalogLang(t);
const params = new URLSearchParams(location.search);
/** The stop a notification pointed at. */
const asked = params.get('stop') ?? undefined;
let downloadPending = params.get('download') === 'ics';
/** Focus goes to the asked stop once, not again on every refresh of the feed. */
const arrival = { pending: asked !== undefined };

/** A stop of the stored feed, in the user's language, with their preferred calendar first. */
function Card({ stop, today, highlighted }: { stop: Stop; today: CivilDate; highlighted?: boolean }) {
  return (
    <StopCard
      stop={stop}
      feed={stored.value!.feed}
      today={today}
      lang={lang}
      t={t}
      preferred={settings.value.calendar}
      heading="h3"
      highlighted={highlighted}
    />
  );
}

function NextSection({ model, today }: { model: ReturnType<typeof popupModel>; today: string }) {
  const next = model.next;
  const card = (stop: Stop) => <Card stop={stop} today={today} highlighted={stop.id === asked} />;
  return (
    <section aria-labelledby="next-heading">
      <h2 id="next-heading">{t('nextStop')}</h2>
      {next.kind === 'next' && card(next.stop)}
      {next.kind === 'none-in-regions' && (
        <>
          <p class="state">
            {t('noneInYourRegions', [settings.value.regions.map((slug) => regionName(slug, lang)).join(', ')])}
          </p>
          <p class="state-sub">{t('nextElsewhere')}</p>
          {card(next.elsewhere)}
        </>
      )}
      {next.kind === 'tour-over' && <p class="state">{t('tourOver')}</p>}
      {next.kind === 'no-stops' && <p class="state">{t('noStopsYet')}</p>}
    </section>
  );
}

function FilterSelect({
  value,
  regions,
  onChange,
}: {
  value: RegionFilter;
  regions: RegionSlug[];
  onChange: (value: RegionFilter) => void;
}) {
  return (
    <p class="filter">
      <label for="region-filter">{t('showRegion')}</label>
      <select
        id="region-filter"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as RegionFilter)}
      >
        {settings.value.regions.length > 0 && <option value="mine">{t('filterMine')}</option>}
        <option value="all">{t('filterAll')}</option>
        {regions.map((slug) => (
          <option key={slug} value={slug}>
            {regionName(slug, lang)}
          </option>
        ))}
      </select>
    </p>
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
    const heading = document.getElementById(`${stopElementId(asked)}-title`);
    if (!stop || !heading) return;
    arrival.pending = false;
    heading.scrollIntoView({ block: 'center' });
    heading.focus();
    if (downloadPending) {
      downloadPending = false;
      void downloadIcs(stop, stored.value.feed, lang);
    }
  });

  if (!loaded.value) return <p class="state">{t('loading')}</p>;
  const feed = stored.value?.feed;
  const model = popupModel({ stops: feed?.stops, regions: settings.value.regions, today, filter: filter.value });
  const shownElsewhere = new Set([model.next.kind === 'next' ? model.next.stop.id : undefined]);
  const askedStop = asked ? feed?.stops.find((stop) => stop.id === asked) : undefined;
  // A stop from a notification that is neither the card nor in the list gets a section of its own.
  const askedApart = askedStop && !shownElsewhere.has(askedStop.id) ? askedStop : undefined;
  const icsUrl = tourIcsUrl(stored.value?.source);

  return (
    <>
      <header>
        <h1>{feed?.name ?? t('extName')}</h1>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
      </header>
      <main>
        <FeedNoticeBar status={status.value} stored={stored.value} zone={zone} lang={lang} t={t} />
        {model.next.kind === 'no-data' ? (
          <p class="state">{t('noDataYet')}</p>
        ) : (
          <>
            {askedApart && feed && (
              <section aria-labelledby="asked-heading">
                <h2 id="asked-heading">{t('askedStop')}</h2>
                <Card stop={askedApart} today={today} highlighted />
              </section>
            )}
            <NextSection model={model} today={today} />
            {(model.upcoming.length > 0 || model.regionsAhead.length > 0) && feed && (
              <section aria-labelledby="upcoming-heading">
                <h2 id="upcoming-heading">{t('upcomingStops')}</h2>
                <FilterSelect
                  value={model.filter}
                  regions={model.regionsAhead}
                  onChange={(value) => (filter.value = value)}
                />
                {model.upcoming.length === 0 ? (
                  <p class="state">{t('noOtherStop')}</p>
                ) : (
                  <ul class="stops">
                    {model.upcoming
                      .filter((stop) => stop.id !== askedApart?.id)
                      .map((stop) => (
                        <li key={stop.id}>
                          <Card stop={stop} today={today} />
                        </li>
                      ))}
                  </ul>
                )}
              </section>
            )}
            {icsUrl && feed && <Subscribe icsUrl={icsUrl} name={feed.name} t={t} />}
          </>
        )}
      </main>
    </>
  );
}
