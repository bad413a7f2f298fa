/**
 * axe-core finds nothing on the editor in the states people meet — the start page, the 2019 tour
 * open, a stop with a problem shown, a new empty tour — in light and dark (RGAA 4.1 / WCAG 2.1 AA
 * and axe's best practices), in French.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, breakCahors, openEditor, openTour2019 } from './support/editor.ts';
import { editorInChromium } from './support/hooks.ts';

const env = editorInChromium();

interface State {
  name: string;
  /** Brings the page into the state, from the start page. */
  reach: (page: Page) => Promise<void>;
}

const STATES: State[] = [
  { name: 'start page', reach: async () => undefined },
  { name: '2019 tour open', reach: openTour2019 },
  { name: 'a problem shown', reach: breakCahors },
  {
    name: 'an empty tour (its name missing)',
    reach: async (page) => {
      await page.getByRole('button', { name: 'Une tournée vide' }).click();
      await page.locator('#tour-name[aria-invalid="true"]').waitFor();
    },
  },
];

describe('axe-core audit', () => {
  it('the audit sees the page: a field without a label added to it is found', async () => {
    const { page, context } = await openEditor(env);
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('input')));
    expect((await axeViolations(page)).map((violation) => violation.id)).toContain('label');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const state of STATES) {
      it(`${state.name}, ${colorScheme}: no violation`, async () => {
        const { page, context, errors } = await openEditor(env, { colorScheme });
        await state.reach(page);
        // The scheme asked for is the one drawn: a dark page background, or a light one.
        const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        const channels = (background.match(/\d+/g) ?? []).slice(0, 3).map(Number);
        expect(channels, background).toHaveLength(3);
        const light = channels.reduce((sum, channel) => sum + channel, 0) / 3 > 128;
        expect(light, background).toBe(colorScheme === 'light');
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});
