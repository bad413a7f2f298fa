/**
 * `<intercotour-calendar>`: an open shadow root (axe-core and assistive tools need to see in),
 * settings read from attributes at the edge, one feed load per feed address, and a render after
 * each state change. Every way in is guarded: nothing it does can throw into the host page.
 */
import type { CivilDate, Stop } from '../../shared/index.ts';
import { DEFAULT_FEED } from './build-flags.ts';
import { bundledFeed, fetchFeed, type Loaded } from './feed/feed-client.ts';
import { tourIcsUrl } from './feed/tour-ics-url.ts';
import { downloadIcs } from './ics-download.ts';
import { writeJsonLd } from './json-ld.ts';
import { loadDiagnostics, loadTour } from './lazy.ts';
import { guard, warn } from './log.ts';
import { select } from './selection.ts';
import { ATTRIBUTES } from './attributes.ts';
import { readSettings, type Settings } from './settings.ts';
import { applyStyles } from './styles.ts';
import { visitorToday } from './today.ts';
import { initialState, next, type Event, type State } from './state.ts';
import { App, type AppActions } from './ui/app.tsx';
import { mount } from './ui/mount.ts';

export const TAG = 'intercotour-calendar';

/** The visitor's day, in the visitor's zone, unless the page fixed it with `now`. */
function today(settings: Settings): CivilDate {
  return settings.today ?? visitorToday(new Date());
}

export class IntercotourCalendar extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #mount?: HTMLElement;
  #state: State = initialState;
  #settings?: Settings;
  /** The feed loaded or loading: its address, or '' for the bundled tour. */
  #feedKey?: string;
  #ticket = 0;
  #controller?: AbortController;
  #queued = false;
  #act: AppActions = {
    retry: () => {
      this.#load();
      // The button is gone: the calendar's title takes the focus, and says what comes.
      this.shadowRoot?.getElementById('title')?.focus();
    },
    toggleMenu: (id) => this.#dispatch({ type: 'toggle-menu', id }),
    closeMenu: () => this.#dispatch({ type: 'close-menu' }),
    toggleProgramme: (id) => this.#dispatch({ type: 'toggle-programme', id }),
    download: (stop) => this.#download(stop),
  };

  connectedCallback(): void {
    guard(() => this.#update());
  }

  disconnectedCallback(): void {
    guard(() => {
      this.#controller?.abort();
      this.#feedKey = undefined;
    });
  }

  /** Several attributes set in a row make one update. */
  attributeChangedCallback(): void {
    if (!this.isConnected || !this.#mount || this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      guard(() => this.#update());
    });
  }

  #update(): void {
    if (!this.#mount) {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      applyStyles(root);
      this.#mount = document.createElement('div');
      root.append(this.#mount);
    }
    const { settings, warnings } = readSettings((name) => this.getAttribute(name), {
      pageLang: document.documentElement.lang,
      baseUrl: document.baseURI,
      defaultFeed: DEFAULT_FEED,
    });
    warnings.forEach(warn);
    this.#settings = settings;
    const key = settings.feed ?? '';
    if (key === this.#feedKey) this.#render();
    else {
      this.#feedKey = key;
      this.#load();
    }
  }

  #load(): void {
    const settings = this.#settings!;
    const ticket = ++this.#ticket;
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    this.#dispatch({ type: 'load' });
    const loading: Promise<Loaded> = settings.feed
      ? fetchFeed(settings.feed, controller.signal)
      : bundledFeed(loadTour);
    guard(async () => {
      const loaded = await loading;
      if (ticket !== this.#ticket) return;
      this.#dispatch(loaded.ok ? { type: 'loaded', feed: loaded.feed } : { type: 'failed', error: loaded.error });
      if (loaded.problems.length > 0) await this.#explain(loaded);
    });
  }

  /** Feed problems, in words, for the publisher who opens the console. */
  async #explain(loaded: Loaded): Promise<void> {
    const { lang, feed } = this.#settings!;
    const { describeProblems } = await loadDiagnostics();
    for (const line of describeProblems(loaded.problems, lang)) warn(`${feed ?? 'tour-2019.json'} ${line}`);
  }

  #download(stop: Stop): void {
    const { phase } = this.#state;
    if (phase.name !== 'ready') return;
    downloadIcs(stop, this.#settings!.lang, new Date(phase.feed.updated)).catch((error: unknown) => {
      warn(String(error));
      this.#dispatch({ type: 'ics-failed', id: stop.id });
    });
  }

  #dispatch(event: Event): void {
    this.#state = next(this.#state, event);
    this.#render();
  }

  #render(): void {
    guard(() => {
      const settings = this.#settings!;
      const { phase } = this.#state;
      const day = today(settings);
      const selection = phase.name === 'ready' ? select(phase.feed.stops, settings, day) : undefined;
      const view = App({
        state: this.#state,
        settings,
        selection,
        today: day,
        tourIcsUrl: tourIcsUrl(settings.feed),
        act: this.#act,
      });
      mount(this.#mount!, view);
      const shown = selection?.kind === 'stops' ? selection.items.map((item) => item.stop) : [];
      const organizer = phase.name === 'ready' ? phase.feed.organizer : undefined;
      writeJsonLd(this, settings.jsonLd ? shown : [], organizer, settings.lang);
    });
  }
}
