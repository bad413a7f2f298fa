/** Names of statuses, programme kinds and regions in the two languages. */
import type { ProgrammeKind, StopStatus } from '../feed/schema.ts';
import { regionOf, type RegionSlug } from '../regions.ts';
import { CORE, type CoreKey } from './catalog/core.ts';
import type { Lang } from './lang.ts';

const STATUS: Record<StopStatus, CoreKey> = {
  scheduled: 'statusScheduled',
  cancelled: 'statusCancelled',
  postponed: 'statusPostponed',
  rescheduled: 'statusRescheduled',
};

const KIND: Record<ProgrammeKind, CoreKey> = {
  conference: 'kindConference',
  workshop: 'kindWorkshop',
  pitch: 'kindPitch',
  ceremony: 'kindCeremony',
  visit: 'kindVisit',
  training: 'kindTraining',
  other: 'kindOther',
};

export function statusLabel(status: StopStatus, lang: Lang): string {
  return CORE[lang][STATUS[status]];
}

export function programmeKindLabel(kind: ProgrammeKind, lang: Lang): string {
  return CORE[lang][KIND[kind]];
}

export function regionName(slug: RegionSlug, lang: Lang): string {
  return regionOf(slug)[lang];
}
