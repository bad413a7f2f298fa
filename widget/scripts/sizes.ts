/**
 * What the built widget weighs as a browser receives it: gzip at level 9 (as `gzip -9c`), for the
 * script a page loads first, for the reader it fetches beside the feed (or the worker holding it), and apart for each chunk
 * loaded on demand with what it imports.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first script, everything a calendar needs to show itself but the feed's reader. */
export const BUDGET_GZIP_BYTES = 24 * 1024;
/** Everything the first render needs: the first script and the reader it fetches with the feed. */
export const FIRST_RENDER_GZIP_BYTES = 36 * 1024;
export const FIRST_SCRIPT = 'intercotour-widget.js';

export const CHUNKS = ['reader', 'worker', 'ics', 'tour', 'diagnostics', 'jsonld'] as const;
export type ChunkName = (typeof CHUNKS)[number];

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface ChunkSize {
  name: ChunkName;
  /** The chunk and the shared chunks it imports, as the browser fetches them. */
  files: FileSize[];
  gzip: number;
}

export interface WidgetSizes {
  first: FileSize;
  /** Every chunk, the reader and its worker first. */
  chunks: ChunkSize[];
  /** The first script and the reader or its worker (the larger), fetched with the feed. */
  firstRender: number;
}

async function measure(dir: string, file: string): Promise<FileSize & { text: string }> {
  const content = await readFile(join(dir, file));
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length, text: content.toString('utf8') };
}

/** The files a chunk pulls in with `import … from "./x.js"`, itself included. */
async function closure(dir: string, file: string, seen = new Set<string>()): Promise<FileSize[]> {
  if (seen.has(file)) return [];
  seen.add(file);
  const { text, ...size } = await measure(dir, file);
  const imports = [...text.matchAll(/(?:from|import)\s*["']\.\/([^"']+)["']/g)].map((match) => match[1]!);
  const nested = await Promise.all(imports.map((name) => closure(dir, name, seen)));
  return [size, ...nested.flat()];
}

export async function widgetSizes(dir = 'dist/widget'): Promise<WidgetSizes> {
  const { text: _text, ...first } = await measure(dir, FIRST_SCRIPT);
  const files = await readdir(dir);
  const chunks: ChunkSize[] = [];
  for (const name of CHUNKS) {
    const file = files.find((each) => each.startsWith(`intercotour-${name}-`) && each.endsWith('.js'));
    if (!file) throw new Error(`${dir} has no ${name} chunk: run npm run build:widget first.`);
    const chunkFiles = await closure(dir, file);
    chunks.push({ name, files: chunkFiles, gzip: chunkFiles.reduce((sum, each) => sum + each.gzip, 0) });
  }
  return { first, chunks, firstRender: first.gzip + Math.max(chunks[0]!.gzip, chunks[1]!.gzip) };
}
