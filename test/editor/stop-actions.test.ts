/**
 * Moving, duplicating and deleting stops as a person does, with the focus kept where they work
 * and « Annuler » after a deletion; a remark in a folded stop reached from the summary.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  focused,
  openEditor,
  openTour2019,
  statusRegion,
  stop,
  stopHeadings,
  stopKey,
  unfold,
} from './support/editor.ts';
import { editorInChromium } from './support/hooks.ts';

const env = editorInChromium();

const cities = async (page: Page) =>
  (await stopHeadings(page)).map((heading) => heading.replace(/^Étape \d+\s*:\s*/, ''));

describe('a stop’s actions', () => {
  it('moves a stop, keeping the focus on its buttons, even at the top', async () => {
    const { page, context } = await openEditor(env);
    await openTour2019(page);
    const dax = await stopKey(page, 'Dax');
    await stop(page, 'Dax').getByRole('button', { name: 'Monter' }).click();
    await expect
      .poll(() => cities(page))
      .toEqual(['Dax', 'Cahors', 'Paris', 'Charleville-Mézières', 'Le Havre', 'Saint-Quentin', 'Istres', 'Annecy']);
    // At the top, « Monter » is off: its twin takes the focus.
    await expect.poll(() => focused(page)).toBe(`#${dax}-down`);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => cities(page))
      .toEqual(['Cahors', 'Dax', 'Paris', 'Charleville-Mézières', 'Le Havre', 'Saint-Quentin', 'Istres', 'Annecy']);
    expect(await focused(page)).toBe(`#${dax}-down`);
    await context.close();
  });

  it('duplicates a stop just after it, and deletes one with « Annuler » to bring it back', async () => {
    const { page, context } = await openEditor(env);
    await openTour2019(page);
    await stop(page, 'Cahors').getByRole('button', { name: 'Dupliquer' }).click();
    await expect
      .poll(() => cities(page))
      .toEqual([
        'Cahors',
        'Cahors',
        'Dax',
        'Paris',
        'Charleville-Mézières',
        'Le Havre',
        'Saint-Quentin',
        'Istres',
        'Annecy',
      ]);
    const copy = page.locator('li.ed-stop').nth(1);
    const copyKey = await copy.getAttribute('id');
    await expect.poll(() => focused(page)).toBe(`#${copyKey}-heading`);
    expect(await copy.getByLabel('Identifiant', { exact: true }).inputValue()).toBe('2019-cahors-2');
    expect(await copy.getByLabel('Identifiant', { exact: true }).getAttribute('readonly')).toBeNull();

    const charleville = await stopKey(page, 'Charleville-Mézières');
    await stop(page, 'Paris').getByRole('button', { name: 'Supprimer' }).click();
    await statusRegion(page).getByText('Étape «\u202fParis\u202f» supprimée.').waitFor();
    await expect.poll(() => focused(page)).toBe(`#${charleville}-heading`);
    expect(await cities(page)).not.toContain('Paris');

    await statusRegion(page).getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => cities(page)).toContain('Paris');
    await statusRegion(page)
      .getByText(/^C’est annulé/)
      .waitFor();
    await context.close();
  });

  it('opens a folded stop from the summary to show a remark', async () => {
    const { page, context } = await openEditor(env);
    await openTour2019(page);
    await unfold(page, 'Dax');
    const dax = await stopKey(page, 'Dax');
    await stop(page, 'Dax').getByLabel('Thème', { exact: true }).fill('La <b>donnée</b>');
    // Folded again: a remark keeps a stop published, so it does not hold it open.
    await stop(page, 'Dax').getByRole('button', { name: 'Modifier l’étape Dax' }).click();
    await expect.poll(() => page.locator(`#${dax}-theme`).isVisible()).toBe(false);

    await page.locator('section.ed-summary a').filter({ hasText: 'balises HTML' }).click();
    await expect.poll(() => focused(page)).toBe(`#${dax}-theme`);
    expect(await page.locator(`#${dax}-theme`).isVisible()).toBe(true);
    await context.close();
  });
});
