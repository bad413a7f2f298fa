import { describe, expect, it } from 'vitest';
import { readFeed } from '../../shared/index.ts';
import { tour2019Feed } from '../testing/tour.ts';
import { isInstant, parseFeedChoice, parseFeedStatus, parseStoredFeed } from './stored-state.ts';

const source = 'https://cdn.example.fr/tour/stops.json';
const feed = tour2019Feed();
const good = { source, fetchedAt: '2019-03-12T09:00:00.000Z', feed };

describe('parseStoredFeed', () => {
  it('takes a copy the background wrote, read again by the core', () => {
    expect(parseStoredFeed(good, readFeed)).toEqual({ value: good, damaged: false });
    expect(parseStoredFeed({ ...good, source: 'bundled' }, readFeed).damaged).toBe(false);
    expect(parseStoredFeed(null, readFeed)).toEqual({ value: undefined, damaged: false });
  });

  it('sets aside a copy without a readable address, date or feed, and says so', () => {
    for (const raw of [
      'garbage',
      [good],
      { ...good, fetchedAt: 'garbage' },
      { ...good, fetchedAt: '+275760-09-13T00:00:00.001Z' },
      { ...good, fetchedAt: 1_552_381_200_000 },
      { ...good, source: 42 },
      { ...good, source: 'javascript:alert(1)' },
      { ...good, feed: { ...feed, version: 2 } },
      { ...good, feed: 'garbage' },
    ]) {
      expect(parseStoredFeed(raw, readFeed)).toEqual({ value: undefined, damaged: true });
    }
  });

  it('keeps the stops that still read, and says the copy is damaged', () => {
    const parsed = parseStoredFeed({ ...good, feed: { ...feed, stops: [{}, ...feed.stops] } }, readFeed);
    expect(parsed.damaged).toBe(true);
    expect(parsed.value?.feed.stops).toEqual(feed.stops);
    const empty = parseStoredFeed({ ...good, feed: { ...feed, stops: [{}] } }, readFeed);
    expect(empty).toMatchObject({ damaged: true, value: { feed: { stops: [] } } });
  });
});

describe('parseFeedStatus', () => {
  const checkedAt = '2019-03-13T09:00:00.000Z';
  it('takes a status the background wrote', () => {
    for (const status of [
      { source, checkedAt },
      { source, checkedAt, failure: { kind: 'http', detail: '404' } },
      { source, checkedAt, failure: { kind: 'storage', detail: 'quota' } },
      { source: 'bundled', checkedAt, failure: { kind: 'storage' } },
      {
        source: 'https://user:pass@example.fr/stops.json',
        checkedAt,
        failure: { kind: 'address', detail: 'credentials' },
      },
    ]) {
      expect(parseFeedStatus(status)).toEqual({ value: status, damaged: false });
    }
    expect(parseFeedStatus(undefined)).toEqual({ value: undefined, damaged: false });
  });

  it('sets aside what does not read', () => {
    for (const raw of [
      'failed',
      { source, checkedAt: 'garbage' },
      { source: 'nowhere', checkedAt },
      { source, checkedAt, failure: 'network' },
      { source, checkedAt, failure: { kind: 'meteor' } },
      { source, checkedAt, failure: { kind: 'toString' } },
      // The bundled tour is never fetched: no site could have refused it.
      { source: 'bundled', checkedAt, failure: { kind: 'permission' } },
    ]) {
      expect(parseFeedStatus(raw)).toEqual({ value: undefined, damaged: true });
    }
    expect(parseFeedStatus({ source, checkedAt, failure: { kind: 'http', detail: 404 } }).value?.failure).toEqual({
      kind: 'http',
    });
  });
});

describe('parseFeedChoice', () => {
  it('keeps any text as typed (an address that cannot be read fails with its reason), and nothing else', () => {
    expect(parseFeedChoice(source)).toEqual({ value: source, damaged: false });
    expect(parseFeedChoice('https://user:pass@example.fr/stops.json').value).toBe(
      'https://user:pass@example.fr/stops.json',
    );
    expect(parseFeedChoice(null)).toEqual({ value: null, damaged: false });
    expect(parseFeedChoice('')).toEqual({ value: null, damaged: false });
    expect(parseFeedChoice(42)).toEqual({ value: null, damaged: true });
    expect(parseFeedChoice({ url: source })).toEqual({ value: null, damaged: true });
  });
});

describe('isInstant', () => {
  it('is an instant as toISOString writes it', () => {
    expect(isInstant(new Date(0).toISOString())).toBe(true);
    expect(isInstant('2019-03-13T09:00:00+01:00')).toBe(true);
    expect(isInstant('2019-03-13')).toBe(false);
    expect(isInstant('garbage')).toBe(false);
  });
});
