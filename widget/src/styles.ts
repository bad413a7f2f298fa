/**
 * The stylesheets, adopted by each calendar's shadow root: the element's own, then the shared
 * UI's. A constructed stylesheet is not an inline style, so a strict CSP (`style-src 'self'`)
 * leaves it alone; browsers without `adoptedStyleSheets` get a `<style>` element instead.
 */
import { STYLESHEET } from '../../shared/ui/index.ts';
import host from './host.css?inline';

const css = host + STYLESHEET;
let shared: CSSStyleSheet | undefined;

export function applyStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(css);
    }
    root.adoptedStyleSheets = [shared];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.prepend(style);
}
