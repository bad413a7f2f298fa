/**
 * The demo that `npm start` serves (over the built dist/: run `npm run build` first): the
 * municipal page with its three embeds, and the configurator whose snippets, dropped into a plain
 * page and into a hostile one, show the calendar. All under the demo's strict CSP.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_SLUGS } from '../../shared/index.ts';
import { serveDemo } from '../../widget/demo/serve-demo.ts';
import { launchChromium } from '../support/chromium.ts';
import type { StaticServer } from '../support/static-server.ts';
import { assertBuilt, calendarsReady, fixture, hostPage, REPO, stopTitles, watchedPage } from './support/site.ts';

let browser: Browser;
let demo: StaticServer;

beforeAll(async () => {
  assertBuilt();
  if (!existsSync(join(REPO, 'dist/feed/stops.json'))) {
    throw new Error('The demo serves the published feed: run `npm run build:feed` first.');
  }
  [browser, demo] = await Promise.all([launchChromium(), serveDemo({ dist: join(REPO, 'dist') })]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('the municipal page', () => {
  it('shows the calendar embedded three ways, under a strict CSP, asking nothing elsewhere', async () => {
    const { page, requests, errors, violations, context } = await watchedPage(browser);
    await page.goto(`${demo.origin}/demo/commune.html`);
    await calendarsReady(page, 3);
    const titles = await stopTitles(page);
    expect(titles[0]).toEqual(['IntercoTOUR Île-de-France']);
    expect(titles[1]).toHaveLength(3);
    expect(titles[2]).toEqual(['IntercoTOUR Occitanie']);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('intercotour-calendar li.s h4').count()).toBe(8);
    expect(requests.every((request) => request.startsWith(demo.origin))).toBe(true);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the configurator', () => {
  async function open(): Promise<{ page: Page; close: () => Promise<void>; errors: string[] }> {
    const { page, errors, context } = await watchedPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.origin });
    await page.goto(`${demo.origin}/demo/configurator.html`);
    await calendarsReady(page);
    return { page, errors, close: () => context.close() };
  }

  it('offers every region, and the live calendar follows the form', async () => {
    const { page, errors, close } = await open();
    const options = await page
      .locator('#region option')
      .evaluateAll((all) => all.map((option) => (option as HTMLOptionElement).value));
    expect(options).toEqual(['', ...REGION_SLUGS]);
    expect(await page.locator('#preview .msg').first().textContent()).toContain('est terminée');

    await page.locator('#as-of-june').check();
    await page.locator('#region').selectOption('ile-de-france');
    await page.locator('input[name="lang"][value="en"]').check();
    await page.locator('input[name="theme"][value="dark"]').check();
    await page.locator('input[name="view"][value="compact"]').check();
    await expect.poll(() => page.locator('#preview .k').textContent()).toBe('Next stop');
    const attributes = await page
      .locator('#preview')
      .evaluate((element) =>
        Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
      );
    expect(attributes).toMatchObject({
      region: 'ile-de-france',
      lang: 'en',
      theme: 'dark',
      view: 'compact',
      now: '2019-06-01',
    });
    const script = await page.locator('#snippet-script').textContent();
    expect(script).toBe(
      `<script src="${demo.origin}/widget/intercotour-widget.js" data-feed="${demo.origin}/feed/stops.json" data-region="ile-de-france" data-lang="en" data-theme="dark" data-view="compact" data-now="2019-06-01" async></script>`,
    );
    await page.locator('[data-copy="snippet-element"]').click();
    await expect
      .poll(() => page.locator('[data-copy="snippet-element"] + [role="status"]').textContent())
      .toBe('Copié.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.locator('#snippet-element').textContent(),
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('gives snippets that work as pasted, on a plain page and on a hostile one', async () => {
    const { page, close } = await open();
    await page.locator('#as-of-june').check();
    await page.locator('#region').selectOption('occitanie');
    await page.locator('#region').selectOption('nouvelle-aquitaine');
    const snippets = await page.locator('pre code').allTextContents();
    await close();
    expect(snippets).toHaveLength(3);
    const hostile = `<style>${fixture('hostile.css')}</style>`;
    demo.route((request, response) => {
      const match = /^\/pasted\/(plain|hostile)\.html$/.exec(request.url ?? '');
      if (!match) return false;
      const body = snippets.join('\n<hr>\n');
      response
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(hostPage({ head: match[1] === 'hostile' ? hostile : '', body }));
      return true;
    });
    for (const kind of ['plain', 'hostile']) {
      const { page: pasted, errors, context } = await watchedPage(browser);
      await pasted.goto(`${demo.origin}/pasted/${kind}.html`);
      await calendarsReady(pasted, 2);
      expect(await stopTitles(pasted)).toEqual([
        ['IntercoTOUR Nouvelle-Aquitaine'],
        ['IntercoTOUR Nouvelle-Aquitaine'],
      ]);
      const frame = pasted.frameLocator('iframe');
      await expect
        .poll(() => frame.locator('intercotour-calendar li.s h3').allTextContents())
        .toEqual(['IntercoTOUR Nouvelle-Aquitaine']);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
