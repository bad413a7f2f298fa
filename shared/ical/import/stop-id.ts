/**
 * Stop ids from calendar UIDs: stable from one import to the next (an id is never changed once
 * published), within the feed's 64 characters, and distinct for distinct UIDs.
 */
import { stopUid } from '../write-ics.ts';
import { fold } from './fold.ts';

const MAX_ID = 64;
const OUR_UID_SUFFIX = stopUid('');

/** FNV-1a on 64 bits, in base 36 (13 characters at most): short, stable, no key to keep. */
export function shortHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const char of text) {
    hash ^= BigInt(char.codePointAt(0)!);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(36);
}

/** `3n1u2k5t@google.com` → `3n1u2k5t-google-com`; our own `cahors-2019@intercotour` → `cahors-2019`. */
function readable(uid: string): string {
  const bare = uid.endsWith(OUR_UID_SUFFIX) ? uid.slice(0, -OUR_UID_SUFFIX.length) : uid;
  return fold(bare).replace(/ /g, '-');
}

/** The readable form when it fits, else its start and a hash of the whole key. */
function fit(text: string, key: string, max: number, forceHash: boolean): string {
  if (!forceHash && text !== '' && text.length <= max) return text;
  const hash = shortHash(key);
  const head = text.slice(0, max - hash.length - 1).replace(/-+$/, '');
  return head ? `${head}-${hash}` : hash;
}

/**
 * Hands out ids for one import. `occurrence` is the occurrence's date as written in the file
 * (`20190626`, `20190626T090000`), for one stop of a repeated event.
 */
export class StopIds {
  // id → the UID and occurrence it was given to: two keys folding alike must not share an id.
  readonly #given = new Map<string, string>();

  idFor(uid: string, occurrence?: string): string {
    const key = occurrence === undefined ? uid : `${uid}\u0000${occurrence}`;
    const suffix = occurrence === undefined ? '' : `-${occurrence.toLowerCase()}`;
    let id = fit(readable(uid), key, MAX_ID - suffix.length, false) + suffix;
    const holder = this.#given.get(id);
    if (holder !== undefined && holder !== key) id = fit(readable(uid), key, MAX_ID - suffix.length, true) + suffix;
    this.#given.set(id, key);
    return id;
  }
}
