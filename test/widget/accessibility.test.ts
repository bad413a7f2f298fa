/**
 * axe-core finds nothing in any state of the calendar — loading, list, details and menus open,
 * the views, error, a stale copy, the regions' stop past or absent, tour over — in French and
 * English, light and dark (RGAA 4.1 / WCAG 2.1 AA and axe's best practices).
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarsReady, FEED, fixture, json, SCRIPT, siteInChromium, TODAY, watchedPage } from './support/site.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const env = siteInChromium();

beforeAll(() => {
  env.site.on('/a11y/missing/stops.json', json('Not found', 404));
  // Read once, then failing: a second calendar on the page shows the first one's copy, said to be old.
  let reads = 0;
  const good = json(fixture('feeds/tour-2031.json'));
  const failing = json('Oops', 500);
  env.site.on('/a11y/flaky/stops.json', (request, response) => (reads++ % 2 === 0 ? good : failing)(request, response));
});

interface State {
  name: string;
  attributes: string;
  /** Brings the calendar into the state once loaded. */
  then?: (page: Page) => Promise<void>;
  loading?: boolean;
}

const calendar = 'intercotour-calendar';

const STATES: State[] = [
  { name: 'loading', attributes: `feed="${FEED}"`, loading: true },
  { name: 'list', attributes: `feed="${FEED}" now="${TODAY}"` },
  {
    name: 'details and a menu open',
    attributes: `feed="${FEED}" now="${TODAY}"`,
    then: async (page) => {
      await page
        .locator(`${calendar} .ic-next`)
        .getByRole('button', { name: /^(Détails|Details)$/ })
        .click();
      await page.locator(`${calendar} .ic-next .ic-menu > button`).click();
      await page.locator(`${calendar} .ic-next [role="menuitem"]`).first().waitFor();
    },
  },
  {
    name: 'subscribe menu open',
    attributes: `feed="${FEED}" now="${TODAY}"`,
    then: async (page) => {
      await page.locator(`${calendar} .ic-foot .ic-menu > button`).click();
      await page.locator(`${calendar} .ic-foot [role="menuitem"]`).first().waitFor();
    },
  },
  { name: 'year view', attributes: `feed="${FEED}" now="${TODAY}" view="year"` },
  { name: 'compact view', attributes: `feed="${FEED}" now="${TODAY}" view="compact"` },
  { name: 'error', attributes: `feed="/a11y/missing/stops.json" now="${TODAY}"` },
  {
    name: 'stale copy',
    attributes: `feed="/a11y/flaky/stops.json" now="${TODAY}"`,
    then: async (page) => {
      await page.evaluate(() => {
        const first = document.querySelector('intercotour-calendar')!;
        // Another region, so that the two calendars' landmarks have two names.
        const second = first.cloneNode() as Element;
        second.setAttribute('region', 'normandie');
        first.after(second);
      });
      await calendarsReady(page, 2);
      await page.locator(`${calendar} .ic-notice`).waitFor();
    },
  },
  { name: 'the region’s stop past', attributes: `feed="${FEED}" now="${TODAY}" region="occitanie"` },
  { name: 'no stop in the regions', attributes: `feed="${FEED}" now="${TODAY}" region="corse"` },
  {
    name: 'tour over, past stops shown',
    attributes: `feed="${FEED}" now="2032-01-01"`,
    then: async (page) => {
      await page.locator(`${calendar} .ic-over .ic-actions > button`).click();
      await page.locator(`${calendar} .ic-over li.ic-stop`).first().waitFor();
    },
  },
  { name: 'tour over, bundled tour', attributes: `now="2019-12-01"` },
];

async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; help: string; nodes: { target: unknown }[] }[];
    }
    const results = await axe.run(document);
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} @ ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
    );
  });
}

describe('axe-core audit', () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      for (const state of STATES) {
        it(`${state.name}, ${lang}, ${theme}: no violation`, async () => {
          const path = `/a11y/${lang}-${theme}-${state.name.replace(/\W+/g, '-')}.html`;
          const url = env.site.page(path, {
            lang,
            body: `<intercotour-calendar ${state.attributes} theme="${theme}"></intercotour-calendar><script src="${SCRIPT}"></script>`,
          });
          const { page, context } = await watchedPage(env.browser);
          if (state.loading) {
            // The feed's reader never comes: the calendar stays loading, with no time-out to end it
            // before the audit, however slow the machine.
            await page.route(/intercotour-(reader|worker)-/, () => undefined);
          }
          await page.goto(url);
          if (state.loading)
            await page.locator('intercotour-calendar section[aria-busy="true"] .ic-skeleton').waitFor();
          else await calendarsReady(page);
          await state.then?.(page);
          expect(await audit(page)).toEqual([]);
          await context.close();
        });
      }
    }
  }
});
