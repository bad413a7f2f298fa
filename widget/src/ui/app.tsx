/** A whole calendar: its title, then what its state calls for (loading, error, or the stops). */
/** @jsxImportSource ./jsx */
import { regionName, type CivilDate } from '../../../shared/index.ts';
import type { Selection } from '../selection.ts';
import type { Settings } from '../settings.ts';
import { SUBSCRIBE, type State } from '../state.ts';
import { WORDS } from '../words.ts';
import { Calendar } from './calendar.tsx';
import { Failure, Loading } from './states.tsx';
import type { StopActions } from './stop-card.tsx';
import { Subscribe } from './subscribe.tsx';

export interface AppActions extends StopActions {
  retry: () => void;
}

export interface AppProps {
  state: State;
  settings: Settings;
  /** What to show, when the feed is there. */
  selection?: Selection;
  today: CivilDate;
  /** The whole tour's hosted calendar, when known. */
  tourIcsUrl?: string;
  act: AppActions;
}

export function App({ state, settings, selection, today, tourIcsUrl, act }: AppProps) {
  const { lang, theme } = settings;
  const { phase } = state;
  const feed = phase.name === 'ready' ? phase.feed : undefined;
  // The chosen regions in the title: two calendars on one page get two distinct landmarks.
  const where = settings.regions.map((slug) => regionName(slug, lang)).join(', ');
  return (
    <section class={`w ${theme}`} lang={lang} aria-labelledby="title" aria-busy={phase.name === 'loading'}>
      <h2 id="title" tabindex={-1}>
        {feed ? feed.name : WORDS[lang].calendar}
        {where && ` — ${where}`}
      </h2>
      {phase.name === 'loading' && <Loading lang={lang} />}
      {phase.name === 'error' && <Failure error={phase.error} lang={lang} onRetry={act.retry} />}
      {feed && selection && (
        <Calendar feed={feed} selection={selection} settings={settings} today={today} state={state} act={act} />
      )}
      {feed && tourIcsUrl && selection?.kind === 'stops' && !selection.over && (
        <Subscribe
          icsUrl={tourIcsUrl}
          name={feed.name}
          lang={lang}
          open={state.open === SUBSCRIBE}
          onToggle={() => act.toggleMenu(SUBSCRIBE)}
          onClose={act.closeMenu}
        />
      )}
    </section>
  );
}
