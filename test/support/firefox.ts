/**
 * Finds and launches the system Firefox ESR for browser tests, driven by puppeteer-core over
 * WebDriver BiDi (no geckodriver, no browser download). `FIREFOX_PATH` overrides the search.
 * French by default: the language pack (`firefox-esr-l10n-fr`) gives the catalog users see.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Firefox found for the browser tests. Install one (Debian: ' +
        '`apt-get install -y firefox-esr firefox-esr-l10n-fr`) or point FIREFOX_PATH at a Firefox binary.',
    );
  }
  return found;
}

export interface FirefoxOptions {
  /** A profile folder to keep (a restart reuses it); a temporary one otherwise. */
  profile?: string;
  /** The interface language; the extension's catalog follows it. */
  lang?: 'fr' | 'en';
  prefs?: Record<string, unknown>;
  env?: Record<string, string | undefined>;
}

/**
 * `INTERCOTOUR_FIREFOX_LOG=1`: Firefox's output, the extension's `console` calls included (the
 * background has no other window), goes to the test's stderr. For chasing a failure by hand.
 */
const LOG = process.env.INTERCOTOUR_FIREFOX_LOG === '1';
const LOG_PREFS = LOG ? { 'devtools.console.stdout.chrome': true, 'devtools.console.stdout.content': true } : {};

export function launchFirefox(options: FirefoxOptions = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    ...(options.profile ? { userDataDir: options.profile } : {}),
    // Without it Firefox refuses to navigate to moz-extension:// pages from the remote protocol.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'intl.locale.requested': options.lang ?? 'fr', ...LOG_PREFS, ...options.prefs },
    env: { ...process.env, ...options.env },
    dumpio: LOG,
  });
}

/**
 * Opens a page and waits until it has loaded. BiDi sends no load event for moz-extension://
 * pages, so `goto` is started without being awaited and the page's own state is polled.
 */
export async function openLoaded(browser: Browser, url: string, timeoutMs = 20_000): Promise<Page> {
  const page = await browser.newPage();
  // It never resolves for an extension page, and rejects when the page closes: neither matters.
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState }))
      .catch(() => undefined);
    if (state?.href === url && state.ready === 'complete') return page;
    if (Date.now() > deadline) throw new Error(`timed out loading ${url}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
