/** @jsxImportSource ./jsx */
import { describe, expect, it, vi } from 'vitest';
import type { Lang, Stop } from '../../../shared/index.ts';
import { testStop, TODAY } from '../testing/feed.ts';
import { StopCard, type StopActions } from './stop-card.tsx';

const act = (): StopActions => ({
  toggleMenu: vi.fn(),
  closeMenu: vi.fn(),
  toggleProgramme: vi.fn(),
  download: vi.fn(),
});

function card(stop: Stop, options: Partial<{ lang: Lang; next: boolean; past: boolean; compact: boolean }> = {}) {
  const actions = act();
  const node = StopCard({
    item: { stop, next: options.next ?? false, past: options.past ?? false },
    lang: options.lang ?? 'fr',
    today: TODAY,
    compact: options.compact ?? false,
    level: 3,
    menuOpen: false,
    programmeOpen: false,
    icsFailed: false,
    act: actions,
  }) as HTMLElement;
  return { node, actions };
}

describe('StopCard', () => {
  it('shows when, where and what, with a countdown a screen reader reads in words', () => {
    const { node } = card(testStop('essai-prochain'), { next: true });
    expect(node.querySelector('.k')?.textContent).toBe('Prochaine étape');
    expect(node.querySelector('h3')?.textContent).toBe('Étape d’essai francilienne');
    expect(node.querySelector('time')?.getAttribute('datetime')).toBe('2031-05-13');
    expect(node.querySelector('time')?.textContent).toBe('13–14 mai 2031');
    expect(node.querySelector('.c')?.getAttribute('aria-hidden')).toBe('true');
    expect(node.querySelector('.c')?.textContent).toBe('J-12');
    expect([...node.querySelectorAll('.sr')].slice(0, 2).map((each) => each.textContent)).toEqual([
      'du 13 mai au 14 mai 2031',
      ', dans 12 jours',
    ]);
    expect(node.querySelector('time')?.getAttribute('aria-hidden')).toBe('true');
    expect(node.querySelector('.l')?.textContent).toBe('Salle d’essai, Paris (Île-de-France)');
    expect(node.textContent).toContain('Thème\u00a0: Thème d’essai');
    expect(node.querySelector('.desc')?.textContent).toBe('Première ligne.\nDeuxième ligne.');
  });

  it('speaks English when asked, the feed’s text marked as French', () => {
    const { node } = card(testStop('essai-prochain'), { lang: 'en', next: true });
    expect(node.querySelector('.k')?.textContent).toBe('Next stop');
    expect(node.querySelector('time')?.textContent).toBe('May 13–14, 2031');
    expect(node.querySelector('.c')?.textContent).toBe('In 12 days');
    expect(node.querySelector('h3')?.getAttribute('lang')).toBe('fr');
    expect(node.querySelector('button.go')?.textContent).toMatch(/^Add to my calendar: /);
  });

  it('opens links in a new window, said to screen readers, with noopener', () => {
    const { node } = card(testStop('essai-prochain'));
    const links = [...node.querySelectorAll('a')];
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).toEqual([
      ['https://organisateur.example/etapes/paris', 'Page de l’étape (nouvelle fenêtre)'],
      ['https://organisateur.example/inscription', 'S’inscrire (nouvelle fenêtre)'],
    ]);
    for (const link of links) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toContain('noopener');
    }
  });

  it('folds the programme behind a button that says whether it is open', () => {
    const { node, actions } = card(testStop('essai-prochain'));
    const toggle = node.querySelector<HTMLButtonElement>('button.link')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(node.querySelector(`#${toggle.getAttribute('aria-controls')}`)?.hasAttribute('hidden')).toBe(true);
    toggle.click();
    expect(actions.toggleProgramme).toHaveBeenCalledWith('essai-prochain');
    const open = StopCard({
      item: { stop: testStop('essai-prochain'), next: false, past: false },
      lang: 'fr',
      today: TODAY,
      compact: false,
      level: 3,
      menuOpen: false,
      programmeOpen: true,
      icsFailed: false,
      act: actions,
    }) as HTMLElement;
    expect([...open.querySelectorAll('.pg li')].map((item) => item.textContent)).toEqual([
      '13 mai · Conférence — Conférence d’ouverture',
      '9 h 30 – 12 h 00 · Atelier — Atelier pratique',
    ]);
  });

  it('marks a cancelled stop and offers no calendar entry for it', () => {
    const { node } = card(testStop('essai-annule'));
    expect(node.querySelector('.st')?.textContent).toBe('Annulée');
    expect(node.querySelector('.c')).toBeNull();
    expect(node.querySelector('.menu')).toBeNull();
  });

  it('marks a past stop as over, without add-to-calendar', () => {
    const { node } = card(testStop('essai-passe'), { past: true });
    expect(node.classList.contains('p')).toBe(true);
    expect(node.querySelector('.c')?.textContent).toBe('Terminée');
    expect(node.querySelector('.menu')).toBeNull();
  });

  it('keeps a compact card to the facts', () => {
    const { node } = card(testStop('essai-prochain'), { compact: true });
    expect(node.querySelector('.desc')).toBeNull();
    expect(node.querySelector('.pg')).toBeNull();
    expect(node.textContent).not.toContain('Thème');
    expect(node.querySelector('.menu')).not.toBeNull();
  });
});
