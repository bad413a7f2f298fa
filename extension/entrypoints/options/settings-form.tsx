/**
 * Regions, reminders and the preferred calendar, saved together. Errors are said next to their
 * field (linked with aria-describedby) and the focus goes to the first one.
 */
import { useSignal } from '@preact/signals';
import { REGIONS, UI, type RegionSlug } from '../../../shared/index.ts';
import { catalogLang, translate as t, type MessageKey } from '../../lib/i18n.ts';
import { isLocked, type ManagedSettings } from '../../lib/managed-settings.ts';
import { checkSettingsForm, type FormField } from '../../lib/settings-form.ts';
import { CALENDAR_TARGETS, LEAD_DAY_CHOICES, type CalendarTarget, type Settings } from '../../lib/settings.ts';
import { settingsItem } from '../../lib/storage.ts';
import { ManagedHint, managedHintId } from './managed-notice.tsx';

const lang = catalogLang(t);

function leadLabel(days: number): string {
  if (days === 0) return t('leadSameDay');
  if (days === 1) return t('leadOneDay');
  return t('leadDays', [String(days)]);
}

/** Regions in the reader's alphabetical order (Île-de-France among the I's). */
const SORTED_REGIONS = [...REGIONS].sort((a, b) => a[lang].localeCompare(b[lang], lang));

function ErrorText({ id, error }: { id: string; error: MessageKey | undefined }) {
  return error ? (
    <p id={id} class="error">
      {t(error)}
    </p>
  ) : null;
}

/** Ids for `aria-describedby`, the absent ones left out. */
const describedBy = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** `managed`: the organisation's presets; a locked one is shown, read-only, with who to ask. */
export function SettingsForm({ initial, managed }: { initial: Settings; managed: ManagedSettings }) {
  const regions = useSignal<RegionSlug[]>(initial.regions);
  const remindersOn = useSignal(initial.remindersOn);
  const leadDays = useSignal<number[]>(initial.leadDays);
  const reminderTime = useSignal(initial.reminderTime);
  const calendar = useSignal<CalendarTarget>(initial.calendar);
  const errors = useSignal<Partial<Record<FormField, MessageKey>>>({});
  const saved = useSignal('');

  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

  const save = async (event: Event) => {
    event.preventDefault();
    saved.value = '';
    const result = checkSettingsForm({
      regions: regions.value,
      remindersOn: remindersOn.value,
      leadDays: leadDays.value,
      reminderTime: reminderTime.value,
      calendar: calendar.value,
    });
    if (!result.ok) {
      errors.value = result.errors;
      const first = (['leadDays', 'reminderTime', 'calendar'] as const).find((field) => result.errors[field]);
      document.getElementById(`field-${first}`)?.focus();
      return;
    }
    errors.value = {};
    await settingsItem.setValue(result.settings);
    saved.value = t('settingsSaved');
  };

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <fieldset
        disabled={isLocked(managed, 'regions')}
        aria-describedby={describedBy('hint-regions', managedHintId(managed, 'regions'))}
      >
        <legend>{t('regionsLegend')}</legend>
        <p id="hint-regions" class="hint">
          {t(regions.value.length === 0 ? 'regionsHint' : 'regionsHintSome')}
        </p>
        <ManagedHint managed={managed} field="regions" />
        <div class="checkbox-grid">
          {SORTED_REGIONS.map((region) => (
            <label key={region.slug}>
              <input
                type="checkbox"
                name="regions"
                value={region.slug}
                checked={regions.value.includes(region.slug)}
                onChange={(event) => (regions.value = toggle(regions.value, region.slug, event.currentTarget.checked))}
              />
              {region[lang]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('remindersLegend')}</legend>
        <label class="switch">
          <input
            type="checkbox"
            checked={remindersOn.value}
            onChange={(event) => (remindersOn.value = event.currentTarget.checked)}
          />
          {t('remindersOn')}
        </label>
        <fieldset
          id="field-leadDays"
          tabIndex={-1}
          disabled={!remindersOn.value || isLocked(managed, 'leadDays')}
          aria-describedby={describedBy(
            errors.value.leadDays ? 'error-leadDays' : undefined,
            managedHintId(managed, 'leadDays'),
          )}
        >
          <legend>{t('leadLegend')}</legend>
          <ManagedHint managed={managed} field="leadDays" />
          <div class="checkbox-grid">
            {LEAD_DAY_CHOICES.map((days) => (
              <label key={days}>
                <input
                  type="checkbox"
                  name="leadDays"
                  value={days}
                  checked={leadDays.value.includes(days)}
                  onChange={(event) => (leadDays.value = toggle(leadDays.value, days, event.currentTarget.checked))}
                />
                {leadLabel(days)}
              </label>
            ))}
          </div>
          <ErrorText id="error-leadDays" error={errors.value.leadDays} />
        </fieldset>
        <p class="field">
          <label for="field-reminderTime">{t('reminderTimeLabel')}</label>
          <input
            id="field-reminderTime"
            type="time"
            required
            disabled={!remindersOn.value || isLocked(managed, 'reminderTime')}
            value={reminderTime.value}
            aria-invalid={errors.value.reminderTime ? 'true' : undefined}
            aria-describedby={describedBy(
              errors.value.reminderTime ? 'error-reminderTime' : 'hint-reminderTime',
              managedHintId(managed, 'reminderTime'),
            )}
            onInput={(event) => (reminderTime.value = event.currentTarget.value)}
          />
        </p>
        <p id="hint-reminderTime" class="hint">
          {t('reminderTimeHint')}
        </p>
        <ManagedHint managed={managed} field="reminderTime" />
        <ErrorText id="error-reminderTime" error={errors.value.reminderTime} />
      </fieldset>

      <fieldset id="field-calendar" tabIndex={-1}>
        <legend>{t('calendarLegend')}</legend>
        <div class="radio-list">
          {CALENDAR_TARGETS.map((target) => (
            <label key={target}>
              <input
                type="radio"
                name="calendar"
                value={target}
                checked={calendar.value === target}
                onChange={() => (calendar.value = target)}
              />
              {UI[lang][target]}
            </label>
          ))}
        </div>
        <ErrorText id="error-calendar" error={errors.value.calendar} />
      </fieldset>

      <div class="actions">
        <button type="submit" class="button primary">
          {t('save')}
        </button>
        <p role="status" class="saved">
          {saved.value}
        </p>
      </div>
    </form>
  );
}
