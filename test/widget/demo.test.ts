/**
 * The demo that `npm start` serves (over the built dist/: run `npm run build` first): its pages
 * under their strict CSP, accessible and in French typography; the municipal page with its three
 * embeds; the configurator, whose copied code never carries the preview's date and works as
 * pasted; the colour check; the iframe that follows its calendar's height.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_SLUGS } from '../../shared/index.ts';
import { ADDRESSES } from '../../widget/demo/addresses.ts';
import { serveDemo } from '../../widget/demo/serve-demo.ts';
import { contrastRatio, formatRatio, lightenFor, parseHex, toHex } from '../../widget/demo/scripts/contrast.ts';
import { snippets, type Settings } from '../../widget/demo/scripts/snippets.ts';
import { WIDGET_COLOURS } from '../../widget/demo/scripts/widget-colours.ts';
import { launchChromium } from '../support/chromium.ts';
import type { StaticServer } from '../support/static-server.ts';
import { assertBuilt, calendarsReady, calendarTexts, fixture, hostPage, REPO, watchedPage } from './support/site.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PAGES = ['index', 'commune', 'configurator', 'guide'] as const;
/** The demo's own pages, which follow the visitor's light or dark scheme (the commune's site is light only). */
const TOOL_PAGES = ['index', 'configurator', 'guide'] as const;
const CITIES_2019 = ['Cahors', 'Dax', 'Paris', 'Charleville-Mézières', 'Le Havre', 'Saint-Quentin', 'Istres', 'Annecy'];

/** Waits for a condition as long as a loaded machine may need (`expect.poll` gives up after one second). */
const poll = <T>(check: () => T | Promise<T>) => expect.poll(check, { timeout: 10_000 });

let browser: Browser;
let demo: StaticServer;
/** The same server under another name: pasted pages live on a site other than the widget's. */
let memberSite: string;
const pasted = new Map<string, string>();

beforeAll(async () => {
  assertBuilt();
  if (!existsSync(join(REPO, 'dist/feed/stops.json'))) {
    throw new Error('The demo serves the published feed: run `npm run build:feed` first.');
  }
  [browser, demo] = await Promise.all([launchChromium(), serveDemo({ dist: join(REPO, 'dist') })]);
  memberSite = demo.origin.replace('127.0.0.1', 'localhost');
  demo.route(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/test/axe.js') {
      const { readFile } = await import('node:fs/promises');
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(await readFile(AXE));
      return true;
    }
    const body = pasted.get(path);
    if (body === undefined) return false;
    // A member's page as they paste into it: no policy of its own.
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
    return true;
  });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** Serves `body` in a blank page (or a hostile one) on the member's site; returns its address. */
function paste(name: string, body: string, head = ''): string {
  const path = `/pasted/${name}.html`;
  pasted.set(path, hostPage({ head, body }));
  return `${memberSite}${path}`;
}

async function axeViolations(page: Page): Promise<string[]> {
  // Served from the page's own origin, which its strict policy allows.
  await page.addScriptTag({ url: '/test/axe.js' });
  return page.evaluate(async () => {
    interface Results {
      violations: { id: string; nodes: { target: unknown }[] }[];
    }
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<Results> } }).axe;
    // The calendar has its own audit, in every state; this one is about the pages around it.
    const results = await axe.run({ exclude: [['intercotour-calendar'], ['iframe']] });
    return results.violations.map((violation) => `${violation.id} @ ${JSON.stringify(violation.nodes[0]?.target)}`);
  });
}

/** What a French reader would find wrong in the page's French text (code and English left aside). */
function typographyFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const check = (text: string, where: string) => {
      const rules: [RegExp, string][] = [
        [/[ \u00a0][:;!?](?=\s|$)/, 'a plain space before : ; ! ? (U+202F wanted)'],
        [/[\p{L}][;!?](?=\s|$)|[\p{L}]:(?=\s)/u, 'no space before : ; ! ?'],
        [/'/, 'a straight apostrophe'],
        [/«(?!\u202f)|(?<!\u202f)»/, 'guillemets without U+202F inside'],
        [/\b1er\b/, '"1er" instead of 1ᵉʳ'],
      ];
      for (const [rule, fault] of rules) if (rule.test(text)) faults.push(`${fault}: "${text.trim()}" (${where})`);
    };
    check(document.title, 'title');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('pre, code, script, style, intercotour-calendar, [lang]:not([lang="fr"])'))
        continue;
      check(node.textContent ?? '', parent.tagName.toLowerCase());
    }
    for (const element of document.querySelectorAll('[aria-label], [title]')) {
      check(element.getAttribute('aria-label') ?? element.getAttribute('title') ?? '', 'attribute');
    }
    return faults;
  });
}

