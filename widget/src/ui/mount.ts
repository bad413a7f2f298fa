/**
 * Puts a freshly built view in place of the old one. The element that had focus is given it
 * back in the new view (same place among what can take focus), so a keyboard user stays put.
 */
export function mount(container: Element, view: Node): void {
  const root = container.getRootNode() as Document | ShadowRoot;
  const focusables = () => [...container.querySelectorAll<HTMLElement>('a[href], button, [tabindex]')];
  const at = focusables().indexOf(root.activeElement as HTMLElement);
  container.replaceChildren(view);
  if (at >= 0) focusables()[at]?.focus({ preventScroll: true });
}
