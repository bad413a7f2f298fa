import { describe, expect, it } from 'vitest';
import { catalogTranslate } from '../testing/catalog.ts';
import { tour2019Feed } from '../testing/tour.ts';
import { describeFailure } from './failure-words.ts';
import { feedNotice } from './feed-notice.ts';

const fr = catalogTranslate('fr');
const source = 'https://cdn.example.fr/tour/stops.json';
const stored = { source, fetchedAt: '2019-03-12T09:00:00Z', feed: tour2019Feed() };
const failed = (kind: 'network' | 'invalid' | 'permission') => ({
  source,
  checkedAt: '2019-03-13T09:00:00Z',
  failure: { kind },
});

describe('feedNotice', () => {
  it('is silent while the feed reads', () => {
    expect(feedNotice({ source, checkedAt: '2019-03-13T09:00:00Z' }, stored, 'Europe/Paris', 'fr', fr)).toBeUndefined();
    expect(feedNotice(undefined, undefined, 'Europe/Paris', 'fr', fr)).toBeUndefined();
  });

  it('says the feed is unreachable and which day’s data is shown, on the user’s clock', () => {
    expect(feedNotice(failed('network'), stored, 'Europe/Paris', 'fr', fr)).toEqual({
      text: 'Flux injoignable — données du 12 mars 2019 à 10 h 00.',
    });
    expect(feedNotice(failed('invalid'), stored, 'Europe/Paris', 'en', catalogTranslate('en'))).toEqual({
      text: 'Feed unreadable — showing the data of March 12, 2019 at 10:00 AM.',
    });
  });

  it('says when nothing could be read yet, and when access to the site is missing', () => {
    expect(feedNotice(failed('network'), undefined, 'Europe/Paris', 'fr', fr)?.text).toBe(
      'Flux injoignable\u202f: les étapes n’ont pas encore pu être lues.',
    );
    expect(feedNotice(failed('permission'), stored, 'Europe/Paris', 'fr', fr)).toEqual({
      text: 'Pour lire les étapes, l’extension a besoin d’accéder à cdn.example.fr.',
      needsPermissionFor: source,
    });
  });
});

describe('describeFailure', () => {
  it('explains each failure and says the previous feed stays', () => {
    expect(describeFailure({ kind: 'http', detail: '404' }, fr)).toBe(
      'Le serveur répond par l’erreur 404\u202f: le flux précédent reste utilisé.',
    );
    expect(describeFailure({ kind: 'invalid', detail: 'version: 2 n’est pas prise en charge' }, fr)).toContain(
      '(version: 2 n’est pas prise en charge)',
    );
    for (const kind of ['network', 'timeout', 'invalid', 'permission'] as const) {
      expect(describeFailure({ kind }, fr)).toMatch(/le flux précédent reste utilisé\.$/);
    }
  });
});
