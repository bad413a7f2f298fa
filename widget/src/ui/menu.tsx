/**
 * A disclosure menu (WAI-ARIA disclosure pattern): a button that shows or hides a list of links.
 * Escape closes it and puts focus back on the button; the arrow keys move between its items.
 */
/** @jsxImportSource ./jsx */
import type { Children } from './jsx/jsx-runtime.ts';

export interface MenuProps {
  /** Unique in the calendar: it names the list the button controls. */
  id: string;
  label: string;
  /** Read after the label by screen readers only (`words.about`): which stop this menu is for. */
  detail?: string;
  open: boolean;
  /** The filled look, for the one action that leads (the next stop's). */
  primary?: boolean;
  onToggle: () => void;
  onClose: () => void;
  /** The list items, rendered while open. */
  children?: Children;
}

function onKeyDown(event: KeyboardEvent, id: string, open: boolean, onClose: () => void): void {
  const box = event.currentTarget as HTMLElement;
  const root = box.getRootNode() as ShadowRoot | Document;
  if (!open) return;
  if (event.key === 'Escape') {
    event.preventDefault();
    onClose();
    // Closing renders the calendar anew: the button to focus is the one now in place.
    root.querySelector<HTMLElement>(`button[aria-controls="${id}"]`)?.focus();
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  event.preventDefault();
  const items = [...box.querySelectorAll<HTMLElement>('li > a, li > button')];
  const active = root.activeElement as HTMLElement | null;
  const at = active ? items.indexOf(active) : -1;
  const step = event.key === 'ArrowDown' ? 1 : -1;
  const to = at < 0 ? (step > 0 ? 0 : items.length - 1) : (at + step + items.length) % items.length;
  items[to]?.focus();
}

export function Menu({ id, label, detail, open, primary, onToggle, onClose, children }: MenuProps) {
  return (
    <div class="menu" onKeyDown={(event) => onKeyDown(event, id, open, onClose)}>
      <button
        type="button"
        class={primary ? 'go' : undefined}
        aria-expanded={open}
        aria-controls={id}
        onClick={onToggle}
      >
        {label}
        {detail && <span class="sr">{detail}</span>}
      </button>
      <ul id={id} hidden={!open}>
        {open && children}
      </ul>
    </div>
  );
}
