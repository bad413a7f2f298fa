/**
 * Reading the organisation's presets from the browser, for the background and the pages alike.
 * Never throws: Firefox rejects the read when no policy names the add-on, and an unmanaged
 * browser simply has none.
 */
import { browser } from 'wxt/browser';
import { effectiveSettings } from './effective-settings.ts';
import { NO_MANAGED, parseManaged, type ManagedSettings } from './managed-settings.ts';
import type { Settings } from './settings.ts';
import { readStoredSettings } from './storage.ts';

export async function readManaged(): Promise<ManagedSettings> {
  try {
    return parseManaged(await browser.storage.managed.get());
  } catch {
    return NO_MANAGED;
  }
}

/**
 * Calls back when the policy changes while the browser runs. Chrome and Firefox fire
 * `storage.onChanged` for the `managed` area; the background also reads the presets again at
 * each pass, so a browser that did not would still catch up at the next alarm.
 */
export function watchManaged(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The settings in force now: the user's with the organisation's presets over them. */
export async function readEffectiveSettings(): Promise<Settings> {
  const [stored, managed] = await Promise.all([readStoredSettings(), readManaged()]);
  return effectiveSettings(stored, managed);
}
