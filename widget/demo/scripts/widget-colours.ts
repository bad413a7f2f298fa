/**
 * The calendar's own colours, as its stylesheet sets them by default in each theme: a member's
 * accent is checked against these backgrounds. The demo's browser test holds them to what the
 * widget really paints, so that a change of palette cannot leave the check behind.
 */
export const WIDGET_COLOURS = {
  light: { background: '#ffffff', accent: '#1d4e94' },
  dark: { background: '#17191c', accent: '#a8c8ff' },
} as const;

export type WidgetTheme = keyof typeof WIDGET_COLOURS;
