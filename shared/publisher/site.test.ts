import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import tour from '../data/tour-2019.json' with { type: 'json' };
import { readFeed, readFeedText } from '../feed/read-feed.ts';
import { buildSite } from './site.ts';

const read = readFeed(tour);
if (!read.ok) throw new Error('bundled tour must read');

describe('buildSite', () => {
  const files = buildSite(read.feed, { baseUrl: 'https://cdn.example.fr/intercotour/' });
  const file = (path: string) => files.find((f) => f.path === path);

  it('writes the published layout: feed, tour, one .ics per stop, schema, headers', () => {
    expect(files.map((f) => f.path)).toEqual([
      'stops.json',
      'intercotour.ics',
      ...read.feed.stops.map((stop) => `stops/${stop.id}.ics`),
      'feed.schema.json',
      '_headers',
    ]);
    expect(file('intercotour.ics')?.contentType).toBe('text/calendar; charset=utf-8');
    expect(file('stops.json')?.contentType).toBe('application/json; charset=utf-8');
  });

  it('fills each stop’s icsUrl from the base URL, and the result reads back as the same feed', () => {
    const published = readFeedText(file('stops.json')!.content);
    expect(published.problems).toEqual([]);
    expect(published.ok && published.feed.stops.map((stop) => stop.icsUrl)).toEqual(
      read.feed.stops.map((stop) => `https://cdn.example.fr/intercotour/stops/${stop.id}.ics`),
    );
    expect(published.ok && published.feed.stops.map(({ icsUrl: _, ...stop }) => stop)).toEqual(read.feed.stops);
  });

  it('stamps calendars with the feed’s update time, so that the same data gives the same bytes', () => {
    expect(file('intercotour.ics')!.content).toContain('DTSTAMP:20261129T110000Z');
    expect(buildSite(read.feed, { baseUrl: 'https://cdn.example.fr/intercotour' })).toEqual(files);
    expect(file('intercotour.ics')!.content).toContain(
      'SOURCE;VALUE=URI:https://cdn.example.fr/intercotour/intercotour.ics',
    );
  });

  it('writes one .ics per stop that both parsers read on the stop’s days', () => {
    for (const stop of read.feed.stops) {
      const text = file(`stops/${stop.id}.ics`)!.content;
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
      expect(event.uid).toBe(`${stop.id}@intercotour`);
      expect(event.startDate.toString()).toBe(stop.start);
      const other = Object.values(nodeIcal.sync.parseICS(text)).find((item) => item?.type === 'VEVENT') as VEvent;
      expect(other.uid).toBe(`${stop.id}@intercotour`);
      expect(other.datetype).toBe('date');
      expect(other.summary).toBe(stop.title);
    }
  });

  it('leaves icsUrl alone without a base URL', () => {
    const bare = buildSite(read.feed);
    expect(JSON.parse(bare[0]!.content).stops[0]).not.toHaveProperty('icsUrl');
  });

  it('tells hosts the headers readers need', () => {
    const headers = file('_headers')!.content;
    expect(headers).toContain('Access-Control-Allow-Origin: *');
    expect(headers).toContain('Content-Type: text/calendar; charset=utf-8');
    expect(headers).toMatch(/Cache-Control: public, max-age=\d+/);
  });
});
