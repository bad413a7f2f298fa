/**
 * A menu button (WAI-ARIA Authoring Practices): the button opens a popover that floats over the
 * page, anchored to it, and takes the focus to its first item (its last with ArrowUp). Inside,
 * the arrows, Home and End move; Escape closes and gives the focus back to the button; Tab leaves
 * and closes; so does a click anywhere else, or a choice.
 */
import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fill, UI, type Lang } from '../index.ts';
import { Icon, type IconName } from './icons.tsx';

export interface MenuItem {
  /** Unique within the menu. */
  key: string;
  label: string;
  icon: IconName;
  /** A link (http(s) only: the addresses come from the core's views). */
  href?: string;
  /** Opens in a new window, and says so to screen readers. */
  newWindow?: boolean;
  /** Called on the choice, after the menu closed. */
  onSelect?: () => void;
}

export interface MenuButtonProps {
  label: string;
  /** Read after the label by screen readers only: what the menu acts on ("Paris, 26 juin"). */
  about?: string;
  icon: IconName;
  look?: 'primary' | 'secondary' | 'quiet';
  items: MenuItem[];
  lang: Lang;
  /** Shown under the button and read out once: what the last choice did. */
  note?: ComponentChildren;
  onOpen?: () => void;
}

/** Where to put the focus once open; false while closed. */
type Open = false | 'first' | 'last';

const ITEMS = '[role="menuitem"]';

export function MenuButton({ label, about, icon, look = 'secondary', items, lang, note, onOpen }: MenuButtonProps) {
  const [open, setOpen] = useState<Open>(false);
  const [place, setPlace] = useState('');
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const words = UI[lang];

  const show = (focus: Open) => {
    onOpen?.();
    setOpen(focus);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  // Below the button unless it fits only above (below, the page scrolls and an iframe grows to make
  // room); from its start unless that overflows.
  useLayoutEffect(() => {
    const menu = list.current;
    if (!open || !menu || !button.current) return;
    const anchor = button.current.getBoundingClientRect();
    const frame = (box.current?.closest('.ic') ?? document.documentElement).getBoundingClientRect();
    const below = innerHeight - anchor.bottom;
    const up = below < menu.offsetHeight + 8 && anchor.top >= menu.offsetHeight + 8;
    const end = anchor.left + menu.offsetWidth > Math.min(frame.right, innerWidth);
    setPlace(`${up ? ' ic-up' : ''}${end ? ' ic-end' : ''}`);
    const all = menu.querySelectorAll<HTMLElement>(ITEMS);
    all[open === 'last' ? all.length - 1 : 0]?.focus();
  }, [open]);

  // Listening from the moment the menu shows: a click right after opening must close it too.
  useLayoutEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (box.current && !event.composedPath().includes(box.current)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [open]);

  const onMenuKey = (event: KeyboardEvent) => {
    const all = [...(list.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    const at = all.indexOf(event.target as HTMLElement);
    const to: Record<string, number> = {
      ArrowDown: (at + 1) % all.length,
      ArrowUp: (at - 1 + all.length) % all.length,
      Home: 0,
      End: all.length - 1,
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') close(false);
    else if (event.key in to) {
      event.preventDefault();
      all[to[event.key]!]?.focus();
    }
  };

  const onButtonKey = (event: KeyboardEvent) => {
    const focus: Open = event.key === 'ArrowDown' ? 'first' : event.key === 'ArrowUp' ? 'last' : false;
    if (focus) {
      event.preventDefault();
      show(focus);
    } else if (event.key === 'Escape' && open) close(true);
  };

  const choose = (item: MenuItem) => {
    close(true);
    item.onSelect?.();
  };

  const tail = about ? fill(words.about, ['', about]) : '';
  return (
    <div
      class="ic-menu"
      ref={box}
      onFocusOut={(event) => {
        if (open && !box.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        id={`${id}b`}
        class={`ic-btn ic-${look}`}
        aria-haspopup="menu"
        aria-expanded={Boolean(open)}
        aria-controls={`${id}m`}
        onClick={() => (open ? close(false) : show('first'))}
        onKeyDown={onButtonKey}
      >
        <Icon name={icon} />
        {label}
        {tail && <span class="ic-sr">{tail}</span>}
        <Icon name="chevron" />
      </button>
      <ul
        ref={list}
        id={`${id}m`}
        class={`ic-pop${place}`}
        role="menu"
        aria-labelledby={`${id}b`}
        hidden={!open}
        onKeyDown={onMenuKey}
      >
        {open &&
          items.map((item) => (
            <li key={item.key} role="none">
              {item.href ? (
                <a
                  role="menuitem"
                  tabIndex={-1}
                  href={item.href}
                  {...(item.newWindow ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
                  onClick={() => choose(item)}
                >
                  <Icon name={item.icon} />
                  {item.label}
                  {item.newWindow && <span class="ic-sr">{` ${words.newWindow}`}</span>}
                </a>
              ) : (
                <button role="menuitem" tabIndex={-1} type="button" onClick={() => choose(item)}>
                  <Icon name={item.icon} />
                  {item.label}
                </button>
              )}
            </li>
          ))}
      </ul>
      <p class="ic-note" role="status">
        {note}
      </p>
    </div>
  );
}
