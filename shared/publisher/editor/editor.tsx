/**
 * The tour editor's page: where the tour comes from, what is wrong with it, the tour's fields and
 * its stops, the preview as the products show it, and the downloads to publish.
 */
import { addStop } from '../draft/edits.ts';
import { ProblemSummary } from './problem-summary.tsx';
import { Preview } from './preview.tsx';
import { PublishPanel } from './publish-panel.tsx';
import { StartPanel } from './start-panel.tsx';
import { draft, message, openStops, reading, replaceDraft, storageFailed, t } from './state.ts';
import { StopForm } from './stop-form.tsx';
import { TourFields } from './tour-fields.tsx';

function Status() {
  const current = message.value;
  return (
    // Polite, and only for what the person just did: opening, undoing, removing, downloading.
    <div class="ed-status" role="status">
      {current && (
        <div class={`ed-message${current.failed ? ' ed-failed' : ''}`}>
          <p>
            {current.text}
            {current.undo && (
              <>
                {' '}
                <button
                  type="button"
                  class="ed-link"
                  onClick={() => {
                    if (!current.undo) return;
                    draft.value = current.undo;
                    message.value = { text: t('undone') };
                  }}
                >
                  {t('undo')}
                </button>
              </>
            )}
          </p>
          {current.lines && (
            <ul>
              {current.lines.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function Stops() {
  const current = draft.value;
  if (!current) return null;
  const add = () => {
    const added = addStop(current);
    openStops.value = new Set([...openStops.value, added.key]);
    replaceDraft(added.draft, t('added'), false);
    requestAnimationFrame(() => document.getElementById(`${added.key}-city`)?.focus());
  };
  return (
    <section class="ed-stops" aria-labelledby="stops-title">
      <h2 id="stops-title">
        {t('stopsTitle')} <span class="ed-count">({current.stops.length})</span>
      </h2>
      {current.stops.length === 0 ? (
        <p class="ed-lead">{t('noStops')}</p>
      ) : (
        <ol class="ed-stop-list">
          {current.stops.map((stop, index) => (
            <StopForm key={stop.key} stop={stop} index={index} total={current.stops.length} />
          ))}
        </ol>
      )}
      <button type="button" id="add-stop" class="ed-primary ed-add" onClick={add}>
        {t('addStop')}
      </button>
    </section>
  );
}

export function Editor() {
  const current = draft.value;
  // The stops the reader keeps, as the products would show them.
  const read = reading.value?.result;
  const other = t('otherLangCode');
  return (
    <>
      <header class="ed-top">
        <div class="ed-wrap ed-top-inner">
          <h1>{t('pageTitle')}</h1>
          <a href={`?lang=${other}`} lang={other} hreflang={other}>
            {t('otherLang')}
          </a>
        </div>
      </header>
      <main id="contenu" class="ed-wrap">
        <p class="ed-intro">{t('intro')}</p>
        <Status />
        {storageFailed.value && <p class="ed-message ed-failed">{t('storageFailed')}</p>}
        <StartPanel />
        {current && (
          <div class="ed-layout">
            <div class="ed-form">
              <ProblemSummary draft={current} />
              <TourFields />
              <Stops />
              <PublishPanel />
            </div>
            <Preview feed={read?.ok ? read.feed : undefined} />
          </div>
        )}
      </main>
    </>
  );
}
