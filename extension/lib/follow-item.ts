/**
 * A stored value followed by a page: listened to first, then read. The background writes the
 * feed it is asked to refresh as a page opens; a change made between a read and a later `watch`
 * was lost, and the popup showed the old feed until reopened. A change heard before the read
 * answers is the newer value, and wins over it.
 */

/** What a page needs of one of WXT's storage items. */
export interface Followable<T> {
  getValue: () => Promise<T>;
  watch: (callback: (value: T) => void) => () => void;
}

export interface Following {
  /** Settles once the first value is taken. */
  ready: Promise<void>;
  stop: () => void;
}

export function followItem<T>(item: Followable<T>, take: (value: T) => void): Following {
  let heard = false;
  const stop = item.watch((value) => {
    heard = true;
    take(value);
  });
  const ready = item.getValue().then((first) => {
    if (!heard) take(first);
  });
  return { ready, stop };
}
