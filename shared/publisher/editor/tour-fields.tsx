/** The feed's own fields: its name, its organiser, and where the folder will be hosted. */
import { setEnvelope, type FieldPath } from '../draft/edits.ts';
import { Field } from './field.tsx';
import { draft, edit, t } from './state.ts';

export function TourFields() {
  const current = draft.value;
  if (!current) return null;
  const { envelope } = current;
  const organizer = (typeof envelope.organizer === 'object' && envelope.organizer) || {};
  const set = (path: FieldPath) => (value: string) => edit((draft) => setEnvelope(draft, path, value));
  return (
    <section class="ed-panel" aria-labelledby="tour-title">
      <h2 id="tour-title">{t('tourTitle')}</h2>
      <div class="ed-grid">
        <Field
          id="tour-name"
          label={t('tourName')}
          value={envelope.name}
          onInput={set(['name'])}
          help={t('tourNameHelp')}
          required
          wide
        />
        <Field
          id="tour-organizer-name"
          label={t('organizerName')}
          value={(organizer as { name?: unknown }).name}
          onInput={set(['organizer', 'name'])}
          required
        />
        <Field
          id="tour-organizer-url"
          type="url"
          label={t('organizerUrl')}
          value={(organizer as { url?: unknown }).url}
          onInput={set(['organizer', 'url'])}
        />
        <Field
          id="tour-baseUrl"
          type="url"
          label={t('baseUrl')}
          value={current.baseUrl}
          onInput={(value) => edit((draft) => ({ ...draft, baseUrl: value }))}
          help={t('baseUrlHelp')}
          wide
        />
      </div>
    </section>
  );
}
