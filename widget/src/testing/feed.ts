/**
 * Test-only: a made-up tour in 2031, read by the widget's reader. Not data: the 2019 tour lives
 * in `shared/data/`; these stops exist so that tests can stand on a fixed "today".
 */
import type { Feed, Stop } from '../../../shared/index.ts';
import { readFeed } from '../feed/read-feed.ts';

/** The day the tests stand on: the stop in Île-de-France is then 12 days away. */
export const TODAY = '2031-05-01';

export const TEST_FEED = {
  version: 1,
  name: 'Tournée d’essai 2031',
  organizer: { name: 'Organisateur d’essai', url: 'https://organisateur.example' },
  updated: '2031-01-15T10:00:00+01:00',
  stops: [
    {
      id: 'essai-passe',
      title: 'Étape d’essai passée',
      region: 'occitanie',
      city: 'Testville',
      start: '2031-03-10',
      end: '2031-03-10',
    },
    {
      id: 'essai-annule',
      title: 'Étape d’essai annulée',
      region: 'bretagne',
      city: 'Essai-sur-Mer',
      start: '2031-05-08',
      end: '2031-05-08',
      status: 'cancelled',
    },
    {
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
    },
    {
      id: 'essai-horaire',
      title: 'Étape d’essai à l’heure',
      region: 'normandie',
      city: 'Essaiville',
      start: '2031-06-20T09:00:00+02:00',
      end: '2031-06-20T17:30:00+02:00',
      icsUrl: 'https://organisateur.example/stops/essai-horaire.ics',
    },
    {
      id: 'essai-reunion',
      title: 'Étape d’essai réunionnaise',
      region: 'la-reunion',
      city: 'Saint-Essai',
      start: '2031-09-18',
      end: '2031-09-19',
    },
  ],
};

export function testFeed(): Feed {
  const result = readFeed(structuredClone(TEST_FEED));
  if (!result.ok) throw new Error('the test feed must be valid');
  return result.feed;
}

export function testStop(id: string): Stop {
  const stop = testFeed().stops.find((each) => each.id === id);
  if (!stop) throw new Error(`no test stop ${id}`);
  return stop;
}
