import { describe, expect, it } from 'vitest';
import { declaredScheme } from './host-scheme.ts';

const root = (colorScheme: string, frTheme: string | null = null, frScheme: string | null = null) =>
  declaredScheme({ colorScheme, frTheme, frScheme });

describe('declaredScheme', () => {
  it('follows a page that declares one scheme on its root', () => {
    expect(root('dark')).toBe('dark');
    expect(root('only light')).toBe('light');
  });

  it('leaves the choice to the visitor’s system when the page declares none or both', () => {
    expect(root('normal')).toBeUndefined();
    expect(root('light dark')).toBeUndefined();
  });

  it('reads the State design system’s theme and scheme first', () => {
    expect(root('light', 'dark')).toBe('dark');
    expect(root('normal', null, 'dark')).toBe('dark');
    // `system` says nothing of its own: the root's scheme, else the visitor's, decides.
    expect(root('normal', null, 'system')).toBeUndefined();
  });
});
