/**
 * The built extension in a real Chromium, as a user loads it, with a published feed on localhost.
 * The test build (`npm run build:extension:test`) reads http://127.0.0.1:47815/stops.json.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { readFeed, todayIn, type CivilDate, type FeedInput, type Lang } from '../../../shared/index.ts';
import { buildSite } from '../../../shared/publisher/site.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../support/chromium.ts';
import { serveFolder, type StaticServer } from '../../support/static-server.ts';

export const FEED_PORT = 47815;
export const ROOT = resolve(import.meta.dirname, '../../..');
export const TEST_BUILD = join(ROOT, '.output/test-chrome-mv3');
export const ZONE = 'Europe/Paris';

export const today = (): CivilDate => todayIn(new Date(), ZONE);

/**
 * Serves what the publisher writes for a feed (stops.json, intercotour.ics, stops/<id>.ics), or
 * an error while `failWith` is set.
 */
export interface FeedServer {
  origin: string;
  publish: (feed: FeedInput, options?: { hosted?: boolean }) => void;
  failWith: (status: number | undefined) => void;
  /** Answers one more address with this JSON (another feed beside the default one). */
  serveJson: (path: string, body: unknown) => void;
  requests: string[];
  close: () => Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  let server: StaticServer;
  try {
    server = await serveFolder(join(ROOT, 'test/fixtures/extension'), { port: FEED_PORT });
  } catch (error) {
    throw new Error(`Port ${FEED_PORT} is taken: the test build of the extension reads its feed there.`, {
      cause: error,
    });
  }
  let files = new Map<string, { type: string; body: string }>();
  const extra = new Map<string, string>();
  let status: number | undefined;
  const requests: string[] = [];
  server.route((request, response) => {
    const path = new URL(request.url ?? '/', server.origin).pathname;
    requests.push(path);
    if (status !== undefined) {
      response.writeHead(status, { 'Content-Type': 'text/plain' }).end('Unavailable');
      return true;
    }
    const json = extra.get(path);
    if (json !== undefined) {
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(json);
      return true;
    }
    const file = files.get(path);
    if (!file) return false;
    response.writeHead(200, { 'Content-Type': file.type, 'Access-Control-Allow-Origin': '*' }).end(file.body);
    return true;
  });
  return {
    origin: server.origin,
    publish: (input, options = {}) => {
      const result = readFeed(input);
      if (!result.ok) throw new Error(`fixture feed does not read: ${JSON.stringify(result.problems)}`);
      const site = buildSite(result.feed, options.hosted === false ? {} : { baseUrl: server.origin });
      files = new Map(site.map((file) => [`/${file.path}`, { type: file.contentType, body: file.content }]));
    },
    failWith: (value) => (status = value),
    serveJson: (path, body) => extra.set(path, JSON.stringify(body)),
    requests,
    close: () => server.close(),
  };
}

export interface Extension {
  context: BrowserContext;
  id: string;
  userDataDir: string;
  /** The service worker as it is now (it may have been restarted). */
  worker: () => Worker;
  /** Runs in the background's global scope, where `chrome.*` is the extension's. */
  inWorker: <T>(fn: () => Promise<T> | T) => Promise<T>;
  /** The language of the catalog the browser picked for the extension. */
  lang: Lang;
  open: (path: string) => Promise<Page>;
  /** Closes the browser and keeps its profile, for a restart on it. */
  close: () => Promise<void>;
  /** Closes the browser and deletes its profile: the end of a test file. */
  dispose: () => Promise<void>;
}

export const REAL_BUILD = join(ROOT, '.output/chrome-mv3');

/**
 * Launches Chromium with the test build (or another build folder); the same `userDataDir` again
 * is a browser restart.
 */
export async function launchExtension(
  userDataDir?: string,
  build: string = TEST_BUILD,
  language: Lang = 'fr',
): Promise<Extension> {
  const dir = userDataDir ?? (await mkdtemp(join(tmpdir(), 'intercotour-extension-')));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: language === 'fr' ? 'fr-FR' : 'en-US',
    // The worker's "local time" is the browser process's zone: Paris, like the test's clock. Chromium
    // on Linux takes its interface language, and so the extension's catalog, from the environment
    // (with the chromium-l10n package): officials have it in French.
    env: {
      ...process.env,
      TZ: ZONE,
      LANGUAGE: language,
      LANG: language === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8',
    },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${build}`, `--load-extension=${build}`],
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const id = new URL(first.url()).host;
  const worker = () => context.serviceWorkers().find((item) => item.url().includes(id)) ?? first;
  const inWorker = <T>(fn: () => Promise<T> | T) => worker().evaluate(fn);
  const lang = (await inWorker(() => chrome.i18n.getMessage('lang'))) as Lang;
  if (lang !== language) {
    await context.close();
    throw new Error(`Chromium showed the extension in "${lang}", not "${language}": install chromium-l10n.`);
  }
  return {
    context,
    id,
    userDataDir: dir,
    worker,
    inWorker,
    lang,
    open: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    close: () => context.close(),
    dispose: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the service worker as Chrome does after 30 idle seconds (its target closes), then wakes
 * it with an event, as any message would. Resolves once a fresh worker answers.
 */
export async function restartWorker(extension: Extension): Promise<void> {
  const cdp = await extension.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((info) => info.type === 'service_worker' && info.url.includes(extension.id));
  if (!target) throw new Error('no service worker to stop');
  // A mark in the worker's globals: a fresh worker does not have it.
  await extension.inWorker(() => void ((globalThis as { stoppedOnce?: boolean }).stoppedOnce = true));
  await cdp.send('Target.closeTarget', { targetId: target.targetId });
  await waitFor(async () => {
    const { targetInfos: now } = await cdp.send('Target.getTargets');
    return !now.some((info) => info.type === 'service_worker' && info.url.includes(extension.id));
  }, 'the worker to stop');
  const page = await extension.open('options.html');
  // Any event wakes the worker; an unknown message is ignored by it.
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'wake-up' }).catch(() => undefined));
  await page.close();
  await waitFor(
    async () => (await extension.inWorker(() => (globalThis as { stoppedOnce?: boolean }).stoppedOnce)) === undefined,
    'a fresh worker',
  );
  await cdp.detach();
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // The worker may be between lives: try again.
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

export interface BadgeState {
  text: string;
  title: string;
}

export const readBadge = (extension: Extension): Promise<BadgeState> =>
  extension.inWorker(async () => ({
    text: await chrome.action.getBadgeText({}),
    title: await chrome.action.getTitle({}),
  }));

/** Ids of the notifications on screen, oldest first. */
export const notificationIds = (extension: Extension): Promise<string[]> =>
  extension.inWorker(async () => Object.keys(await chrome.notifications.getAll()).sort());

export const alarmTimes = (extension: Extension): Promise<Record<string, number>> =>
  extension.inWorker(async () =>
    Object.fromEntries((await chrome.alarms.getAll()).map((alarm) => [alarm.name, alarm.scheduledTime])),
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
