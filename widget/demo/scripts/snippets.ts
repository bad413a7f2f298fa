/**
 * The code a member copies, for each way of embedding the calendar. Settings only ever come from
 * the form: the preview's "as on 1 June 2019" date has no place here, so no member can freeze
 * the calendar on their site by copying it.
 */
import { heightListenerLine } from './height-listener.ts';
import { WIDGET_COLOURS, WIDGET_THEMES, type WidgetTheme } from './widget-colours.ts';

export interface Settings {
  /** A region slug, or '' for the whole tour. */
  region: string;
  lang: 'fr' | 'en';
  theme: 'light' | 'dark' | 'auto';
  view: 'upcoming' | 'year' | 'compact';
  /** Each theme's accent as `#rrggbb`; a theme left out keeps the calendar's own. */
  accents: Partial<Record<WidgetTheme, string>>;
}

/** Where the widget and the feed are published (absolute addresses). */
export interface Published {
  script: string;
  embed: string;
  feed: string;
}

export interface Snippets {
  script: string;
  placeholder: string;
  iframe: string;
}

/** The widget's own defaults, left out so that the code says only what was chosen. */
const DEFAULTS: Partial<Settings> = { theme: 'light', view: 'upcoming' };

/** The height an iframe has before it hears from the calendar (or if it never does). */
export const IFRAME_HEIGHT = 640;

/** embed.html's name for each theme's accent (custom properties cannot reach into an iframe). */
const IFRAME_PARAMETERS = { light: 'accent', dark: 'dark-accent' } as const;

function attributes(settings: Settings, published: Published): [string, string][] {
  const chosen: [string, string][] = [['feed', published.feed]];
  for (const name of ['region', 'lang', 'theme', 'view'] as const) {
    const value = settings[name];
    if (value && value !== DEFAULTS[name]) chosen.push([name, value]);
  }
  return chosen;
}

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

const tinted = (settings: Settings) =>
  WIDGET_THEMES.flatMap((theme) => {
    const colour = settings.accents[theme];
    return colour ? [[theme, colour] as const] : [];
  });

/** Custom properties on the element: the way the calendar is tinted from the host page. */
function tint(settings: Settings): string {
  const properties = tinted(settings).map(([theme, colour]) => `    ${WIDGET_COLOURS[theme].property}: ${colour};\n`);
  return properties.length > 0 ? `<style>\n  intercotour-calendar {\n${properties.join('')}  }\n</style>\n` : '';
}

export function snippets(settings: Settings, published: Published): Snippets {
  const chosen = attributes(settings, published);
  const data = chosen.map(([name, value]) => `data-${name}="${escape(value)}"`);
  const query = new URLSearchParams(chosen);
  for (const [theme, colour] of tinted(settings)) query.set(IFRAME_PARAMETERS[theme], colour);
  const title = settings.lang === 'en' ? 'IntercoTOUR calendar' : 'Calendrier de la tournée IntercoTOUR';
  const embedOrigin = new URL(published.embed).origin;
  return {
    script: `${tint(settings)}<script\n  src="${escape(published.script)}"\n  ${data.join('\n  ')}\n  async\n></script>`,
    placeholder:
      `${tint(settings)}<div data-intercotour-calendar ${data.join(' ')}></div>\n` +
      `<script src="${escape(published.script)}" async></script>`,
    iframe:
      `<iframe\n  src="${escape(`${published.embed}?${query}`)}"\n  title="${title}"\n` +
      `  width="100%"\n  height="${IFRAME_HEIGHT}"\n  loading="lazy"\n></iframe>\n${heightListenerLine(embedOrigin)}`,
  };
}
