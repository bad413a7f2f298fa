/**
 * The feed could not be used: what happened in plain words, a retry, and where else the dates
 * are (the organiser's site). The technical detail goes to the console, for the webmaster.
 */
import { fill, UI, type FeedError, type Lang, type Organizer } from '../../index.ts';
import { fillNodes } from '../fill-nodes.ts';
import { OrganizerName } from './organizer-line.tsx';

export function failureSentence(error: FeedError, lang: Lang): string {
  const words = UI[lang];
  switch (error.kind) {
    case 'unreachable':
      return words.unreachable;
    case 'timeout':
      return words.timeout;
    case 'http':
      return fill(words.http, [error.status]);
    case 'not-json':
      return words.notJson;
    case 'not-feed':
      return words.notFeed;
  }
}

export interface FeedFailureProps {
  error: FeedError;
  lang: Lang;
  onRetry: () => void;
  /** Whose site has the dates too. */
  organizer?: Organizer;
}

export function FeedFailure({ error, lang, onRetry, organizer }: FeedFailureProps) {
  const words = UI[lang];
  return (
    <div class="ic-alert" role="alert">
      <p>{failureSentence(error, lang)}</p>
      <p class="ic-actions">
        <button type="button" class="ic-btn ic-primary" onClick={onRetry}>
          {words.retry}
        </button>
      </p>
      {organizer?.url && <p>{fillNodes(words.organizerSite, <OrganizerName organizer={organizer} lang={lang} />)}</p>}
    </div>
  );
}
