/**
 * What a visitor reads when the calendar has nothing ordinary to show: the regions' stop past or
 * absent (then the rest of the tour), the tour over (past stops folded, the next edition, the
 * organiser), the feed unreachable (a retry, the organiser's site), an older copy (its date).
 */
import { describe, expect, it } from 'vitest';
import { serveFolder } from '../support/static-server.ts';
import {
  calendarsReady,
  FEED,
  fixture,
  json,
  SCRIPT,
  siteInChromium,
  stopCities,
  TODAY,
  watchedPage,
} from './support/site.ts';

const env = siteInChromium();

async function show(path: string, attributes: string, lang = 'fr') {
  const url = env.site.page(path, {
    lang,
    body: `<intercotour-calendar ${attributes}></intercotour-calendar><script src="${SCRIPT}"></script>`,
  });
  const watched = await watchedPage(env.browser);
  await watched.page.goto(url);
  await calendarsReady(watched.page);
  return watched;
}

const lead = 'intercotour-calendar .ic-lead';

describe('the regions’ stop', () => {
  it('past: says when it took place, then the next stop elsewhere and the rest of the tour', async () => {
    const { page, errors, context } = await show('/states/past-fr.html', `feed="${FEED}" now="${TODAY}" region="76"`);
    expect(await page.locator(lead).first().textContent()).toBe('L’étape Occitanie a eu lieu le 10 mars.');
    expect(await page.locator('intercotour-calendar .ic-next .ic-kicker').textContent()).toBe(
      'Prochaine étape, ailleurs',
    );
    expect(await stopCities(page)).toEqual([['Paris', 'Essai-sur-Mer', 'Essaiville', 'Saint-Essai']]);
    expect(errors).toEqual([]);
    await context.close();

    const english = await show('/states/past-en.html', `feed="${FEED}" now="${TODAY}" region="occitanie" lang="en"`);
    expect(await english.page.locator(lead).first().textContent()).toBe('The Occitanie stop took place on March 10.');
    expect(await english.page.locator('intercotour-calendar .ic-next .ic-kicker').textContent()).toBe(
      'Next stop, elsewhere',
    );
    await english.context.close();
  });

  it('absent: says so in a visitor’s words, then the tour', async () => {
    const { page, context } = await show(
      '/states/none.html',
      `feed="${FEED}" now="${TODAY}" region="corse, guadeloupe"`,
    );
    expect(await page.locator(lead).first().textContent()).toBe(
      'Pas d’étape prévue pour le moment dans vos régions (Corse, Guadeloupe).',
    );
    expect((await stopCities(page))[0]).toHaveLength(4);
    await context.close();
  });
});

describe('a tour over', () => {
  it('folds the past stops, offers the next edition and the organiser’s site', async () => {
    const { page, context } = await show('/states/over.html', `feed="${FEED}" now="2032-01-01"`);
    expect(await page.locator(lead).first().textContent()).toBe('La tournée Tournée d’essai 2031 est terminée.');
    const next = page.locator('intercotour-calendar .ic-over .ic-menu > button');
    expect(await next.textContent()).toMatch(/^Être prévenu de la prochaine édition/);
    await next.click();
    expect(await page.locator('intercotour-calendar .ic-over [role="menuitem"]').first().getAttribute('href')).toBe(
      `webcal://${new URL(env.site.origin).host}/feeds/2031/intercotour.ics`,
    );
    await page.keyboard.press('Escape');

    const folded = page.getByRole('button', { name: 'Voir les 5 étapes passées' });
    expect(await folded.getAttribute('aria-expanded')).toBe('false');
    expect(await stopCities(page)).toEqual([[]]);
    await folded.click();
    expect(await folded.getAttribute('aria-expanded')).toBe('true');
    expect(await stopCities(page)).toEqual([['Testville', 'Essai-sur-Mer', 'Paris', 'Essaiville', 'Saint-Essai']]);
    // Past stops offer nothing to add.
    expect(await page.locator('intercotour-calendar .ic-over li .ic-menu').count()).toBe(0);
    const organizer = page.locator('intercotour-calendar .ic-organizer a');
    expect(await organizer.getAttribute('href')).toBe('https://organisateur.example');
    await context.close();
  });
});

describe('a feed that cannot be read', () => {
  it('unreachable: says so, offers a retry and the organiser’s site', async () => {
    const gone = await serveFolder('.');
    const feed = `${gone.origin}/stops.json`;
    await gone.close();
    const { page, context } = await show('/states/unreachable.html', `feed="${feed}" now="${TODAY}"`);
    const alert = page.locator('intercotour-calendar [role="alert"]');
    expect(await alert.locator('p').first().textContent()).toBe(
      'Le calendrier n’a pas pu être chargé\u202f: le serveur est injoignable.',
    );
    expect(await alert.getByRole('button', { name: 'Réessayer' }).count()).toBe(1);
    const site = alert.getByRole('link', { name: /Les Interconnectés/ });
    expect(await site.getAttribute('href')).toBe('https://www.interconnectes.com');
    expect(await site.getAttribute('target')).toBe('_blank');
    await context.close();
  });

  it('after a good read: shows that copy with its date, and a retry that brings the fresh one', async () => {
    const path = '/states/flaky/stops.json';
    env.site.on(path, json(fixture('feeds/tour-2031.json')));
    const url = env.site.page('/states/stale.html', {
      body: `<intercotour-calendar feed="${path}" now="${TODAY}" region="11"></intercotour-calendar><script src="${SCRIPT}"></script>`,
    });
    const context = await env.browser.newContext({ timezoneId: 'Europe/Paris' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2031-05-01T08:05:00Z'));
    await page.goto(url);
    await calendarsReady(page);

    // The feed goes down; a second calendar on the page reads it again.
    env.site.on(path, json('Oops', 503));
    await page.evaluate((feed) => {
      const second = document.createElement('intercotour-calendar');
      for (const [name, value] of Object.entries({ feed, now: '2031-05-01', region: 'normandie' })) {
        second.setAttribute(name, value);
      }
      document.querySelector('main')!.append(second);
    }, path);
    await calendarsReady(page, 2);
    const notice = page.locator('intercotour-calendar[region="normandie"] .ic-notice');
    expect(await notice.locator('p').textContent()).toBe(
      'Calendrier du 1ᵉʳ mai 2031 à 10 h 05\u202f: la mise à jour n’a pas pu être chargée.',
    );
    expect((await stopCities(page))[1]).toEqual(['Essaiville']);

    env.site.on(path, json(fixture('feeds/tour-2031.json')));
    await notice.getByRole('button', { name: 'Réessayer' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    // The notice goes as the read starts: the fresh stops come with its answer.
    await expect.poll(async () => (await stopCities(page))[1]).toEqual(['Essaiville']);
    await context.close();
  });
});
