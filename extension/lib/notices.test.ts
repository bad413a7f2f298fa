import { describe, expect, it } from 'vitest';
import { catalogTranslate } from '../testing/catalog.ts';
import { tour2019Feed } from '../testing/tour.ts';
import { toldSnapshot } from './changes.ts';
import { changeText, noticeId, notificationShape, parseNoticeId, reminderText, testText } from './notices.ts';

const stops = tour2019Feed().stops;
const cahors = stops.find((stop) => stop.id === '2019-cahors')!;
const paris = stops.find((stop) => stop.id === '2019-paris')!;
const fr = catalogTranslate('fr');
const en = catalogTranslate('en');

describe('reminderText', () => {
  it('says which stop, how soon, when and where', () => {
    expect(reminderText(cahors, '2019-03-19', 'fr', fr)).toEqual({
      title: 'IntercoTOUR Occitanie — dans 7 jours',
      message: '26 mars 2019, Cahors (Occitanie)',
    });
    expect(reminderText(cahors, '2019-03-25', 'en', en)).toEqual({
      title: 'IntercoTOUR Occitanie — tomorrow',
      message: 'March 26, 2019, Cahors (Occitanie)',
    });
  });

  it('adds the theme when the stop has one', () => {
    expect(reminderText(paris, '2019-06-25', 'fr', fr).message).toBe(
      '26–27 juin 2019, Paris (Île-de-France)\nThème\u202f: Au cœur de l’innovation des territoires',
    );
  });
});

describe('changeText', () => {
  const before = toldSnapshot(cahors);
  it('gives the new date of a moved stop and the old one', () => {
    const moved = { ...cahors, start: '2019-03-28', end: '2019-03-28' };
    expect(changeText({ kind: 'moved', stop: moved, before }, 'fr', fr)).toEqual({
      title: 'Étape déplacée\u202f: IntercoTOUR Occitanie',
      message: 'Nouvelle date\u202f: 28 mars 2019, Cahors (Occitanie) (au lieu du 26 mars 2019).',
    });
  });

  it('says a stop is cancelled or postponed', () => {
    expect(changeText({ kind: 'cancelled', stop: { ...cahors, status: 'cancelled' }, before }, 'fr', fr)).toEqual({
      title: 'Étape annulée\u202f: IntercoTOUR Occitanie',
      message: 'L’étape prévue le 26 mars 2019 à Cahors est annulée.',
    });
    expect(changeText({ kind: 'postponed', stop: { ...cahors, status: 'postponed' }, before }, 'en', en)).toEqual({
      title: 'Stop postponed: IntercoTOUR Occitanie',
      message: 'The stop planned on March 26, 2019 in Cahors is postponed.',
    });
  });
});

describe('testText', () => {
  it('shows a real reminder of the next stop, or says that reminders work', () => {
    expect(testText(cahors, '2019-03-14', 'fr', fr)).toEqual({
      title: 'Rappel de test — IntercoTOUR',
      message: 'IntercoTOUR Occitanie — dans 12 jours\n26 mars 2019, Cahors (Occitanie)',
    });
    expect(testText(undefined, '2019-03-14', 'fr', fr).message).toBe(
      'Les rappels fonctionnent. Aucune étape n’est à venir pour le moment.',
    );
  });
});

describe('notificationShape', () => {
  const text = { title: 'T', message: 'M' };
  it('gives Chrome the "add to my calendar" button', () => {
    expect(notificationShape(text, { firefox: false, iconUrl: 'icon.png', addButton: 'Ajouter à mon agenda' })).toEqual(
      {
        type: 'basic',
        iconUrl: 'icon.png',
        title: 'T',
        message: 'M',
        buttons: [{ title: 'Ajouter à mon agenda' }],
      },
    );
  });

  it('gives Firefox a basic notification only (it throws on buttons)', () => {
    const shape = notificationShape(text, { firefox: true, iconUrl: 'icon.png', addButton: 'Ajouter à mon agenda' });
    expect(shape).toEqual({ type: 'basic', iconUrl: 'icon.png', title: 'T', message: 'M' });
    expect(Object.keys(shape)).not.toContain('requireInteraction');
  });
});

describe('notice ids', () => {
  it('carry the kind and the stop, and are unique by time', () => {
    expect(noticeId('reminder', '2019-cahors', 5)).not.toBe(noticeId('reminder', '2019-cahors', 6));
    expect(parseNoticeId(noticeId('moved', '2019-cahors', 5))).toEqual({ kind: 'moved', stopId: '2019-cahors' });
    expect(parseNoticeId('something-else')).toBeUndefined();
    expect(parseNoticeId('alarm|x|1')).toBeUndefined();
  });
});
