import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCivilDate, weekday } from './civil-date.ts';

describe('civil dates of the first centuries', () => {
  it('are days of their own year, not of the 1900s (`Date.UTC` reads 0–99 as 19xx)', () => {
    expect(isCivilDate('0050-06-15')).toBe(true);
    expect(isCivilDate('0000-02-29')).toBe(true);
    expect(isCivilDate('0099-02-29')).toBe(false);
    expect(addDays('0050-03-01', -1)).toBe('0050-02-28');
    expect(addDays('0100-01-01', -1)).toBe('0099-12-31');
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
    // 1 January 0001 was a Monday in the proleptic Gregorian calendar.
    expect(weekday('0001-01-01')).toBe(1);
  });
});
