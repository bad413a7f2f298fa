/**
 * `<intercotour-calendar>`: an open shadow root (axe-core and assistive tools need to see in),
 * settings read from attributes at the edge, one feed load per feed address, and the shared UI
 * rendered by Preact from the calendar's signals. Every way in is guarded: nothing it does can
 * throw into the host page.
 */
import { effect, signal, type Signal } from '@preact/signals';
import { h, render } from 'preact';
import { calendarView, type CivilDate, type Shown, type Stop } from '../../shared/index.ts';
import { App } from './app.tsx';
import { ATTRIBUTES } from './attributes.ts';
import { DEFAULT_FEED } from './build-flags.ts';
import { loadBundledFeed, loadFeed } from './feed/load-feed.ts';
import { downloadIcs } from './ics-download.ts';
import { writeJsonLd } from './json-ld.ts';
import { loadDiagnostics } from './lazy.ts';
import { guard, warn } from './log.ts';
import type { Phase } from './phase.ts';
import { readSettings, type Settings } from './settings.ts';
import { applyStyles } from './styles.ts';
import { visitorToday } from './today.ts';

export const TAG = 'intercotour-calendar';

export class IntercotourCalendar extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #settings?: Signal<Settings>;
  #phase = signal<Phase>({ name: 'loading' });
  /** The feed loaded or loading: its address, or '' for the bundled tour. */
  #feedKey?: string;
  #ticket = 0;
  #queued = false;
  #stopJsonLd?: () => void;

  connectedCallback(): void {
    guard(() => this.#update());
  }

  disconnectedCallback(): void {
    guard(() => {
      this.#feedKey = undefined;
      this.#ticket += 1;
      this.#stopJsonLd?.();
      this.#stopJsonLd = undefined;
    });
  }

  /** Several attributes set in a row make one update. */
  attributeChangedCallback(): void {
    if (!this.isConnected || !this.#settings || this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      guard(() => this.#update());
    });
  }

  #update(): void {
    const { settings, rejected } = readSettings((name) => this.getAttribute(name), {
      pageLang: document.documentElement.lang,
      baseUrl: document.baseURI,
      defaultFeed: DEFAULT_FEED,
    });
    if (rejected.length > 0) {
      guard(async () => (await loadDiagnostics()).describeRejected(rejected, settings.lang).forEach(warn));
    }
    const first = !this.#settings;
    if (this.#settings) this.#settings.value = settings;
    else this.#settings = signal(settings);
    const key = settings.feed ?? '';
    if (key !== this.#feedKey) {
      this.#feedKey = key;
      this.#load();
    }
    if (first) this.#mount(this.#settings);
    this.#stopJsonLd ??= effect(() => guard(() => this.#writeJsonLd()));
  }

  #mount(settings: Signal<Settings>): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    applyStyles(root);
    const container = document.createElement('div');
    root.append(container);
    render(
      h(App, {
        settings,
        phase: this.#phase,
        today: () => this.#today(),
        onRetry: () => this.#retry(),
        onIcs: (stop: Stop) => this.#download(stop),
      }),
      container,
    );
  }

  /** The visitor's day, in the visitor's zone, unless the page fixed it with `now`. */
  #today(): CivilDate {
    return this.#settings?.value.today ?? visitorToday(new Date());
  }

  #load(): void {
    const settings = this.#settings!.value;
    const ticket = ++this.#ticket;
    this.#phase.value = { name: 'loading' };
    const loading = settings.feed ? loadFeed(settings.feed) : loadBundledFeed();
    guard(async () => {
      const shown = await loading;
      if (ticket !== this.#ticket) return;
      this.#show(shown);
      if (!shown.ok) warn(`${settings.feed ?? 'tour-2019.json'}: ${JSON.stringify(shown.error)}`);
      if (shown.problems.length > 0) await this.#explain(shown);
    });
  }

  #show(shown: Shown): void {
    this.#phase.value = shown.ok
      ? { name: 'ready', feed: shown.feed, copy: shown.copy }
      : { name: 'error', error: shown.error };
  }

  #retry(): void {
    this.#load();
    // The button is gone: the calendar's title takes the focus, and says what comes.
    this.shadowRoot?.getElementById('title')?.focus();
  }

  /** Feed problems, in words, for the publisher who opens the console. */
  async #explain(shown: Shown): Promise<void> {
    const { lang, feed } = this.#settings!.value;
    const { describeProblems } = await loadDiagnostics();
    for (const line of describeProblems(shown.problems, lang)) warn(`${feed ?? 'tour-2019.json'} ${line}`);
  }

  async #download(stop: Stop): Promise<void> {
    const phase = this.#phase.value;
    if (phase.name !== 'ready') return;
    try {
      await downloadIcs(stop, this.#settings!.value.lang, new Date(phase.feed.updated));
    } catch (error) {
      warn(String(error));
      throw error;
    }
  }

  /** schema.org data for the stops shown, in the light DOM where search engines read it. */
  #writeJsonLd(): void {
    const settings = this.#settings?.value;
    const phase = this.#phase.value;
    if (!settings || phase.name !== 'ready' || !settings.jsonLd) {
      writeJsonLd(this, [], undefined, settings?.lang ?? 'fr');
      return;
    }
    const { regions, view, limit, lang } = settings;
    const calendar = calendarView({ stops: phase.feed.stops, regions, today: this.#today(), layout: view, limit });
    writeJsonLd(this, calendar.kind === 'stops' ? calendar.stops : [], phase.feed.organizer, lang);
  }
}
