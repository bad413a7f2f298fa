/**
 * Screenshots of the editor for the team to look at (nothing is asserted): French, at 375 and
 * 1280 px, light and dark, on the start page, with the 2019 tour open and with a problem shown.
 * `npx tsx test/editor/screenshots.ts [folder]` (default /tmp/editor-shots/); builds the editor
 * first when its build is missing or older than its sources.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveDemo } from '../../widget/demo/serve-demo.ts';
import { launchChromium } from '../support/chromium.ts';
import setup from './global-setup.ts';
import { breakCahors, FRENCH_CHROMIUM, openTour2019 } from './support/editor.ts';
import { EDITOR_DIST } from './support/paths.ts';

const folder = process.argv[2] ?? '/tmp/editor-shots';

const STATES: [string, (page: Page) => Promise<void>][] = [
  ['start', async () => undefined],
  ['tour-2019', openTour2019],
  ['problem', breakCahors],
];

setup();
await mkdir(folder, { recursive: true });
const server = await serveDemo({ port: 0, dist: EDITOR_DIST });
const browser = await launchChromium({ env: FRENCH_CHROMIUM });
try {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [name, reach] of STATES) {
        const context = await browser.newContext({
          locale: 'fr-FR',
          timezoneId: 'Europe/Paris',
          colorScheme,
          viewport: { width, height: 900 },
        });
        const page = await context.newPage();
        await page.goto(`${server.origin}/editor/`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await reach(page);
        // The problem's field in view, as the summary's link leaves it.
        if (name === 'problem') await page.locator('section.ed-summary a').first().click();
        // Fonts and the preview's layout settled before the picture.
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const file = join(folder, `editor-${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        if (name === 'problem') {
          await page.screenshot({ path: join(folder, `editor-${name}-${width}-${colorScheme}-view.png`) });
        }
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
