/**
 * Contrast between two colours as WCAG 2.1 defines it (relative luminance, success criterion
 * 1.4.3: 4.5:1 for text), for the configurator's live check of a member's accent colour.
 */

export type Rgb = readonly [red: number, green: number, blue: number];

/** WCAG 2.1 AA for text, and for the accent the calendar uses as text and as a button's fill. */
export const MINIMUM_RATIO = 4.5;

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#8a1538`, `8a1538` or `#a13` → its channels (0–255); anything else → undefined. */
export function parseHex(value: string): Rgb | undefined {
  const digits = HEX.exec(value.trim())?.[1];
  if (!digits) return undefined;
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  return [0, 2, 4].map((start) => Number.parseInt(full.slice(start, start + 2), 16)) as unknown as Rgb;
}

/** `#rrggbb`, lower case: the one spelling the snippets use. */
export function toHex(colour: Rgb): string {
  return `#${colour.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** https://www.w3.org/TR/WCAG21/#dfn-relative-luminance */
export function luminance(colour: Rgb): number {
  const [red, green, blue] = colour.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio: from 1 (none) to 21 (black on white). */
export function contrastRatio(first: Rgb, second: Rgb): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * The ratio as a French reader writes it, rounded down to one decimal so that a failing
 * 4.48 never reads "4,5:1": "4,4:1", "12,6:1".
 */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1).replace('.', ',')}:1`;
}

/**
 * `colour` mixed with white, by the smallest step of 5 % that reaches the minimum against
 * `background`: a member's accent, made light enough for a dark background (white if need be).
 */
export function lightenFor(background: Rgb, colour: Rgb): Rgb {
  for (let step = 0; step <= 20; step++) {
    const share = step / 20;
    const mixed = colour.map((channel) => Math.round(channel + (255 - channel) * share)) as unknown as Rgb;
    if (contrastRatio(mixed, background) >= MINIMUM_RATIO) return mixed;
  }
  return [255, 255, 255];
}
