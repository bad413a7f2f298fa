import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calendarView, type CalendarViewInput, type Lang, type Stop } from '../index.ts';
import { makeStop } from '../test-stops.ts';
import { CalendarBody } from './calendar-body.tsx';
import { FeedFailure } from './states/feed-failure.tsx';
import { Loading } from './states/loading.tsx';
import { StaleNotice } from './states/stale-notice.tsx';

afterEach(cleanup);

const tour: Stop[] = [
  makeStop({ id: 'cahors', region: 'occitanie', city: 'Cahors', start: '2027-03-26', end: '2027-03-26' }),
  makeStop({ id: 'dax', region: 'nouvelle-aquitaine', city: 'Dax', start: '2027-06-20', end: '2027-06-20' }),
  makeStop({ id: 'paris', region: 'ile-de-france', city: 'Paris', start: '2027-06-26', end: '2027-06-27' }),
  makeStop({ id: 'annecy', region: 'auvergne-rhone-alpes', city: 'Annecy', start: '2027-10-17', end: '2027-10-17' }),
];
const feed = {
  name: 'IntercoTOUR 2027',
  organizer: { name: 'Les Interconnectés', url: 'https://www.interconnectes.com' },
};
const ICS = 'https://cdn.example/intercotour.ics';

function body(input: Partial<CalendarViewInput> & { lang?: Lang; icsUrl?: string } = {}) {
  const { lang = 'fr', icsUrl, ...rest } = input;
  const today = rest.today ?? '2027-06-01';
  const layout = rest.layout ?? 'upcoming';
  const calendar = calendarView({ stops: tour, regions: [], today, layout, ...rest });
  return render(
    <section class="ic">
      <CalendarBody
        calendar={calendar}
        feed={feed}
        layout={layout}
        lang={lang}
        today={today}
        onIcs={vi.fn(async () => undefined)}
        level={3}
        {...(icsUrl ? { icsUrl } : {})}
      />
    </section>,
  );
}

const cities = () => screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

