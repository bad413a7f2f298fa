/**
 * Builds the tour editor (only the editor's part of rollup.config.mjs, so that the widget's build
 * in dist/widget, which other test projects read, is left alone) when its build is missing or
 * older than the sources it is made of. `INTERCOTOUR_EDITOR_OUT` builds it elsewhere; the tests
 * then serve that folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDITOR_OUT, ROOT } from './support/paths.ts';

const BUILT = ['index.html', 'editor.js', 'editor.css'];
/** What the editor's bundle is made of: the core, the shared components, their words and data. */
const SOURCES = ['shared', 'rollup.config.mjs', 'package-lock.json', 'tsconfig.json'];

function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), info.mtimeMs);
}

/** Why the build must be made again, or undefined when it is up to date. */
function stale(): string | undefined {
  const files = BUILT.map((name) => join(EDITOR_OUT, name));
  const missing = files.find((file) => !existsSync(file));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...files.map((file) => statSync(file).mtimeMs));
  const changed = SOURCES.map((source) => join(ROOT, source)).find((source) => newest(source) > built);
  return changed && `${changed} changed since the last build`;
}

const BUILD_EDITOR = fileURLToPath(new URL('./support/build-editor.mjs', import.meta.url));

export default function setup(): void {
  const reason = stale();
  if (!reason) return;
  const started = performance.now();
  const result = spawnSync(process.execPath, [BUILD_EDITOR], {
    cwd: ROOT,
    env: { ...process.env, INTERCOTOUR_EDITOR_OUT: EDITOR_OUT },
    stdio: 'pipe',
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`The editor's build failed (${reason}):\n${result.stdout}\n${result.stderr}`);
  console.log(`Editor built into ${EDITOR_OUT} in ${Math.round(performance.now() - started)} ms (${reason}).`);
}
