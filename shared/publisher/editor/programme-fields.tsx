/** A stop's programme: one line per session (title, kind, day), added, moved and removed in place. */
import { PROGRAMME_KINDS } from '../../feed/rules.ts';
import { programmeKindLabel } from '../../words/labels.ts';
import type { DraftStop } from '../draft/draft.ts';
import { addItem, moveItem, removeItem, setField } from '../draft/edits.ts';
import { feedTime, formTime, zoneOfRegion } from '../draft/stop-times.ts';
import { Field, Problems, Select } from './field.tsx';
import { edit, lang, t } from './state.ts';

export function ProgrammeFields({ stop }: { stop: DraftStop }) {
  const { key } = stop;
  const items = Array.isArray(stop.fields.programme) ? (stop.fields.programme as unknown[]) : [];
  const field = (index: number, name: string) => `${key}-programme-${index}-${name}`;
  const zone = zoneOfRegion(stop.fields.region);
  // A session's times fall on its own day, else on the stop's first day.
  const dayOf = (session: Record<string, unknown>) =>
    typeof session.day === 'string' && session.day ? session.day : formTime(stop.fields.start, zone).date;
  const item = (value: unknown) =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return (
    <fieldset class="ed-wide ed-programme">
      <legend>{t('programme')}</legend>
      <Problems id={`${key}-programme`} />
      <ol>
        {items.map((raw, index) => {
          const session = item(raw);
          const number = index + 1;
          return (
            <li key={index} class="ed-item">
              <Field
                id={field(index, 'title')}
                label={`${t('itemTitle')} (${t('item', number)})`}
                value={session.title}
                onInput={(value) => edit((current) => setField(current, key, ['programme', index, 'title'], value))}
                wide
              />
              <Select
                id={field(index, 'kind')}
                label={t('itemKind')}
                value={session.kind}
                none={t('itemKindNone')}
                options={PROGRAMME_KINDS.map((kind) => ({ value: kind, label: programmeKindLabel(kind, lang.value) }))}
                onChange={(value) => edit((current) => setField(current, key, ['programme', index, 'kind'], value))}
              />
              <Field
                id={field(index, 'day')}
                type="date"
                label={t('itemDay')}
                value={session.day}
                onInput={(value) => edit((current) => setField(current, key, ['programme', index, 'day'], value))}
              />
              {(['start', 'end'] as const).map((which) => (
                <Field
                  key={which}
                  id={field(index, which)}
                  type="time"
                  label={t(which === 'start' ? 'itemStart' : 'itemEnd')}
                  value={formTime(session[which], zone).time}
                  onInput={(value) =>
                    edit((current) =>
                      setField(
                        current,
                        key,
                        ['programme', index, which],
                        value ? feedTime(dayOf(session), value, zone) : '',
                      ),
                    )
                  }
                />
              ))}
              <div class="ed-item-actions">
                <button
                  type="button"
                  disabled={index === 0}
                  aria-label={`${t('moveUp')} — ${t('item', number)}`}
                  onClick={() => edit((current) => moveItem(current, key, 'programme', index, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={index === items.length - 1}
                  aria-label={`${t('moveDown')} — ${t('item', number)}`}
                  onClick={() => edit((current) => moveItem(current, key, 'programme', index, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  class="ed-danger"
                  onClick={() => edit((current) => removeItem(current, key, 'programme', index))}
                >
                  {t('removeItem', number)}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => edit((current) => addItem(current, key, 'programme', { title: '' }))}>
        {t('addItem')}
      </button>
    </fieldset>
  );
}
