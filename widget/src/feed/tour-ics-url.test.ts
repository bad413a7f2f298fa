import { describe, expect, it } from 'vitest';
import { tourIcsUrl } from './tour-ics-url.ts';

describe('tourIcsUrl', () => {
  it('finds the tour’s calendar next to a feed the publisher wrote', () => {
    expect(tourIcsUrl('https://cdn.example/intercotour/stops.json')).toBe(
      'https://cdn.example/intercotour/intercotour.ics',
    );
    expect(tourIcsUrl('http://localhost:8080/feed/stops.json?v=2#x')).toBe(
      'http://localhost:8080/feed/intercotour.ics',
    );
  });

  it('knows nothing for other addresses or the bundled tour', () => {
    expect(tourIcsUrl('https://cdn.example/feed.json')).toBeUndefined();
    expect(tourIcsUrl('https://cdn.example/mystops.json')).toBeUndefined();
    expect(tourIcsUrl(undefined)).toBeUndefined();
  });
});
