/** What a calendar shows while its feed loads, and when the feed cannot be used: never an empty box. */
/** @jsxImportSource ./jsx */
import type { Lang } from '../../../shared/index.ts';
import type { FeedError } from '../feed/feed-client.ts';
import { WORDS } from '../words.ts';

export function Loading({ lang }: { lang: Lang }) {
  return (
    <p class="msg" role="status">
      {WORDS[lang].loading}
    </p>
  );
}

export function errorSentence(error: FeedError, lang: Lang): string {
  const words = WORDS[lang];
  switch (error.kind) {
    case 'unreachable':
      return words.unreachable;
    case 'timeout':
      return words.timeout;
    case 'http':
      return words.http(error.status);
    case 'not-json':
      return words.notJson;
    case 'not-feed':
      return words.notFeed;
  }
}

export function Failure({ error, lang, onRetry }: { error: FeedError; lang: Lang; onRetry: () => void }) {
  return (
    <div role="alert">
      <p class="msg">{errorSentence(error, lang)}</p>
      <button type="button" class="go" onClick={onRetry}>
        {WORDS[lang].retry}
      </button>
    </div>
  );
}
