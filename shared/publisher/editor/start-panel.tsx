/**
 * Where a draft comes from: the published feed's address, a file (picked or dropped; a feed or an
 * agenda), the bundled 2019 tour, or nothing. A source that cannot be read says why, in the
 * publisher's words, and the draft in progress stays as it was.
 */
import { useSignal } from '@preact/signals';
import tour2019 from '../../data/tour-2019.json';
import { REGIONS, type RegionSlug } from '../../regions.ts';
import { regionName } from '../../words/labels.ts';
import { emptyDraft } from '../draft/draft.ts';
import { draftFromDocument } from '../draft/from-document.ts';
import { readSource, sizeRefusal, type Source, type SourceOptions } from '../draft/read-source.ts';
import { count, draft, lang, message, replaceDraft, t } from './state.ts';

const FETCH_TIMEOUT_MS = 15_000;

/** The address answered, but not with a file. */
class Refused extends Error {}

function opened(source: Source, name: string) {
  if (source.ok) {
    // The sources fold away with the button pressed: the focus goes to what the tour needs next,
    // the summary of its problems, after the render that draws it.
    requestAnimationFrame(() => document.getElementById('summary-title')?.focus());
    replaceDraft(
      source.draft,
      t('opened', name, count(source.draft.stops.length, 'stopsOne', 'stopsMany')),
      true,
      source.notes,
    );
  } else {
    message.value = { text: t('openFailed', name), lines: source.lines, failed: true };
  }
}

async function fromAddress(address: string, region: string) {
  const name = address.trim();
  if (!/^https?:\/\/[^/\s]+/i.test(name)) {
    message.value = {
      text: t('openFailed', name || '""'),
      lines: [t('notAddress', JSON.stringify(name))],
      failed: true,
    };
    return;
  }
  message.value = { text: t('opening', name) };
  const options = sourceOptions(name, region, true);
  let source: Source;
  try {
    const response = await fetch(name, { cache: 'no-store', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new Refused(t('fetchStatus', `${response.status} ${response.statusText}`.trim()));
    // Refused unread when the server says its size; else read, then counted.
    source =
      sizeRefusal(Number(response.headers.get('content-length')), options) ??
      readSource(new Uint8Array(await response.arrayBuffer()), options);
  } catch (error) {
    // The browser's own reason (a network failure, a time-out, a CORS refusal) in brackets.
    const reason =
      error instanceof Refused
        ? error.message
        : t('fetchFailed', error instanceof Error ? error.message : String(error));
    message.value = { text: t('openFailed', name), lines: [reason], failed: true };
    return;
  }
  opened(source, name);
}

function sourceOptions(name: string, region: string, published: boolean): SourceOptions {
  return {
    name,
    lang: lang.value,
    now: new Date(),
    published,
    ...(region ? { region: region as RegionSlug } : {}),
  };
}

async function fromFile(file: File, region: string) {
  const options = sourceOptions(file.name, region, true);
  // A file's size is known before it is read: a file far too big is never loaded.
  opened(sizeRefusal(file.size, options) ?? readSource(new Uint8Array(await file.arrayBuffer()), options), file.name);
}

export function StartPanel() {
  const address = useSignal('');
  const region = useSignal('');
  const dragging = useSignal(false);
  // With a draft open, the sources fold away under one button.
  const unfolded = useSignal(false);
  const foldable = draft.value !== undefined;
  const shown = !foldable || unfolded.value;
  const pick = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void fromFile(file, region.value);
  };
  return (
    <section class="ed-panel ed-start" aria-labelledby="start-title">
      {foldable ? (
        <h2 id="start-title">
          <button
            type="button"
            class="ed-disclosure ed-heading-button"
            aria-expanded={shown}
            aria-controls="start-sources"
            onClick={() => (unfolded.value = !unfolded.value)}
          >
            {t('startTitleAgain')}
          </button>
        </h2>
      ) : (
        <h2 id="start-title">{t('startTitle')}</h2>
      )}
      <div id="start-sources" hidden={!shown}>
        <p class="ed-lead">{t('startLead')}</p>
        <div class="ed-sources">
          <form
            class="ed-source"
            onSubmit={(event) => {
              event.preventDefault();
              void fromAddress(address.value, region.value);
            }}
          >
            <label for="source-url">{t('fromUrl')}</label>
            <div class="ed-inline">
              <input
                id="source-url"
                type="url"
                inputMode="url"
                value={address.value}
                aria-describedby="source-url-help"
                onInput={(event) => (address.value = event.currentTarget.value)}
              />
              <button type="submit">{t('load')}</button>
            </div>
            <p class="ed-help" id="source-url-help">
              {t('fromUrlHelp')}
            </p>
          </form>
          <div
            class={`ed-source ed-drop${dragging.value ? ' ed-dragging' : ''}`}
            onDragOver={(event) => {
              event.preventDefault();
              dragging.value = true;
            }}
            onDragLeave={() => (dragging.value = false)}
            onDrop={(event) => {
              event.preventDefault();
              dragging.value = false;
              pick(event.dataTransfer?.files);
            }}
          >
            <label for="source-file">{t('fromFile')}</label>
            <input
              id="source-file"
              type="file"
              accept=".json,.ics,application/json,text/calendar"
              aria-describedby="source-file-help"
              onChange={(event) => {
                pick(event.currentTarget.files);
                event.currentTarget.value = '';
              }}
            />
            <p class="ed-help" id="source-file-help">
              {t('fromFileHelp')}
            </p>
            <label for="source-region">{t('icsRegion')}</label>
            <select
              id="source-region"
              value={region.value}
              onChange={(event) => (region.value = event.currentTarget.value)}
            >
              <option value="">{t('icsRegionNone')}</option>
              {REGIONS.map((item) => (
                <option key={item.slug} value={item.slug}>
                  {regionName(item.slug, lang.value)}
                </option>
              ))}
            </select>
          </div>
          <div class="ed-source ed-quick">
            <button
              type="button"
              onClick={() => {
                const read = draftFromDocument(tour2019, { published: true });
                if (read.ok) opened({ ok: true, draft: read.draft, notes: [] }, t('fromBundled'));
              }}
            >
              {t('fromBundled')}
            </button>
            <button type="button" onClick={() => opened({ ok: true, draft: emptyDraft(), notes: [] }, t('fromEmpty'))}>
              {t('fromEmpty')}
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}
