/**
 * What an IT department presets through policies (Chrome and Edge: `storage.managed`, declared
 * by `managed-schema.json`; Firefox: the `3rdparty` section of `policies.json`), checked here
 * once. Each key is read on its own: a bad value is set aside and said, the others apply.
 * Chrome drops a value of the wrong type before we see it; Firefox has no schema and does not.
 */
import * as z from 'zod/mini';
import { findRegion, type RegionSlug } from '../../shared/index.ts';
import { parseFeedUrl } from './feed-source.ts';
import { isLeadDay, isReminderTime } from './settings.ts';

/** The keys an administrator may preset, as named in the policy files. */
export const MANAGED_KEYS = ['feedUrl', 'regions', 'leadDays', 'reminderTime'] as const;
export type ManagedKey = (typeof MANAGED_KEYS)[number];

/** Why a value was set aside: a message key suffix in the options page. */
export type ManagedReason = 'type' | 'feed' | 'region' | 'lead-day' | 'time' | 'unknown';

export interface ManagedProblem {
  /** The policy key as written (`regions`, `locked`, or an unknown one). */
  key: string;
  reason: ManagedReason;
}

export interface ManagedSettings {
  feedUrl?: string;
  regions?: RegionSlug[];
  leadDays?: number[];
  reminderTime?: string;
  /** Keys the user may not change; only those that carry a value. */
  locked: readonly ManagedKey[];
  problems: readonly ManagedProblem[];
}

export const NO_MANAGED: ManagedSettings = Object.freeze({ locked: [], problems: [] });

const isManagedKey = (value: unknown): value is ManagedKey =>
  typeof value === 'string' && (MANAGED_KEYS as readonly string[]).includes(value);

// Each check's message is the reason the options page words.
const schemas = {
  feedUrl: z.string('type').check(z.refine((value: string) => parseFeedUrl(value).ok, 'feed')),
  regions: z
    .array(z.string('type'), 'type')
    .check(z.refine((items: string[]) => items.every((item) => findRegion(item)), 'region')),
  leadDays: z.array(z.number('type'), 'type').check(
    z.minLength(1, 'lead-day'),
    z.refine((items: number[]) => items.every(isLeadDay), 'lead-day'),
  ),
  reminderTime: z.string('type').check(z.refine(isReminderTime, 'time')),
  locked: z.array(z.string('type'), 'type').check(z.refine((items: string[]) => items.every(isManagedKey), 'unknown')),
};

type Checked<K extends keyof typeof schemas> = z.output<(typeof schemas)[K]>;

/** Reads what the browser's managed storage holds (any shape) into presets and problems. */
export function parseManaged(raw: unknown): ManagedSettings {
  const input = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const problems: ManagedProblem[] = [];
  const check = <K extends keyof typeof schemas>(key: K): Checked<K> | undefined => {
    if (!Object.hasOwn(input, key) || input[key] === undefined) return undefined;
    const result = schemas[key].safeParse(input[key]);
    if (result.success) return result.data as Checked<K>;
    problems.push({ key, reason: (result.error.issues[0]?.message ?? 'type') as ManagedReason });
    return undefined;
  };
  const managed: ManagedSettings & { locked: ManagedKey[] } = { locked: [], problems };
  const feedUrl = check('feedUrl');
  if (feedUrl !== undefined) managed.feedUrl = (parseFeedUrl(feedUrl) as { url: string }).url;
  const regions = check('regions');
  if (regions) managed.regions = [...new Set(regions.map((item) => findRegion(item)!.slug))];
  const leadDays = check('leadDays');
  if (leadDays) managed.leadDays = [...new Set(leadDays)].sort((a, b) => b - a);
  const reminderTime = check('reminderTime');
  if (reminderTime !== undefined) managed.reminderTime = reminderTime;
  const locked = check('locked') ?? [];
  managed.locked = MANAGED_KEYS.filter((key) => locked.includes(key) && managed[key] !== undefined);
  for (const key of Object.keys(input)) {
    if (key !== 'locked' && !isManagedKey(key)) problems.push({ key, reason: 'unknown' });
  }
  return managed;
}

export const isLocked = (managed: ManagedSettings, key: ManagedKey): boolean => managed.locked.includes(key);
