/**
 * The builds users install (`npm run build:extension`): least privilege in both manifests, the
 * popup's weight budget, a worker that wakes only for its alarms, and Mozilla's own validator.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/harness.ts';

const CHROME = join(ROOT, '.output/chrome-mv3');
const FIREFOX = join(ROOT, '.output/firefox-mv3');
/** The popup opens at each click on the toolbar button: what it loads first stays small. */
const POPUP_BUDGET_GZIP = 30 * 1024;

function manifest(dir: string): Record<string, unknown> {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:extension\` first.`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The host permission the build was made with (INTERCOTOUR_FEED_URL), or none. */
function expectedHosts(): string[] {
  const url = process.env.INTERCOTOUR_FEED_URL;
  if (!url) return [];
  const { protocol, hostname } = new URL(url);
  return [`${protocol}//${hostname}/*`];
}

describe.each([
  ['Chrome', CHROME],
  ['Firefox', FIREFOX],
])('the %s build', (_name, dir) => {
  it('asks for storage, alarms and notifications only, no content script, no broad host', () => {
    const json = manifest(dir);
    expect(json.manifest_version).toBe(3);
    // Room for the largest feed the reader accepts: Chrome's storage.local holds 10 MB without it.
    const storage = dir === CHROME ? ['storage', 'unlimitedStorage'] : ['storage'];
    expect(json.permissions).toEqual([...storage, 'alarms', 'notifications']);
    expect(json.host_permissions).toEqual(expectedHosts());
    // A feed the user types in is asked for then, for its origin only.
    expect(json.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(json).not.toHaveProperty('content_scripts');
    expect(json).not.toHaveProperty('web_accessible_resources');
  });

  it('is named and described in French by default and in English, with icons at the store sizes', () => {
    const json = manifest(dir);
    expect(json).toMatchObject({
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'fr',
      icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    });
    for (const lang of ['fr', 'en']) expect(existsSync(join(dir, `_locales/${lang}/messages.json`))).toBe(true);
    for (const size of [16, 32, 48, 128]) {
      const png = readFileSync(join(dir, `icon/${size}.png`));
      // PNG signature, then the IHDR width and height.
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('writes no markup from a string in any script (Preact’s raw-HTML branch is cut out)', () => {
    const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const wrong = scripts.filter((file) =>
      /\.(inner|outer)HTML\s*=(?!=)|insertAdjacentHTML|document\.write/.test(readFileSync(join(dir, file), 'utf8')),
    );
    expect(wrong).toEqual([]);
  });

  it('has a worker that wakes only for its alarms: no timers of its own', () => {
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    expect(background).not.toMatch(/\bsetInterval\s*\(/);
    expect(background).not.toMatch(/\bsetTimeout\s*\(/);
  });
});

describe('the Firefox build', () => {
  it('is MV3 with background scripts, a gecko id and no data collected', () => {
    expect(manifest(FIREFOX)).toMatchObject({
      background: { scripts: ['background.js'] },
      browser_specific_settings: {
        gecko: { id: 'intercotour@interconnectes.com', data_collection_permissions: { required: ['none'] } },
      },
    });
  });

  it('passes Mozilla’s web-ext lint with zero errors', async () => {
    manifest(FIREFOX);
    const { stdout } = await promisify(execFile)(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', FIREFOX, '--output', 'json', '--boring'],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as { errors: { code: string; message: string }[]; warnings: { code: string }[] };
    expect(report.errors).toEqual([]);
    // Not even Preact's innerHTML: the build cuts its dangerouslySetInnerHTML branch out (wxt.config.ts).
    expect(report.warnings).toEqual([]);
  }, 120_000);
});

/** The extension's own sources and every one they import, from its entry points on. */
function bundledSources(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), match[1]!);
      visit(/\.(tsx?|json)$/.test(target) ? target : `${target}.ts`);
    }
  };
  const entrypoints = join(ROOT, 'extension/entrypoints');
  readdirSync(entrypoints, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .forEach((file) => visit(join(entrypoints, file)));
  return [...seen].filter((file) => /\.tsx?$/.test(file));
}

describe('the extension’s sources', () => {
  it('never render raw HTML: no dangerouslySetInnerHTML, which the build refuses anyway', () => {
    const sources = bundledSources();
    // The pages, the background and the core they share.
    expect(sources.some((file) => file.includes('/shared/'))).toBe(true);
    expect(sources.some((file) => file.endsWith('.tsx'))).toBe(true);
    const wrong = sources.filter((file) =>
      /dangerouslySetInnerHTML|\.(inner|outer)HTML\s*=(?!=)|insertAdjacentHTML/.test(readFileSync(file, 'utf8')),
    );
    expect(wrong.map((file) => relative(ROOT, file))).toEqual([]);
  });
});

describe('the Chrome build', () => {
  it('has a service worker and the options page in a tab', () => {
    expect(manifest(CHROME)).toMatchObject({
      background: { service_worker: 'background.js' },
      action: { default_popup: 'popup.html' },
      options_ui: { page: 'options.html', open_in_tab: true },
    });
  });
});

/** The JavaScript a popup loads before the user does anything: its entry and static imports. */
function popupInitialScripts(dir: string): string[] {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
      visit(normalize(join(dirname(file), match[1]!)));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

describe('the popup’s budget', () => {
  it(`loads at most ${POPUP_BUDGET_GZIP / 1024} KB of gzipped JavaScript up front; ical.js only on demand`, () => {
    manifest(CHROME);
    const scripts = popupInitialScripts(CHROME);
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = scripts.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(CHROME, file)), { level: 9 }).length,
      0,
    );
    console.log(`popup: ${(bytes / 1024).toFixed(1)} KB gzip up front (${scripts.join(', ')})`);
    expect(bytes).toBeLessThanOrEqual(POPUP_BUDGET_GZIP);
    // The calendar writer (ical.js, ~23 KB gzip) is a chunk of its own, loaded by the click that needs it.
    const code = scripts.map((file) => readFileSync(join(CHROME, file), 'utf8')).join('\n');
    expect(code).not.toMatch(/BEGIN:VCALENDAR|foldLength/);
    expect(code).toMatch(/import\(`\.\/ical-[\w-]+\.js`\)/);
    // Nor the feed schema: the popup reads a feed the background has already checked.
    expect(code).not.toMatch(/_zod/);
  });
});
