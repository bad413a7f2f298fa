/** Builds the widget when no build is there yet; a build already made (by `npm test`) is kept. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export default function setup(): void {
  if (existsSync(`${ROOT}dist/widget`)) return;
  const result = spawnSync('npm', ['run', '--silent', 'build:widget'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build:widget failed:\n${result.stdout}\n${result.stderr}`);
}
