import { describe, expect, it } from 'vitest';
import { MAX_EVENTS, writeJsonLd } from './json-ld.ts';
import { testFeed } from './testing/feed.ts';

const feed = testFeed();
const scripts = (host: Element) => host.querySelectorAll('script[type="application/ld+json"]');

describe('writeJsonLd', () => {
  it('writes one schema.org Event per stop shown, as JSON in the light DOM', () => {
    const host = document.createElement('div');
    writeJsonLd(host, feed.stops.slice(0, 2), feed.organizer, 'fr');
    expect(scripts(host)).toHaveLength(1);
    const data = JSON.parse(scripts(host)[0]!.textContent);
    expect(data.map((event: { '@type': string; name: string }) => [event['@type'], event.name])).toEqual([
      ['Event', feed.stops[0]!.title],
      ['Event', feed.stops[1]!.title],
    ]);
  });

  it('keeps markup in feed text inert, even if the page is saved as HTML', () => {
    const host = document.createElement('div');
    const stop = { ...feed.stops[0]!, title: '</script><script>alert(1)</script>' };
    writeJsonLd(host, [stop], feed.organizer, 'fr');
    const text = scripts(host)[0]!.textContent;
    expect(text).not.toContain('<');
    expect(JSON.parse(text)[0].name).toBe(stop.title);
  });

  it('updates in place and removes itself when nothing is shown', () => {
    const host = document.createElement('div');
    writeJsonLd(host, feed.stops, feed.organizer, 'fr');
    writeJsonLd(host, feed.stops.slice(0, 1), feed.organizer, 'en');
    expect(scripts(host)).toHaveLength(1);
    expect(JSON.parse(scripts(host)[0]!.textContent)).toHaveLength(1);
    writeJsonLd(host, [], feed.organizer, 'fr');
    expect(scripts(host)).toHaveLength(0);
  });

  it(`writes the first ${MAX_EVENTS} stops only, however long the feed`, () => {
    const host = document.createElement('div');
    const many = Array.from({ length: MAX_EVENTS * 3 }, (_, index) => ({ ...feed.stops[0]!, id: `etape-${index}` }));
    writeJsonLd(host, many, feed.organizer, 'fr');
    const data = JSON.parse(scripts(host)[0]!.textContent) as unknown[];
    expect(data).toHaveLength(MAX_EVENTS);
  });
});
