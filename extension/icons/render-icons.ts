/**
 * Draws the store icons (16, 32, 48, 128 px PNG) from the two SVGs beside this file, through
 * Chromium screenshots with a transparent background. Run once after changing a drawing:
 *   npx tsx extension/icons/render-icons.ts
 * The PNGs are committed (extension/public/icon/); the build only copies them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../test/support/chromium.ts';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'public', 'icon');

/** Small sizes use the simplified drawing: a route of dots would blur into noise. */
const SIZES: [number, string][] = [
  [16, 'icon-small.svg'],
  [32, 'icon-small.svg'],
  [48, 'icon.svg'],
  [128, 'icon.svg'],
];

const browser = await launchChromium();
try {
  for (const [size, file] of SIZES) {
    const svg = await readFile(join(here, file), 'utf8');
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(join(out, `${size}.png`), png);
    await page.close();
    console.log(`extension/public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
