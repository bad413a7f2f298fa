import { describe, expect, it } from 'vitest';
import { todayIn } from '../../shared/index.ts';
import { visitorToday } from './today.ts';

describe('visitorToday', () => {
  it('is the core’s todayIn for the visitor’s own zone (tests run in Pacific/Auckland)', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(zone).toBe('Pacific/Auckland');
    for (let hours = 0; hours < 24 * 400; hours += 7) {
      const now = new Date(Date.UTC(2019, 0, 1) + hours * 3_600_000);
      expect(visitorToday(now)).toBe(todayIn(now, zone));
    }
  });

  it('turns the day at the visitor’s midnight, not UTC’s', () => {
    expect(visitorToday(new Date('2019-06-26T11:59:00Z'))).toBe('2019-06-26');
    expect(visitorToday(new Date('2019-06-26T12:00:00Z'))).toBe('2019-06-27');
  });
});
