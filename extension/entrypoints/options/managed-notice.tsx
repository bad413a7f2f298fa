/**
 * What the organisation's policy says, where the user meets it: a sentence beside each preset
 * setting, and one line per value the extension set aside.
 */
import { translate as t, type MessageKey } from '../../lib/i18n.ts';
import { isLocked, type ManagedKey, type ManagedReason, type ManagedSettings } from '../../lib/managed-settings.ts';

const WHY: Record<ManagedReason, MessageKey> = {
  type: 'managedWhyType',
  feed: 'managedWhyFeed',
  region: 'managedWhyRegion',
  'lead-day': 'managedWhyLeadDay',
  time: 'managedWhyTime',
  unknown: 'managedWhyUnknown',
};

/** The id of a setting's sentence, for `aria-describedby`; undefined when nothing is preset. */
export function managedHintId(managed: ManagedSettings, key: ManagedKey): string | undefined {
  return managed[key] === undefined ? undefined : `managed-${key}`;
}

export function ManagedHint({ managed, field }: { managed: ManagedSettings; field: ManagedKey }) {
  const id = managedHintId(managed, field);
  if (!id) return null;
  return (
    <p id={id} class="hint managed">
      {t(isLocked(managed, field) ? 'managedLocked' : 'managedPreset')}
    </p>
  );
}

export function ManagedProblems({ managed }: { managed: ManagedSettings }) {
  if (managed.problems.length === 0) return null;
  return (
    <div class="notice" role="status" id="managed-problems">
      {managed.problems.map((problem) => (
        <p key={problem.key}>{t('managedIgnored', [problem.key, t(WHY[problem.reason])])}</p>
      ))}
    </div>
  );
}
