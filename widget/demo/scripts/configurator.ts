/**
 * The configurator page (`/demo/configurator.js`): the form drives the preview and writes the
 * code to copy; the "as on 1 June 2019" switch drives the preview alone.
 */
import { REGIONS } from '../../../shared/regions.ts';
import { checkAccents, checkLine, verdict } from './accent-check.ts';
import { colourField } from './colour-field.ts';
import { lightenFor, parseHex, toHex, type Rgb } from './contrast.ts';
import { copyButton } from './copy-button.ts';
import { snippets, type Settings } from './snippets.ts';
import { tabs } from './tabs.ts';
import { WIDGET_COLOURS, WIDGET_THEMES, type WidgetTheme } from './widget-colours.ts';

/** The day the switch shows: the 2019 tour is over, and on that day most of it was ahead. */
const AS_ON = '2019-06-01';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('settings');
const preview = byId('preview');
const asOn = byId<HTMLInputElement>('as-of-june');

for (const { slug, fr } of REGIONS) byId<HTMLSelectElement>('region').append(new Option(fr, slug));

/** Until the member picks the dark theme's colour, it follows the light one's, made light enough. */
let darkChosen = false;
const colours = {
  light: colourField(byId('colour-light'), () => {
    if (!darkChosen) colours.dark.set(darkFrom(colours.light.value()));
    update();
  }),
  dark: colourField(byId('colour-dark'), () => {
    darkChosen = true;
    update();
  }),
};

function darkFrom(light: string): string {
  if (light === WIDGET_COLOURS.light.accent) return WIDGET_COLOURS.dark.accent;
  return toHex(lightenFor(parseHex(WIDGET_COLOURS.dark.background) as Rgb, parseHex(light) as Rgb));
}

function resetColours(): void {
  for (const theme of WIDGET_THEMES) colours[theme].set(WIDGET_COLOURS[theme].accent);
  darkChosen = false;
}

const published = {
  script: new URL('/widget/intercotour-widget.js', location.origin).href,
  embed: new URL('/widget/embed.html', location.origin).href,
  feed: new URL('/feed/stops.json', location.origin).href,
};

/** The themes a visitor may see, given the member's choice. */
const themesOf = (theme: Settings['theme']): WidgetTheme[] => (theme === 'auto' ? [...WIDGET_THEMES] : [theme]);

function settings(): Settings {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  // The form offers these values only.
  const theme = text('theme') as Settings['theme'];
  const accents: Settings['accents'] = {};
  for (const shown of themesOf(theme)) {
    // The calendar's own colour is no choice: left out, the code stays shorter.
    const value = colours[shown].value();
    if (value !== WIDGET_COLOURS[shown].accent) accents[shown] = value;
  }
  return {
    region: text('region'),
    lang: text('lang') === 'en' ? 'en' : 'fr',
    theme,
    view: text('view') as Settings['view'],
    accents,
  };
}

function showPreview(chosen: Settings): void {
  for (const name of ['region', 'lang', 'theme', 'view'] as const) {
    if (chosen[name]) preview.setAttribute(name, chosen[name]);
    else preview.removeAttribute(name);
  }
  if (asOn.checked) preview.setAttribute('now', AS_ON);
  else preview.removeAttribute('now');
  for (const theme of WIDGET_THEMES) {
    const colour = chosen.accents[theme];
    if (colour) preview.style.setProperty(WIDGET_COLOURS[theme].property, colour);
    else preview.style.removeProperty(WIDGET_COLOURS[theme].property);
  }
}

function showCheck(chosen: Settings): void {
  const shown = themesOf(chosen.theme);
  for (const theme of WIDGET_THEMES) colours[theme].group.hidden = !shown.includes(theme);
  const checks = checkAccents(chosen.accents, shown);
  byId('accent-check').replaceChildren(
    ...checks.map((check) => {
      const item = document.createElement('li');
      item.className = check.passes ? 'pass' : 'fail';
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.setAttribute('aria-hidden', 'true');
      swatch.style.setProperty('--swatch-text', check.accent);
      swatch.style.setProperty('--swatch-background', check.background);
      item.append(swatch, checkLine(check));
      return item;
    }),
  );
  byId('accent-verdict').textContent = verdict(checks);
}

function update(): void {
  const chosen = settings();
  showPreview(chosen);
  showCheck(chosen);
  const code = snippets(chosen, published);
  byId('snippet-script').textContent = code.script;
  byId('snippet-placeholder').textContent = code.placeholder;
  byId('snippet-iframe').textContent = code.iframe;
  byId('snippet-wordpress').textContent = code.iframe;
}

byId('accent-reset').addEventListener('click', () => {
  resetColours();
  update();
});
form.addEventListener('input', (event) => {
  // The colours speak for themselves (see colourField).
  if (!(event.target as Element).closest('.colour')) update();
});
form.addEventListener('submit', (event) => event.preventDefault());
asOn.addEventListener('change', () => showPreview(settings()));

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const code = byId(button.dataset.copy ?? '');
  copyButton(button, code, button.parentElement?.querySelector('[role="status"]') as HTMLElement);
}
for (const place of document.querySelectorAll('[data-origin]')) place.textContent = location.origin;
const list = document.querySelector<HTMLElement>('[role="tablist"]');
if (list) tabs(list);
resetColours();
update();
