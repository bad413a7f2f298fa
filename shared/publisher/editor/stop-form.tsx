/**
 * One stop's form: what people know it by (city, region, dates) first, then its status and
 * theme, the rest (venue, links, programme) behind a disclosure that opens by itself when a
 * problem lies inside. The id is filled from the city and year, and locked once published.
 */
import { useState } from 'preact/hooks';
import { STATUSES, type StopStatus } from '../../feed/rules.ts';
import { isCivilDate } from '../../time/civil-date.ts';
import { formatDay, formatDayRange } from '../../words/dates.ts';
import { findRegion, REGIONS } from '../../regions.ts';
import { regionName, statusLabel } from '../../words/labels.ts';
import type { DraftStop } from '../draft/draft.ts';
import { sequenceOf, changedSincePublished } from '../draft/draft-feed.ts';
import { duplicateStop, idLocked, moveStop, removeStop, setField, unlockId, type FieldPath } from '../draft/edits.ts';
import { feedTime, formTime, isTimed, switchKind, zoneOfRegion } from '../draft/stop-times.ts';
import { described, Field, Problems, Select } from './field.tsx';
import { ProgrammeFields } from './programme-fields.tsx';
import { draft, edit, lang, openStops, reading, replaceDraft, t } from './state.ts';

/** The fields this form shows, by their id's end: a problem elsewhere is shown at the stop's top. */
const SHOWN =
  /^(id|title|region|city|start|end|status|theme|description|venue-name|venue-address|url|registrationUrl|programme(-\d+(-(title|kind|day|start|end))?)?)$/;
const MORE = /^(venue-|url$|registrationUrl$|programme)/;

function stopProblems(key: string) {
  const all = [...(reading.value?.byField.entries() ?? [])].filter(([id]) => id === key || id.startsWith(`${key}-`));
  const field = (id: string) => id.slice(key.length + 1);
  return {
    elsewhere: all.filter(([id]) => id === key || !SHOWN.test(field(id))).flatMap(([, problems]) => problems),
    inMore: all.some(([id]) => MORE.test(field(id))),
    any: all.some(([, problems]) => problems.some((problem) => problem.severity === 'error')),
  };
}

/** `26–27 juin 2019 · Île-de-France · Annulée`: the stop at a glance, folded or not. */
function summaryLine(fields: Record<string, unknown>, first: string, last: string): string {
  const words = lang.value;
  const parts: string[] = [];
  if (isCivilDate(first) && isCivilDate(last) && last >= first) parts.push(formatDayRange(first, last, words));
  else if (isCivilDate(first)) parts.push(formatDay(first, words));
  const region = typeof fields.region === 'string' ? findRegion(fields.region) : undefined;
  if (region) parts.push(regionName(region.slug, words));
  const status = fields.status ?? 'scheduled';
  if (status !== 'scheduled' && (STATUSES as readonly unknown[]).includes(status))
    parts.push(statusLabel(status as StopStatus, words));
  return parts.join(' · ');
}

