/** The publisher's command line, read into a command or an error message. */
import { findRegion, type RegionSlug } from '../regions.ts';
import { isCivilDate } from '../time/civil-date.ts';
import type { Lang } from '../words/lang.ts';
import { say } from './cli-words.ts';

export type Command =
  | { name: 'help'; lang: Lang }
  | { name: 'build'; input?: string; out: string; baseUrl?: string; strict: boolean; force: boolean; lang: Lang }
  | { name: 'check'; file: string; lang: Lang }
  | { name: 'import-help'; lang: Lang }
  | { name: 'import'; file: string; region?: RegionSlug; until?: string; lang: Lang };

export type ParsedArgs = { ok: true; command: Command } | { ok: false; message: string; lang: Lang };

const FLAGS_WITH_VALUE = new Set(['--in', '--out', '--base-url', '--region', '--until', '--lang']);
const ALLOWED: Record<string, string[]> = {
  build: ['--in', '--out', '--base-url', '--strict', '--force', '--lang'],
  check: ['--lang'],
  import: ['--region', '--until', '--help', '--lang'],
};

export const DEFAULT_OUT = 'dist/feed';

/** `--lang en` anywhere picks English, even for messages about the other arguments. */
function langOf(argv: readonly string[]): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return 'fr';
  const value = argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  return value === 'en' ? 'en' : 'fr';
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const lang = langOf(argv);
  const fail = (message: string): ParsedArgs => ({ ok: false, message, lang });
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    return { ok: true, command: { name: 'help', lang } };
  }
  if (!(name in ALLOWED)) return fail(say(lang, 'unknownCommand', name));

  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.split(/=(.*)/s) as [string, string?];
    if (!ALLOWED[name]!.includes(flag)) return fail(say(lang, 'unknownOption', flag, name));
    if (FLAGS_WITH_VALUE.has(flag)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value === '') return fail(say(lang, 'needsValue', flag));
      flags.set(flag, value);
    } else {
      flags.set(flag, 'true');
    }
  }
  const langFlag = flags.get('--lang');
  if (langFlag !== undefined && langFlag !== 'fr' && langFlag !== 'en') return fail(say(lang, 'badLang', langFlag));

  if (name === 'build') {
    if (positional.length > 0) return fail(say(lang, 'unexpectedArgument', positional[0]!));
    const baseUrl = flags.get('--base-url');
    if (baseUrl !== undefined && !/^https?:\/\/[^\s/]+\S*$/i.test(baseUrl))
      return fail(say(lang, 'badBaseUrl', baseUrl));
    const command: Command = {
      name,
      out: flags.get('--out') ?? DEFAULT_OUT,
      strict: flags.has('--strict'),
      force: flags.has('--force'),
      lang,
    };
    const input = flags.get('--in');
    if (input !== undefined) command.input = input;
    if (baseUrl !== undefined) command.baseUrl = baseUrl;
    return { ok: true, command };
  }

  if (name === 'import' && (flags.has('--help') || positional.includes('-h'))) {
    return { ok: true, command: { name: 'import-help', lang } };
  }
  if (positional.length !== 1) return fail(say(lang, 'oneFile', name, name === 'check' ? 'stops.json' : 'agenda.ics'));
  const file = positional[0]!;
  if (name === 'check') return { ok: true, command: { name, file, lang } };
  const command: Command = { name: 'import', file, lang };
  const regionFlag = flags.get('--region');
  if (regionFlag !== undefined) {
    const region = findRegion(regionFlag);
    if (!region) return fail(say(lang, 'badRegion', regionFlag));
    command.region = region.slug;
  }
  const until = flags.get('--until');
  if (until !== undefined) {
    if (!isCivilDate(until)) return fail(say(lang, 'badUntil', until));
    command.until = until;
  }
  return { ok: true, command };
}
