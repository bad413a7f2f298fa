/**
 * The editor's browser tests' world: the built editor served as `npm start` serves it (`serveDemo`,
 * its CSP), a French Chromium, and a fresh French context per test (its own storage, so that no
 * draft leaks from one test into another), which records the page's errors and CSP refusals.
 * Helpers act as a person does, by the words on buttons and labels, and wait with Playwright's
 * own waits (the screenshot script uses them outside vitest).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { StaticServer } from '../../support/static-server.ts';
import { ROOT } from './paths.ts';

/**
 * Where the page keeps the draft (`DRAFT_KEY` in shared/publisher/editor/state.ts, which reads
 * `location` when imported, so it is not imported here).
 */
export const DRAFT_KEY = 'intercotour-editor-draft';

export interface Env {
  browser: Browser;
  server: StaticServer;
}

/**
 * A French Chromium, as the staff's: Chromium on Linux takes its language from the environment
 * (with `chromium-l10n`), and a date field's parts follow it (jj/mm/aaaa, not mm/dd/yyyy), which
 * the context's `locale` does not change.
 */
export const FRENCH_CHROMIUM = { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' } as Record<string, string>;

export interface Editor {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors, console errors and CSP refusals, in order. */
  errors: string[];
}

export interface EditorOptions {
  width?: number;
  colorScheme?: 'light' | 'dark';
}

/** A new French context on the editor's page, its title drawn. */
export async function openEditor(
  env: Env,
  { width = 1280, colorScheme = 'light' }: EditorOptions = {},
): Promise<Editor> {
  const context = await env.browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    colorScheme,
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP refused ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(`${env.server.origin}/editor/`);
  await page.getByRole('heading', { level: 1, name: 'Éditeur de la tournée IntercoTOUR' }).waitFor();
  return { page, context, errors };
}

/** The live region where the page says what just happened (opened, failed, restored, downloaded). */
export const statusRegion = (page: Page) => page.locator('main [role="status"]');

/** « Ouverture réussie : « La tournée 2019 », 8 étapes. », and the eight stops drawn. */
export async function openTour2019(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'La tournée 2019', exact: true }).click();
  await statusRegion(page)
    .getByText(/^Ouverture réussie\s*:\s*«\s*La tournée 2019\s*», 8 étapes\.$/)
    .waitFor();
  await stops(page).nth(7).waitFor();
}

/** Every stop's form, in order. */
export const stops = (page: Page) => page.locator('li.ed-stop');

/** The form of the stop whose heading is « Étape N : city ». */
export function stop(page: Page, city: string): Locator {
  const heading = page.getByRole('heading', { level: 3, name: new RegExp(`^Étape \\d+\\s*:\\s*${city}$`) });
  return stops(page).filter({ has: heading });
}

/** The stops' headings, as read (« Étape 1 : Cahors », with its narrow no-break space). */
export const stopHeadings = (page: Page) => stops(page).locator('h3').allTextContents();

/** The key the page names a stop's fields by (`s1` in `s1-end`). */
export async function stopKey(page: Page, city: string): Promise<string> {
  const key = await stop(page, city).getAttribute('id');
  if (!key) throw new Error(`The stop ${city} has no id.`);
  return key;
}

/** Unfolds a folded stop with its « Modifier l’étape … » button. */
export async function unfold(page: Page, city: string): Promise<void> {
  const button = (expanded: boolean) =>
    stop(page, city).locator(`button[aria-expanded="${expanded}"]`, { hasText: `Modifier l’étape ${city}` });
  await button(false).click();
  await button(true).waitFor();
}

/** Cahors's last day set before its first: its problem beside the field and in the summary. */
export async function breakCahors(page: Page): Promise<void> {
  await openTour2019(page);
  await unfold(page, 'Cahors');
  const end = stop(page, 'Cahors').getByLabel('Dernier jour', { exact: true });
  await end.fill('2019-03-25');
  await stop(page, 'Cahors').locator('input[aria-invalid="true"]').waitFor();
  await page.locator('section.ed-summary a').first().waitFor();
}

/** The draft the page keeps in localStorage, as stored. */
export const storedDraft = (page: Page) => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);

/** The stops heading's count: « Les étapes (8) » → 8. */
export async function stopCount(page: Page): Promise<number> {
  const text = await page.locator('#stops-title .ed-count').textContent();
  return Number(/\((\d+)\)/.exec(text ?? '')?.[1]);
}

/** The texts the field's `aria-describedby` points at, in order, as assistive technologies read them. */
export async function description(field: Locator): Promise<string[]> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  return Promise.all(ids.map(async (id) => (await field.page().locator(`#${id}`).textContent()) ?? ''));
}

/** What has the focus, as a person hears it: its id, else its role and name. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const label = (element as HTMLInputElement).labels?.[0]?.textContent;
    const name = element.getAttribute('aria-label') ?? label ?? element.textContent ?? '';
    return element.id ? `#${element.id}` : `${element.tagName.toLowerCase()} ${name.trim()}`;
  });
}

/**
 * Presses Tab until the focus is on `target` (as `focused` says it), at most `most` times; returns
 * each place the focus went through, `target` last. Fails if it is not reached.
 */
export async function tabTo(page: Page, target: string | RegExp, most: number): Promise<string[]> {
  const path: string[] = [];
  for (let press = 0; press < most; press += 1) {
    await page.keyboard.press('Tab');
    const where = await focused(page);
    path.push(where);
    if (typeof target === 'string' ? where === target : target.test(where)) return path;
  }
  throw new Error(`${String(target)} not reached in ${most} Tabs; the focus went through: ${path.join(' → ')}`);
}

let axeSource: Promise<string> | undefined;

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/**
 * axe-core's every rule (WCAG 2.x A/AA and its best practices) on the page. Evaluated through the
 * protocol: the editor's CSP rightly refuses an injected script tag.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  axeSource ??= readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(await axeSource);
  return page.evaluate(async () => {
    interface Results {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[]; html: string; failureSummary?: string }[];
      }[];
    }
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<Results> } }).axe;
    const results = await axe.run(document);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        html: node.html,
        summary: node.failureSummary ?? '',
      })),
    }));
  });
}