describe('a calendar’s states', () => {
  it('upcoming: the next stop as a full card, the others one line each, then subscribing and the organiser', () => {
    const { container } = body({ icsUrl: ICS });
    expect(cities()).toEqual(['Dax', 'Paris', 'Annecy']);
    expect(container.querySelectorAll('.ic-card:not(.ic-row)')).toHaveLength(1);
    expect(container.querySelectorAll('.ic-row')).toHaveLength(2);
    expect(container.querySelector('.ic-kicker')?.textContent).toBe('Prochaine étape');
    expect(screen.getByRole('button', { name: /^S’abonner à toute la tournée/ })).toBeDefined();
    expect(container.querySelector('.ic-organizer')?.textContent).toBe(
      'Organisé par Les Interconnectés (nouvelle fenêtre)',
    );
    expect(screen.getByRole('link', { name: 'Les Interconnectés (nouvelle fenêtre)' }).getAttribute('href')).toBe(
      'https://www.interconnectes.com',
    );
  });

  it('the region’s stop past: says when it took place, then the next stop elsewhere and the rest', () => {
    const { container } = body({ regions: ['occitanie'] });
    expect(container.querySelector('.ic-lead')?.textContent).toBe('L’étape Occitanie a eu lieu le 26 mars.');
    expect(container.querySelector('.ic-kicker')?.textContent).toBe('Prochaine étape, ailleurs');
    expect(cities()).toEqual(['Dax', 'Paris', 'Annecy']);
    cleanup();
    body({ regions: ['occitanie'], lang: 'en' });
    expect(document.querySelector('.ic-lead')?.textContent).toBe('The Occitanie stop took place on March 26.');
  });

  it('a region without a stop: says so in a visitor’s words, then the tour', () => {
    const { container } = body({ regions: ['corse'] });
    expect(container.querySelector('.ic-lead')?.textContent).toBe(
      'Pas d’étape prévue pour le moment dans votre région (Corse).',
    );
    expect(cities()).toEqual(['Dax', 'Paris', 'Annecy']);
  });

  it('compact: one line per stop, the next one marked', () => {
    const { container } = body({ layout: 'compact' });
    expect(container.querySelectorAll('.ic-row')).toHaveLength(3);
    expect(container.querySelector('.ic-row.ic-next .ic-city')?.textContent).toBe('Dax');
  });

  it('year: every stop one line each under its month', () => {
    body({ layout: 'year' });
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'mars 2027',
      'juin 2027',
      'octobre 2027',
    ]);
    expect(screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual([
      'Cahors',
      'Dax',
      'Paris',
      'Annecy',
    ]);
  });

  it('tour over: says so, offers the next edition and the organiser, the past stops folded', () => {
    const { container } = body({ today: '2027-11-01', icsUrl: ICS });
    expect(container.querySelector('.ic-lead')?.textContent).toBe('La tournée IntercoTOUR 2027 est terminée.');
    const subscribe = screen.getByRole('button', { name: /^Être prévenu de la prochaine édition/ });
    expect(subscribe.classList.contains('ic-primary')).toBe(true);
    expect(screen.getByRole('link', { name: 'Les Interconnectés (nouvelle fenêtre)' })).toBeDefined();
    const fold = screen.getByRole('button', { name: 'Voir les 4 étapes passées' });
    expect(cities()).toEqual([]);
    fireEvent.click(fold);
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    expect(cities()).toEqual(['Cahors', 'Dax', 'Paris', 'Annecy']);
    expect(container.querySelectorAll('.ic-past')).toHaveLength(4);
  });

  it('tour over with one stop: the fold speaks of it in the singular', () => {
    body({ today: '2027-11-01', stops: tour.slice(0, 1) });
    expect(screen.getByRole('button', { name: 'Voir l’étape passée' })).toBeDefined();
    cleanup();
    body({ today: '2027-11-01', stops: tour.slice(0, 1), lang: 'en' });
    expect(screen.getByRole('button', { name: 'Show the past stop' })).toBeDefined();
  });

  it('nothing announced yet: says so, and still offers the organiser', () => {
    const { container } = body({ stops: [] });
    expect(container.querySelector('.ic-lead')?.textContent).toBe('Aucune étape n’est annoncée pour le moment.');
    expect(container.querySelector('.ic-organizer')).not.toBeNull();
  });
});

describe('feed states', () => {
  it('loading: a skeleton of the list, its words read once', () => {
    const { container } = render(<Loading lang="fr" />);
    expect(screen.getByRole('status').textContent).toBe('Chargement du calendrier…');
    expect(container.querySelector('.ic-skeleton')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('unreachable: the message, a retry, and the organiser’s site', () => {
    const retry = vi.fn();
    render(<FeedFailure error={{ kind: 'http', status: 503 }} lang="fr" onRetry={retry} organizer={feed.organizer} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      'Le calendrier n’a pas pu être chargé\u202f: le serveur a répondu par l’erreur 503.',
    );
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(retry).toHaveBeenCalledOnce();
    expect(within(alert).getByRole('link', { name: 'Les Interconnectés (nouvelle fenêtre)' })).toBeDefined();
  });

  it('a stale copy says of when, on the reader’s clock, and why', () => {
    render(<StaleNotice since="2031-03-20T09:05:00Z" failed lang="fr" zone="Europe/Paris" onRetry={vi.fn()} />);
    expect(document.querySelector('.ic-notice p')?.textContent).toBe(
      'Calendrier du 20 mars 2031 à 10 h 05\u202f: la mise à jour n’a pas pu être chargée.',
    );
    cleanup();
    render(<StaleNotice since="2031-03-20T09:05:00Z" failed={false} lang="en" zone="Europe/Paris" />);
    expect(document.querySelector('.ic-notice p')?.textContent).toBe(
      'Calendar as of March 20, 2031 at 10:05 AM: it may have changed since.',
    );
  });
});
