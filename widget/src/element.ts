/**
 * `<intercotour-calendar>`: an open shadow root (axe-core and assistive tools need to see in),
 * settings read from attributes at the edge, one feed load per feed address. Its state is two
 * signals (settings, the feed's phase); while it is in the page, one effect renders the shared UI
 * from them with Preact and another writes the schema.org data. Every way in is guarded: nothing
 * it does can throw into the host page.
 */
import { computed, effect, signal } from '@preact/signals-core';
import { h, render } from 'preact';
import { calendarView, type CivilDate, type Shown, type Stop } from '../../shared/index.ts';
import { App } from './app.tsx';
import { ATTRIBUTES } from './attributes.ts';
import { DEFAULT_FEED } from './build-flags.ts';
import { loadBundledFeed, loadFeed } from './feed/load-feed.ts';
import { hostScheme } from './host-scheme.ts';
import { downloadIcs } from './ics-download.ts';
import { removeJsonLd } from './json-ld.ts';
import { loadDiagnostics, loadJsonLd } from './lazy.ts';
import { guard, warn } from './log.ts';
import type { Phase } from './phase.ts';
import { readSettings, type Settings } from './settings.ts';
import { applyStyles } from './styles.ts';
import { visitorToday } from './today.ts';
import { unpolluted, unpollutedRerenders } from './unpolluted.ts';

export const TAG = 'intercotour-calendar';

/** Marks the element's class in every copy of the script, so that copies know each other. */
const MARK = Symbol.for('intercotour.calendar');

export class IntercotourCalendar extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  static readonly [MARK] = true;

  /** True for this class from any copy of the widget's script, false for a page's own element. */
  static isOurs(defined: CustomElementConstructor): boolean {
    return (defined as unknown as Record<symbol, unknown>)[MARK] === true;
  }

  #settings = signal<Settings | undefined>(undefined);
  #phase = signal<Phase>({ name: 'loading' });
  /** What the stops shown are, once the feed is in: for the screen and for search engines. */
  #calendar = computed(() => {
    const settings = this.#settings.value;
    const phase = this.#phase.value;
    if (!settings || phase.name !== 'ready') return undefined;
    const { regions, view, limit } = settings;
    return calendarView({ stops: phase.feed.stops, regions, today: this.#today(), layout: view, limit });
  });
  #container?: HTMLElement;
  /** The effects' disposers, while the element is in the page. */
  #effects: (() => void)[] = [];
  /** The feed loaded or loading: its address, or '' for the bundled tour. */
  #feedKey?: string;
  #ticket = 0;
  #queued = false;
  /** Which JSON-LD write is the latest: an older one that was waiting for its chunk gives way. */
  #jsonLdTurn = 0;

  connectedCallback(): void {
    guard(() => this.#update());
  }

  disconnectedCallback(): void {
    guard(() => {
      this.#feedKey = undefined;
      this.#ticket += 1;
      for (const dispose of this.#effects.splice(0)) dispose();
    });
  }

  /** Several attributes set in a row make one update. */
  attributeChangedCallback(): void {
    if (!this.isConnected || !this.#settings.peek() || this.#queued) return;
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
    this.#settings.value = settings;
    const key = settings.feed ?? '';
    if (key !== this.#feedKey) {
      this.#feedKey = key;
      this.#load();
    }
    if (this.#effects.length === 0) {
      const container = this.#mount();
      this.#effects = [
        effect(() => guard(() => this.#render(container))),
        effect(() => guard(() => this.#writeJsonLd())),
      ];
    }
  }

  #mount(): HTMLElement {
    if (!this.#container) {
      unpollutedRerenders();
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      applyStyles(root);
      this.#container = document.createElement('div');
      root.append(this.#container);
    }
    return this.#container;
  }

  #render(container: HTMLElement): void {
    const settings = this.#settings.value;
    if (!settings) return;
    const calendar = this.#calendar.value;
    const props = {
      settings,
      phase: this.#phase.value,
      today: this.#today(),
      onRetry: this.#retry,
      onIcs: this.#download,
      ...(calendar ? { calendar } : {}),
    };
    // Only `auto` watches the host page's scheme.
    const scheme = settings.theme === 'auto' ? hostScheme().value : undefined;
    unpolluted(() => render(h(App, scheme ? { ...props, hostScheme: scheme } : props), container));
  }

  /** The visitor's day, in the visitor's zone, unless the page fixed it with `now`. */
  #today(): CivilDate {
    return this.#settings.value?.today ?? visitorToday(new Date());
  }

  #load(): void {
    const settings = this.#settings.peek()!;
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

  #retry = (): void => {
    this.#load();
    // The button is gone: the calendar's title takes the focus, and says what comes.
    this.shadowRoot?.getElementById('title')?.focus();
  };

  /** Feed problems, in words, for the publisher who opens the console. */
  async #explain(shown: Shown): Promise<void> {
    const { lang, feed } = this.#settings.peek()!;
    const { describeProblems } = await loadDiagnostics();
    for (const line of describeProblems(shown.problems, lang)) warn(`${feed ?? 'tour-2019.json'} ${line}`);
  }

  #download = async (stop: Stop): Promise<void> => {
    const phase = this.#phase.peek();
    const settings = this.#settings.peek();
    if (phase.name !== 'ready' || !settings) return;
    try {
      await downloadIcs(stop, settings.lang, new Date(phase.feed.updated));
    } catch (error) {
      warn(String(error));
      throw error;
    }
  };

  /** schema.org data for the stops shown, in the light DOM where search engines read it. */
  #writeJsonLd(): void {
    const turn = ++this.#jsonLdTurn;
    const settings = this.#settings.value;
    const phase = this.#phase.value;
    const calendar = this.#calendar.value;
    if (!settings?.jsonLd || phase.name !== 'ready' || calendar?.kind !== 'stops') {
      removeJsonLd(this);
      return;
    }
    const { organizer } = phase.feed;
    guard(async () => {
      const { writeJsonLd } = await loadJsonLd();
      if (turn === this.#jsonLdTurn) writeJsonLd(this, calendar.stops, organizer, settings.lang);
    });
  }
}
