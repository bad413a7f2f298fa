/**
 * The widget's test site (test/widget/support/site.ts) with a French Firefox ESR instead of
 * Chromium, and the few page helpers puppeteer lacks next to Playwright's.
 */
import type { Browser, BrowserContext, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { launchFirefox } from '../../support/firefox.ts';
import { startSite, type Site } from '../../widget/support/site.ts';

/**
 * A Firefox and the test site for the calling test file: started before its tests, closed after
 * them. Read the fields inside tests and hooks, once `beforeAll` has filled them.
 */
export function siteInFirefox(): { browser: Browser; site: Site } {
  const opened = {} as { browser: Browser; site: Site };
  beforeAll(async () => {
    // The pages' languages too, not only the interface's: a French visitor's browser.
    [opened.browser, opened.site] = await Promise.all([
      launchFirefox({ lang: 'fr', prefs: { 'intl.accept_languages': 'fr-FR, fr' } }),
      startSite(),
    ]);
  });
  afterAll(async () => {
    await opened.browser?.close();
    await opened.site?.close();
  });
  return opened;
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  errors: string[];
  /** CSP violations reported in the page (`securitypolicyviolation`). */
  violations: () => Promise<string[]>;
}

/** A fresh context and page that record console errors, page errors and CSP violations. */
export async function watchedPage(browser: Browser): Promise<Watched> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Injected by the protocol, so a strict CSP on the page does not block the listener itself.
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return {
    page,
    context,
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

/** Waits until `count` calendars are on the page and none is still loading. */
export async function calendarsReady(page: Page, count = 1): Promise<void> {
  await page.waitForFunction(
    (expected: number) => {
      const calendars = [...document.querySelectorAll('intercotour-calendar')];
      return (
        calendars.length === expected &&
        calendars.every((calendar) => {
          const root = calendar.shadowRoot;
          return root?.querySelector('h2') && !root.querySelector('[aria-busy="true"]');
        })
      );
    },
    { timeout: 15_000 },
    count,
  );
}

/** The stops each calendar shows, by their cards' headings (the city). */
export function stopCities(page: Page): Promise<string[][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('intercotour-calendar')].map((calendar) =>
      [...(calendar.shadowRoot?.querySelectorAll('li.ic-stop .ic-city') ?? [])].map((city) => city.textContent ?? ''),
    ),
  );
}

/** Each calendar's text (shadow roots included), in page order. */
export function calendarTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('intercotour-calendar')].map((calendar) => calendar.shadowRoot?.textContent ?? ''),
  );
}

/** Waits for an element inside the first calendar's shadow root; `text` picks among matches by exact text. */
export async function inCalendar(page: Page, selector: string, text?: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (css: string, wanted: string | null) =>
      [...(document.querySelector('intercotour-calendar')?.shadowRoot?.querySelectorAll(css) ?? [])].find(
        (element) => wanted === null || element.textContent?.trim() === wanted,
      ),
    { timeout: 10_000 },
    selector,
    text ?? null,
  );
  return handle as ElementHandle<Element>;
}

/**
 * Waits for the calendars' last lazy piece, the schema.org data in the light DOM: leaving the page
 * before it would abort its load, which the widget rightly reports as an error.
 */
export async function calendarsSettled(page: Page, count = 1): Promise<void> {
  await calendarsReady(page, count);
  await page.waitForFunction(
    (expected: number) =>
      document.querySelectorAll('intercotour-calendar > script[type="application/ld+json"]').length === expected,
    { timeout: 15_000 },
    count,
  );
}
