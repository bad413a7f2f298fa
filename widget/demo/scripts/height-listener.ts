/**
 * The host page's side of the self-sizing iframe: on an `intercotour:height` message from the
 * widget's host and from one of the page's iframes, that iframe takes the height. Two forms of
 * one rule: a line to paste into a page, and a function for pages whose policy refuses inline
 * scripts (the demo's own). Both are tested in a real browser.
 */

import { HEIGHT_MESSAGE } from '../../src/embed/frame-height.ts';

/** One line of ES5 that any page can paste after the iframe, whatever its scripts. */
export function heightListenerLine(widgetOrigin: string): string {
  const [origin, type] = [widgetOrigin, HEIGHT_MESSAGE].map((text) => JSON.stringify(text));
  return (
    `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!==${origin}||!d||d.type!==${type}||typeof d.height!=="number")return;` +
    `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>`
  );
}

export function listenForHeights(widgetOrigin: string): void {
  addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (event.origin !== widgetOrigin || data?.type !== HEIGHT_MESSAGE || typeof data.height !== 'number') return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${data.height}px`;
    }
  });
}
