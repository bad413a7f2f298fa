/**
 * The demo site: dist/ as published (the widget under /widget/, the feed under /feed/) and the
 * demo pages under /demo/, all sent with a strict CSP so the demo itself shows the widget
 * needs no 'unsafe-inline'.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES, serveFolder, type StaticServer } from '../../test/support/static-server.ts';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));

/** What a strict site would send: its own files only, nothing inline. */
export const DEMO_CSP = "default-src 'self'; base-uri 'none'; form-action 'none'";

export async function serveDemo(options: { port?: number; dist?: string } = {}): Promise<StaticServer> {
  const server = await serveFolder(options.dist ?? 'dist', {
    port: options.port ?? 0,
    headers: { 'Content-Security-Policy': DEMO_CSP },
  });
  server.route(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/' || path === '/demo' || path === '/favicon.ico') {
      response.writeHead(path === '/favicon.ico' ? 204 : 302, { Location: '/demo/' }).end();
      return true;
    }
    if (!path.startsWith('/demo/')) return false;
    const file = normalize(join(PAGES, path.slice('/demo/'.length) || 'index.html'));
    const body = file.startsWith(PAGES) ? await readFile(file).catch(() => undefined) : undefined;
    if (!body) return false;
    response
      .writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': DEMO_CSP,
        'Cache-Control': 'no-cache',
      })
      .end(body);
    return true;
  });
  return server;
}