describe('the pages', () => {
  for (const name of PAGES) {
    it(`${name}: under the strict CSP, one h1, landmarks, French, nothing from elsewhere`, async () => {
      const { page, requests, errors, violations, context } = await watchedPage(browser);
      await page.goto(`${demo.origin}/demo/${name}.html`);
      await page.waitForLoadState('load');
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await page.locator('h1').count()).toBe(1);
      for (const role of ['banner', 'main', 'contentinfo', 'navigation'] as const) {
        expect(await page.getByRole(role).count(), role).toBeGreaterThan(0);
      }
      expect(await typographyFaults(page)).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(demo.origin))).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe('');
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  for (const name of PAGES) {
    for (const scheme of name === 'commune' ? (['light'] as const) : (['light', 'dark'] as const)) {
      it(`${name}, ${scheme}: axe finds nothing, at 375 px and at 1280 px`, async () => {
        const { page, context } = await watchedPage(browser);
        await page.emulateMedia({ colorScheme: scheme });
        for (const width of [375, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`${demo.origin}/demo/${name}.html`);
          expect(await axeViolations(page)).toEqual([]);
          // Nothing wider than the screen: no sideways scrolling on a phone.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        }
        await context.close();
      });
    }
  }

  it('answers at every address `npm start` prints, the tour editor included', async () => {
    expect(ADDRESSES.map(({ path }) => path)).toContain('/editor/');
    for (const { path } of ADDRESSES) {
      const response = await fetch(`${demo.origin}${path}`);
      expect(`${path} ${response.status}`).toBe(`${path} 200`);
    }
  });

  it('the demo pages follow a dark system scheme; the commune’s site keeps its own look', async () => {
    const { page, context } = await watchedPage(browser);
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const seen: Record<string, string[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const name of [...TOOL_PAGES, 'commune']) {
        await page.goto(`${demo.origin}/demo/${name}.html`);
        (seen[name] ??= []).push(await background());
      }
    }
    for (const name of TOOL_PAGES) expect(new Set(seen[name]).size, name).toBe(2);
    expect(new Set(seen.commune).size).toBe(1);
    await context.close();
  });

  it('the configurator links to the guide, which covers the three ways, WordPress, CSP, RGAA and cookies', async () => {
    const { page, context } = await watchedPage(browser);
    await page.goto(`${demo.origin}/demo/configurator.html`);
    await page.getByRole('link', { name: 'le guide pour les webmestres' }).click();
    await page.waitForURL(/guide\.html$/);
    const text = await page.locator('main').innerText();
    for (const words of [
      'Le script (recommandé)',
      'Un emplacement, ou l’élément',
      'L’iframe',
      'unfiltered_html',
      'HTML personnalisé',
      '--intercotour-accent',
      'script-src',
      'connect-src',
      'frame-src',
      'title',
      'aucun cookie',
      'intercotour:height',
    ]) {
      expect(text, words).toContain(words);
    }
    await context.close();
  });
});

