/**
 * The stylesheet's rules: sized in px and em (never rem, which follows the host page), scoped
 * under `.ic` (the popup's page keeps its own rules), and its default colours readable — 4.5:1
 * for text and the accent, in light and in dark, on every surface they are drawn on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, 'styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** A selector list's members: commas inside `:is(…)` do not split it. */
function topLevel(list: string): string[] {
  const parts = [''];
  let depth = 0;
  for (const char of list) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) parts.push('');
    else parts[parts.length - 1] += char;
  }
  return parts.map((part) => part.trim());
}

/** Every selector of every style rule, @media blocks opened, @keyframes left out. */
function selectors(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let skipping = -1;
  let head = '';
  for (const char of text) {
    if (char === '{') {
      const prelude = head.trim();
      if (skipping < 0 && prelude.startsWith('@keyframes')) skipping = depth;
      else if (skipping < 0 && !prelude.startsWith('@')) found.push(...topLevel(prelude));
      depth += 1;
      head = '';
    } else if (char === '}') {
      depth -= 1;
      if (depth === skipping) skipping = -1;
      head = '';
    } else if (char === ';') head = '';
    else head += char;
  }
  return found;
}

type Rgb = [number, number, number];

const hex = (value: string): Rgb => {
  const digits =
    value.length === 4
      ? [...value.slice(1)].map((digit) => digit + digit)
      : [1, 3, 5].map((at) => value.slice(at, at + 2));
  return digits.map((pair) => parseInt(pair, 16)) as Rgb;
};

/** `color-mix(in srgb, a p%, b)`. */
const mix = (a: Rgb, share: number, b: Rgb): Rgb =>
  a.map((channel, at) => channel * share + b[at]! * (1 - share)) as Rgb;

const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

const contrast = (a: Rgb, b: Rgb) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/** A token's default in a block of the stylesheet, and a derived token's share. */
function palette(block: string) {
  const token = (name: string) => {
    const match = new RegExp(`--ic-${name}: (?:var\\(--intercotour-[a-z-]+, )?(#[0-9a-f]{3,6})`).exec(block);
    if (!match) throw new Error(`no default for --ic-${name}`);
    return hex(match[1]!);
  };
  const share = (name: string) => {
    const match = new RegExp(
      `--ic-${name}: color-mix\\(in srgb, var\\(--ic-(\\w+)\\) (\\d+)%, var\\(--ic-bg\\)\\)`,
    ).exec(css);
    if (!match) throw new Error(`no mix for --ic-${name}`);
    return [match[1]!, Number(match[2]) / 100] as const;
  };
  const base = { accent: token('accent'), bg: token('bg'), text: token('text'), danger: token('danger') };
  const derived = (name: string) => {
    const [from, part] = share(name);
    return mix(base[from as 'accent' | 'text'], part, base.bg);
  };
  return { ...base, muted: derived('muted'), soft: derived('soft'), surface: derived('surface') };
}

describe('the stylesheet', () => {
  it('sizes in px and em, never rem', () => {
    expect(css.match(/\d(\.\d+)?rem\b/g)).toBeNull();
  });

  it('hangs every rule off the calendar’s root, so a page that holds it keeps its own', () => {
    const loose = selectors(css).filter((selector) => !selector.startsWith('.ic'));
    expect(selectors(css).length).toBeGreaterThan(50);
    expect(loose).toEqual([]);
  });

  for (const [theme, block] of [
    ['light', /^\.ic \{[\s\S]*?\n\}/m.exec(css)![0]],
    ['dark', /^\.ic\.ic-dark \{[\s\S]*?\n\}/m.exec(css)![0]],
  ] as const) {
    it(`reads at 4.5:1 or more in ${theme}: text, muted text, accent, on every surface`, () => {
      const colours = palette(block);
      const pairs: [string, Rgb, Rgb][] = [
        ['text on background', colours.text, colours.bg],
        ['text on a hovered item', colours.text, colours.soft],
        ['muted text on background', colours.muted, colours.bg],
        ['muted text on a surface', colours.muted, colours.surface],
        ['accent on background', colours.accent, colours.bg],
        ['accent on a date tile', colours.accent, colours.soft],
        ['background on accent (badge, primary button)', colours.bg, colours.accent],
        ['danger on background', colours.danger, colours.bg],
      ];
      const weak = pairs
        .filter(([, a, b]) => contrast(a, b) < 4.5)
        .map(([name, a, b]) => `${name}: ${contrast(a, b).toFixed(2)}`);
      expect(weak).toEqual([]);
    });
  }

  it('draws the focus ring in the accent, which stands at 3:1 or more against the background', () => {
    expect(css).toMatch(/\.ic :focus-visible \{\s*outline: 3px solid var\(--ic-accent\);/);
  });

  it('moves only for visitors who have not asked for less', () => {
    const outside = css.replace(/@media \(prefers-reduced-motion: no-preference\) \{[\s\S]*$/, '');
    expect(outside).not.toMatch(/animation|transition/);
  });
});
