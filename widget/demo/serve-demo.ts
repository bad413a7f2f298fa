/**
 * The demo site: dist/ as published (the widget under /widget/, the feed under /feed/) and the
 * demo pages under /demo/, all sent with a strict CSP so the demo itself shows the widget
 * needs no 'unsafe-inline'. The pages' scripts are TypeScript (`scripts/`), bundled when asked for.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CONTENT_TYPES, serveFolder, type StaticServer } from '../../test/support/static-server.ts';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
const SCRIPTS = fileURLToPath(new URL('./scripts/', import.meta.url));
/** `/demo/<name>.js` for each page that has a script. */
const ENTRIES = new Set(['configurator', 'commune']);

/** What a strict site would send: its own files only, nothing inline. */
export const DEMO_CSP = "default-src 'self'; base-uri 'none'; form-action 'none'";

/** The tour editor's: the same, but it may read a published feed from any web address. */
export const EDITOR_CSP = "default-src 'self'; connect-src 'self' https: http:; base-uri 'none'; form-action 'none'";

async function bundle(name: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [join(SCRIPTS, `${name}.ts`)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents;
}

interface PageFile {
  body: Uint8Array;
  type: string;
}

/** A file below `root`, never outside it; '' is its index page. */
async function fileIn(root: string, path: string): Promise<PageFile | undefined> {
  const file = normalize(join(root, path || 'index.html'));
  const body = file.startsWith(root) ? await readFile(file).catch(() => undefined) : undefined;
  return body && { body, type: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
}

/** A demo page, or its script bundled on the spot. */
async function pageFile(path: string): Promise<PageFile | undefined> {
  const name = /^([a-z-]+)\.js$/.exec(path)?.[1];
  if (name && ENTRIES.has(name)) return { body: await bundle(name), type: CONTENT_TYPES['.js']! };
  return fileIn(PAGES, path);
}

/** Each page under its own policy (the editor's reads feeds from other sites). */
const AREAS = [
  { prefix: '/demo/', csp: DEMO_CSP, file: (_dist: string, path: string) => pageFile(path) },
  {
    prefix: '/editor/',
    csp: EDITOR_CSP,
    file: (dist: string, path: string) => fileIn(resolve(dist, 'editor') + sep, path),
  },
];

export async function serveDemo(options: { port?: number; dist?: string } = {}): Promise<StaticServer> {
  const dist = options.dist ?? 'dist';
  const server = await serveFolder(dist, {
    port: options.port ?? 0,
    headers: { 'Content-Security-Policy': DEMO_CSP },
  });
  server.route(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/' || path === '/demo' || path === '/favicon.ico') {
      response.writeHead(path === '/favicon.ico' ? 204 : 302, { Location: '/demo/' }).end();
      return true;
    }
    if (path === '/editor') {
      response.writeHead(302, { Location: '/editor/' }).end();
      return true;
    }
    const area = AREAS.find((each) => path.startsWith(each.prefix));
    const file = area && (await area.file(dist, path.slice(area.prefix.length)));
    if (!area || !file) return false;
    response
      .writeHead(200, { 'Content-Type': file.type, 'Content-Security-Policy': area.csp, 'Cache-Control': 'no-cache' })
      .end(file.body);
    return true;
  });
  return server;
}
