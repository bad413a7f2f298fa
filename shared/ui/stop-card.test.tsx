import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stopView, type Lang, type Stop, type StopViewOptions } from '../index.ts';
import { makeStop } from '../test-stops.ts';
import { StopCard, type StopCardProps } from './stop-card.tsx';

afterEach(cleanup);

const TODAY = '2031-05-01';

const paris = makeStop({
  id: 'essai-prochain',
  title: 'Étape d’essai francilienne',
  region: 'ile-de-france',
  city: 'Paris',
  start: '2031-05-13',
  end: '2031-05-14',
  theme: 'Thème d’essai',
  description: 'Première ligne.\nDeuxième ligne.',
  venue: { name: 'Salle d’essai', address: '1 rue de l’Essai, Paris' },
  url: 'https://organisateur.example/etapes/paris',
  registrationUrl: 'https://organisateur.example/inscription',
  programme: [
    { title: 'Conférence d’ouverture', kind: 'conference', day: '2031-05-13' },
    {
      title: 'Atelier pratique',
      kind: 'workshop',
      start: '2031-05-14T09:30:00+02:00',
      end: '2031-05-14T12:00:00+02:00',
    },
  ],
});

function card(stop: Stop, props: Partial<StopCardProps> & { lang?: Lang; options?: Partial<StopViewOptions> } = {}) {
  const { lang = 'fr', options, ...rest } = props;
  const onIcs = vi.fn(async () => undefined);
  const view = stopView(stop, { today: TODAY, lang, ...options });
  const result = render(<StopCard view={view} lang={lang} level={3} onIcs={onIcs} {...rest} />);
  return { ...result, onIcs, article: result.container.querySelector('article')! };
}

