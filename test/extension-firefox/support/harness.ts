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
  /** More Firefox preferences. */
  prefs?: Record<string, unknown>;
}

export async function launchFirefoxExtension(options: LaunchOptions = {}): Promise<FirefoxExtension> {
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'intercotour-firefox-')));
  const firefox = await launchFirefox({
    profile,
    lang: options.lang ?? 'fr',
    prefs: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }),
      ...options.prefs,
    },
    // The background's "local time" is the browser process's zone: Paris, like the test's clock.
    env: { TZ: ZONE },
  });
  // A temporary add-on is gone when Firefox closes; its storage, kept under the fixed host, stays.
  // So every launch is an install, and the add-on opens its options page for the new user.
  await firefox.installExtension(FIREFOX_TEST_BUILD);
  await installOptionsPage(firefox);
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

/**
 * Waits for the options page the add-on opens at install (`runtime.openOptionsPage`). Firefox loads
 * it into the selected tab when that tab is empty (it reuses a blank tab): a page of ours opened
 * before it, still blank, would be navigated to it under the test, its document and what the test
 * put there (the notification record) gone. Once it is open, no page of ours can be taken over.
 */
async function installOptionsPage(firefox: Browser, timeoutMs = 20_000): Promise<void> {
  const url = `${ORIGIN}/options.html`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const states = await Promise.all(
      (await firefox.pages()).map((page) =>
        page.evaluate(() => ({ href: location.href, ready: document.readyState })).catch(() => undefined),
      ),
    );
    if (states.some((state) => state?.href === url && state.ready === 'complete')) return;
    if (Date.now() > deadline) throw new Error(`the add-on did not open ${url} at install`);
    await new Promise((done) => setTimeout(done, 100));
  }
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
 * Headless Firefox has no notification server: a notification is off the screen (out of
 * `getAll()`) a few milliseconds after it was created, and `onShown` never comes. `onClosed` is its
 * one witness: each id is recorded from it, in the probe page, from launch on.
 */
async function recordNotifications(): Promise<void> {
  const seen = (globalThis.noticesSeen = [] as string[]);
  browser.notifications.onClosed.addListener((id) => void (seen.includes(id) || seen.push(id)));
  // The listener is registered by a message to the parent; a call sent after it is answered after
  // it: once answered, no notification can slip by unrecorded.
  for (const id of Object.keys(await browser.notifications.getAll())) if (!seen.includes(id)) seen.push(id);
}

/**
 * Ids of the notifications shown since launch, oldest first (those still on screen too). Throws if
 * the probe page lost its record: an empty list must mean that nothing was shown.
 */
export const noticesShown = (extension: FirefoxExtension): Promise<string[]> =>
  extension.inExtension(async () => {
    const seen = globalThis.noticesSeen;
    if (!seen) throw new Error('the probe page lost its record of notifications');
    for (const id of Object.keys(await browser.notifications.getAll())) if (!seen.includes(id)) seen.push(id);
    return [...seen];
  });

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

/** What the extension holds now, said when a wait times out: the alarms, the record, the screen. */
export async function extensionState(extension: FirefoxExtension): Promise<Record<string, unknown>> {
  const [alarms, shown, notices] = await Promise.allSettled([
    alarmTimes(extension),
    remindersShown(extension),
    noticesShown(extension),
  ]);
  const value = (result: PromiseSettledResult<unknown>) =>
    result.status === 'fulfilled' ? result.value : `unreadable: ${String(result.reason)}`;
  return { now: Date.now(), alarms: value(alarms), remindersShown: value(shown), noticesShown: value(notices) };
}

/**
 * Polls a condition until it holds. Unlike a bare timeout, the failure says what the last check
 * threw and, given `state`, what the extension held then: a wait that ends says why.
 */
export async function waitUntil(
  check: () => Promise<boolean>,
  what: string,
  options: { timeoutMs?: number; state?: () => Promise<unknown> } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    let failure: unknown;
    try {
      if (await check()) return;
    } catch (error) {
      failure = error;
    }
    if (Date.now() > deadline) {
      const state = options.state ? await options.state().catch((error: unknown) => String(error)) : undefined;
      throw new Error(
        `timed out waiting for ${what}` +
          (failure === undefined
            ? ''
            : `; the last check threw: ${failure instanceof Error ? failure.message : JSON.stringify(failure)}`) +
          (state === undefined ? '' : `; the extension held: ${JSON.stringify(state)}`),
      );
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}

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
