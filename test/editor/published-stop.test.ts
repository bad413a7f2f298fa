/**
 * A stop of a published feed: changing its status tells the person it will be published in a new
 * version, and the downloaded stops.json has its `sequence` raised by one (so that calendars
 * holding it update); its id, the calendars' name for it, stays read-only until « Changer
 * l’identifiant ».
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { description, openEditor, openTour2019, statusRegion, stop, unfold } from './support/editor.ts';
import { editorInChromium } from './support/hooks.ts';

const env = editorInChromium();

interface FeedStop {
  id: string;
  status?: string;
  sequence?: number;
}

/** « Télécharger stops.json », read. */
async function downloadFeed(page: Page): Promise<{ stops: FeedStop[] }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger stops.json' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('stops.json');
  await statusRegion(page).getByText('stops.json téléchargé.').waitFor();
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

describe('a published stop', () => {
  it('cancelled: the note says it is raised, and stops.json has its sequence raised by one', async () => {
    const { page, context, errors } = await openEditor(env);
    await openTour2019(page);
    const before = await downloadFeed(page);
    const published = before.stops.find((item) => item.id === '2019-cahors')!;
    const sequence = published.sequence ?? 0;

    await unfold(page, 'Cahors');
    const cahors = stop(page, 'Cahors');
    const note = cahors.locator('.ed-version');
    expect(await note.textContent()).toMatch(new RegExp(`^Version publiée\\s*:\\s*${sequence}\\.$`));

    await cahors.getByLabel('Statut', { exact: true }).selectOption({ label: 'Annulée' });
    await expect
      .poll(() => note.textContent())
      .toMatch(
        new RegExp(`^Dates ou statut changés depuis la publication\\s*: elle sera publiée en version ${sequence + 1},`),
      );
    expect(await cahors.locator('.ed-stop-title .ed-help').textContent()).toBe('26 mars 2019 · Occitanie · Annulée');

    const after = await downloadFeed(page);
    const cancelled = after.stops.find((item) => item.id === '2019-cahors')!;
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.sequence).toBe(sequence + 1);
    // The other stops did not change: their versions neither.
    expect(after.stops.filter((item) => item.id !== '2019-cahors').map((item) => item.sequence)).toEqual(
      before.stops.filter((item) => item.id !== '2019-cahors').map((item) => item.sequence),
    );

    // Back to « Programmée »: nothing changed since the publication, no new version.
    await cahors.getByLabel('Statut', { exact: true }).selectOption({ label: 'Programmée' });
    await expect.poll(() => note.textContent()).toMatch(new RegExp(`^Version publiée\\s*:\\s*${sequence}\\.$`));
    const back = await downloadFeed(page);
    expect(back.stops.find((item) => item.id === '2019-cahors')!.sequence).toBe(published.sequence);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('its id is read-only until « Changer l’identifiant », then typed and published', async () => {
    const { page, context, errors } = await openEditor(env);
    await openTour2019(page);
    await unfold(page, 'Cahors');
    const cahors = stop(page, 'Cahors');
    const id = cahors.getByLabel('Identifiant', { exact: true });
    expect(await id.inputValue()).toBe('2019-cahors');
    expect(await id.getAttribute('readonly')).not.toBeNull();
    expect(await id.isEditable()).toBe(false);
    expect(await description(id)).toEqual(['Déjà publié\u202f: les agendas abonnés connaissent l’étape sous ce nom.']);
    // Typed into all the same, it does not change.
    await id.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('-lot');
    expect(await id.inputValue()).toBe('2019-cahors');

    await cahors.getByRole('button', { name: 'Changer l’identifiant' }).click();
    await expect.poll(() => id.isEditable()).toBe(true);
    expect((await description(id))[0]).toMatch(/^Attention\s*: un autre identifiant fait une nouvelle étape/);
    expect(await cahors.getByRole('button', { name: 'Changer l’identifiant' }).count()).toBe(0);
    await id.fill('2019-cahors-lot');

    const feed = await downloadFeed(page);
    expect(feed.stops.map((item) => item.id)).toContain('2019-cahors-lot');
    expect(feed.stops.map((item) => item.id)).not.toContain('2019-cahors');
    // Another stop's id is still locked.
    await unfold(page, 'Dax');
    expect(await stop(page, 'Dax').getByLabel('Identifiant', { exact: true }).isEditable()).toBe(false);

    expect(errors).toEqual([]);
    await context.close();
  });
});
