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

/** Lets the fetch, the lazy imports and the renders settle. */
const settle = () => new Promise((done) => setTimeout(done, 50));

function serve(...bodies: (string | number)[]) {
  const fetch = vi.fn(async () => {
    const body = bodies.length > 1 ? bodies.shift()! : bodies[0]!;
    return typeof body === 'number' ? new Response('', { status: body }) : new Response(body);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function calendar(attributes: Record<string, string>) {
  const element = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await settle();
  const root = element.shadowRoot!;
  return { element, root };
}

describe('<intercotour-calendar>', () => {
  it('renders a feed in an open shadow root', async () => {
    serve(JSON.stringify(TEST_FEED));
    const { root } = await calendar({ feed: 'https://cdn.example/stops.json', now: TODAY });
    expect(root.querySelector('h2')?.textContent).toBe('Tournée d’essai 2031');
    expect(root.querySelectorAll('li.s')).toHaveLength(4);
    expect(root.querySelector('.n h3')?.textContent).toBe('Étape d’essai francilienne');
  });

  it('shows the bundled 2019 tour when no feed is set, with no request', async () => {
    const fetch = serve(404);
    const { root } = await calendar({ now: '2019-06-01', region: 'ile-de-france' });
    expect(fetch).not.toHaveBeenCalled();
    expect(root.querySelector('h2')?.textContent).toBe('IntercoTOUR 2019 — Île-de-France');
    expect(root.querySelector('.n h3')?.textContent).toBe('IntercoTOUR Île-de-France');
    expect(root.querySelector('.sub')).toBeNull();
  });

  it('offers subscription to the tour next to a published feed', async () => {
    serve(JSON.stringify(TEST_FEED));
    const { root } = await calendar({ feed: 'https://cdn.example/t/stops.json', now: TODAY });
    root.querySelector<HTMLButtonElement>('.sub button')!.click();
    const links = [...root.querySelectorAll('.sub a')].map((link) => link.getAttribute('href'));
    expect(links[0]).toBe('webcal://cdn.example/t/intercotour.ics');
    expect(links[1]).toContain(encodeURIComponent('webcal://cdn.example/t/intercotour.ics'));
  });

  it('shows an error with a retry that works', async () => {
    const fetch = serve(500, JSON.stringify(TEST_FEED));
    // An address of its own: a feed once read well is kept and shown instead of an error.
    const { root } = await calendar({ feed: 'https://failing.example/stops.json', now: TODAY });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('erreur 500');
    root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    expect(root.activeElement).toBe(root.getElementById('title'));
    await settle();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelectorAll('li.s')).toHaveLength(4);
    expect(root.activeElement).toBe(root.getElementById('title'));
  });

  it('closes a menu on Escape and gives focus back to its button', async () => {
    serve(JSON.stringify(TEST_FEED));
    const { root } = await calendar({ feed: 'https://cdn.example/stops.json', now: TODAY });
    root.querySelector<HTMLButtonElement>('.n .menu button')!.click();
    const button = () => root.querySelector<HTMLButtonElement>('.n .menu button')!;
    expect(button().getAttribute('aria-expanded')).toBe('true');
    const items = () => [...root.querySelectorAll<HTMLElement>('.n .menu li > *')];
    expect(items()).toHaveLength(5);
    button().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(root.activeElement).toBe(items()[0]);
    items()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(root.activeElement).toBe(items()[4]);
    items()[4]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(root.activeElement).toBe(button());
  });

  it('follows attribute changes, and loads again only when the feed changes', async () => {
    const fetch = serve(JSON.stringify(TEST_FEED));
    const { element, root } = await calendar({ feed: 'https://cdn.example/stops.json', now: TODAY });
    element.setAttribute('lang', 'en');
    element.setAttribute('region', 'normandie');
    await settle();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.n .k')?.textContent).toBe('Next stop');
    expect(root.querySelectorAll('li.s')).toHaveLength(1);
    element.setAttribute('feed', 'https://other.example/stops.json');
    await settle();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('writes JSON-LD for the stops shown, unless jsonld="false"', async () => {
    serve(JSON.stringify(TEST_FEED));
    const { element } = await calendar({ feed: 'https://cdn.example/stops.json', now: TODAY, limit: '2' });
    const data = JSON.parse(element.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data).toHaveLength(2);
    element.setAttribute('jsonld', 'false');
    await settle();
    expect(element.querySelector('script')).toBeNull();
  });

  it('logs feed problems and bad attributes with the prefix, and never throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    serve(JSON.stringify({ ...TEST_FEED, stops: [...TEST_FEED.stops, { id: 'broken', title: 7 }] }));
    const { root } = await calendar({ feed: 'https://cdn.example/stops.json', now: TODAY, view: 'month' });
    await settle();
    const lines = warn.mock.calls.map((call) => String(call[0]));
    expect(lines.every((line) => line.startsWith('[IntercoTOUR] '))).toBe(true);
    expect(lines.some((line) => line.includes('view="month"'))).toBe(true);
    expect(lines.some((line) => line.includes('stops[5].title') && line.includes('"broken"'))).toBe(true);
    expect(root.querySelectorAll('li.s')).toHaveLength(4);
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
