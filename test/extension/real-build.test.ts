/**
 * The build a user installs (`.output/chrome-mv3`, no feed set at build time) carries the 2019
 * tour: it must load, ask for nothing, and tell honestly that the tour is over.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fill, UI } from '../../shared/index.ts';
import { catalogTranslate } from '../../extension/testing/catalog.ts';
import { axeViolations, launchExtension, readBadge, REAL_BUILD, waitFor, type Extension } from './support/harness.ts';

let extension: Extension;

beforeAll(async () => {
  // The one English run: the catalog a browser in English picks.
  extension = await launchExtension(undefined, REAL_BUILD, 'en');
});

afterAll(async () => {
  await extension?.dispose();
});

describe('the released Chrome build, with the bundled 2019 tour', () => {
  it('shows an empty badge and says the tour is over', async () => {
    const t = catalogTranslate(extension.lang);
    await waitFor(async () => (await readBadge(extension)).title === t('badgeTourOver'), 'the badge tooltip');
    expect(await readBadge(extension)).toEqual({ text: '', title: t('badgeTourOver') });
  });

  it('opens a popup that says so, with no accessibility violation', async () => {
    const ui = UI[extension.lang];
    const page = await extension.open('popup.html');
    // The widget's own tour-over state: the sentence, the past stops folded, the organiser's site.
    await expect.poll(() => page.getByText(fill(ui.over, ['IntercoTOUR 2019'])).count()).toBe(1);
    const folded = page.getByRole('button', { name: fill(ui.pastStops, ['8']) });
    expect(await folded.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: 'Les Interconnectés' }).getAttribute('href')).toBe(
      'https://www.interconnectes.com',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('holds no host permission', async () => {
    const granted = await extension.inWorker(() => chrome.permissions.getAll());
    expect(granted.origins ?? []).toEqual([]);
  });
});
