/** A link that opens in a new window, and says so to screen readers. Only for http(s) addresses. */
import type { ComponentChildren } from 'preact';
import { UI, type Lang } from '../index.ts';

export interface ExternalLinkProps {
  href: string;
  lang: Lang;
  class?: string;
  children: ComponentChildren;
}

export function ExternalLink({ href, lang, class: className, children }: ExternalLinkProps) {
  return (
    <a class={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="ic-sr">{` ${UI[lang].newWindow}`}</span>
    </a>
  );
}
