import { describe, expect, it } from 'vitest';
import { activeSource, BUNDLED, originPattern, parseFeedUrl, tourIcsUrl } from './feed-source.ts';

describe('parseFeedUrl', () => {
  it('accepts http(s) addresses, trimmed, without their fragment', () => {
    expect(parseFeedUrl('  https://cdn.example.fr/tour/stops.json#top ')).toEqual({
      ok: true,
      url: 'https://cdn.example.fr/tour/stops.json',
    });
    expect(parseFeedUrl('http://127.0.0.1:8080/feed/stops.json')).toMatchObject({ ok: true });
  });

  it('says what is wrong with anything else', () => {
    expect(parseFeedUrl('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(parseFeedUrl('stops.json')).toEqual({ ok: false, problem: 'not-url' });
    expect(parseFeedUrl('javascript:alert(1)')).toEqual({ ok: false, problem: 'not-http' });
    expect(parseFeedUrl('file:///etc/passwd')).toEqual({ ok: false, problem: 'not-http' });
    expect(parseFeedUrl('https://user:secret@example.fr/stops.json')).toEqual({ ok: false, problem: 'credentials' });
  });
});

describe('originPattern', () => {
  it('asks for the feed’s scheme and host only, any port, any path', () => {
    expect(originPattern('https://cdn.example.fr/tour/stops.json?x=1')).toBe('https://cdn.example.fr/*');
    expect(originPattern('http://127.0.0.1:47815/stops.json')).toBe('http://127.0.0.1/*');
  });
});

describe('tourIcsUrl', () => {
  it('finds the whole tour’s calendar beside a published stops.json', () => {
    expect(tourIcsUrl('https://cdn.example.fr/tour/stops.json?v=2')).toBe(
      'https://cdn.example.fr/tour/intercotour.ics',
    );
  });

  it('is unknown for the bundled tour and for other file names', () => {
    expect(tourIcsUrl(BUNDLED)).toBeUndefined();
    expect(tourIcsUrl(undefined)).toBeUndefined();
    expect(tourIcsUrl('https://example.fr/api/feed')).toBeUndefined();
  });
});

describe('activeSource', () => {
  it('prefers the user’s choice, then the build’s default, then the bundled tour', () => {
    expect(activeSource('https://a.fr/stops.json', 'https://b.fr/stops.json')).toBe('https://a.fr/stops.json');
    expect(activeSource(null, 'https://b.fr/stops.json')).toBe('https://b.fr/stops.json');
    expect(activeSource(null, undefined)).toBe(BUNDLED);
  });
});
