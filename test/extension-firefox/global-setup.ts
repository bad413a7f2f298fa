/** Builds the Firefox variant of the extension the browser tests install (its feed on localhost). */
import { spawnSync } from 'node:child_process';
import { ROOT } from '../extension/support/harness.ts';

export default function setup(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build:extension:test:firefox'], {
    cwd: ROOT,
    stdio: 'pipe',
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`npm run build:extension:test:firefox failed:\n${result.stdout}\n${result.stderr}`);
  }
}
