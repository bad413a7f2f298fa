/**
 * `npm run feed -- build | check | import`: the thin Node shell around the pure publisher.
 * Exit codes: 0 done, 1 problems in the data, 2 a wrong argument or an unreadable file.
 * Never a stack trace: every failure is one sentence.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeProblem } from '../feed/problem-words.ts';
import { MAX_FEED_MEGABYTES, readFeedText, type FeedResult } from '../feed/read-feed.ts';
import { readIcs } from '../ical/index.ts';
import type { Lang } from '../words/lang.ts';
import { parseArgs, type Command } from './args.ts';
import { say, sayCount } from './cli-words.ts';
import { readInput } from './read-input.ts';
import { decodeText } from './decode-text.ts';
import { importReport } from './import-report.ts';
import { buildSite } from './site.ts';
import { writeSite, type WriteFailure } from './write-site.ts';

export const BUNDLED_TOUR = fileURLToPath(new URL('../data/tour-2019.json', import.meta.url));

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => Date;
}

class FileError extends Error {}

async function readBytes(path: string, lang: Lang): Promise<Buffer> {
  const input = await readInput(path, MAX_FEED_MEGABYTES * 1024 * 1024);
  if (input.ok) return input.bytes;
  throw new FileError(say(lang, input.failure, path, MAX_FEED_MEGABYTES));
}

/** A feed: UTF-8, as the format says. */
async function readText(path: string, lang: Lang): Promise<string> {
  return (await readBytes(path, lang)).toString('utf8');
}

const WRITE_WORDS = {
  notDir: 'outNotDir',
  notEmpty: 'outNotEmpty',
  foreign: 'outForeign',
  link: 'outLink',
} as const satisfies Record<WriteFailure['kind'], string>;

/** Prints problems; returns the exit code they call for (2 when the text is not JSON at all). */
function report(result: FeedResult, file: string, io: Io, lang: Lang): number {
  for (const problem of result.problems) io.err(say(lang, 'problemIn', file, describeProblem(problem, lang)));
  if (!result.ok && result.problems.some((problem) => problem.code === 'not-json')) return 2;
  return result.problems.length > 0 ? 1 : 0;
}

async function build(command: Extract<Command, { name: 'build' }>, io: Io): Promise<number> {
  const { lang } = command;
  const input = command.input ?? BUNDLED_TOUR;
  const result = readFeedText(await readText(input, lang));
  const code = report(result, input, io, lang);
  if (!result.ok) {
    io.err(say(lang, 'nothingWritten'));
    return code;
  }
  const dropped = result.problems.filter((problem) => problem.severity === 'error').length;
  if (command.strict && result.problems.length > 0) {
    io.err(say(lang, 'strict'));
    return 1;
  }
  const files = buildSite(result.feed, command.baseUrl ? { baseUrl: command.baseUrl } : {});
  const written = await writeSite(resolve(command.out), files, { force: command.force });
  if (!written.ok) throw new FileError(say(lang, WRITE_WORDS[written.failure.kind], written.failure.path));
  io.out(
    say(lang, 'built', command.out, sayCount(lang, result.feed.stops.length, 'stopsOne', 'stopsMany'), files.length),
  );
  if (dropped > 0) io.out(say(lang, 'dropped', sayCount(lang, dropped, 'problemsOne', 'problemsMany')));
  if (!command.baseUrl) io.out(say(lang, 'noBaseUrl'));
  return 0;
}

async function check(command: Extract<Command, { name: 'check' }>, io: Io): Promise<number> {
  const { lang } = command;
  const result = readFeedText(await readText(command.file, lang));
  const code = report(result, command.file, io, lang);
  const valid = (count: number) => sayCount(lang, count, 'validOne', 'validMany');
  if (code === 0 && result.ok) io.out(say(lang, 'valid', command.file, valid(result.feed.stops.length)));
  else if (code === 1) {
    const problems = sayCount(lang, result.problems.length, 'problemsOne', 'problemsMany');
    io.err(say(lang, 'problems', problems, valid(result.ok ? result.feed.stops.length : 0)));
  }
  return code;
}

async function importIcs(command: Extract<Command, { name: 'import' }>, io: Io): Promise<number> {
  const { lang, file } = command;
  const { text, encoding } = decodeText(await readBytes(file, lang));
  if (encoding !== 'utf-8') io.err(say(lang, encoding === 'utf-16' ? 'notUtf16' : 'notUtf8', file));
  const result = readIcs(text, {
    now: io.now(),
    ...(command.region ? { region: command.region } : {}),
    ...(command.until ? { until: command.until } : {}),
  });
  for (const line of importReport(result, file, lang)) io.err(line);
  if (result.ok) io.out(JSON.stringify(result.feed, null, 2));
  if (result.problems.some((problem) => problem.code === 'not-ics')) return 2;
  return !result.ok || result.problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`${parsed.message}\n${say(parsed.lang, 'seeHelp')}`);
    return 2;
  }
  const { command } = parsed;
  try {
    switch (command.name) {
      case 'help':
        io.out(say(command.lang, 'help'));
        return 0;
      case 'build':
        return await build(command, io);
      case 'check':
        return await check(command, io);
      case 'import-help':
        io.out(say(command.lang, 'importHelp'));
        return 0;
      case 'import':
        return await importIcs(command, io);
    }
  } catch (error) {
    if (error instanceof FileError) {
      io.err(error.message);
      return 2;
    }
    io.err(say(command.lang, 'unexpected', error instanceof Error ? error.message : String(error)));
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const code = await run(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    now: () => new Date(),
  });
  process.exitCode = code;
}