export function StopForm({ stop, index, total }: { stop: DraftStop; index: number; total: number }) {
  const { key, fields } = stop;
  const id = (path: string) => `${key}-${path}`;
  const set = (path: FieldPath) => (value: unknown) => edit((current) => setField(current, key, path, value));
  const zone = zoneOfRegion(fields.region);
  const zoneName =
    typeof fields.region === 'string' && findRegion(fields.region)
      ? regionName(findRegion(fields.region)!.slug, lang.value)
      : 'Paris';
  const timed = isTimed(fields.start);
  const city = typeof fields.city === 'string' && fields.city.trim() ? fields.city.trim() : t('stopNew');
  const headingId = id('heading');
  const locked = idLocked(stop);
  const { elsewhere, inMore, any } = stopProblems(key);
  const [more, setMore] = useState(false);
  const open = more || inMore;
  // A stop with a problem stays open, so that its fields (and the summary's links) are there.
  const expanded = openStops.value.has(key) || any;
  const toggle = () => {
    const next = new Set(openStops.value);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    openStops.value = next;
  };
  const sequence = sequenceOf(stop);

  const setTime = (which: 'start' | 'end', part: 'date' | 'time') => (value: string) => {
    const current = formTime(fields[which], zone);
    const next = { ...current, [part]: value };
    set([which])(feedTime(next.date, timed ? next.time : undefined, zone));
  };
  const setKind = (toTimed: boolean) =>
    edit((current) => {
      const { start, end } = switchKind(fields.start, fields.end, toTimed, zone);
      return setField(setField(current, key, ['start'], start), key, ['end'], end);
    });
  const act = (what: 'up' | 'down' | 'duplicate' | 'remove') => {
    const current = draft.value;
    if (!current) return;
    if (what === 'up' || what === 'down') {
      draft.value = moveStop(current, key, what === 'up' ? -1 : 1);
      // The buttons move with their stop: the focus stays on the one pressed, or on its twin once
      // the stop reaches an end and the pressed one is off.
      requestAnimationFrame(() => {
        const pressed = document.getElementById(id(what)) as HTMLButtonElement | null;
        (pressed?.disabled ? document.getElementById(id(what === 'up' ? 'down' : 'up')) : pressed)?.focus();
      });
    } else if (what === 'duplicate') {
      const copy = duplicateStop(current, key);
      openStops.value = new Set([...openStops.value, copy.key]);
      replaceDraft(copy.draft, t('duplicated'), false);
      requestAnimationFrame(() => document.getElementById(`${copy.key}-heading`)?.focus());
    } else {
      // The focus goes where the stop was: the next stop, else the previous, else the add button.
      const at = current.stops.findIndex((each) => each.key === key);
      const neighbour = current.stops[at + 1] ?? current.stops[at - 1];
      replaceDraft(removeStop(current, key), t('removed', city));
      requestAnimationFrame(() =>
        document.getElementById(neighbour ? `${neighbour.key}-heading` : 'add-stop')?.focus(),
      );
    }
  };
  const start = formTime(fields.start, zone);
  const end = formTime(fields.end, zone);

  return (
    <li class="ed-stop" id={key}>
      <section aria-labelledby={headingId}>
        <div class="ed-stop-head">
          <div class="ed-stop-title">
            <h3 id={headingId} tabIndex={-1}>
              {t('stopHeading', index + 1, city)}
            </h3>
            <p class="ed-help">{summaryLine(fields, start.date, end.date)}</p>
          </div>
          <div class="ed-stop-actions" role="group" aria-label={t('stopActions', city)}>
            <button type="button" id={id('up')} disabled={index === 0} onClick={() => act('up')}>
              {t('moveUp')}
            </button>
            <button type="button" id={id('down')} disabled={index === total - 1} onClick={() => act('down')}>
              {t('moveDown')}
            </button>
            <button type="button" onClick={() => act('duplicate')}>
              {t('duplicate')}
            </button>
            <button type="button" class="ed-danger" onClick={() => act('remove')}>
              {t('remove')}
            </button>
          </div>
        </div>
        <Problems id={key} problems={elsewhere} />
        {!any && (
          <button
            type="button"
            class="ed-disclosure"
            id={id('toggle')}
            aria-expanded={expanded}
            aria-controls={id('fields')}
            onClick={toggle}
          >
            {t('editStop', city)}
          </button>
        )}
        {/* A folded stop's fields are not drawn at all: a tour of many stops stays quick to type in. */}
        <div id={id('fields')} hidden={!expanded}>
          {expanded && (
            <>
              <div class="ed-grid">
                <Field id={id('city')} label={t('city')} value={fields.city} onInput={set(['city'])} required />
                <Select
                  id={id('region')}
                  label={t('region')}
                  value={fields.region}
                  none={t('chooseRegion')}
                  required
                  options={REGIONS.map((region) => ({
                    value: region.slug,
                    label: regionName(region.slug, lang.value),
                  }))}
                  onChange={set(['region'])}
                />
                <fieldset class="ed-wide ed-timing">
                  <legend>{t('timing')}</legend>
                  <label>
                    <input type="radio" name={id('kind')} checked={!timed} onChange={() => setKind(false)} />
                    {t('wholeDay')}
                  </label>
                  <label>
                    <input type="radio" name={id('kind')} checked={timed} onChange={() => setKind(true)} />
                    {t('timed')}
                  </label>
                </fieldset>
                {timed ? (
                  <>
                    <DateTime
                      id={id('start')}
                      legend={t('startsAt')}
                      value={start}
                      onDate={setTime('start', 'date')}
                      onTime={setTime('start', 'time')}
                      zone={zoneName}
                    />
                    <DateTime
                      id={id('end')}
                      legend={t('endsAt')}
                      value={end}
                      onDate={setTime('end', 'date')}
                      onTime={setTime('end', 'time')}
                      zone={zoneName}
                    />
                  </>
                ) : (
                  <>
                    <Field
                      id={id('start')}
                      type="date"
                      label={t('firstDay')}
                      value={start.date}
                      onInput={setTime('start', 'date')}
                      required
                    />
                    <Field
                      id={id('end')}
                      type="date"
                      label={t('lastDay')}
                      value={end.date}
                      onInput={setTime('end', 'date')}
                      help={t('lastDayHelp')}
                      required
                    />
                  </>
                )}
                <Field
                  id={id('title')}
                  label={t('title')}
                  value={fields.title}
                  onInput={set(['title'])}
                  help={t('titleHelp')}
                  required
                />
                <Select
                  id={id('status')}
                  label={t('status')}
                  value={fields.status ?? 'scheduled'}
                  options={STATUSES.map((status) => ({ value: status, label: statusLabel(status, lang.value) }))}
                  onChange={set(['status'])}
                />
                <Field id={id('theme')} label={t('theme')} value={fields.theme} onInput={set(['theme'])} wide />
                <Field
                  id={id('description')}
                  label={t('description')}
                  value={fields.description}
                  onInput={set(['description'])}
                  help={t('descriptionHelp')}
                  multiline
                  wide
                />
                <Field
                  id={id('id')}
                  label={t('id')}
                  value={fields.id}
                  onInput={set(['id'])}
                  readOnly={locked}
                  help={locked ? t('idLockedHelp') : stop.published ? t('unlockedWarning') : t('idHelp')}
                  required
                >
                  {locked && (
                    <button type="button" class="ed-link" onClick={() => edit((current) => unlockId(current, key))}>
                      {t('unlockId')}
                    </button>
                  )}
                </Field>
                {stop.published && (
                  <p class="ed-help ed-version">
                    {changedSincePublished(stop)
                      ? t('raised', String(sequence))
                      : t('version', stop.published.sequence)}
                  </p>
                )}
              </div>

              <button
                type="button"
                class="ed-disclosure"
                aria-expanded={open}
                aria-controls={id('more')}
                onClick={() => setMore(!open)}
              >
                {t('more')}
              </button>
              <div id={id('more')} class="ed-grid" hidden={!open}>
                <Field
                  id={id('venue-name')}
                  label={t('venueName')}
                  value={(fields.venue as { name?: unknown } | undefined)?.name}
                  onInput={set(['venue', 'name'])}
                />
                <Field
                  id={id('venue-address')}
                  label={t('venueAddress')}
                  value={(fields.venue as { address?: unknown } | undefined)?.address}
                  onInput={set(['venue', 'address'])}
                />
                <Field
                  id={id('url')}
                  type="url"
                  label={t('url')}
                  value={fields.url}
                  onInput={set(['url'])}
                  help={t('linkHelp')}
                />
                <Field
                  id={id('registrationUrl')}
                  type="url"
                  label={t('registrationUrl')}
                  value={fields.registrationUrl}
                  onInput={set(['registrationUrl'])}
                  help={t('linkHelp')}
                />
                <ProgrammeFields stop={stop} />
              </div>
            </>
          )}
        </div>
      </section>
    </li>
  );
}

function DateTime(props: {
  id: string;
  legend: string;
  value: { date: string; time: string };
  onDate: (value: string) => void;
  onTime: (value: string) => void;
  zone: string;
}) {
  const { id, legend, value, onDate, onTime, zone } = props;
  const help = t('zoneHelp', zone);
  return (
    <fieldset class="ed-datetime">
      <legend>{legend}</legend>
      <div class="ed-pair">
        <span>
          <label for={id}>{t('date')}</label>
          <input
            id={id}
            type="date"
            value={value.date}
            required
            onInput={(event) => onDate(event.currentTarget.value)}
            {...described(id, help)}
          />
        </span>
        <span>
          <label for={`${id}-time`}>{t('time')}</label>
          <input
            id={`${id}-time`}
            type="time"
            value={value.time}
            required
            onInput={(event) => onTime(event.currentTarget.value)}
            {...described(id, help)}
          />
        </span>
      </div>
      <Problems id={id} />
      <p class="ed-help" id={`${id}-help`}>
        {help}
      </p>
    </fieldset>
  );
}
