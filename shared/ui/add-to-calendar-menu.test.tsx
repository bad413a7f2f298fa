import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stopView } from '../index.ts';
import { makeStop } from '../test-stops.ts';
import { AddToCalendarMenu } from './add-to-calendar-menu.tsx';

afterEach(cleanup);

const stop = makeStop({ start: '2031-05-13', end: '2031-05-14' });

function menu(options: { hosted?: boolean; onIcs?: () => Promise<void> } = {}) {
  const shown = options.hosted ? { ...stop, icsUrl: 'https://cdn.example/stops/cahors.ics' } : stop;
  const { calendar } = stopView(shown, { today: '2031-05-01', lang: 'fr' });
  const onIcs = vi.fn(options.onIcs ?? (async () => undefined));
  const result = render(
    <div>
      <AddToCalendarMenu choices={calendar} lang="fr" about="Cahors, 13–14 mai 2031" onIcs={onIcs} />
      <p>Après le menu</p>
    </div>,
  );
  const button = screen.getByRole('button', { name: /^Ajouter à mon agenda/ });
  const items = () => screen.queryAllByRole('menuitem');
  const focused = () => document.activeElement?.textContent ?? '';
  return { ...result, button, items, focused, onIcs };
}

describe('AddToCalendarMenu', () => {
  it('is a menu button naming what it adds, its popover closed', () => {
    const { button, items } = menu();
    expect(button.textContent).toBe('Ajouter à mon agenda\u202f: Cahors, 13–14 mai 2031');
    expect([button.getAttribute('aria-haspopup'), button.getAttribute('aria-expanded')]).toEqual(['menu', 'false']);
    const list = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect([list.getAttribute('role'), list.hasAttribute('hidden')]).toEqual(['menu', true]);
    expect(items()).toHaveLength(0);
  });

  it('opens on the focus of its first item and offers every calendar, each with its picture', () => {
    const { button, items, focused } = menu();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(items().map((item) => item.textContent)).toEqual([
      'Apple / Outlook (fichier .ics)',
      'Google Agenda (nouvelle fenêtre)',
      'Outlook.com (nouvelle fenêtre)',
      'Microsoft 365 (nouvelle fenêtre)',
      'Yahoo Agenda (nouvelle fenêtre)',
    ]);
    expect(focused()).toBe('Apple / Outlook (fichier .ics)');
    expect(items().every((item) => item.querySelector('svg[aria-hidden="true"]'))).toBe(true);
    const hosts = items()
      .slice(1)
      .map((item) => new URL(item.getAttribute('href')!).host);
    expect(hosts).toEqual(['calendar.google.com', 'outlook.live.com', 'outlook.office.com', 'calendar.yahoo.com']);
  });

  it('moves with the arrows (wrapping), Home and End; ArrowUp on the button opens on the last item', () => {
    const { button, focused } = menu();
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    expect(focused()).toBe('Yahoo Agenda (nouvelle fenêtre)');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(focused()).toBe('Apple / Outlook (fichier .ics)');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(focused()).toBe('Yahoo Agenda (nouvelle fenêtre)');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(focused()).toBe('Apple / Outlook (fichier .ics)');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(focused()).toBe('Yahoo Agenda (nouvelle fenêtre)');
  });

  it('closes on Escape and gives the focus back to its button', () => {
    const { button, items } = menu();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(items()).toHaveLength(0);
    expect(document.activeElement).toBe(button);
  });

  it('closes on Tab, on a click elsewhere, and on a second click of its button', () => {
    const { button, items } = menu();
    fireEvent.click(button);
    fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
    expect(items()).toHaveLength(0);
    fireEvent.click(button);
    fireEvent.pointerDown(screen.getByText('Après le menu'));
    expect(items()).toHaveLength(0);
    fireEvent.click(button);
    fireEvent.pointerDown(items()[2]!);
    expect(items()).toHaveLength(5);
    fireEvent.click(button);
    expect(items()).toHaveLength(0);
  });

  it('writes the file in the page for the .ics choice, then says so in a live region', async () => {
    const { button, items, onIcs, container } = menu();
    const status = container.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('');
    fireEvent.click(button);
    fireEvent.click(items()[0]!);
    expect(onIcs).toHaveBeenCalledOnce();
    expect(items()).toHaveLength(0);
    expect(document.activeElement).toBe(button);
    await waitFor(() =>
      expect(status.textContent).toBe('Fichier ajouté\u202f: ouvrez-le pour l’enregistrer dans votre agenda.'),
    );
    // Opening again clears the old news.
    fireEvent.click(button);
    expect(status.textContent).toBe('');
  });

  it('says when the file could not be made', async () => {
    const { button, items, container } = menu({ onIcs: () => Promise.reject(new Error('offline')) });
    fireEvent.click(button);
    fireEvent.click(items()[0]!);
    await waitFor(() =>
      expect(container.querySelector('[role="status"]')?.textContent).toBe(
        'Le fichier n’a pas pu être créé. Réessayez plus tard.',
      ),
    );
  });

  it('links the hosted file when the feed gives one, in the same window, and confirms it too', async () => {
    const { button, items, onIcs, container } = menu({ hosted: true });
    fireEvent.click(button);
    const first = items()[0]!;
    expect([first.tagName, first.getAttribute('href'), first.hasAttribute('target')]).toEqual([
      'A',
      'https://cdn.example/stops/cahors.ics',
      false,
    ]);
    first.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(first);
    expect(onIcs).not.toHaveBeenCalled();
    await waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toMatch(/^Fichier ajouté/));
  });
});
