/**
 * What `npm run build:widget` writes: the first script within its 24 KB gzip budget with ical.js
 * and zod left out, and within 36 KB with the reader it fetches beside the feed; embed.html fit for
 * a strict CSP, the ESM entry usable with its types, and `INTERCOTOUR_FEED_URL` setting the
 * default feed.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BUDGET_GZIP_BYTES, FIRST_RENDER_GZIP_BYTES, widgetSizes } from '../../widget/scripts/sizes.ts';
import {
  calendarsReady,
  FEED,
  FIXTURES,
  REPO,
  siteInChromium,
  stopCities,
  TODAY,
  watchedPage,
} from './support/site.ts';

const run = promisify(execFile);
const DIST = join(REPO, 'dist/widget');

const env = siteInChromium();

describe('the first script', () => {
  it(`holds in ${BUDGET_GZIP_BYTES / 1024} KB gzip`, async () => {
    const { first } = await widgetSizes(DIST);
    expect(first.gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it(`holds in ${FIRST_RENDER_GZIP_BYTES / 1024} KB gzip with what it fetches before the first render`, async () => {
    const { first, firstRender, chunks } = await widgetSizes(DIST);
    // With a feed: the reader or its worker, fetched beside it. Without: the bundled tour, read at build time.
    expect(firstRender).toBeLessThanOrEqual(FIRST_RENDER_GZIP_BYTES);
    const tour = chunks.find((chunk) => chunk.name === 'tour')!;
    expect(first.gzip + tour.gzip).toBeLessThanOrEqual(FIRST_RENDER_GZIP_BYTES);
  });

  it('leaves ical.js to the lazy chunk and zod to the reader, not to the bundled tour', async () => {
    const first = await readFile(join(DIST, 'intercotour-widget.js'), 'utf8');
    const files = await readdir(DIST);
    const chunk = await readFile(
      join(
        DIST,
        files.find((file) => file.startsWith('intercotour-ics-'))!,
      ),
      'utf8',
    );
    const reader = await readFile(
      join(
        DIST,
        files.find((file) => file.startsWith('intercotour-reader-'))!,
      ),
      'utf8',
    );
    // Booleans, not the files themselves, in a failure message.
    for (const marker of ['icalclass', 'foldLength']) {
      expect([marker, first.includes(marker), chunk.includes(marker)]).toEqual([marker, false, true]);
    }
    const tour = await readFile(
      join(
        DIST,
        files.find((file) => file.startsWith('intercotour-tour-'))!,
      ),
      'utf8',
    );
    expect([first.includes('_zod'), reader.includes('_zod'), tour.includes('_zod')]).toEqual([false, true, false]);
    // The reader is one file: fetched beside the feed, it must not wait for another.
    expect(/\bimport\b/.test(reader)).toBe(false);
    // Preact would set innerHTML only for `dangerouslySetInnerHTML`, which no source uses (widget/src/architecture.test.ts).
    expect(/new Function|eval\(/.test(first)).toBe(false);
  });
});

describe('embed.html', () => {
  it('has a relevant title, a strict policy of its own, and no inline script or style', async () => {
    const html = await readFile(join(DIST, 'embed.html'), 'utf8');
    expect(html).toContain('<title>Calendrier de la tournée IntercoTOUR</title>');
    expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
    expect([...html.matchAll(/<script\b[^>]*>/g)].every((tag) => / src="/.test(tag[0]))).toBe(true);
    expect(html).not.toMatch(/<style|\sstyle="|\son[a-z]+="/i);
  });
});

describe('the ESM entry', () => {
  it('defines the element in a page that imports it', async () => {
    const url = env.site.page('/esm.html', {
      head: `<script type="module" src="${FIXTURES}/esm/page.js"></script>`,
      body: `<intercotour-calendar feed="${FEED}" now="${TODAY}" region="11"></intercotour-calendar>`,
    });
    const { page, errors, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    expect(await stopCities(page)).toEqual([['Paris']]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('comes with types a site’s own compiler reads', async () => {
    // Written at test time: the repository's own type check runs before any build.
    const dir = await mkdtemp(join(tmpdir(), 'intercotour-consumer-'));
    const consumer = join(dir, 'consumer.ts');
    await writeFile(
      consumer,
      `import { ATTRIBUTES, defineIntercotourCalendar, IntercotourCalendar, readSettings, type Settings } from '${join(DIST, 'esm/index.js')}';
defineIntercotourCalendar();
export const element: HTMLElement = new IntercotourCalendar();
const { settings } = readSettings(() => null, { baseUrl: 'https://example.org/' });
export const view: Settings['view'] = settings.view;
export const names: readonly string[] = ATTRIBUTES;
`,
    );
    try {
      const program = ts.createProgram([consumer], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
        types: [],
        skipLibCheck: true,
      });
      const problems = ts
        .getPreEmitDiagnostics(program)
        .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      expect(problems).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('INTERCOTOUR_FEED_URL', () => {
  it('sets the default feed at build time', async () => {
    const out = await mkdtemp(join(tmpdir(), 'intercotour-widget-'));
    try {
      await run('npx', ['rollup', '-c', 'rollup.config.mjs'], {
        cwd: REPO,
        env: { ...process.env, INTERCOTOUR_WIDGET_OUT: out, INTERCOTOUR_FEED_URL: `${env.site.origin}${FEED}` },
      });
      // The script and the chunks it loads from beside itself (the reader first).
      for (const file of (await readdir(out)).filter((name) => name.endsWith('.js'))) {
        const script = await readFile(join(out, file), 'utf8');
        env.site.on(`/variant/${file}`, (_request, response) => {
          response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(script);
        });
      }
      const url = env.site.page('/variant/page.html', {
        body: `<intercotour-calendar now="${TODAY}" region="28"></intercotour-calendar><script src="/variant/intercotour-widget.js"></script>`,
      });
      const { page, requests, context } = await watchedPage(env.browser);
      await page.goto(url);
      await calendarsReady(page);
      expect(await stopCities(page)).toEqual([['Essaiville']]);
      expect(requests).toContain(`${env.site.origin}${FEED}`);
      await context.close();
    } finally {
      await rm(out, { recursive: true, force: true });
    }
    // A whole build of five bundles, on a machine the other tests share.
  }, 180_000);

  it('refuses an address that is not http(s)', async () => {
    const failure = await run('npx', ['rollup', '-c', 'rollup.config.mjs'], {
      cwd: REPO,
      env: {
        ...process.env,
        INTERCOTOUR_WIDGET_OUT: join(tmpdir(), 'never-written'),
        INTERCOTOUR_FEED_URL: 'ftp://x/stops.json',
      },
    }).catch((error: { stderr: string }) => error);
    expect(failure.stderr).toContain('INTERCOTOUR_FEED_URL must be an http:// or https:// address');
  });
});
