/**
 * Writes a published folder without harming what else lives there: a site may serve the feed from
 * a folder that also holds its own pages. The publisher keeps a list of the files it wrote
 * (MANIFEST, in the folder) and removes only those; it refuses a non-empty folder it did not write
 * unless forced (and then still removes nothing), and never writes or removes through a link.
 */
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isSitePath, type SiteFile } from './site.ts';

/** The list of files the publisher wrote; hosts that skip dot files do not serve it. */
export const MANIFEST = '.intercotour-feed.json';
const MANIFEST_KIND = 'intercotour feed build';

export type WriteFailure =
  | { kind: 'notDir'; path: string }
  | { kind: 'notEmpty'; path: string }
  | { kind: 'foreign'; path: string }
  | { kind: 'link'; path: string };

export type Written = { ok: true; removed: string[] } | { ok: false; failure: WriteFailure };

/** What is at `path`, without following a link there. */
async function kindAt(path: string): Promise<'none' | 'file' | 'dir' | 'link' | 'other'> {
  try {
    const stats = await lstat(path);
    if (stats.isSymbolicLink()) return 'link';
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'dir' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw error;
  }
}

/** The files an earlier build listed, or undefined when the folder holds no list of ours. */
async function previousFiles(out: string): Promise<string[] | undefined> {
  if ((await kindAt(join(out, MANIFEST))) !== 'file') return undefined;
  try {
    const manifest = JSON.parse(await readFile(join(out, MANIFEST), 'utf8')) as { kind?: unknown; files?: unknown };
    if (manifest.kind !== MANIFEST_KIND || !Array.isArray(manifest.files)) return undefined;
    // Only names of the published layout: a list edited to name `../x` removes nothing outside.
    return manifest.files.filter((file): file is string => typeof file === 'string' && isSitePath(file));
  } catch {
    return undefined;
  }
}

/** Writes `content` at `path`, refusing to follow a link put there meanwhile. */
async function writeNoFollow(path: string, content: string): Promise<void> {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
  const handle = await open(path, flags, 0o644);
  try {
    await handle.writeFile(content, 'utf8');
  } finally {
    await handle.close();
  }
}

const manifestText = (files: readonly string[]) =>
  `${JSON.stringify({ kind: MANIFEST_KIND, files: [...new Set(files)].sort() }, null, 2)}\n`;

/**
 * Checks every place first, then writes: a refusal leaves the folder as it was. `force` writes
 * into a folder the publisher did not write, replacing files of the same names.
 */
export async function writeSite(
  out: string,
  files: readonly SiteFile[],
  options: { force: boolean },
): Promise<Written> {
  const fail = (kind: WriteFailure['kind'], path: string): Written => ({ ok: false, failure: { kind, path } });
  const outKind = await kindAt(out);
  if (outKind === 'none') await mkdir(out, { recursive: true });
  else if ((await stat(out)).isDirectory() === false) return fail('notDir', out);

  const previous = outKind === 'none' ? [] : await previousFiles(out);
  if (previous === undefined && !options.force && (await readdir(out)).length > 0) return fail('notEmpty', out);
  const ours = new Set(previous ?? []);

  const folders = new Set(files.map((file) => dirname(file.path)).filter((folder) => folder !== '.'));
  for (const folder of folders) {
    const kind = await kindAt(join(out, folder));
    if (kind === 'link') return fail('link', join(out, folder));
    if (kind !== 'none' && kind !== 'dir') return fail('foreign', join(out, folder));
  }
  for (const path of [...files.map((file) => file.path), MANIFEST]) {
    const kind = await kindAt(join(out, path));
    if (kind === 'link') return fail('link', join(out, path));
    if (kind === 'dir' || kind === 'other') return fail('foreign', join(out, path));
    if (kind === 'file' && path !== MANIFEST && !ours.has(path) && !options.force)
      return fail('foreign', join(out, path));
  }

  const written = files.map((file) => file.path);
  // The list is written first with both builds' files: a build cut short leaves none unlisted.
  await writeNoFollow(join(out, MANIFEST), manifestText([...ours, ...written]));
  for (const folder of folders) await mkdir(join(out, folder), { recursive: true });
  for (const file of files) await writeNoFollow(join(out, file.path), file.content);

  // A stop gone from the source must not linger as an old stops/<id>.ics: only files this
  // publisher listed, only regular files, only under folders that are not links.
  const removed: string[] = [];
  const keep = new Set(written);
  for (const path of ours) {
    if (keep.has(path)) continue;
    const folder = dirname(path);
    if (folder !== '.' && (await kindAt(join(out, folder))) !== 'dir') continue;
    if ((await kindAt(join(out, path))) !== 'file') continue;
    await unlink(join(out, path));
    removed.push(path);
  }
  await writeNoFollow(join(out, MANIFEST), manifestText(written));
  return { ok: true, removed };
}
