/**
 * The widget's builds, into dist/widget/ (`npm run build:widget`), in this order:
 *   1. the lazy chunks (ES modules): the .ics writer with ical.js, the bundled 2019 tour (read at
 *      build time), the console's words, the schema.org data — hashed names, recorded for the
 *      builds after;
 *   2. the feed reader (the core's zod schemas), a chunk of its own with nothing shared, since
 *      the first script fetches it together with the feed: one file, no second round trip;
 *   3. the same reader as a worker script, for pages that serve the widget from their own origin;
 *   4. intercotour-widget.js, the classic script (IIFE) a page loads first, which imports those
 *      chunks from next to itself; plus embed.html and embed.js, the iframe mode;
 *   5. esm/, an ES module entry with its type declarations, for sites that bundle the widget
 *      themselves;
 *   6. the tour editor, into dist/editor/: one static page (index.html, editor.js, editor.css,
 *      and sw.js, which keeps them for offline use) that any host can serve, made of the core,
 *      the shared components and their stylesheet.
 * `INTERCOTOUR_FEED_URL` sets the default feed; without it the bundled 2019 tour is shown.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';
import { tsImport } from 'tsx/esm/api';
import ts from 'typescript';

/** `INTERCOTOUR_WIDGET_OUT` builds elsewhere (tests build variants without touching dist/). */
const OUT = process.env.INTERCOTOUR_WIDGET_OUT || 'dist/widget';
const SRC = resolve('widget/src');

const feedUrl = process.env.INTERCOTOUR_FEED_URL ?? '';
if (feedUrl && !/^https?:\/\/[^/]/i.test(feedUrl)) {
  throw new Error(`INTERCOTOUR_FEED_URL must be an http:// or https:// address, not "${feedUrl}".`);
}

/** Chunk name → file name, written by build 1 and read by build 2. */
const chunkFiles = {};

/**
 * The core is pure: its modules do nothing when imported but define values. Saying so lets each
 * bundle leave out what it does not use — above all the zod schemas, which only the reader
 * chunk holds.
 */
const treeshake = {
  moduleSideEffects: (id) => !/[\\/]node_modules[\\/]zod[\\/]|[\\/]shared[\\/]feed[\\/]/.test(id),
};

/** Zod is read and then left out (see `treeshake`): its own notes about its comments are noise here. */
const onLog = (level, log, handler) => {
  if (/[\\/]node_modules[\\/]zod[\\/]/.test(log.id ?? log.ids?.join() ?? '')) return;
  handler(level, log);
};

/** `import css from './x.css?inline'`: the stylesheet, minified, as a string. */
const cssInline = {
  name: 'css-inline',
  resolveId(source, importer) {
    return source.endsWith('.css?inline') && importer ? resolve(dirname(importer), source) : null;
  },
  async load(id) {
    if (!id.endsWith('.css?inline')) return null;
    const css = await readFile(id.slice(0, -'?inline'.length), 'utf8');
    const { code } = await transform(css, { loader: 'css', minify: true });
    return `export default ${JSON.stringify(code.trim())};`;
  },
};

const plugins = () => [
  cssInline,
  replace({ preventAssignment: true, values: { __INTERCOTOUR_FEED_URL__: JSON.stringify(feedUrl) } }),
  nodeResolve({ browser: true }),
  json({ preferConst: true, compact: true }),
  esbuild({ target: 'es2022', jsx: 'automatic', jsxImportSource: 'preact', tsconfig: 'tsconfig.json' }),
];

const minify = (module) =>
  terser({
    module,
    ecma: 2022,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    format: { comments: false },
  });

/**
 * The bundled tour's chunk, read by the core's reader here, at build time: its output is what the
 * chunk exports, so that a page without a feed needs no reader. A tour that does not read stops
 * the build.
 */
