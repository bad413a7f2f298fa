/**
 * Keeps a host page's polluted `Object.prototype` out of the calendar. Preact, like any JSX
 * runtime, walks props with `for…in`, which also yields the enumerable keys a page (or one of its
 * libraries, through a prototype-pollution bug) has put on `Object.prototype`: an inherited
 * `onclick`, or the prop Preact writes as raw markup, would reach every element drawn, or break
 * the render.
 * Each render therefore runs with those keys made non-enumerable, and puts them back as they were
 * right after: the page's values stay, our `for…in` loops no longer see them. A page without
 * pollution pays one `Object.keys` per render.
 */
import { options } from 'preact';

/** Runs `task` with `Object.prototype`'s enumerable keys hidden from `for…in`. */
export function unpolluted<T>(task: () => T): T {
  const keys = Object.keys(Object.prototype);
  if (keys.length === 0) return task();
  const saved: [string, PropertyDescriptor][] = [];
  for (const key of keys) {
    const descriptor = Object.getOwnPropertyDescriptor(Object.prototype, key);
    // A key the page made non-configurable cannot be hidden: the render then does without.
    if (!descriptor?.configurable) continue;
    Object.defineProperty(Object.prototype, key, { ...descriptor, enumerable: false });
    saved.push([key, descriptor]);
  }
  try {
    return task();
  } finally {
    for (const [key, descriptor] of saved) Object.defineProperty(Object.prototype, key, descriptor);
  }
}

let installed = false;

/** Re-renders that Preact schedules itself (a menu opened, a note shown) run hidden too. */
export function unpollutedRerenders(): void {
  if (installed) return;
  installed = true;
  options.debounceRendering = (flush) => queueMicrotask(() => unpolluted(flush));
}
