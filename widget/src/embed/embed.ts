/**
 * `embed.html`, the iframe mode for CMSs that strip scripts: the calendar's settings come from the
 * page's address (`embed.html?region=occitanie&lang=fr&accent=%238a1538`), and the page posts its
 * height to the host so that the iframe can follow the calendar. An external file, so that the
 * page needs no inline script under its strict policy.
 */
import { ATTRIBUTES } from '../attributes.ts';
import { ACCENT_PARAMETERS, colourFrom } from './accent.ts';
import { postHeights } from './frame-height.ts';

const params = new URLSearchParams(location.search);
const calendar = document.querySelector('intercotour-calendar');
for (const name of ATTRIBUTES) {
  const value = params.get(name);
  if (value !== null) calendar?.setAttribute(name, value);
}
for (const [parameter, property] of Object.entries(ACCENT_PARAMETERS)) {
  const colour = colourFrom(parameter, params.get(parameter));
  // Through the CSSOM, which a strict style-src allows (a style attribute written in HTML it would refuse).
  if (colour && calendar instanceof HTMLElement) calendar.style.setProperty(property, colour);
}

const english = /^en/i.test(params.get('lang') ?? '');
document.documentElement.lang = english ? 'en' : 'fr';
document.title = english ? 'IntercoTOUR calendar' : 'Calendrier de la tournée IntercoTOUR';
document.body.style.margin = '0';

// The page's one heading, for screen readers: the calendar's own title follows as a subheading.
const heading = document.createElement('h1');
heading.textContent = document.title;
Object.assign(heading.style, {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
});
document.querySelector('main')?.prepend(heading);

if (window.parent !== window) postHeights(window.parent);
