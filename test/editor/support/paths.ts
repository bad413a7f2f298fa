/** Where the repository and the editor's build are (`INTERCOTOUR_EDITOR_OUT` moves the build). */
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The built editor's folder, absolute. */
export const EDITOR_OUT = resolve(ROOT, process.env.INTERCOTOUR_EDITOR_OUT || 'dist/editor');

if (basename(EDITOR_OUT) !== 'editor') {
  // `serveDemo` serves `<dist>/editor/` at /editor/.
  throw new Error(`INTERCOTOUR_EDITOR_OUT must name a folder called "editor", not ${EDITOR_OUT}.`);
}

/** The folder `serveDemo` is given: the editor's build is its `editor/`. */
export const EDITOR_DIST = dirname(EDITOR_OUT);
