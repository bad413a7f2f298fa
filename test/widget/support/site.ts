/**
 * The browser tests' world: the repository served on localhost (the built widget under
 * /dist/widget/, fixtures under /test/fixtures/widget/), host pages written per test, feeds that
 * fail on demand, and a Chromium page that records what it requests, logs and refuses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../support/chromium.ts';
import { serveFolder, type StaticServer } from '../../support/static-server.ts';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const SCRIPT = '/dist/widget/intercotour-widget.js';
export const FIXTURES = '/test/fixtures/widget';
/** The 2031 test tour, served where the publisher would put it (so subscription is offered). */
export const FEED = '/feeds/2031/stops.json';
/** The day the tests stand on: the stop in Île-de-France is then 12 days away. */
export const TODAY = '2031-05-01';

export function fixture(path: string): string {
  return readFileSync(`${REPO}${FIXTURES.slice(1)}/${path}`, 'utf8');
}

export function assertBuilt(): void {
  if (!existsSync(`${REPO}${SCRIPT.slice(1)}`)) {
    throw new Error('The browser tests run against the built widget: run `npm run build:widget` first.');
  }
}

export interface PageOptions {
  lang?: string;
  head?: string;
  body: string;
  headers?: Record<string, string>;
}

/** A host page: a neutral municipal page with the given body inside <main>. */
export function hostPage({ lang = 'fr', head = '', body }: PageOptions): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>Commune d’essai — agenda</title>${head}</head>
<body><header><p>Commune d’essai</p></header><main><h1>Agenda de la commune</h1>${body}</main></body>
</html>`;
}

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface Site {
  server: StaticServer;
  origin: string;
  /** Serves `html` at `path` (with extra headers, a CSP for instance). */
  page: (path: string, options: PageOptions) => string;
  /** Answers `path` with `handler`; replaces a previous handler for the same path. */
  on: (path: string, handler: Handler) => string;
  close: () => Promise<void>;
}

/**
 * A Chromium and the test site for the calling test file: started before its tests, closed
 * after them. Read the fields inside tests and hooks, once `beforeAll` has filled them.
 */
export function siteInChromium(): { browser: Browser; site: Site } {
  const opened = {} as { browser: Browser; site: Site };
  beforeAll(async () => {
    [opened.browser, opened.site] = await Promise.all([launchChromium(), startSite()]);
  });
  afterAll(async () => {
    await opened.browser?.close();
    await opened.site?.close();
  });
  return opened;
}

export async function startSite(): Promise<Site> {
  assertBuilt();
  const server = await serveFolder(REPO);
  const handlers = new Map<string, Handler>();
  server.route((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return true;
    }
    const handler = handlers.get(path);
    if (!handler) return false;
    handler(request, response);
    return true;
  });
  const on = (path: string, handler: Handler) => {
    handlers.set(path, handler);
    return `${server.origin}${path}`;
  };
  const site: Site = {
    server,
    origin: server.origin,
    on,
    page: (path, options) =>
      on(path, (_request, response) => {
        response
          .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...options.headers })
          .end(hostPage(options));
      }),
    close: () => server.close(),
  };
  site.on(FEED, json(fixture('feeds/tour-2031.json')));
  return site;
}

export function json(body: string, status = 200): Handler {
  return (_request, response) => {
    response
      .writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' })
      .end(body);
  };
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  requests: string[];
  errors: string[];
  warnings: string[];
  /** CSP violations reported in the page (`securitypolicyviolation`). */
  violations: () => Promise<string[]>;
}

/** A fresh context and page that record requests, console errors and warnings, and CSP violations. */
export async function watchedPage(browser: Browser): Promise<Watched> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return {
    page,
    context,
    requests,
    errors,
    warnings,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

/** Waits until `count` calendars are on the page and none is still loading. */
export async function calendarsReady(page: Page, count = 1): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const calendars = [...document.querySelectorAll('intercotour-calendar')];
      return (
        calendars.length === expected &&
        calendars.every((calendar) => {
          const root = calendar.shadowRoot;
          return root?.querySelector('h2') && !root.querySelector('[aria-busy="true"]');
        })
      );
    },
    count,
    { timeout: 15_000 },
  );
}

/** Each calendar's visible text (shadow roots included), in page order. */
export function calendarTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('intercotour-calendar')].map((calendar) => calendar.shadowRoot?.textContent ?? ''),
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
