import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineIntercotourCalendar } from './define.ts';
import { TAG } from './element.ts';
import { TEST_FEED, TODAY } from './testing/feed.ts';

beforeAll(() => defineIntercotourCalendar());

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Waits for a condition; the first calendars also wait for the reader to be compiled, hence the room. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000 });

function serve(...bodies: (string | number)[]) {
  const fetch = vi.fn(async () => {
    const body = bodies.length > 1 ? bodies.shift()! : bodies[0]!;
    return typeof body === 'number' ? new Response('', { status: body }) : new Response(body);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** A calendar in the page, once it has left its loading state. */
async function calendar(attributes: Record<string, string>) {
  const element = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  const root = element.shadowRoot!;
  await until(() => expect(root.querySelector('[aria-busy="false"]')).not.toBeNull());
  return { element, root };
}

const cities = (root: ShadowRoot) => [...root.querySelectorAll('li.ic-stop .ic-city')].map((city) => city.textContent);

/** The button (or link) whose words start with `words`. */
function control(root: ParentNode, words: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('button, a')].find((each) =>
    each.textContent?.startsWith(words),
  );
  if (!found) throw new Error(`no control "${words}"`);
  return found;
}

describe('<intercotour-calendar>', () => {
  it('renders a feed in an open shadow root, the next stop first as a full card', async () => {
    serve(JSON.stringify(TEST_FEED));
    const { root } = await calendar({ feed: 'https://cdn.example/stops.json', now: TODAY });
    expect(root.querySelector('h2')?.textContent).toBe('Tournée d’essai 2031');
    expect(cities(root)).toEqual(['Paris', 'Essai-sur-Mer', 'Essaiville', 'Saint-Essai']);
    const next = root.querySelector('.ic-next:not(.ic-row)')!;
    expect(next.querySelector('.ic-kicker')?.textContent).toBe('Prochaine étape');
    expect(next.querySelector('h3')?.textContent).toBe('Paris');
    expect(next.querySelector('.ic-title')?.textContent).toBe('Étape d’essai francilienne');
    expect(root.querySelectorAll('.ic-row')).toHaveLength(3);
  });

  it('shows the bundled 2019 tour when no feed is set, with no request', async () => {
    const fetch = serve(404);
    const { root } = await calendar({ now: '2019-06-01', region: 'ile-de-france' });
    expect(fetch).not.toHaveBeenCalled();
    expect(root.querySelector('h2')?.textContent).toBe('IntercoTOUR 2019 — Île-de-France');
    expect(root.querySelector('.ic-next h3')?.textContent).toBe('Paris');
    expect(root.textContent).not.toContain('S’abonner');
  });

  it('offers subscription to the tour next to a published feed', async () => {
    serve(JSON.stringify(TEST_FEED));
    const { root } = await calendar({ feed: 'https://cdn.example/t/stops.json', now: TODAY });
    control(root, 'S’abonner à toute la tournée').click();
    const menu = root.querySelector('.ic-foot [role="menu"]')!;
    await until(() => expect(menu.querySelectorAll('[role="menuitem"]')).toHaveLength(4));
    const links = [...menu.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links[0]).toBe('webcal://cdn.example/t/intercotour.ics');
    expect(links[1]).toContain(encodeURIComponent('webcal://cdn.example/t/intercotour.ics'));
    expect(menu.textContent).toContain('Copier le lien');
  });

  it('shows an error with a retry that works', async () => {
    const fetch = serve(500, JSON.stringify(TEST_FEED));
    // An address of its own: a feed once read well is kept and shown instead of an error.
    const { root } = await calendar({ feed: 'https://failing.example/stops.json', now: TODAY });
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('erreur 500');
    expect(alert.querySelector('a')?.getAttribute('href')).toBe('https://www.interconnectes.com');
    control(alert, 'Réessayer').click();
    expect(root.activeElement).toBe(root.getElementById('title'));
    await until(() => expect(cities(root)).toHaveLength(4));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.activeElement).toBe(root.getElementById('title'));
  });

  it('shows the last good copy when a later read fails, and says of when', async () => {
    serve(JSON.stringify(TEST_FEED), 503);
    const feed = 'https://copy.example/stops.json';
    await calendar({ feed, now: TODAY });
    const { root } = await calendar({ feed, now: TODAY, lang: 'en' });
    expect(root.querySelector('.ic-notice')?.textContent).toMatch(
      /^Calendar as of .+ at .+: the update could not be loaded\.Try again$/,
    );
    expect(cities(root)).toEqual(['Paris', 'Essai-sur-Mer', 'Essaiville', 'Saint-Essai']);
  });

  it('closes a menu on Escape and gives focus back to its button', async () => {
    serve(JSON.stringify(TEST_FEED));
    const { root } = await calendar({ feed: 'https://cdn.example/stops.json', now: TODAY });
    const button = control(root.querySelector('.ic-next')!, 'Ajouter à mon agenda');
    button.click();
    await until(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
    const items = () => [...root.querySelectorAll<HTMLElement>('.ic-next [role="menuitem"]')];
    await until(() => expect(root.activeElement).toBe(items()[0]));
    expect(items().map((item) => item.textContent)).toEqual([
      'Apple / Outlook (fichier .ics)',
      'Google Agenda (nouvelle fenêtre)',
      'Outlook.com (nouvelle fenêtre)',
      'Microsoft 365 (nouvelle fenêtre)',
      'Yahoo Agenda (nouvelle fenêtre)',
    ]);
    items()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(root.activeElement).toBe(items()[4]);
    items()[4]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await until(() => expect(button.getAttribute('aria-expanded')).toBe('false'));
    expect(root.activeElement).toBe(button);
  });

  it('follows attribute changes, and loads again only when the feed changes', async () => {
    const fetch = serve(JSON.stringify(TEST_FEED));
    const { element, root } = await calendar({ feed: 'https://cdn.example/stops.json', now: TODAY });
    element.setAttribute('lang', 'en');
    element.setAttribute('region', 'normandie');
    await until(() => expect(root.querySelector('.ic-next .ic-kicker')?.textContent).toBe('Next stop'));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(cities(root)).toEqual(['Essaiville']);
    expect(root.querySelector('h2')?.textContent).toBe('Tournée d’essai 2031 — Normandy');
    element.setAttribute('feed', 'https://other.example/stops.json');
    await until(() => expect(fetch).toHaveBeenCalledTimes(2));
  });

  it('writes JSON-LD for the stops shown, unless jsonld="false"', async () => {
    serve(JSON.stringify(TEST_FEED));
    const { element } = await calendar({ feed: 'https://cdn.example/stops.json', now: TODAY, limit: '2' });
    const data = JSON.parse(element.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(data).toHaveLength(2);
    element.setAttribute('jsonld', 'false');
    await until(() => expect(element.querySelector('script')).toBeNull());
  });

  it('logs feed problems and bad attributes with the prefix, and never throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    serve(JSON.stringify({ ...TEST_FEED, stops: [...TEST_FEED.stops, { id: 'broken', title: 7 }] }));
    const { root } = await calendar({ feed: 'https://cdn.example/stops.json', now: TODAY, view: 'month' });
    const lines = () => warn.mock.calls.map((call) => String(call[0]));
    await until(() => expect(lines().some((line) => line.includes('stops[5].title'))).toBe(true));
    await until(() => expect(lines().some((line) => line.includes('view="month"'))).toBe(true));
    expect(lines().every((line) => line.startsWith('[IntercoTOUR] '))).toBe(true);
    expect(lines().find((line) => line.includes('stops[5].title'))).toContain('"broken"');
    expect(cities(root)).toHaveLength(4);
  });

  it('contains what goes wrong inside it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal('fetch', () => {
      throw new Error('boom');
    });
    const { root } = await calendar({ feed: 'https://throwing.example/stops.json' });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('injoignable');
    expect(error).not.toHaveBeenCalled();
  });
});
