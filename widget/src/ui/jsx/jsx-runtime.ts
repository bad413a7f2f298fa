/**
 * The widget's JSX runtime (each view file says `@jsxImportSource ./jsx`): `<li class="s">{title}</li>`
 * builds real DOM nodes, and a view is rebuilt whole on each state change (`../mount.ts`); a
 * calendar is a few dozen elements. It stands in for Preact, whose 4.4 KB gzip the 15 KB budget
 * cannot hold beside the core and the feed reader; Preact's JSX types still check every
 * attribute, at no cost in the bundle.
 *
 * Safety: a child string always becomes a text node and attributes are set with `setAttribute`,
 * so feed text can never become markup; links only get addresses already checked as http(s).
 * Event handlers run guarded: an error in one is logged, not thrown into the host page.
 */
import type { ComponentChildren, JSX as PreactJSX } from 'preact';
import { guard } from '../../log.ts';

/** What JSX accepts as children. */
export type Children = ComponentChildren;
type Props = Record<string, unknown> & { children?: unknown };

function append(parent: Node, child: unknown): void {
  if (Array.isArray(child)) child.forEach((each) => append(parent, each));
  else if (child instanceof Node) parent.appendChild(child);
  else if (child !== null && child !== undefined && typeof child !== 'boolean') {
    parent.appendChild(document.createTextNode(String(child)));
  }
}

function setProp(element: Element, name: string, value: unknown): void {
  if (value === undefined || value === null || value === false) {
    // ARIA states are words: aria-expanded="false" must be written, not left out.
    if (value === false && name.startsWith('aria-')) element.setAttribute(name, 'false');
    return;
  }
  if (typeof value === 'function' && name.startsWith('on')) {
    // Whatever a handler throws is logged, never thrown into the host page.
    element.addEventListener(name.slice(2).toLowerCase(), (event) => guard(() => (value as EventListener)(event)));
    return;
  }
  element.setAttribute(name, value === true && !name.startsWith('aria-') ? '' : String(value));
}

export function jsx(tag: string | ((props: Props) => Node), props: Props): Node {
  if (typeof tag === 'function') return tag(props);
  const element = document.createElement(tag);
  for (const name in props) if (name !== 'children') setProp(element, name, props[name]);
  append(element, props.children);
  return element;
}

export { jsx as jsxs };

export function Fragment({ children }: { children?: unknown }): Node {
  const fragment = document.createDocumentFragment();
  append(fragment, children);
  return fragment;
}

// eslint-disable-next-line @typescript-eslint/no-namespace -- where TypeScript looks for the JSX types
export namespace JSX {
  export type Element = Node;
  export type IntrinsicElements = PreactJSX.IntrinsicElements;
  export interface ElementChildrenAttribute {
    children: unknown;
  }
}
