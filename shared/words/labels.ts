/** Names of statuses, programme kinds and regions in the two languages. */
import type { ProgrammeKind, StopStatus } from '../feed/schema.ts';
import { regionOf, type RegionSlug } from '../regions.ts';
import type { Lang } from './lang.ts';

const STATUS: Record<Lang, Record<StopStatus, string>> = {
  fr: { scheduled: 'Programmée', cancelled: 'Annulée', postponed: 'Reportée', rescheduled: 'Nouvelle date' },
  en: { scheduled: 'Scheduled', cancelled: 'Cancelled', postponed: 'Postponed', rescheduled: 'Rescheduled' },
};

const KIND: Record<Lang, Record<ProgrammeKind, string>> = {
  fr: {
    conference: 'Conférence',
    workshop: 'Atelier',
    pitch: 'Pitchs',
    ceremony: 'Cérémonie',
    visit: 'Visite',
    training: 'Formation',
    other: 'Autre',
  },
  en: {
    conference: 'Conference',
    workshop: 'Workshop',
    pitch: 'Pitches',
    ceremony: 'Ceremony',
    visit: 'Visit',
    training: 'Training',
    other: 'Other',
  },
};

export function statusLabel(status: StopStatus, lang: Lang): string {
  return STATUS[lang][status];
}

export function programmeKindLabel(kind: ProgrammeKind, lang: Lang): string {
  return KIND[lang][kind];
}

export function regionName(slug: RegionSlug, lang: Lang): string {
  return regionOf(slug)[lang];
}
