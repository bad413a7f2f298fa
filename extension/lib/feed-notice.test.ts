import { describe, expect, it } from 'vitest';
import { catalogTranslate } from '../testing/catalog.ts';
import { tour2019Feed } from '../testing/tour.ts';
import { describeFailure } from './failure-words.ts';
import { feedNotice } from './feed-notice.ts';
import type { FailureKind } from './feed-state.ts';

const fr = catalogTranslate('fr');
const source = 'https://cdn.example.fr/tour/stops.json';
const stored = { source, fetchedAt: '2019-03-12T09:00:00Z', feed: tour2019Feed() };
const failed = (kind: FailureKind, detail?: string) => ({
  source,
  checkedAt: '2019-03-13T09:00:00Z',
  failure: { kind, ...(detail ? { detail } : {}) },
});

describe('feedNotice', () => {
  it('is silent while the feed reads, and leaves an older copy to the calendar’s stale notice', () => {
    expect(feedNotice({ source, checkedAt: '2019-03-13T09:00:00Z' }, stored, fr)).toBeUndefined();
    expect(feedNotice(undefined, undefined, fr)).toBeUndefined();
    expect(feedNotice(failed('network'), stored, fr)).toBeUndefined();
  });

  it('says when nothing could be read yet, and when access to the site is missing', () => {
    expect(feedNotice(failed('network'), undefined, fr)?.text).toBe(
      'Flux injoignable\u202f: les étapes n’ont pas encore pu être lues.',
    );
    expect(feedNotice(failed('invalid'), undefined, catalogTranslate('en'))?.text).toBe(
      'Feed unreadable: the stops could not be read yet.',
    );
    expect(feedNotice(failed('permission'), stored, fr)).toEqual({
      text: 'Pour lire les étapes, l’extension a besoin d’accéder à cdn.example.fr.',
      needsPermissionFor: source,
    });
  });

  it('says the true cause when the address or the browser’s storage stands in the way, copy or not', () => {
    for (const copy of [stored, undefined]) {
      expect(feedNotice(failed('address', 'credentials'), copy, fr)?.text).toBe(
        'L’adresse du flux contient un identifiant et un mot de passe, que l’extension n’envoie jamais\u202f: indiquez une adresse sans eux. Le flux précédent reste utilisé.',
      );
      expect(feedNotice(failed('storage', 'quota'), copy, fr)?.text).toBe(
        'Le flux a été lu, mais il dépasse la place que le navigateur accorde à l’extension\u202f: le flux précédent reste utilisé.',
      );
    }
  });

  it('says when what was stored did not read and was set aside', () => {
    expect(feedNotice(undefined, undefined, fr, true)?.text).toBe(
      'Des données enregistrées par l’extension étaient illisibles\u202f: elles ont été écartées. Réessayez pour relire le flux.',
    );
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
    for (const kind of ['network', 'timeout', 'invalid', 'permission', 'address', 'storage'] as const) {
      expect(describeFailure({ kind }, fr)).toMatch(/le flux précédent reste utilisé\.$/i);
    }
  });
});
