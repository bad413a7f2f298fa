// Keeps the README honest: what it shows a newcomer must exist and work.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeed, REGION_SLUGS, stopSchema } from '../shared/index.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const scripts: Record<string, string> = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).scripts;

describe('README', () => {
  it('gives exactly the two set-up commands, and they exist', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toMatch(/^npm test\b/m);
    expect(scripts.start).toBeDefined();
    expect(scripts.test).toBeDefined();
  });

  it('only names npm scripts that exist', () => {
    const named = [...readme.matchAll(/npm run ([a-z:-]+)/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(Object.keys(scripts)).toContain(name);
  });

  it('shows a feed example that reads without a problem', () => {
    const example = /## The feed \(version 1\)[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const result = readFeed(JSON.parse(example!));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('documents every stop field and every region slug', () => {
    for (const field of Object.keys(stopSchema.def.shape)) expect(readme).toContain(`\`${field}\``);
    for (const slug of REGION_SLUGS) expect(readme).toContain(`\`${slug}\``);
  });
});
