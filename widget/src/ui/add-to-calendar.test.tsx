/** @jsxImportSource ./jsx */
import { describe, expect, it, vi } from 'vitest';
import { testStop } from '../testing/feed.ts';
import { AddToCalendar } from './add-to-calendar.tsx';

function menu(id: string, open: boolean) {
  const handlers = { onToggle: vi.fn(), onClose: vi.fn(), onDownload: vi.fn() };
  const node = AddToCalendar({ stop: testStop(id), lang: 'fr', open, primary: true, ...handlers }) as HTMLElement;
  return { node, ...handlers };
}

describe('AddToCalendar', () => {
  it('is a disclosure button, its list hidden and empty while closed', () => {
    const { node, onToggle } = menu('essai-prochain', false);
    const button = node.querySelector('button')!;
    expect(button.textContent).toBe('Ajouter à mon agenda\u00a0: Étape d’essai francilienne, 13–14 mai 2031');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const list = node.querySelector(`#${button.getAttribute('aria-controls')}`)!;
    expect(list.hasAttribute('hidden')).toBe(true);
    expect(list.children).toHaveLength(0);
    button.click();
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('offers a file made in the page when the feed hosts none, then the services', () => {
    const { node, onDownload } = menu('essai-prochain', true);
    const items = [...node.querySelectorAll('li > a, li > button')];
    expect(items.map((item) => item.textContent)).toEqual([
      'Apple / Outlook (fichier .ics)',
      'Google Agenda (nouvelle fenêtre)',
      'Outlook.com (nouvelle fenêtre)',
      'Microsoft 365 (nouvelle fenêtre)',
      'Yahoo Agenda (nouvelle fenêtre)',
    ]);
    expect(items[0]!.tagName).toBe('BUTTON');
    (items[0] as HTMLButtonElement).click();
    expect(onDownload).toHaveBeenCalledOnce();
    const hosts = items.slice(1).map((item) => new URL(item.getAttribute('href')!).host);
    expect(hosts).toEqual(['calendar.google.com', 'outlook.live.com', 'outlook.office.com', 'calendar.yahoo.com']);
  });

  it('links the hosted file when the feed gives one', () => {
    const { node } = menu('essai-reunion', true);
    const first = node.querySelector('li > a, li > button')!;
    expect(first.tagName).toBe('A');
    expect(first.getAttribute('href')).toBe('https://organisateur.example/stops/essai-reunion.ics');
    expect(first.hasAttribute('target')).toBe(false);
  });
});
