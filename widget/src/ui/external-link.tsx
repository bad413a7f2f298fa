/** A link that opens in a new window, and says so to screen readers. Only for http(s) addresses. */
/** @jsxImportSource ./jsx */
import type { Lang } from '../../../shared/index.ts';
import { WORDS } from '../words.ts';

export function ExternalLink({ href, label, lang }: { href: string; label: string; lang: Lang }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
      <span class="sr">{WORDS[lang].newWindow}</span>
    </a>
  );
}
