/**
 * A stop added with the mouse (city, region, dates) is counted and previewed as the products show
 * it; the draft is kept in the browser at every change, and a reload finds it as it was left.
 */
import { describe, expect, it } from 'vitest';
import {
  DRAFT_KEY,
  openEditor,
  openTour2019,
  statusRegion,
  stop,
  stopCount,
  stopHeadings,
  stopKey,
  stops,
  storedDraft,
  unfold,
} from './support/editor.ts';
import { editorInChromium } from './support/hooks.ts';

const env = editorInChromium();

describe('the draft', () => {
  it('a stop added is counted and previewed; after a reload the same stops are there, the edits kept', async () => {
    const { page, context, errors } = await openEditor(env);
    expect(await storedDraft(page)).toBeNull();
    await openTour2019(page);
    expect(await stopCount(page)).toBe(8);
    // Nothing is kept before a source is opened; from then on, at every change.
    await expect.poll(() => storedDraft(page)).not.toBeNull();

    // An edit to a published stop, to find after the reload.
    await unfold(page, 'Dax');
    await stop(page, 'Dax').getByLabel('Thème', { exact: true }).fill('La donnée au service des territoires');

    await page.getByRole('button', { name: 'Ajouter une étape' }).click();
    await expect.poll(() => stopCount(page)).toBe(9);
    const added = stops(page).last();
    const key = await added.getAttribute('id');
    const city = added.getByLabel('Ville', { exact: true });
    await expect.poll(() => city.evaluate((element) => element === document.activeElement)).toBe(true);
    await city.fill('Rodez');
    await added.getByLabel('Région', { exact: true }).selectOption({ label: 'Occitanie' });
    await added.getByLabel('Premier jour', { exact: true }).fill('2031-10-14');
    await added.getByLabel('Dernier jour', { exact: true }).fill('2031-10-15');

    // The stop: its heading, its summary line, the id and title the editor filled, no problem.
    expect(await stopKey(page, 'Rodez')).toBe(key);
    expect(await stop(page, 'Rodez').locator('h3').textContent()).toMatch(/^Étape 9\s*:\s*Rodez$/);
    expect(await stop(page, 'Rodez').locator('.ed-stop-title .ed-help').textContent()).toBe(
      '14–15 octobre 2031 · Occitanie',
    );
    expect(await added.getByLabel('Identifiant', { exact: true }).inputValue()).toBe('2031-rodez');
    expect(await added.getByLabel('Titre', { exact: true }).inputValue()).toBe('IntercoTOUR Occitanie');
    await expect
      .poll(() => page.locator('section.ed-summary').getByRole('heading').textContent())
      .toMatch(/^Aucun problème/);

    // The preview, drawn by the widget's own components: the new stop is the next one.
    const preview = page.locator('section.ed-preview');
    await expect.poll(() => preview.locator('.ic-next .ic-city').textContent()).toBe('Rodez');
    expect(await preview.textContent()).toContain('du mardi 14 octobre au mercredi 15 octobre 2031, Occitanie');

    const headings = await stopHeadings(page);
    expect(headings).toHaveLength(9);
    const stored = await storedDraft(page);
    expect(stored).toContain('Rodez');
    expect(stored).toContain('La donnée au service des territoires');

    await page.reload();
    await statusRegion(page)
      .getByText(/^Brouillon repris tel que vous l’avez laissé, le .+\.$/)
      .waitFor();
    expect(await stopHeadings(page)).toEqual(headings);
    expect(await stopCount(page)).toBe(9);
    // The stops come back folded; unfolded, each field is as it was typed.
    await unfold(page, 'Rodez');
    const again = stop(page, 'Rodez');
    expect(await again.getByLabel('Ville', { exact: true }).inputValue()).toBe('Rodez');
    expect(await again.getByLabel('Région', { exact: true }).inputValue()).toBe('occitanie');
    expect(await again.getByLabel('Premier jour', { exact: true }).inputValue()).toBe('2031-10-14');
    expect(await again.getByLabel('Dernier jour', { exact: true }).inputValue()).toBe('2031-10-15');
    expect(await again.getByLabel('Identifiant', { exact: true }).inputValue()).toBe('2031-rodez');
    await unfold(page, 'Dax');
    expect(await stop(page, 'Dax').getByLabel('Thème', { exact: true }).inputValue()).toBe(
      'La donnée au service des territoires',
    );
    await expect.poll(() => preview.locator('.ic-next .ic-city').textContent()).toBe('Rodez');
    // Still a published stop: its id stays locked after the reload.
    expect(await stop(page, 'Dax').getByLabel('Identifiant', { exact: true }).isEditable()).toBe(false);
    expect(await page.evaluate((name) => Object.keys(localStorage).includes(name), DRAFT_KEY)).toBe(true);

    expect(errors).toEqual([]);
    await context.close();
  });
});