const tourReadAtBuild = {
  name: 'tour-read-at-build',
  async load(id) {
    if (resolve(id) !== resolve(SRC, 'chunks/tour.ts')) return null;
    const { readFeed } = await tsImport('./shared/feed/read-feed.ts', import.meta.url);
    const bundled = readFeed(JSON.parse(await readFile('shared/data/tour-2019.json', 'utf8')));
    if (!bundled.ok) throw new Error(`shared/data/tour-2019.json does not read: ${JSON.stringify(bundled.problems)}`);
    return `export const bundled = ${JSON.stringify(bundled)};`;
  },
};

const lazyChunks = {
  input: {
    ics: 'widget/src/chunks/ics.ts',
    tour: 'widget/src/chunks/tour.ts',
    diagnostics: 'widget/src/chunks/diagnostics.ts',
    jsonld: 'widget/src/chunks/json-ld.ts',
  },
  treeshake,
  onLog,
  plugins: [
    {
      name: 'clean-out',
      buildStart: () => rm(OUT, { recursive: true, force: true }),
    },
    tourReadAtBuild,
    ...plugins(),
    minify(true),
    {
      name: 'record-chunks',
      generateBundle(_, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && file.isEntry) chunkFiles[file.name] = file.fileName;
        }
      },
    },
  ],
  output: {
    dir: OUT,
    format: 'es',
    entryFileNames: 'intercotour-[name]-[hash].js',
    chunkFileNames: 'intercotour-shared-[hash].js',
  },
};

/**
 * V8's explicit compile hint (Chrome 136+): nearly every function of the first script and of the
 * reader runs at load, so compiling them all at once, off the main thread while the script streams
 * in, spares the page a lazy compile per function (measured: about a third of the first script's
 * main-thread time, and half the reader's, whose zod schemas are many small functions). Added
 * after minification, which would strip it.
 */
const compileHint = {
  name: 'compile-hint',
  renderChunk: (code) => ({ code: `//# allFunctionsCalledOnLoad\n${code}`, map: null }),
};

const readerChunk = {
  input: { reader: 'widget/src/chunks/reader.ts' },
  treeshake,
  onLog,
  plugins: [
    ...plugins(),
    minify(true),
    compileHint,
    {
      name: 'record-reader',
      generateBundle(_, bundle) {
        const files = Object.values(bundle).filter((file) => file.type === 'chunk');
        if (files.length !== 1) throw new Error('The reader chunk must be one file: it is fetched beside the feed.');
        chunkFiles.reader = files[0].fileName;
      },
    },
  ],
  output: { dir: OUT, format: 'es', entryFileNames: 'intercotour-[name]-[hash].js' },
};

/**
 * The reader again, as a classic worker script with the core's fetcher and reader inside: a page
 * that serves the widget from its own origin fetches and reads feeds in it, off its main thread
 * (`feed/fetch-in-worker.ts`).
 */
const feedWorker = {
  input: 'widget/src/chunks/feed-worker.ts',
  treeshake,
  onLog,
  plugins: [
    ...plugins(),
    minify(false),
    compileHint,
    {
      name: 'record-worker',
      generateBundle(_, bundle) {
        chunkFiles.worker = Object.values(bundle).find((file) => file.type === 'chunk').fileName;
      },
    },
  ],
  output: { dir: OUT, format: 'iife', entryFileNames: 'intercotour-worker-[hash].js' },
};

/** The classic script loads its chunks by address (`lazy-script.ts`) instead of by import. */
const lazyByAddress = {
  name: 'lazy-by-address',
  resolveId(source, importer) {
    const lazy = importer?.startsWith(SRC) && resolve(dirname(importer), source) === resolve(SRC, 'lazy.ts');
    return lazy ? resolve(SRC, 'lazy-script.ts') : null;
  },
};

const embedPage = {
  name: 'embed-page',
  async generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'embed.html', source: await readFile('widget/src/embed/embed.html') });
  },
};

