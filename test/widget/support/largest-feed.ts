/**
 * A feed at the format's maximum size (MAX_STOPS stops), each a full stop with a programme, one a
 * day from the test's today on, across every region: what the widget must still draw at once.
 */
import { addDays, MAX_STOPS, REGION_SLUGS } from '../../../shared/index.ts';

export function largestFeed(today: string): string {
  const stops = Array.from({ length: MAX_STOPS }, (_, index) => {
    const day = addDays(today, index + 1);
    return {
      id: `etape-${String(index + 1).padStart(4, '0')}`,
      title: `Étape d’essai numéro ${index + 1}`,
      region: REGION_SLUGS[index % REGION_SLUGS.length]!,
      city: `Essaiville-${index + 1}`,
      start: day,
      end: day,
      theme: 'Thème d’essai',
      description: 'Une journée de conférences et d’ateliers.\nDeuxième ligne.',
      venue: { name: 'Salle d’essai', address: '1 rue de l’Essai' },
      url: `https://organisateur.example/etapes/${index + 1}`,
      registrationUrl: 'https://organisateur.example/inscription',
      programme: [
        { title: 'Conférence d’ouverture', kind: 'conference', day },
        { title: 'Atelier pratique', kind: 'workshop', day },
      ],
    };
  });
  return JSON.stringify({
    version: 1,
    name: 'Tournée d’essai au plus long',
    organizer: { name: 'Organisateur d’essai', url: 'https://organisateur.example' },
    updated: '2031-01-15T10:00:00+01:00',
    stops,
  });
}
