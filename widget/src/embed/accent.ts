/**
 * The iframe's tint: `embed.html?accent=%238a1538&dark-accent=%23f2a7bd` sets the calendar's
 * accent in each theme, since custom properties from the host page cannot reach into an iframe.
 * Only a hex colour is taken.
 */
import { warn } from '../log.ts';

/** Address parameter → the custom property it sets on the calendar. */
export const ACCENT_PARAMETERS = {
  accent: '--intercotour-accent',
  'dark-accent': '--intercotour-dark-accent',
} as const;

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The colour to use, or undefined (with a console message when a value was given but unusable). */
export function colourFrom(parameter: string, value: string | null): string | undefined {
  if (value === null || value === '') return undefined;
  if (HEX.test(value)) return value.toLowerCase();
  warn(`${parameter}: "${value}" is not a colour such as #8a1538; the calendar's own is used.`);
  return undefined;
}
