/**
 * Files that are not a tour — not JSON, JSON that is not a feed, an agenda that does not read, a
 * feed over the editor's 2 MB — are refused with the publisher's own lines, and the draft in
 * progress (its stops, a field typed, what the browser keeps) stays exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import { EDITOR_MAX_MEGABYTES, readSource } from '../../shared/publisher/draft/read-source.ts';
import { openEditor, openTour2019, statusRegion, stop, stopCount, storedDraft, unfold } from './support/editor.ts';
import { editorInChromium } from './support/hooks.ts';

const env = editorInChromium();

/** A feed of about 5 MB: well-formed, but over the editor's limit. */
function fiveMegabyteFeed(): string {
  const long = 'Une journée de conférences et d’ateliers. '.repeat(2_500);
  const stops = Array.from({ length: 50 }, (_, index) => ({
    id: `etape-${index + 1}`,
    title: `Étape ${index + 1}`,
    region: 'occitanie',
    city: 'Cahors',
    start: '2031-03-26',
    end: '2031-03-26',
    description: long,
  }));
  return JSON.stringify({
    version: 1,
    name: 'Une tournée trop lourde',
    organizer: { name: 'Les Interconnectés', url: 'https://www.interconnectes.com' },
    updated: '2031-01-15T10:00:00+01:00',
    stops,
  });
}

/** Each with its own name: each message is told apart from the one before by the name it starts with. */
const BAD = [
  { name: 'notes.json', mimeType: 'application/json', text: '{ "version": 1, "name": "IntercoTOUR' },
  { name: 'liste.json', mimeType: 'application/json', text: '[{"id": "2019-cahors"}]' },
  { name: 'agenda.ics', mimeType: 'text/calendar', text: 'BEGIN:VCALENDAR\r\nce n’est pas un agenda\r\n' },
  { name: 'stops.json', mimeType: 'application/json', text: fiveMegabyteFeed() },
];

describe('a file that is not a tour', () => {
  it('each is refused in the publisher’s words, and the draft stays as it was', async () => {
    const bytes = new TextEncoder().encode(BAD[3]!.text);
    expect(bytes.length).toBeGreaterThan(4.5 * 1024 * 1024);
    expect(bytes.length).toBeGreaterThan(EDITOR_MAX_MEGABYTES * 1024 * 1024);

    const { page, context, errors } = await openEditor(env);
    await openTour2019(page);
    await unfold(page, 'Cahors');
    const title = stop(page, 'Cahors').getByLabel('Titre', { exact: true });
    await title.fill('IntercoTOUR Occitanie, à Cahors');
    await expect.poll(() => storedDraft(page)).toContain('IntercoTOUR Occitanie, à Cahors');
    const kept = await storedDraft(page);

    // The sources are folded away once a draft is open.
    const sources = page.getByRole('button', { name: 'Ouvrir une autre tournée' });
    expect(await sources.getAttribute('aria-expanded')).toBe('false');
    await sources.click();
    expect(await sources.getAttribute('aria-expanded')).toBe('true');
    const input = page.getByLabel('Un fichier stops.json ou un agenda .ics');

    for (const file of BAD) {
      const buffer = Buffer.from(file.text, 'utf8');
      const expected = readSource(new Uint8Array(buffer), {
        name: file.name,
        lang: 'fr',
        now: new Date(),
        published: true,
      });
      if (expected.ok) throw new Error(`${file.name} reads as a tour: the test's file is wrong.`);
      await input.setInputFiles({ name: file.name, mimeType: file.mimeType, buffer });

      const failure = statusRegion(page).locator('.ed-message.ed-failed');
      await failure
        .getByText(`${file.name} n’a pas pu être ouvert. Votre brouillon n’a pas changé.`, { exact: true })
        .waitFor();
      expect(await failure.locator('li').allTextContents(), file.name).toEqual(expected.lines);

      expect(await stopCount(page), file.name).toBe(8);
      expect(await title.inputValue(), file.name).toBe('IntercoTOUR Occitanie, à Cahors');
      expect(await storedDraft(page), file.name).toBe(kept);
    }

    expect(errors).toEqual([]);
    await context.close();
  });
});
