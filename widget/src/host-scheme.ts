/**
 * For `theme="auto"`: the host page's own dark mode when it declares one — `color-scheme` on its
 * root, or the State design system's `data-fr-theme` / `data-fr-scheme` on `<html>` — else none,
 * and the calendar follows the visitor's system (`prefers-color-scheme`, in the stylesheet).
 */
import { signal, type ReadonlySignal } from '@preact/signals-core';

export type Scheme = 'light' | 'dark';

export interface RootSays {
  /** The root's computed `color-scheme` (`normal`, `dark`, `light dark`…). */
  colorScheme: string;
  frTheme: string | null;
  frScheme: string | null;
}

/** The one scheme a page declares, or `undefined` when it declares none or both. */
export function declaredScheme({ colorScheme, frTheme, frScheme }: RootSays): Scheme | undefined {
  for (const value of [frTheme, frScheme]) if (value === 'light' || value === 'dark') return value;
  const schemes = colorScheme.split(/\s+/).filter((each): each is Scheme => each === 'light' || each === 'dark');
  return schemes.length === 1 ? schemes[0] : undefined;
}

function read(): Scheme | undefined {
  const root = document.documentElement;
  return declaredScheme({
    colorScheme: getComputedStyle(root).colorScheme,
    frTheme: root.getAttribute('data-fr-theme'),
    frScheme: root.getAttribute('data-fr-scheme'),
  });
}

let scheme: ReturnType<typeof signal<Scheme | undefined>> | undefined;

/** Watched from the first calendar that asks: a DSFR theme switch repaints the calendars at once. */
export function hostScheme(): ReadonlySignal<Scheme | undefined> {
  if (!scheme) {
    const watched = signal(read());
    new MutationObserver(() => (watched.value = read())).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['class', 'style', 'data-fr-theme', 'data-fr-scheme'],
    });
    scheme = watched;
  }
  return scheme;
}
