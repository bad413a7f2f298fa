/**
 * A stop added with the keyboard alone, from the page's load: Tab to « La tournée 2019 », Enter,
 * Tab through the tour to « Ajouter une étape », Enter, then the city typed, the region chosen by
 * its first letters, the dates typed in the French date fields (jj/mm/aaaa).
 */
import { describe, expect, it } from 'vitest';
import { focused, openEditor, statusRegion, stop, stopCount, stops, tabTo } from './support/editor.ts';
import { editorInChromium } from './support/hooks.ts';

const env = editorInChromium();

const CITIES = ['Cahors', 'Dax', 'Paris', 'Charleville-Mézières', 'Le Havre', 'Saint-Quentin', 'Istres', 'Annecy'];

describe('the keyboard alone', () => {
  it('opens the 2019 tour and adds a stop: city, region, dates', async () => {
    const { page, context, errors } = await openEditor(env);
    const { keyboard } = page;

    // The sources, in reading order, to the 2019 tour.
    const toTour = await tabTo(page, 'button La tournée 2019', 10);
    expect(toTour.indexOf('#source-url')).toBeGreaterThanOrEqual(0);
    expect(toTour.indexOf('#source-url')).toBeLessThan(toTour.indexOf('#source-file'));
    expect(toTour.indexOf('#source-file')).toBeLessThan(toTour.indexOf('#source-region'));
    await keyboard.press('Enter');
    await statusRegion(page)
      .getByText(/^Ouverture réussie/)
      .waitFor();
    await expect.poll(() => stops(page).count()).toBe(8);

    // The sources fold away: the focus goes to the summary of the tour's problems, and the next
    // Tab reaches the tour's first field.
    await expect.poll(() => focused(page)).toBe('#summary-title');
    await keyboard.press('Tab');
    expect(await focused(page)).toBe('#tour-name');

    // Through the tour's fields and each stop, in order, to « Ajouter une étape ».
    const toAdd = await tabTo(page, '#add-stop', 60);
    expect(await page.locator('#add-stop').textContent()).toBe('Ajouter une étape');
    const toggles = toAdd.filter((where) => /^#s\d+-toggle$/.test(where));
    const names = await Promise.all(toggles.map((id) => page.locator(id).textContent()));
    expect(names).toEqual(CITIES.map((city) => `Modifier l’étape ${city}`));
    await keyboard.press('Enter');

    // The new stop's city has the focus.
    await expect.poll(() => stopCount(page)).toBe(9);
    const key = await stops(page).last().getAttribute('id');
    await expect.poll(() => focused(page)).toBe(`#${key}-city`);
    await keyboard.type('Rodez');

    await keyboard.press('Tab');
    expect(await focused(page)).toBe(`#${key}-region`);
    await keyboard.type('Occ');
    await expect.poll(() => page.locator(`#${key}-region`).inputValue()).toBe('occitanie');

    // The kind of dates (whole days, already chosen), then the first day.
    await keyboard.press('Tab');
    expect(await focused(page)).toBe('input Journée entière');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    await keyboard.press('Tab');
    expect(await focused(page)).toBe(`#${key}-start`);
    await keyboard.type('14102031');
    await expect.poll(() => page.locator(`#${key}-start`).inputValue()).toBe('2031-10-14');

    // Tab goes through the date field's own parts before it leaves it.
    await tabTo(page, `#${key}-end`, 4);
    await keyboard.type('15102031');
    await expect.poll(() => page.locator(`#${key}-end`).inputValue()).toBe('2031-10-15');

    const rodez = stop(page, 'Rodez');
    expect(await rodez.getAttribute('id')).toBe(key);
    expect(await rodez.locator('h3').textContent()).toMatch(/^Étape 9\s*:\s*Rodez$/);
    expect(await rodez.locator('.ed-stop-title .ed-help').textContent()).toBe('14–15 octobre 2031 · Occitanie');
    expect(await page.locator(`#${key}-id`).inputValue()).toBe('2031-rodez');
    await expect
      .poll(() => page.locator('section.ed-summary').getByRole('heading').textContent())
      .toMatch(/^Aucun problème/);
    await expect.poll(() => page.locator('section.ed-preview .ic-next .ic-city').textContent()).toBe('Rodez');

    expect(errors).toEqual([]);
    await context.close();
  });
});
