/**
 * Rules the layout keeps: the widget takes the core only through its pure entry and the shared
 * UI through its own, ical.js only in the lazy .ics chunk, and feed text never as markup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = import.meta.dirname;

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const imports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1]!);

describe('the widget’s sources', () => {
  it('import the core and the shared UI only through their entries, shared/ical only from the lazy .ics chunk', () => {
    const wrong: string[] = [];
    for (const file of sources()) {
      const name = relative(SRC, file);
      for (const source of imports(file).filter((each) => each.includes('shared/'))) {
        const allowed =
          /(^|\/)shared\/(ui\/)?index\.ts$/.test(source) ||
          (name === 'chunks/ics.ts' && /shared\/ical\/index\.ts$/.test(source)) ||
          (name === 'chunks/tour.ts' && /shared\/data\/tour-2019\.json$/.test(source));
        if (!allowed) wrong.push(`${name} → ${source}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never import ical.js or zod themselves (the core holds them, in lazy chunks)', () => {
    const wrong = sources().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s*import\s+(?!type\b)[^'"]*['"](ical\.js|zod[^'"]*)['"]/gm)].map(
        (match) => `${relative(SRC, file)} → ${match[1]}`,
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('size the element’s stylesheet in px and em, never rem, and shut the host page’s rules out', () => {
    const css = readFileSync(join(SRC, 'host.css'), 'utf8');
    expect(css.match(/\d(\.\d+)?rem\b/g)).toBeNull();
    expect(css).toContain('all: initial !important');
  });

  it('never write markup from strings, nor do the shared UI’s', () => {
    const wrong = [...sources(), ...sources(join(SRC, '../../shared/ui'))].filter((file) =>
      /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\beval\(|new Function/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(wrong.map((file) => relative(SRC, file))).toEqual([]);
  });
});
