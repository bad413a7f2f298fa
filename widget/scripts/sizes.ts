/**
 * What the built widget weighs as a browser receives it: gzip at level 9 (as `gzip -9c`), for the
 * script a page loads first and, apart, for each chunk loaded on demand with what it imports.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Issue #3: the first script, everything included, holds in 15 KB gzip. */
export const BUDGET_GZIP_BYTES = 15_000;
export const FIRST_SCRIPT = 'intercotour-widget.js';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface ChunkSize {
  name: 'ics' | 'tour' | 'diagnostics';
  /** The chunk and the shared chunks it imports, as the browser fetches them. */
  files: FileSize[];
  gzip: number;
}

export interface WidgetSizes {
  first: FileSize;
  lazy: ChunkSize[];
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
  const lazy: ChunkSize[] = [];
  for (const name of ['ics', 'tour', 'diagnostics'] as const) {
    const file = files.find((each) => each.startsWith(`intercotour-${name}-`) && each.endsWith('.js'));
    if (!file) throw new Error(`${dir} has no ${name} chunk: run npm run build:widget first.`);
    const chunkFiles = await closure(dir, file);
    lazy.push({ name, files: chunkFiles, gzip: chunkFiles.reduce((sum, each) => sum + each.gzip, 0) });
  }
  return { first, lazy };
}
