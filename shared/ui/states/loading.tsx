/** While the feed travels: the list's shape in grey, so the page does not jump when it comes. */
import { UI, type Lang } from '../../index.ts';

export function Loading({ lang }: { lang: Lang }) {
  return (
    <div class="ic-loading">
      <p class="ic-lead" role="status">
        {UI[lang].loading}
      </p>
      <div class="ic-skeleton" aria-hidden="true">
        <span class="ic-bone ic-bone-card" />
        <span class="ic-bone" />
        <span class="ic-bone" />
      </div>
    </div>
  );
}
