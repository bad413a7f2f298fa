/**
 * The built extension in a real Firefox ESR, installed as a user installs a temporary add-on, with
 * the feed server of the Chromium tests. The test build (`npm run build:extension:test:firefox`)
 * reads http://127.0.0.1:47815/stops.json.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { Lang } from '../../../shared/index.ts';
import { launchFirefox, openLoaded } from '../../support/firefox.ts';
import { ROOT, ZONE } from '../../extension/support/harness.ts';

export const FIREFOX_TEST_BUILD = join(ROOT, '.output/test-firefox-mv3');
const GECKO_ID = 'intercotour@interconnectes.com';
/** A fixed internal host: Firefox draws a random one per profile otherwise. */
const ADDON_UUID = '6d1f3c52-8a0e-4b7d-9c3f-2e5a7b9d0c14';
export const ORIGIN = `moz-extension://${ADDON_UUID}`;

export interface FirefoxExtension {
  browser: Browser;
  profile: string;
  /** The language of the catalog Firefox picked for the extension. */
  lang: Lang;
  open: (path: string) => Promise<Page>;
  /** Runs in an extension page, where `browser.*` is the extension's API (the background has no handle). */
  inExtension: <T>(fn: () => Promise<T> | T) => Promise<T>;
  /** Closes Firefox and keeps its profile, for a restart on it. */
  close: () => Promise<void>;
  /** Closes Firefox and deletes its profile: the end of a test file. */
  dispose: () => Promise<void>;
}

export interface LaunchOptions {
  /** The same profile again is a browser restart. */
  profile?: string;
  lang?: 'fr' | 'en';
}

export async function launchFirefoxExtension(options: LaunchOptions = {}): Promise<FirefoxExtension> {
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'intercotour-firefox-')));
  const firefox = await launchFirefox({
    profile,
    lang: options.lang ?? 'fr',
    prefs: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }),
    },
    // The background's "local time" is the browser process's zone: Paris, like the test's clock.
    env: { TZ: ZONE },
  });
  // A temporary add-on is gone when Firefox closes; its storage, kept under the fixed host, stays.
  await firefox.installExtension(FIREFOX_TEST_BUILD);
  const open = (path: string) => openLoaded(firefox, `${ORIGIN}/${path}`);
  // One quiet extension page to call the API from, opened when first needed.
  let probe: Promise<Page> | undefined;
  const inExtension = async <T>(fn: () => Promise<T> | T): Promise<T> => {
    probe ??= open('options.html').then(async (page) => {
      await page.evaluate(recordNotifications);
      return page;
    });
    return (await probe).evaluate(fn);
  };
  const lang = (await inExtension(() => browser.i18n.getMessage('lang'))) as Lang;
  const close = () => firefox.close();
  return {
    browser: firefox,
    profile,
    lang,
    open,
    inExtension,
    close,
    dispose: async () => {
      await close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export interface BadgeState {
  text: string;
  title: string;
}

export const readBadge = (extension: FirefoxExtension): Promise<BadgeState> =>
  extension.inExtension(async () => ({
    text: await browser.action.getBadgeText({}),
    title: await browser.action.getTitle({}),
  }));

declare global {
  var noticesSeen: string[] | undefined;
}

/**
 * Headless Firefox takes a notification off the screen after a while (and never sends `onShown`),
 * and `getAll()` then no longer lists it: each one is recorded while on screen or as it goes.
 */
function recordNotifications(): void {
  const seen = (globalThis.noticesSeen = [] as string[]);
  const note = (id: string) => void (seen.includes(id) || seen.push(id));
  browser.notifications.onClosed.addListener(note);
  setInterval(() => void browser.notifications.getAll().then((all) => Object.keys(all).forEach(note)), 50);
}

/** Ids of the notifications shown since the tests first called the API, oldest first. */
export const noticesShown = (extension: FirefoxExtension): Promise<string[]> =>
  extension.inExtension(() => globalThis.noticesSeen ?? []);

/** The reminders the extension has recorded as shown (it never shows one twice). */
export const remindersShown = (extension: FirefoxExtension): Promise<string[]> =>
  extension.inExtension(
    async () =>
      ((await browser.storage.local.get('reminders')).reminders as { shown?: string[] } | undefined)?.shown ?? [],
  );

export const alarmTimes = (extension: FirefoxExtension): Promise<Record<string, number>> =>
  extension.inExtension(async () =>
    Object.fromEntries((await browser.alarms.getAll()).map((alarm) => [alarm.name, alarm.scheduledTime])),
  );

const AXE = readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.1 A/AA rules on a page. Evaluated through the protocol: the extension's CSP
 * rightly forbids injecting a script tag.
 */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  await page.evaluate(await AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } })
      .axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}
