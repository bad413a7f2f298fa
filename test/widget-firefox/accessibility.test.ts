/**
 * axe-core finds nothing in the loaded calendar in Firefox, in French, light and dark, with the
 * list shown and with the details and a menu open.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { FEED, SCRIPT, TODAY } from '../widget/support/site.ts';
import { calendarsReady, inCalendar, siteInFirefox, watchedPage } from './support/firefox-site.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const env = siteInFirefox();

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown }[] }[];
}

/** axe's default rules over the page, shadow roots included; evaluated through the protocol. */
async function audit(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document);
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} @ ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
    );
  });
}

const STATES: { name: string; then?: (page: Page) => Promise<void> }[] = [
  { name: 'list' },
  {
    name: 'details and a menu open',
    then: async (page) => {
      await (await inCalendar(page, '.ic-next button', 'Détails')).click();
      await inCalendar(page, '.ic-next .ic-details');
      await (await inCalendar(page, '.ic-next .ic-menu > button')).click();
      await inCalendar(page, '.ic-next [role="menuitem"]');
    },
  },
];

describe('axe-core audit, in Firefox', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const state of STATES) {
      it(`${state.name}, ${theme}: no violation`, async () => {
        const url = env.site.page(`/firefox/a11y-${theme}-${state.name.replace(/\W+/g, '-')}.html`, {
          body: `<intercotour-calendar feed="${FEED}" now="${TODAY}" theme="${theme}"></intercotour-calendar><script src="${SCRIPT}"></script>`,
        });
        const { page, context } = await watchedPage(env.browser);
        await page.goto(url);
        await calendarsReady(page);
        await state.then?.(page);
        expect(await audit(page)).toEqual([]);
        await context.close();
      });
    }
  }
});
