/**
 * The downloads: `stops.json` alone, or the whole folder to host as one .zip — both made by
 * `publishDraft`, the code behind `npm run feed -- build`. As with `build`, stops with a problem
 * are left out and said so; a problem in the tour's own fields stops everything.
 */
import { feedFile, publishDraft, siteZip } from '../draft/publish-draft.ts';
import { saveFile } from '../../ui/index.ts';
import { count, draft, message, reading, t } from './state.ts';

function download(kind: 'json' | 'zip') {
  const current = draft.value;
  if (!current) return;
  const now = new Date();
  const published = publishDraft(current, now);
  if (!published.ok) return;
  if (kind === 'json') {
    const file = feedFile(published.files);
    saveFile('stops.json', file.content, file.contentType);
    message.value = { text: t('downloaded', 'stops.json') };
    return;
  }
  const name = 'intercotour.zip';
  saveFile(name, siteZip(published.files, now), 'application/zip');
  message.value = { text: t('downloaded', name) };
}

export function PublishPanel() {
  const checked = reading.value;
  if (!checked || !draft.value) return null;
  // The feed's own fields (name, organiser) or the publishing address: nothing can be published.
  const blocked = checked.problems.some(
    (problem) => problem.severity === 'error' && !(problem.path[0] === 'stops' && typeof problem.path[1] === 'number'),
  );
  const leftOut = new Set(
    checked.problems
      .filter((problem) => problem.severity === 'error' && typeof problem.path[1] === 'number')
      .map((problem) => problem.path[1]),
  ).size;
  return (
    <section class="ed-panel ed-publish" aria-labelledby="publish-title">
      <h2 id="publish-title">{t('publishTitle')}</h2>
      <p class="ed-lead">{t('publishLead')}</p>
      {blocked ? (
        <p class="ed-error">{t('blocked')}</p>
      ) : (
        leftOut > 0 && <p class="ed-warning">{count(leftOut, 'leftOutOne', 'leftOutMany')}</p>
      )}
      <div class="ed-actions">
        <button type="button" class="ed-primary" disabled={blocked} onClick={() => download('zip')}>
          {t('downloadZip')}
        </button>
        <button type="button" disabled={blocked} onClick={() => download('json')}>
          {t('downloadJson')}
        </button>
      </div>
    </section>
  );
}
