import { describe, expect, it } from 'vitest';
import {
  EMPTY_REMINDER_STATE,
  LOG_LIMIT,
  parseReminderState,
  pruneReminderState,
  storedReminderState,
} from './reminder-state.ts';

const told = {
  first: '2019-03-26',
  last: '2019-03-26',
  start: '2019-03-26',
  end: '2019-03-26',
  status: 'scheduled' as const,
};

describe('parseReminderState', () => {
  it('keeps what reads and drops the rest', () => {
    expect(parseReminderState(undefined)).toEqual(EMPTY_REMINDER_STATE);
    expect(
      parseReminderState({
        shown: ['a|2019-03-26|7', 42, 'a|2019-03-26|7'],
        told: [
          ['a', told],
          ['b', { ...told, status: 'gone' }],
          ['c', null],
          ['d', { ...told, first: 'soon' }],
          'e',
          [7],
        ],
      }),
    ).toEqual({ shown: ['a|2019-03-26|7'], told: new Map([['a', told]]) });
  });

  it('reads the object an older version wrote, own keys only, any id a Map key', () => {
    const older = JSON.parse(JSON.stringify({ told: { a: told } }).replace('"a"', '"__proto__"')) as unknown;
    const state = parseReminderState(older);
    expect([...state.told.keys()]).toEqual(['__proto__']);
    expect(state.told.get('constructor')).toBeUndefined();
    expect(parseReminderState({ told: Object.create({ inherited: told }) as object }).told.size).toBe(0);
  });

  it('writes the log as pairs, so that no id becomes a property name, and reads it back', () => {
    const state = { shown: ['constructor|2019-03-26|7'], told: new Map([['constructor', told]]) };
    const stored = storedReminderState(state);
    expect(stored).toEqual({ shown: ['constructor|2019-03-26|7'], told: [['constructor', told]] });
    expect(parseReminderState(JSON.parse(JSON.stringify(stored)))).toEqual(state);
  });
});

describe('pruneReminderState', () => {
  it('forgets reminder keys of stops already begun, and stops a month past', () => {
    const state = {
      shown: ['a|2019-03-26|7', 'b|2019-03-29|1', 'c|2019-04-10|7'],
      told: new Map([
        ['a', told],
        ['old', { ...told, first: '2019-02-01', last: '2019-02-02' }],
      ]),
    };
    expect(pruneReminderState(state, '2019-03-30')).toEqual({
      shown: ['b|2019-03-29|1', 'c|2019-04-10|7'],
      told: new Map([['a', told]]),
    });
  });

  it('keeps the newest entries only, past its limit', () => {
    const ids = Array.from({ length: LOG_LIMIT + 10 }, (_, index) => `renamed-${index}`);
    const pruned = pruneReminderState(
      { shown: ids.map((id) => `${id}|2019-03-26|7`), told: new Map(ids.map((id) => [id, told])) },
      '2019-03-20',
    );
    expect(pruned.shown).toHaveLength(LOG_LIMIT);
    expect(pruned.shown[0]).toBe('renamed-10|2019-03-26|7');
    expect([...pruned.told.keys()].at(0)).toBe('renamed-10');
    expect(pruned.told.size).toBe(LOG_LIMIT);
  });
});