describe('the municipal page', () => {
  it('shows the calendar embedded three ways, under a strict CSP, asking nothing elsewhere', async () => {
    const { page, requests, errors, violations, context } = await watchedPage(browser);
    await page.goto(`${demo.origin}/demo/commune.html`);
    await calendarsReady(page, 2);
    const [script, placeholder] = await calendarTexts(page);
    expect(script).toContain('Dax');
    expect(script).not.toContain('Annecy');
    expect(placeholder).toContain('Dax');
    const frame = await embedFrame(page);
    await calendarsReady(asPage(frame));
    const year = (await calendarTexts(asPage(frame)))[0];
    for (const city of CITIES_2019) expect(year).toContain(city);
    await heightFollows(page, frame);
    expect(requests.every((request) => request.startsWith(demo.origin))).toBe(true);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The page's calendar iframe, once attached (a lazy iframe may attach after the load event). */
async function embedFrame(page: Page): Promise<Frame> {
  await poll(() => page.frames().some((frame) => frame.url().includes('/widget/embed.html'))).toBe(true);
  return page.frames().find((frame) => frame.url().includes('/widget/embed.html'))!;
}

/** The support helpers take a page; a frame answers the same `evaluate` and `waitForFunction`. */
const asPage = (frame: Frame) => frame as unknown as Page;

/** The iframe's height is its calendar's: no inner scroll bar, no blank below. */
async function heightFollows(page: Page, frame: Frame): Promise<void> {
  const inner = () =>
    frame.evaluate(() => Math.ceil(Math.max(document.body.getBoundingClientRect().height, document.body.scrollHeight)));
  const outer = () => page.evaluate(() => document.querySelector('iframe')!.clientHeight);
  await poll(async () => (await outer()) - (await inner())).toBe(0);
}

describe('the configurator', () => {
  async function open(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    const { page, errors, context } = await watchedPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.origin });
    await page.goto(`${demo.origin}/demo/configurator.html`);
    await calendarsReady(page);
    return { page, errors, close: () => context.close() };
  }

  const code = (page: Page) => page.locator('pre code').allTextContents();
  const preview = (page: Page) => page.locator('#preview');

  it('offers every region, and the live calendar follows the form', async () => {
    const { page, errors, close } = await open();
    const options = await page
      .getByLabel('Région')
      .evaluate((select) => [...(select as HTMLSelectElement).options].map((option) => option.value));
    expect(options).toEqual(['', ...REGION_SLUGS]);

    await page.getByLabel('Région').selectOption('ile-de-france');
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('radio', { name: 'Sombre' }).check();
    await page.getByRole('radio', { name: 'Compacte' }).check();
    await poll(() =>
      preview(page).evaluate((element) =>
        ['region', 'lang', 'theme', 'view'].map((name) => element.getAttribute(name)),
      ),
    ).toEqual(['ile-de-france', 'en', 'dark', 'compact']);
    expect((await code(page))[0]).toBe(
      `<script\n  src="${demo.origin}/widget/intercotour-widget.js"\n  data-feed="${demo.origin}/feed/stops.json"\n` +
        `  data-region="ile-de-france"\n  data-lang="en"\n  data-theme="dark"\n  data-view="compact"\n  async\n></script>`,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('"as on 1 June 2019" changes the preview and never the code to copy', async () => {
    const { page, errors, close } = await open();
    const before = await code(page);
    const today = (await calendarTexts(page))[0];
    expect(today).toMatch(/terminée/i);

    const toggle = page.getByRole('switch', { name: /1ᵉʳ juin 2019/ });
    await toggle.check();
    await poll(() => preview(page).getAttribute('now')).toBe('2019-06-01');
    await calendarsReady(page);
    await poll(async () => (await calendarTexts(page))[0]).not.toBe(today);
    expect(await code(page)).toEqual(before);
    for (const snippet of await code(page)) expect(snippet).not.toMatch(/now|2019-06-01/);

    await toggle.uncheck();
    await poll(() => preview(page).getAttribute('now')).toBe(null);
    expect(await code(page)).toEqual(before);
    expect(errors).toEqual([]);
    await close();
  });

  it('has tabs for the ways to embed, used with the keyboard as the WAI-ARIA pattern says', async () => {
    const { page, close } = await open();
    const names = await page.getByRole('tab').allInnerTexts();
    expect(names.map((name) => name.replace(/\s+/g, ' ').trim())).toEqual([
      'Script recommandé',
      'Emplacement',
      'Iframe',
      'WordPress',
    ]);
    const selected = async () => ({
      tab: await page.getByRole('tab', { selected: true }).getAttribute('id'),
      focused: await page.evaluate(() => document.activeElement?.id),
      panels: await page.getByRole('tabpanel').count(),
      inTabOrder: await page.locator('[role="tab"][tabindex="0"]').count(),
    });
    await page.getByRole('tab', { name: /Script/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toEqual({ tab: 'placeholder', focused: 'placeholder', panels: 1, inTabOrder: 1 });
    await page.keyboard.press('End');
    expect(await selected()).toMatchObject({ tab: 'wordpress', focused: 'wordpress' });
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toMatchObject({ tab: 'script', focused: 'script' });
    await page.keyboard.press('ArrowLeft');
    expect(await selected()).toMatchObject({ tab: 'wordpress', focused: 'wordpress' });
    await page.keyboard.press('Home');
    expect(await selected()).toMatchObject({ tab: 'script', focused: 'script' });
    // Tab leaves the tab list for the panel shown.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-script');

    await page.getByRole('tab', { name: 'WordPress' }).click();
    const wordpress = await page.getByRole('tabpanel').innerText();
    for (const words of ['<script>', '<iframe>', 'unfiltered_html', 'HTML personnalisé', 'extension']) {
      expect(wordpress).toContain(words);
    }
    await close();
  });

  it('checks each theme’s accent colour in words, and puts the colours into the code', async () => {
    const { page, errors, close } = await open();
    const checks = () => page.locator('#accent-check li').allInnerTexts();
    const verdict = () => page.locator('#accent-verdict').innerText();
    const light = page.getByRole('group', { name: 'Thème clair' });
    const dark = page.getByRole('group', { name: 'Thème sombre' });
    const property = (name: string) =>
      preview(page).evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), name);

    expect(await checks()).toEqual(['Thème clair, sur #ffffff\u202f: 8,1:1, suffisant']);
    expect(await dark.isVisible()).toBe(false);
    for (const snippet of await code(page)) expect(snippet).not.toContain('accent');

    await light.getByLabel('Code').fill('#8a1538');
    await poll(checks).toEqual(['Thème clair, sur #ffffff\u202f: 9,3:1, suffisant']);
    expect(await verdict()).toBe('Contraste suffisant\u202f: les boutons et les liens se lisent bien.');
    const [script, placeholder, iframe] = await code(page);
    const tint = '<style>\n  intercotour-calendar {\n    --intercotour-accent: #8a1538;\n  }\n</style>\n';
    expect(script).toMatch(new RegExp(`^${tint}<script`));
    expect(placeholder).toMatch(new RegExp(`^${tint}<div`));
    expect(iframe).toContain('&amp;accent=%238a1538"');
    expect(await property('--intercotour-accent')).toBe('#8a1538');

    // Automatique: the dark theme's colour follows, made light enough for its background.
    await page.getByRole('radio', { name: 'Automatique' }).check();
    const derived = toHex(lightenFor(parseHex('#17191c')!, parseHex('#8a1538')!));
    expect(await dark.getByLabel('Code').inputValue()).toBe(derived);
    await poll(checks).toEqual([
      'Thème clair, sur #ffffff\u202f: 9,3:1, suffisant',
      expect.stringMatching(/^Thème sombre, sur #17191c\u202f: 4,[5-9]:1, suffisant$/),
    ]);
    expect(await verdict()).toBe(
      'Contraste suffisant dans les deux thèmes\u202f: les boutons et les liens se lisent bien.',
    );
    expect((await code(page))[0]).toContain(`--intercotour-dark-accent: ${derived};`);
    expect((await code(page))[2]).toContain(`&amp;dark-accent=%23${derived.slice(1)}"`);
    expect(await property('--intercotour-dark-accent')).toBe(derived);

    // A dark colour of the member's own stays theirs, and is judged on the dark background.
    await dark.getByLabel('Code').fill('#5a0f24');
    await poll(checks).toEqual([
      'Thème clair, sur #ffffff\u202f: 9,3:1, suffisant',
      'Thème sombre, sur #17191c\u202f: 1,2:1, insuffisant (il faut 4,5:1)',
    ]);
    expect(await verdict()).toBe(
      'La couleur du thème sombre est trop foncée pour son fond\u202f: éclaircissez-la jusqu’à 4,5:1.',
    );
    await light.getByLabel('Code').fill('#0b6e4f');
    await poll(() => dark.getByLabel('Code').inputValue()).toBe('#5a0f24');

    // Sombre: only the dark colour counts, and only it is written.
    await page.getByRole('radio', { name: 'Sombre' }).check();
    expect(await light.isVisible()).toBe(false);
    await poll(checks).toEqual(['Thème sombre, sur #17191c\u202f: 1,2:1, insuffisant (il faut 4,5:1)']);
    expect((await code(page))[0]).not.toContain('--intercotour-accent:');

    await page.getByRole('radio', { name: 'Clair' }).check();
    await light.getByLabel('Code').fill('#8a15');
    await poll(() => light.getByLabel('Code').getAttribute('aria-invalid')).toBe('true');
    expect(await light.getByText('Écrivez une couleur comme #8a1538.').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Couleurs par défaut' }).click();
    await poll(checks).toEqual(['Thème clair, sur #ffffff\u202f: 8,1:1, suffisant']);
    expect(await light.getByText('Écrivez une couleur comme #8a1538.').isVisible()).toBe(false);
    for (const snippet of await code(page)) expect(snippet).not.toContain('accent');
    expect(errors).toEqual([]);
    await close();
  });

  it('checks against the colours the calendar really paints in each theme, and tints it by the properties it writes', async () => {
    const url = paste(
      'colours',
      `<intercotour-calendar feed="${demo.origin}/feed/stops.json" theme="light"></intercotour-calendar>
<intercotour-calendar feed="${demo.origin}/feed/stops.json" theme="dark"></intercotour-calendar>
<script src="${demo.origin}/widget/intercotour-widget.js"></script>`,
    );
    const { page, context } = await watchedPage(browser);
    await page.goto(url);
    await calendarsReady(page, 2);
    const rgb = (hex: string) => `rgb(${parseHex(hex)!.join(', ')})`;
    const painted = await page.evaluate(() =>
      [...document.querySelectorAll('intercotour-calendar')].map((calendar) => {
        const first = [...calendar.shadowRoot!.querySelectorAll('*')].find(
          (element) => getComputedStyle(element).backgroundColor !== 'rgba(0, 0, 0, 0)',
        );
        return first && getComputedStyle(first).backgroundColor;
      }),
    );
    expect(painted).toEqual([rgb(WIDGET_COLOURS.light.background), rgb(WIDGET_COLOURS.dark.background)]);

    // The accent draws the focus ring, whatever else it draws.
    const rings = async () => {
      const colours: string[] = [];
      for (const at of [0, 1]) {
        await page.evaluate((at) => {
          const root = document.querySelectorAll('intercotour-calendar')[at]!.shadowRoot!;
          root.querySelector<HTMLElement>('a[href], button')!.focus();
        }, at);
        // Back and forth with the keyboard, so that the focus shows as a keyboard user sees it.
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        colours.push(
          await page.evaluate((at) => {
            const root = document.querySelectorAll('intercotour-calendar')[at]!.shadowRoot!;
            return getComputedStyle(root.activeElement!).outlineColor;
          }, at),
        );
      }
      return colours;
    };
    expect(await rings()).toEqual([rgb(WIDGET_COLOURS.light.accent), rgb(WIDGET_COLOURS.dark.accent)]);
    await page.evaluate(
      ([light, dark]) => {
        for (const calendar of document.querySelectorAll<HTMLElement>('intercotour-calendar')) {
          calendar.style.setProperty(light!, '#8a1538');
          calendar.style.setProperty(dark!, '#f2a7bd');
        }
      },
      [WIDGET_COLOURS.light.property, WIDGET_COLOURS.dark.property],
    );
    expect(await rings()).toEqual([rgb('#8a1538'), rgb('#f2a7bd')]);
    await context.close();
  });

  it('gives code that works as copied, on another site’s blank page and on a hostile one', async () => {
    const { page, errors: configuratorErrors, close } = await open();
    await page.getByRole('switch', { name: /1ᵉʳ juin 2019/ }).check();
    await page.getByLabel('Région').selectOption('nouvelle-aquitaine');
    await page.getByRole('radio', { name: 'Automatique' }).check();
    await page.getByRole('group', { name: 'Thème clair' }).getByLabel('Code').fill('#8a1538');
    await page.getByRole('group', { name: 'Thème sombre' }).getByLabel('Code').fill('#f2a7bd');
    const copied: Record<string, string> = {};
    for (const [way, tab] of [
      ['script', /Script/],
      ['placeholder', 'Emplacement'],
      ['iframe', 'Iframe'],
      ['wordpress', 'WordPress'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      const panel = page.getByRole('tabpanel');
      await panel.getByRole('button', { name: 'Copier' }).click();
      await poll(() => panel.getByRole('status').innerText()).toBe('Code copié\u202f: collez-le dans votre page.');
      copied[way] = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied[way]).toBe(await panel.locator('pre code').textContent());
      expect(copied[way]).not.toMatch(/now|2019-06-01/);
    }
    expect(copied.wordpress).toBe(copied.iframe);
    expect(configuratorErrors).toEqual([]);
    await close();

    const hostile = `<style>${fixture('hostile.css')}</style>`;
    for (const [kind, head] of [
      ['plain', ''],
      ['hostile', hostile],
    ] as const) {
      for (const way of ['script', 'placeholder'] as const) {
        const { page: member, errors, context } = await watchedPage(browser);
        await member.goto(paste(`${kind}-${way}`, copied[way]!, head));
        await calendarsReady(member);
        const [text] = await calendarTexts(member);
        // Today's calendar, not the preview's 1 June 2019: the 2019 tour is over.
        expect(text, `${kind} ${way}`).toMatch(/terminée/i);
        expect(text).toContain('Nouvelle-Aquitaine');
        expect(
          await member
            .locator('intercotour-calendar')
            .evaluate((element) =>
              ['--intercotour-accent', '--intercotour-dark-accent'].map((name) =>
                getComputedStyle(element).getPropertyValue(name).trim(),
              ),
            ),
        ).toEqual(['#8a1538', '#f2a7bd']);
        expect(errors).toEqual([]);
        await context.close();
      }
      const { page: member, errors, context } = await watchedPage(browser);
      await member.goto(paste(`${kind}-iframe`, copied.iframe!, head));
      const frame = await embedFrame(member);
      await calendarsReady(asPage(frame));
      const [text] = await calendarTexts(asPage(frame));
      expect(text, `${kind} iframe`).toMatch(/terminée/i);
      expect(
        await frame.evaluate(() =>
          ['--intercotour-accent', '--intercotour-dark-accent'].map((name) =>
            getComputedStyle(document.querySelector('intercotour-calendar')!).getPropertyValue(name),
          ),
        ),
      ).toEqual(['#8a1538', '#f2a7bd']);
      expect(await frame.title()).toBe('Calendrier de la tournée IntercoTOUR');
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

describe('the iframe that sizes itself', () => {
  const settings: Settings = { region: '', lang: 'fr', theme: 'light', view: 'compact', accents: {} };

  async function pastedIframe(): Promise<{ page: Page; frame: Frame; close: () => Promise<void> }> {
    const published = {
      script: `${demo.origin}/widget/intercotour-widget.js`,
      embed: `${demo.origin}/widget/embed.html`,
      feed: `${demo.origin}/feed/stops.json`,
    };
    const url = paste('resizing', `<p>Avant le calendrier.</p>${snippets(settings, published).iframe}<p>Après.</p>`);
    const { page, errors, context } = await watchedPage(browser);
    await page.goto(url);
    const frame = await embedFrame(page);
    await calendarsReady(asPage(frame));
    return {
      page,
      frame,
      close: async () => {
        expect(errors).toEqual([]);
        await context.close();
      },
    };
  }

  const frameHeight = (page: Page) =>
    page.evaluate(() => Math.round(document.querySelector('iframe')!.getBoundingClientRect().height));

  it('takes the calendar’s height, and follows it when the content grows or shrinks', async () => {
    const { page, frame, close } = await pastedIframe();
    await heightFollows(page, frame);
    const compact = await frameHeight(page);
    expect(compact).not.toBe(640);

    // The whole 2019 tour as it stood on 1 June: eight stops ahead, a much taller calendar.
    const set = (view: string, now: string | null) =>
      frame.evaluate(
        ([view, now]) => {
          const calendar = document.querySelector('intercotour-calendar')!;
          calendar.setAttribute('view', view!);
          if (now) calendar.setAttribute('now', now);
          else calendar.removeAttribute('now');
        },
        [view, now],
      );
    await set('year', '2019-06-01');
    await poll(() => frameHeight(page)).toBeGreaterThan(compact + 200);
    await heightFollows(page, frame);

    await set('compact', null);
    await poll(() => frameHeight(page)).toBe(compact);
    await close();
  });

  it('never cuts off a menu the visitor opens in it', async () => {
    const { page, frame, close } = await pastedIframe();
    const menuButtons = frame.locator('button[aria-haspopup]');
    // Today, the tour over: a short calendar with one menu, too tall to fit above or below its button.
    // On 1 June 2019: three stops ahead with their menus, and the subscription's at the bottom.
    for (const now of [null, '2019-06-01']) {
      if (now) {
        await frame.evaluate((now) => document.querySelector('intercotour-calendar')!.setAttribute('now', now), now);
        await poll(() => menuButtons.count()).toBeGreaterThan(2);
      }
      await heightFollows(page, frame);
      const count = await menuButtons.count();
      for (const index of new Set([0, count - 1])) {
        await menuButtons.nth(index).click();
        const menu = frame.getByRole('menu');
        await menu.waitFor();
        // Once the menu has slid in and the iframe has grown to hold it.
        const cut = () =>
          menu.evaluate((element) => {
            const { top, bottom } = element.getBoundingClientRect();
            return Math.max(0, -top) + Math.max(0, bottom - innerHeight);
          });
        await poll(cut).toBe(0);
        await page.keyboard.press('Escape');
        await menu.waitFor({ state: 'hidden' });
      }
    }
    await close();
  });

  it('listens only to the widget’s site, and only to the iframe that speaks', async () => {
    const { page, frame, close } = await pastedIframe();
    await heightFollows(page, frame);
    const height = await frameHeight(page);
    // The member's own page, and a frame of its own origin, each claiming another height.
    await page.evaluate(() => {
      const heard: unknown[] = ((window as unknown as { heard: unknown[] }).heard = []);
      addEventListener('message', (event) => heard.push((event.data as { height?: unknown }).height));
      window.postMessage({ type: 'intercotour:height', height: 5 }, '*');
      const other = document.createElement('iframe');
      other.srcdoc = `<script>parent.postMessage({ type: 'intercotour:height', height: 7 }, '*')</script>`;
      document.body.append(other);
    });
    await poll(() => page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual(
      expect.arrayContaining([5, 7]),
    );
    expect(await frameHeight(page)).toBe(height);
    await close();
  });
});

describe('the configurator’s rules', () => {
  const published = {
    script: 'https://cdn.example.fr/widget/intercotour-widget.js',
    embed: 'https://cdn.example.fr/widget/embed.html',
    feed: 'https://cdn.example.fr/feed/stops.json',
  };

  it('measures contrast as WCAG 2.1 does, and never rounds a failure up to a pass', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBe(21);
    expect(formatRatio(contrastRatio(parseHex('#777777')!, parseHex('#fff')!))).toBe('4,4:1');
    expect(formatRatio(contrastRatio(parseHex('#767676')!, parseHex('#ffffff')!))).toBe('4,5:1');
    expect(parseHex('#A13')).toEqual([170, 17, 51]);
    expect(parseHex('red')).toBe(undefined);
    // Lightened just enough for the dark background, and a colour that passes is left alone.
    const onDark = parseHex('#17191c')!;
    const lighter = lightenFor(onDark, parseHex('#8a1538')!);
    expect(contrastRatio(lighter, onDark)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(lighter, onDark)).toBeLessThan(5.5);
    expect(lightenFor(onDark, parseHex('#a8c8ff')!)).toEqual(parseHex('#a8c8ff'));
  });

  it('writes only what was chosen, the tint as a custom property on the element, and escapes what it writes', () => {
    const code = snippets(
      { region: 'occitanie', lang: 'en', theme: 'auto', view: 'upcoming', accents: { dark: '#f2a7bd' } },
      { ...published, feed: 'https://cdn.example.fr/feed/stops.json?a=1&b="2"' },
    );
    expect(code.script).toContain('data-feed="https://cdn.example.fr/feed/stops.json?a=1&amp;b=&quot;2&quot;"');
    expect(code.script).toContain('data-theme="auto"');
    expect(code.script).not.toContain('data-view');
    expect(code.placeholder).toMatch(
      /^<style>\n {2}intercotour-calendar \{\n {4}--intercotour-dark-accent: #f2a7bd;\n {2}\}\n<\/style>\n<div /,
    );
    expect(code.iframe).toContain('title="IntercoTOUR calendar"');
    expect(code.iframe).toContain('&amp;dark-accent=%23f2a7bd"');
    expect(code.iframe).not.toContain('&amp;accent=');
    expect(code.iframe).toContain('if(e.origin!=="https://cdn.example.fr"');
  });
});
