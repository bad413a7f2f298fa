/**
 * Offline once loaded: the page's service worker keeps its files, so that a reload without a
 * network (a hall with no Wi-Fi) opens the editor again, with the draft as it was left, and the
 * folder can still be downloaded.
 */
import { describe, expect, it } from 'vitest';
import { openEditor, openTour2019, statusRegion, stopCount } from './support/editor.ts';
import { editorInChromium } from './support/hooks.ts';

const env = editorInChromium();

describe('without a network', () => {
  it('reloads the editor and its draft, and still makes the .zip', async () => {
    const { page, context } = await openEditor(env);
    await openTour2019(page);
    // The page is under its worker's control once the worker is active.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      }
    });

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Éditeur de la tournée IntercoTOUR' }).waitFor();
    await statusRegion(page)
      .getByText(/^Brouillon repris/)
      .waitFor();
    expect(await stopCount(page)).toBe(8);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le dossier à publier (.zip)' }).click();
    expect((await download).suggestedFilename()).toBe('intercotour.zip');
    await context.close();
  });
});
