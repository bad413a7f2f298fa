/**
 * The live contrast check of the accent colours: each theme's accent against that theme's
 * background, said in words ("suffisant", "insuffisant") and not by colour alone, and one
 * sentence on what to do about a failure.
 */
import { contrastRatio, formatRatio, luminance, MINIMUM_RATIO, parseHex, type Rgb } from './contrast.ts';
import { WIDGET_COLOURS, type WidgetTheme } from './widget-colours.ts';

export interface ThemeCheck {
  theme: WidgetTheme;
  accent: string;
  background: string;
  ratio: number;
  passes: boolean;
}

const rgb = (hex: string) => parseHex(hex) as Rgb;

/** The checks for the themes shown; a theme without a colour of the member's has the calendar's own. */
export function checkAccents(accents: Partial<Record<WidgetTheme, string>>, themes: WidgetTheme[]): ThemeCheck[] {
  return themes.map((theme) => {
    const colours = WIDGET_COLOURS[theme];
    const accent = accents[theme] ?? colours.accent;
    const ratio = contrastRatio(rgb(accent), rgb(colours.background));
    return { theme, accent, background: colours.background, ratio, passes: ratio >= MINIMUM_RATIO };
  });
}

const THEME_WORDS = { light: 'Thème clair', dark: 'Thème sombre' } as const;
const MINIMUM = formatRatio(MINIMUM_RATIO);

/** "Thème clair, sur #ffffff\u202f: 9,3:1, suffisant" — one line per theme. */
export function checkLine(check: ThemeCheck): string {
  const verdict = check.passes ? 'suffisant' : `insuffisant (il faut ${MINIMUM})`;
  return `${THEME_WORDS[check.theme]}, sur ${check.background}\u202f: ${formatRatio(check.ratio)}, ${verdict}`;
}

/** What the checks mean, in one or two sentences. */
export function verdict(checks: ThemeCheck[]): string {
  const failing = checks.filter((check) => !check.passes);
  if (failing.length === 0) {
    return checks.length > 1
      ? 'Contraste suffisant dans les deux thèmes\u202f: les boutons et les liens se lisent bien.'
      : 'Contraste suffisant\u202f: les boutons et les liens se lisent bien.';
  }
  return failing
    .map((check) => {
      // Against a light background a colour fails by being too light, against a dark one too dark.
      const onLight = luminance(rgb(check.background)) > 0.18;
      return `La couleur du ${THEME_WORDS[check.theme].toLowerCase()} est trop ${onLight ? 'claire' : 'foncée'} pour son fond\u202f: ${onLight ? 'foncez' : 'éclaircissez'}-la jusqu’à ${MINIMUM}.`;
    })
    .join(' ');
}
