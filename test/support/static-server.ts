/**
 * A small static file server for the demo (`npm start`) and the browser tests: the headers a
 * CDN would send (CORS, content types with charset, ETag), plus hooks for tests to add routes.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

export type Route = (request: IncomingMessage, response: ServerResponse) => boolean | Promise<boolean>;

export interface StaticServer {
  server: Server;
  origin: string;
  /** Adds a handler tried before the files; it returns true when it answered. */
  route: (handler: Route) => void;
  close: () => Promise<void>;
}

export interface ServeOptions {
  port?: number;
  host?: string;
  /** Extra headers on every file response (a test page's CSP, say). */
  headers?: Record<string, string>;
}

export async function serveFolder(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const routes: Route[] = [];
  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    try {
      for (const handler of routes) if (await handler(request, response)) return;
      const url = new URL(request.url ?? '/', 'http://localhost');
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (path !== base && !path.startsWith(base + sep)) {
        response.writeHead(403).end();
        return;
      }
      if ((await stat(path).catch(() => undefined))?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path).catch(() => undefined);
      if (!body) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      const headers = {
        'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'no-cache',
        ETag: etag,
        ...options.headers,
      };
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, headers).end();
        return;
      }
      response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
    } catch {
      if (!response.headersSent) response.writeHead(500).end();
    }
  };
  // `answer` never rejects: whatever fails becomes a 500.
  const server = createServer((request, response) => void answer(request, response));
  await new Promise<void>((done) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    server,
    origin: `http://${options.host ?? '127.0.0.1'}:${port}`,
    route: (handler) => routes.push(handler),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
