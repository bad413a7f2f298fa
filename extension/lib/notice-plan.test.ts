import { describe, expect, it } from 'vitest';
import type { Stop } from '../../shared/index.ts';
import { catalogTranslate } from '../testing/catalog.ts';
import { tour2019Feed } from '../testing/tour.ts';
import { toldSnapshot } from './changes.ts';
import { DAILY_NOTICE_LIMIT, passNotices, withinAllowance, type NoticeInput } from './notice-plan.ts';

const stops = tour2019Feed().stops;
const [first, second, third, fourth] = stops as [Stop, Stop, Stop, Stop];
const input = (fields: Partial<NoticeInput>): NoticeInput => ({
  reminders: [],
  changes: [],
  inRegions: false,
  today: '2019-03-19',
  lang: 'en',
  t: catalogTranslate('en'),
  ...fields,
});

describe('passNotices', () => {
  it('shows one reminder and one change as they are, several as one notification each', () => {
    expect(passNotices(input({ reminders: [first] })).map((notice) => notice.kind)).toEqual(['reminder']);
    const moved = { kind: 'moved' as const, stop: first, before: toldSnapshot(second) };
    const cancelled = { kind: 'cancelled' as const, stop: second, before: toldSnapshot(second) };
    const notices = passNotices(input({ reminders: [first, second, third, fourth], changes: [moved, cancelled] }));
    expect(notices.map((notice) => [notice.kind, notice.stop])).toEqual([
      ['changes', undefined],
      ['reminders', undefined],
    ]);
    expect(notices[0]!.text).toEqual({
      title: '2 stops changed',
      message: 'Moved: March 26, 2019, Cahors (Occitanie)\nCancelled: June 20, 2019, Dax (Nouvelle-Aquitaine)',
    });
    expect(notices[1]!.text.title).toBe('4 stops coming up');
    expect(notices[1]!.text.message.split('\n').at(-1)).toBe('and 1 more');
  });

  it('says when, if every stop is on the same day, and in whose regions', () => {
    const text = passNotices(
      input({ reminders: [first, first], inRegions: true, lang: 'fr', t: catalogTranslate('fr') }),
    )[0]!.text;
    expect(text.title).toBe('2 étapes dans 7 jours dans vos régions');
  });
});

describe('withinAllowance', () => {
  const notices = passNotices(input({ reminders: [first] }));
  it('lets through what the day still allows, and counts it', () => {
    expect(withinAllowance(notices, undefined, '2019-03-19')).toEqual({
      show: notices,
      sent: { day: '2019-03-19', count: 1 },
    });
    const full = { day: '2019-03-19', count: DAILY_NOTICE_LIMIT };
    expect(withinAllowance(notices, full, '2019-03-19')).toEqual({ show: [], sent: full });
    expect(withinAllowance(notices, full, '2019-03-20').show).toEqual(notices);
  });
});
