/**
 * axe-core finds nothing in any state of the calendar — loading, list, menu open, error, no stop
 * in the chosen regions, tour over — in French and English, light and dark (RGAA 4.1 / WCAG 2.1 AA
 * and axe's best practices).
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarsReady, FEED, json, SCRIPT, siteInChromium, TODAY, watchedPage } from './support/site.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const env = siteInChromium();

beforeAll(() => {
  env.site.on('/a11y/missing/stops.json', json('Not found', 404));
  env.site.on('/a11y/slow/stops.json', () => {
    // Never answers: the calendar stays in its loading state.
  });
});

interface State {
  name: string;
  attributes: string;
  /** Brings the calendar into the state once loaded. */
  then?: (page: Page) => Promise<void>;
  loading?: boolean;
}

const STATES: State[] = [
  { name: 'loading', attributes: `feed="/a11y/slow/stops.json"`, loading: true },
  { name: 'list', attributes: `feed="${FEED}" now="${TODAY}"` },
  {
    name: 'menu open, programme shown',
    attributes: `feed="${FEED}" now="${TODAY}"`,
    then: async (page) => {
      await page.locator('intercotour-calendar .n .link').click();
      await page.locator('intercotour-calendar .n .menu > button').click();
      await page.locator('intercotour-calendar .sub .menu > button').click();
    },
  },
  { name: 'year view', attributes: `feed="${FEED}" now="${TODAY}" view="year"` },
  { name: 'compact view', attributes: `feed="${FEED}" now="${TODAY}" view="compact"` },
  { name: 'error', attributes: `feed="/a11y/missing/stops.json" now="${TODAY}"` },
  { name: 'no stop in the regions', attributes: `feed="${FEED}" now="${TODAY}" region="corse"` },
  { name: 'tour over', attributes: `now="2019-12-01"` },
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
          await page.goto(url);
          if (state.loading) await page.locator('intercotour-calendar [role="status"]').waitFor();
          else await calendarsReady(page);
          await state.then?.(page);
          expect(await audit(page)).toEqual([]);
          await context.close();
        });
      }
    }
  }
});
