/** Test-only: `npm run feed -- …` as a real process, the way a person runs it. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A run that has not answered by then is killed, and its test fails on `killed`. */
export const PROCESS_LIMIT_MS = 15_000;

/**
 * The deadline of a test that starts the publisher: its runs are each bounded by
 * PROCESS_LIMIT_MS already, so it only has to outlast them (up to four, starting `tsx` on a
 * loaded machine can take seconds); vitest's 5 s default fired first under load.
 */
export const PROCESS_TEST_TIMEOUT_MS = 4 * PROCESS_LIMIT_MS;

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  killed: boolean;
}

export function runFeed(argv: readonly string[], cwd = ROOT): Promise<Ran> {
  return new Promise((done) => {
    const child = execFile(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'shared/publisher/cli.ts'), ...argv],
      { cwd, timeout: PROCESS_LIMIT_MS, maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => done({ code: child.exitCode, stdout, stderr, killed: error?.killed ?? false }),
    );
  });
}
