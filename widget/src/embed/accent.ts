/**
 * The iframe's tint: `embed.html?accent=%238a1538` sets the calendar's accent, since custom
 * properties from the host page cannot reach into an iframe. Only a hex colour is taken.
 */
import { warn } from '../log.ts';

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The colour to use, or undefined (with a console message when a value was given but unusable). */
export function accentFrom(value: string | null): string | undefined {
  if (value === null || value === '') return undefined;
  if (HEX.test(value)) return value.toLowerCase();
  warn(`accent: "${value}" is not a colour such as #8a1538; the default accent is used.`);
  return undefined;
}
