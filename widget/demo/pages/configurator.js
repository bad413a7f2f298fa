/* global document, FormData, location, navigator, window, URLSearchParams */
// The configurator: the form sets the preview's attributes and writes the three snippets.
// An external file, like every script of the demo, so that its strict CSP holds.

const form = document.getElementById('settings');
const preview = document.getElementById('preview');
const widget = `${location.origin}/widget/intercotour-widget.js`;
const feed = `${location.origin}/feed/stops.json`;
/** Values the widget takes by default: left out of the snippets. */
const DEFAULTS = { theme: 'light', view: 'upcoming' };

function settings() {
  const data = new FormData(form);
  const chosen = [['feed', feed]];
  for (const name of ['region', 'lang', 'theme', 'view', 'now']) {
    const value = data.get(name);
    if (value && value !== DEFAULTS[name]) chosen.push([name, value]);
  }
  return chosen;
}

function snippets(chosen) {
  const attributes = (prefix) => chosen.map(([name, value]) => `${prefix}${name}="${value}"`).join(' ');
  const query = new URLSearchParams(chosen).toString();
  return {
    'snippet-script': `<script src="${widget}" ${attributes('data-')} async></script>`,
    'snippet-element': `<script src="${widget}" async></script>\n<intercotour-calendar ${attributes('')}></intercotour-calendar>`,
    'snippet-iframe': `<iframe src="${location.origin}/widget/embed.html?${query}" title="Calendrier de la tournée IntercoTOUR" width="100%" height="640" loading="lazy"></iframe>`,
  };
}

function update() {
  const chosen = settings();
  for (const name of ['region', 'lang', 'theme', 'view', 'now']) {
    const pair = chosen.find(([key]) => key === name);
    if (pair) preview.setAttribute(name, pair[1]);
    else preview.removeAttribute(name);
  }
  for (const [id, text] of Object.entries(snippets(chosen))) document.getElementById(id).textContent = text;
}

async function copy(button) {
  const code = document.getElementById(button.dataset.copy);
  const status = button.nextElementSibling;
  try {
    await navigator.clipboard.writeText(code.textContent);
    status.textContent = 'Copié.';
  } catch {
    // Without clipboard access, select the code so that Ctrl+C copies it.
    window.getSelection().selectAllChildren(code);
    status.textContent = 'Code sélectionné : copiez-le avec Ctrl+C.';
  }
}

form.addEventListener('change', update);
for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copy(button));
update();
