import { describe, expect, it } from 'vitest';
import { catalogTranslate } from '../testing/catalog.ts';
import { tour2019Feed } from '../testing/tour.ts';
import { BADGE_COLORS, badgeColor, badgeView } from './badge.ts';

const stops = tour2019Feed().stops;
const fr = { lang: 'fr' as const, t: catalogTranslate('fr') };
const en = { lang: 'en' as const, t: catalogTranslate('en') };

describe('badgeView', () => {
  it('counts down to Cahors twelve days before, with the whole sentence as tooltip', () => {
    expect(badgeView({ stops, regions: [], today: '2019-03-14', ...fr })).toEqual({
      text: 'J-12',
      color: BADGE_COLORS.month,
      title: 'Prochaine étape\u202f: IntercoTOUR Occitanie à Cahors, mardi 26 mars — dans 12 jours',
    });
  });

  it('says J-1 the day before and Auj. on the day, in the warmest colour', () => {
    expect(badgeView({ stops, regions: [], today: '2019-03-25', ...fr })).toMatchObject({
      text: 'J-1',
      color: BADGE_COLORS.now,
      title: 'Prochaine étape\u202f: IntercoTOUR Occitanie à Cahors, mardi 26 mars — demain',
    });
    expect(badgeView({ stops, regions: [], today: '2019-03-26', ...fr })).toMatchObject({
      text: 'Auj.',
      color: BADGE_COLORS.now,
    });
  });

  it('speaks English with the English catalog', () => {
    expect(badgeView({ stops, regions: [], today: '2019-03-14', ...en })).toEqual({
      text: 'D-12',
      color: BADGE_COLORS.month,
      title: 'Next stop: IntercoTOUR Occitanie in Cahors, Tuesday, March 26 — in 12 days',
    });
  });

  it('follows the user’s regions: from Cahors, Normandie’s stop is the next one', () => {
    expect(badgeView({ stops, regions: ['normandie'], today: '2019-03-14', ...fr })).toMatchObject({
      text: '99+',
      color: BADGE_COLORS.far,
      title: 'Prochaine étape\u202f: IntercoTOUR Normandie à Le Havre, mardi 9 juillet — dans 117 jours',
    });
  });

  it('keeps counting through a two-day stop: Paris on its second day is still today’s stop', () => {
    expect(badgeView({ stops, regions: ['ile-de-france'], today: '2019-06-27', ...fr })).toMatchObject({
      text: 'Auj.',
    });
  });

  it('is empty, with a tooltip that says why, when no stop is coming', () => {
    expect(badgeView({ stops, regions: [], today: '2019-10-18', ...fr })).toEqual({
      text: '',
      color: BADGE_COLORS.far,
      title: 'IntercoTOUR\u202f: la tournée est terminée',
    });
    expect(badgeView({ stops, regions: ['bretagne'], today: '2019-03-14', ...fr })).toMatchObject({
      text: '',
      title: 'IntercoTOUR\u202f: aucune étape à venir dans vos régions',
    });
    expect(badgeView({ stops: [], regions: [], today: '2019-03-14', ...fr }).title).toBe(
      'IntercoTOUR\u202f: aucune étape annoncée pour le moment',
    );
    expect(badgeView({ stops: undefined, regions: [], today: '2019-03-14', ...fr }).title).toBe(
      'IntercoTOUR\u202f: les étapes n’ont pas encore pu être lues',
    );
  });

  it('skips a cancelled stop', () => {
    const cancelled = stops.map((stop) =>
      stop.id === '2019-cahors' ? { ...stop, status: 'cancelled' as const } : stop,
    );
    expect(badgeView({ stops: cancelled, regions: [], today: '2019-03-14', ...fr }).title).toContain('Dax');
  });
});

describe('badgeColor', () => {
  it('warms up as the stop comes closer', () => {
    expect([60, 31, 30, 8, 7, 2, 1, 0].map(badgeColor)).toEqual([
      BADGE_COLORS.far,
      BADGE_COLORS.far,
      BADGE_COLORS.month,
      BADGE_COLORS.month,
      BADGE_COLORS.week,
      BADGE_COLORS.week,
      BADGE_COLORS.now,
      BADGE_COLORS.now,
    ]);
  });

  it('keeps white text readable on each colour (WCAG AA, 4.5:1)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((at) => {
        const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const color of Object.values(BADGE_COLORS))
      expect(1.05 / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});
