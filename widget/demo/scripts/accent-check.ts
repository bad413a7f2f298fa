/**
 * The live contrast check of the accent colour: its ratio against the calendar's background in
 * each theme, said in words ("suffisant", "insuffisant") and not by colour alone, and one
 * sentence on what that means for the theme chosen.
 */
import { contrastRatio, formatRatio, MINIMUM_RATIO, oneColourFitsBoth, parseHex, type Rgb } from './contrast.ts';
import { WIDGET_COLOURS, type WidgetTheme } from './widget-colours.ts';

export interface ThemeCheck {
  theme: WidgetTheme;
  accent: string;
  background: string;
  ratio: number;
  passes: boolean;
}

const rgb = (hex: string) => parseHex(hex) as Rgb;

/** `accent` undefined: the calendar's own accent in each theme. */
export function checkAccent(accent: string | undefined): ThemeCheck[] {
  return (['light', 'dark'] as const).map((theme) => {
    const colours = WIDGET_COLOURS[theme];
    const used = accent ?? colours.accent;
    const ratio = contrastRatio(rgb(used), rgb(colours.background));
    return { theme, accent: used, background: colours.background, ratio, passes: ratio >= MINIMUM_RATIO };
  });
}

const THEME_WORDS = { light: 'Fond clair', dark: 'Fond sombre' } as const;
const MINIMUM = formatRatio(MINIMUM_RATIO);

/** "Fond clair (#ffffff)\u202f: 8,4:1, suffisant" — one line per theme. */
export function checkLine(check: ThemeCheck): string {
  const verdict = check.passes ? 'suffisant' : `insuffisant (il faut ${MINIMUM})`;
  return `${THEME_WORDS[check.theme]} (${check.background})\u202f: ${formatRatio(check.ratio)}, ${verdict}`;
}

/** What the checks mean for the theme the member chose. */
export function verdict(checks: ThemeCheck[], theme: 'light' | 'dark' | 'auto', custom: boolean): string {
  const [light, dark] = checks as [ThemeCheck, ThemeCheck];
  const subject = custom ? 'Votre couleur' : 'La couleur du calendrier';
  if (theme === 'light') {
    return light.passes
      ? `${subject} se lit bien sur le fond clair.`
      : `${subject} est trop claire pour le fond clair\u202f: foncez-la jusqu’à ${MINIMUM}.`;
  }
  if (theme === 'dark') {
    return dark.passes
      ? `${subject} se lit bien sur le fond sombre.`
      : `${subject} est trop foncée pour le fond sombre\u202f: éclaircissez-la jusqu’à ${MINIMUM}.`;
  }
  if (light.passes && dark.passes) return `${subject} se lit bien sur les deux fonds du thème automatique.`;
  const fits = oneColourFitsBoth(rgb(WIDGET_COLOURS.light.background), rgb(WIDGET_COLOURS.dark.background));
  return fits
    ? `Le thème automatique montre ${custom ? 'votre couleur' : 'la couleur'} sur le fond clair ou sombre, selon le visiteur\u202f: choisissez-en une qui atteigne ${MINIMUM} sur les deux.`
    : `Le thème automatique montre votre couleur sur le fond clair ou sombre, selon le visiteur, et aucune couleur n’atteint ${MINIMUM} sur les deux à la fois\u202f: choisissez le thème clair ou sombre, ou gardez les couleurs du calendrier.`;
}