describe('StopCard', () => {
  it('leads with the city, the region as a tag, a date tile, the countdown as a badge said in words', () => {
    const { article } = card(paris, { next: true });
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Paris');
    expect(screen.getByRole('article', { name: 'Paris' })).toBe(article);
    expect(article.querySelector('.ic-kicker')?.textContent).toBe('Prochaine étape');
    expect(article.querySelector('.ic-tag')?.textContent).toBe('Île-de-France');
    const tile = article.querySelector('.ic-tile')!;
    expect(tile.getAttribute('aria-hidden')).toBe('true');
    expect([...tile.children].map((part) => part.textContent)).toEqual(['mar.', '13–14', 'mai']);
    const badge = article.querySelector('.ic-badge')!;
    expect([badge.textContent, badge.getAttribute('aria-hidden')]).toEqual(['J-12', 'true']);
    // What a screen reader reads in place of the tile and the badge.
    const spoken = [...article.querySelectorAll('.ic-facts .ic-sr')].map((each) => each.textContent);
    expect(spoken).toEqual(['du mardi 13 mai au mercredi 14 mai 2031, ', ', dans 12 jours']);
    expect(article.querySelector('.ic-when')?.textContent).toBe('13–14 mai 2031 · Salle d’essai');
    expect(article.querySelector('.ic-title')?.textContent).toBe('Étape d’essai francilienne');
    expect(article.querySelector('.ic-theme')?.textContent).toBe('Thème\u202f: Thème d’essai');
    expect(article.querySelector('.ic-theme [lang="fr"]')?.textContent).toBe('Thème d’essai');
  });

  it('has one primary action: registering when it can, else adding to a calendar', () => {
    const { article } = card(paris);
    const primary = article.querySelectorAll('.ic-primary');
    expect(primary).toHaveLength(1);
    expect(primary[0]!.tagName).toBe('A');
    expect(primary[0]!.getAttribute('href')).toBe('https://organisateur.example/inscription');
    expect(primary[0]!.textContent).toMatch(/^S’inscrire\u202f: Paris, du mardi 13 mai/);
    const add = within(article).getByRole('button', { name: /^Ajouter à mon agenda/ });
    expect(add.classList.contains('ic-secondary')).toBe(true);
    cleanup();

    const { registrationUrl: _gone, ...plain } = paris;
    const other = card(plain).article;
    const only = other.querySelectorAll('.ic-primary');
    expect([...only].map((each) => each.getAttribute('aria-haspopup'))).toEqual(['menu']);
    expect(only[0]!.textContent).toMatch(/^Ajouter à mon agenda/);
  });

  it('keeps the page link quiet and says it opens a new window', () => {
    const { article } = card(paris);
    const link = within(article).getByRole('link', { name: 'Page de l’étape (nouvelle fenêtre)' });
    expect(link.classList.contains('ic-link')).toBe(true);
    expect([link.getAttribute('target'), link.getAttribute('rel')]).toEqual(['_blank', 'noopener noreferrer']);
  });

  it('folds the place, the description and the programme behind a "Détails" disclosure', () => {
    const { article } = card(paris);
    const button = within(article).getByRole('button', { name: 'Détails' });
    const region = article.querySelector(`#${CSS.escape(button.getAttribute('aria-controls')!)}`)!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(region.hasAttribute('hidden')).toBe(true);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(region.hasAttribute('hidden')).toBe(false);
    expect(region.querySelector('.ic-description')?.textContent).toBe('Première ligne.\nDeuxième ligne.');
    expect([...region.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      '13 mai · Conférence — Conférence d’ouverture',
      '9 h 30 – 12 h · Atelier — Atelier pratique',
    ]);
    expect(region.textContent).toContain('Salle d’essai, 1 rue de l’Essai, Paris');
    fireEvent.click(button);
    expect(region.hasAttribute('hidden')).toBe(true);
  });

  it('marks a cancelled stop, with no countdown and nothing to add', () => {
    const { article } = card(
      makeStop({ city: 'Rennes', region: 'bretagne', start: '2031-05-08', end: '2031-05-08', status: 'cancelled' }),
    );
    expect(article.querySelector('.ic-cancelled')?.textContent).toBe('Annulée');
    expect(article.querySelector('.ic-badge')).toBeNull();
    expect(within(article).queryByRole('button', { name: /Ajouter/ })).toBeNull();
  });

  it('marks a past stop as over, feminine as the stop', () => {
    const { article } = card(makeStop({ start: '2031-03-10', end: '2031-03-10' }), { compact: true });
    expect(article.classList.contains('ic-past')).toBe(true);
    expect(article.querySelector('.ic-status')?.textContent).toBe('Terminée');
  });

  it('is one line when compact: tile, city, region, countdown and a short add button', () => {
    const { article } = card(paris, { compact: true, next: 'elsewhere' });
    expect(article.classList.contains('ic-row')).toBe(true);
    expect(article.querySelector('.ic-kick')?.textContent).toBe('Prochaine étape, ailleurs');
    for (const absent of ['.ic-theme', '.ic-when', '.ic-details', '.ic-primary']) {
      expect(article.querySelector(absent)).toBeNull();
    }
    const add = within(article).getByRole('button', { name: /^Ajouter\s: Paris, du mardi/ });
    expect(add.classList.contains('ic-quiet')).toBe(true);
  });

  it('speaks English when asked, the feed’s text still marked as French', () => {
    const { article } = card(paris, { lang: 'en', next: true });
    expect(article.querySelector('.ic-kicker')?.textContent).toBe('Next stop');
    expect([...article.querySelector('.ic-tile')!.children].map((part) => part.textContent)).toEqual([
      'Tue',
      '13–14',
      'May',
    ]);
    expect(article.querySelector('.ic-badge')?.textContent).toBe('In 12 days');
    expect(article.querySelector('.ic-when')?.textContent).toBe('May 13–14, 2031 · Salle d’essai');
    expect(screen.getByRole('heading').getAttribute('lang')).toBe('fr');
    expect(within(article).getByRole('link', { name: /^Register/ })).toBeDefined();
  });

  it('leaves out a title that only repeats the tour’s name and a place', () => {
    const { article } = card(makeStop({ start: '2031-06-01', end: '2031-06-01' }), {
      options: { tourName: 'IntercoTOUR 2031' },
    });
    expect(article.querySelector('.ic-title')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe('Cahors');
  });

  it('shows a feed’s markup as text', () => {
    const hostile = makeStop({
      city: '<img src=x onerror=alert(1)>Paris',
      theme: '<b>gras</b>',
      start: '2031-06-01',
      end: '2031-06-01',
    });
    const { article } = card(hostile);
    expect(screen.getByRole('heading').textContent).toBe('<img src=x onerror=alert(1)>Paris');
    expect(article.querySelectorAll('img, b')).toHaveLength(0);
    expect(article.querySelector('.ic-theme')?.textContent).toContain('<b>gras</b>');
  });
});
