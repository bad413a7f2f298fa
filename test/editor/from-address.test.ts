/**
 * The published feed opened by its address, as staff start from what is online: its stops come in
 * with their ids locked (calendars know them); an address that does not answer with a feed is
 * said so, and the draft stays as it was.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openEditor, openTour2019, statusRegion, stopCount, stops } from './support/editor.ts';
import { editorInChromium } from './support/hooks.ts';
import { ROOT } from './support/paths.ts';

const env = editorInChromium();

beforeAll(async () => {
  const tour = await readFile(`${ROOT}shared/data/tour-2019.json`);
  env.server.route((request, response) => {
    if (request.url !== '/published/stops.json') return false;
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(tour);
    return true;
  });
});

async function openAddress(page: Page, address: string) {
  await page.getByLabel('Adresse du flux publié').fill(address);
  await page.getByRole('button', { name: 'Ouvrir l’adresse' }).click();
}

describe('a feed opened by its address', () => {
  it('brings its stops, their published ids locked', async () => {
    const { page, context, errors } = await openEditor(env);
    await openAddress(page, `${env.server.origin}/published/stops.json`);
    await statusRegion(page)
      .getByText(/^Ouverture réussie.*8 étapes\.$/)
      .waitFor();
    expect(await stopCount(page)).toBe(8);
    await stops(page).first().getByRole('button', { name: 'Modifier l’étape Cahors' }).click();
    const id = stops(page).first().getByLabel('Identifiant', { exact: true });
    expect(await id.inputValue()).toBe('2019-cahors');
    expect(await id.getAttribute('readonly')).not.toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says an address that answers no feed, and keeps the draft', async () => {
    const { page, context } = await openEditor(env);
    await openTour2019(page);
    await page.getByRole('button', { name: 'Ouvrir une autre tournée' }).click();
    await openAddress(page, `${env.server.origin}/published/nowhere.json`);
    await statusRegion(page)
      .getByText(/n’a pas pu être ouvert\. Votre brouillon n’a pas changé\.$/)
      .waitFor();
    expect(await statusRegion(page).locator('li').allTextContents()).toEqual([
      'l’adresse répond «\u202f404 Not Found\u202f»',
    ]);
    expect(await stopCount(page)).toBe(8);

    await openAddress(page, 'ftp://exemple.fr/stops.json');
    await expect
      .poll(() => statusRegion(page).locator('li').allTextContents())
      .toEqual(['"ftp://exemple.fr/stops.json" n’est pas une adresse http:// ou https://']);
    expect(await stopCount(page)).toBe(8);
    await context.close();
  });
});
