import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGION_SLUGS } from '../regions.ts';
import { feedJsonSchema } from './json-schema.ts';
import { MAX_STOPS } from './rules.ts';

const committed = new URL('./feed.schema.json', import.meta.url);

describe('the feed’s JSON Schema', () => {
  const schema = feedJsonSchema() as {
    properties: {
      stops: {
        maxItems: number;
        items: { required: string[]; properties: Record<string, { enum?: string[]; description?: string }> };
      };
    };
    required: string[];
  };

  it('is the file editors point at, regenerated from the zod schemas (UPDATE_GOLDEN=1 rewrites it)', () => {
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(committed, text);
    expect(readFileSync(committed, 'utf8')).toBe(text);
  });

  it('requires what the format requires and offers the regions for completion', () => {
    expect(schema.required).toEqual(['version', 'name', 'organizer', 'updated', 'stops']);
    const stop = schema.properties.stops.items;
    expect(stop.required).toEqual(['id', 'title', 'region', 'city', 'start', 'end']);
    expect(stop.properties.region?.enum).toEqual([...REGION_SLUGS]);
    expect(stop.properties.start?.description).toMatch(/2019-06-26/);
  });

  it('says how many stops a feed may hold, as the reader does', () => {
    expect(schema.properties.stops.maxItems).toBe(MAX_STOPS);
  });
});
