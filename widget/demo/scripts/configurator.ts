/**
 * The configurator page (`/demo/configurator.js`): the form drives the preview and writes the
 * code to copy; the "as on 1 June 2019" switch drives the preview alone.
 */
import { REGIONS } from '../../../shared/regions.ts';
import { checkAccent, checkLine, verdict } from './accent-check.ts';
import { parseHex, toHex } from './contrast.ts';
import { copyButton } from './copy-button.ts';
import { snippets, type Settings } from './snippets.ts';
import { tabs } from './tabs.ts';
import { WIDGET_COLOURS } from './widget-colours.ts';

/** The day the switch shows: the 2019 tour is over, and on that day most of it was ahead. */
const AS_ON = '2019-06-01';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('settings');
const region = byId<HTMLSelectElement>('region');
const picker = byId<HTMLInputElement>('accent');
const hex = byId<HTMLInputElement>('accent-hex');
const hexError = byId('accent-hex-error');
const preview = byId('preview');
const asOn = byId<HTMLInputElement>('as-of-june');

for (const { slug, fr } of REGIONS) region.append(new Option(fr, slug));
picker.value = WIDGET_COLOURS.light.accent;
hex.value = picker.value;

const published = {
  script: new URL('/widget/intercotour-widget.js', location.origin).href,
  embed: new URL('/widget/embed.html', location.origin).href,
  feed: new URL('/feed/stops.json', location.origin).href,
};

function settings(): Settings {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  const chosen = picker.value.toLowerCase();
  return {
    region: text('region'),
    lang: text('lang') === 'en' ? 'en' : 'fr',
    // The form offers these values only.
    theme: text('theme') as Settings['theme'],
    view: text('view') as Settings['view'],
    // The calendar's own accent is no choice: left out, it keeps its lighter variant in dark.
    accent: chosen === WIDGET_COLOURS.light.accent ? undefined : chosen,
  };
}

function showPreview(chosen: Settings): void {
  for (const name of ['region', 'lang', 'theme', 'view'] as const) {
    if (chosen[name]) preview.setAttribute(name, chosen[name]);
    else preview.removeAttribute(name);
  }
  if (asOn.checked) preview.setAttribute('now', AS_ON);
  else preview.removeAttribute('now');
  if (chosen.accent) preview.style.setProperty('--intercotour-accent', chosen.accent);
  else preview.style.removeProperty('--intercotour-accent');
}

function showCheck(chosen: Settings): void {
  const checks = checkAccent(chosen.accent);
  const list = byId('accent-check');
  list.replaceChildren(
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
  byId('accent-verdict').textContent = verdict(checks, chosen.theme, chosen.accent !== undefined);
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

hex.addEventListener('input', () => {
  const colour = parseHex(hex.value);
  hex.setAttribute('aria-invalid', String(!colour));
  hexError.hidden = Boolean(colour);
  if (!colour) return;
  picker.value = toHex(colour);
  update();
});
picker.addEventListener('input', () => {
  hex.value = picker.value;
  hex.setAttribute('aria-invalid', 'false');
  hexError.hidden = true;
});
byId('accent-reset').addEventListener('click', () => {
  picker.value = WIDGET_COLOURS.light.accent;
  picker.dispatchEvent(new Event('input', { bubbles: true }));
});
form.addEventListener('input', (event) => {
  if (event.target !== hex) update();
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
update();