const classicScript = {
  input: 'widget/src/entry.ts',
  treeshake,
  onLog,
  plugins: [
    lazyByAddress,
    replace({
      preventAssignment: true,
      values: { __INTERCOTOUR_CHUNKS__: () => JSON.stringify(chunkFiles) },
    }),
    ...plugins(),
    minify(false),
    compileHint,
    embedPage,
  ],
  output: { file: `${OUT}/intercotour-widget.js`, format: 'iife' },
};

const embedScript = {
  input: 'widget/src/embed/embed.ts',
  treeshake,
  onLog,
  plugins: [...plugins(), minify(false)],
  output: { file: `${OUT}/embed.js`, format: 'iife' },
};

/**
 * `esm/index.d.ts` and the declarations it leads to, written by TypeScript from the sources.
 * Imports are rewritten from `.ts`/`.tsx` to `.js`, which is how a consumer's compiler finds them.
 */
const declarations = {
  name: 'declarations',
  async writeBundle() {
    const { config } = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, resolve('.'));
    const typesDir = resolve(OUT, 'esm/types');
    const program = ts.createProgram(['widget/src/index.ts', 'shared/ui/css.d.ts'], {
      ...options,
      noEmit: false,
      declaration: true,
      emitDeclarationOnly: true,
      rootDir: resolve('.'),
      outDir: typesDir,
      types: [],
    });
    const files = [];
    const result = program.emit(undefined, (fileName, text) => {
      files.push([fileName, text.replace(/((?:from |import\()['"]\.{1,2}\/[^'"]+?)\.tsx?(['"])/g, '$1.js$2')]);
    });
    const errors = ts.getPreEmitDiagnostics(program).concat(result.diagnostics);
    if (errors.length > 0) throw new Error(ts.formatDiagnostics(errors, ts.createCompilerHost(options)));
    for (const [fileName, text] of files) {
      await mkdir(dirname(fileName), { recursive: true });
      await writeFile(fileName, text);
    }
    const entry = relative(resolve(OUT, 'esm'), join(typesDir, 'widget/src/index.js')).replaceAll('\\', '/');
    await writeFile(resolve(OUT, 'esm/index.d.ts'), `export * from './${entry}';\n`);
  },
};

const esm = {
  input: 'widget/src/index.ts',
  treeshake,
  onLog,
  plugins: [...plugins(), declarations],
  output: {
    dir: `${OUT}/esm`,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'intercotour-[name]-[hash].js',
  },
};

const EDITOR_OUT = process.env.INTERCOTOUR_EDITOR_OUT || 'dist/editor';
const EDITOR_SRC = 'shared/publisher/editor';

/** The editor's page and one stylesheet: the products' own (its previews), then the page's. */
const editorAssets = {
  name: 'editor-assets',
  buildStart: () => rm(EDITOR_OUT, { recursive: true, force: true }),
  async generateBundle() {
    const css = (
      await Promise.all(['shared/ui/styles.css', `${EDITOR_SRC}/editor.css`].map((file) => readFile(file, 'utf8')))
    ).join('\n');
    const { code } = await transform(css, { loader: 'css', minify: true });
    this.emitFile({ type: 'asset', fileName: 'editor.css', source: code });
    this.emitFile({ type: 'asset', fileName: 'index.html', source: await readFile(`${EDITOR_SRC}/index.html`) });
  },
};

const editorPage = {
  input: `${EDITOR_SRC}/main.tsx`,
  treeshake,
  onLog,
  plugins: [...plugins(), minify(false), editorAssets],
  output: { file: `${EDITOR_OUT}/editor.js`, format: 'iife' },
};

/** Its service worker, at the page's side so that its scope is the page's folder. */
const editorWorker = {
  input: `${EDITOR_SRC}/offline-worker.ts`,
  plugins: [...plugins(), minify(false)],
  output: { file: `${EDITOR_OUT}/sw.js`, format: 'iife' },
};

export default [lazyChunks, readerChunk, feedWorker, classicScript, embedScript, esm, editorPage, editorWorker];
