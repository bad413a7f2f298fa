/**
 * `npm start`: publishes the 2019 tour with this machine's address (so each stop's .ics link
 * works), builds the widget, serves both with the demo pages, and says where everything is.
 * `PORT` chooses the port (8080 by default).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { run } from '../../shared/publisher/cli.ts';
import { ADDRESSES } from './addresses.ts';
import { serveDemo } from './serve-demo.ts';

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`PORT must be a number between 1 and 65535, not "${process.env.PORT}".`);
  process.exit(2);
}
const origin = `http://localhost:${port}`;

const published = await run(['build', '--base-url', `${origin}/feed`], {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  now: () => new Date(),
});
if (published !== 0) process.exit(published);

const rollup = createRequire(import.meta.url).resolve('rollup/dist/bin/rollup');
const built = spawnSync(process.execPath, [rollup, '-c', 'rollup.config.mjs', '--silent'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

try {
  await serveDemo({ port });
} catch (error) {
  console.error(`Cannot serve on port ${port} (${(error as Error).message}); try PORT=8081 npm start.`);
  process.exit(1);
}

console.log(
  [
    `\nIntercoTOUR widget demo, on ${origin}/`,
    ...ADDRESSES.map(({ what, path }) => `  ${what}:  ${origin}${path}`),
    'Press Ctrl+C to stop.',
  ].join('\n'),
);
