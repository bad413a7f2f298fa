/**
 * The settings in force: the user's, with the organisation's presets over them. A locked preset
 * always wins; an unlocked one is a default, until the user saves choices of their own.
 */
import { parseSettings, type Settings } from './settings.ts';
import { isLocked, type ManagedSettings } from './managed-settings.ts';
import { activeSource } from './feed-source.ts';

/** `stored` is what storage holds for the user (null or undefined: never saved). */
export function effectiveSettings(stored: unknown, managed: ManagedSettings): Settings {
  const saved = stored !== null && stored !== undefined;
  const settings = parseSettings(stored);
  const apply = (key: 'regions' | 'leadDays' | 'reminderTime') => saved === false || isLocked(managed, key);
  if (managed.regions && apply('regions')) settings.regions = [...managed.regions];
  if (managed.leadDays && apply('leadDays')) settings.leadDays = [...managed.leadDays];
  if (managed.reminderTime && apply('reminderTime')) settings.reminderTime = managed.reminderTime;
  return settings;
}

/**
 * The feed to read: a locked preset; else the user's choice, the preset, the build's default, the
 * bundled tour, in that order.
 */
export function effectiveSource(
  userChoice: string | null | undefined,
  buildDefault: string | undefined,
  managed: ManagedSettings,
): string {
  if (managed.feedUrl && isLocked(managed, 'feedUrl')) return managed.feedUrl;
  return activeSource(userChoice, managed.feedUrl ?? buildDefault);
}
