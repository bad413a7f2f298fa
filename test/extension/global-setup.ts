/**
 * Builds the variant of the extension the browser tests load (its feed on localhost), apart from
 * the real build; builds the real one too when it is missing (`npm test` builds it beforehand).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/harness.ts';

function run(script: string): void {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed:\n${result.stdout}\n${result.stderr}`);
}

export default function setup(): void {
  run('build:extension:test');
  if (!existsSync(join(ROOT, '.output/chrome-mv3/manifest.json')) || !existsSync(join(ROOT, '.output/firefox-mv3'))) {
    run('build:extension');
  }
}
