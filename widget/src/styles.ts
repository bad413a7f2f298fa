/**
 * The stylesheet, adopted by each calendar's shadow root. A constructed stylesheet is not an
 * inline style, so a strict CSP (`style-src 'self'`) leaves it alone; browsers without
 * `adoptedStyleSheets` get a `<style>` element instead.
 */
import css from './styles.css?inline';

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
