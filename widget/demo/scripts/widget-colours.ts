/**
 * The calendar's own colours in each theme, as its stylesheet sets them by default, and the custom
 * property that tints each theme's accent: a member's colour is checked against these
 * backgrounds. The demo's browser test holds them to what the widget really paints, so that a
 * change of palette cannot leave the check behind.
 */
export const WIDGET_COLOURS = {
  light: { background: '#ffffff', accent: '#1d4e94', property: '--intercotour-accent' },
  dark: { background: '#17191c', accent: '#a8c8ff', property: '--intercotour-dark-accent' },
} as const;

export type WidgetTheme = keyof typeof WIDGET_COLOURS;

export const WIDGET_THEMES = Object.keys(WIDGET_COLOURS) as WidgetTheme[];
