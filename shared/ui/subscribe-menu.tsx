/**
 * Subscribing to the whole tour's hosted calendar, which the visitor's app then keeps up to date:
 * Apple and desktop apps (webcal), Google, Outlook.com, or the address itself to paste elsewhere.
 */
import { fill, subscribeLink, UI, type Lang } from '../index.ts';
import { MenuButton, type MenuItem } from './menu-button.tsx';
import { useNote } from './use-note.ts';

export interface SubscribeMenuProps {
  /** The tour's `.ics` address (http(s)). */
  icsUrl: string;
  /** The tour's name, given to the calendar app. */
  name: string;
  lang: Lang;
  /** The button's words; "S’abonner à toute la tournée" unless given. */
  label?: string;
  look?: 'primary' | 'secondary' | 'quiet';
}

export function SubscribeMenu({ icsUrl, name, lang, label, look }: SubscribeMenuProps) {
  const words = UI[lang];
  const [note, setNote] = useNote();
  const copy = () => {
    // The clipboard may be refused (permissions, an insecure page): the address is then shown.
    const refused = () => setNote(fill(words.copyFailed, [icsUrl]));
    try {
      navigator.clipboard.writeText(icsUrl).then(() => setNote(words.linkCopied), refused);
    } catch {
      refused();
    }
  };
  const items: MenuItem[] = [
    { key: 'webcal', label: words.webcal, icon: 'calendar', href: subscribeLink('webcal', icsUrl, name) },
    {
      key: 'google',
      label: words.google,
      icon: 'google',
      href: subscribeLink('google', icsUrl, name),
      newWindow: true,
    },
    {
      key: 'outlook',
      label: words.outlook,
      icon: 'outlook',
      href: subscribeLink('outlook', icsUrl, name),
      newWindow: true,
    },
    { key: 'copy', label: words.copyLink, icon: 'link', onSelect: copy },
  ];
  return (
    <MenuButton
      label={label ?? words.subscribe}
      about={name}
      icon="calendar"
      look={look}
      items={items}
      lang={lang}
      note={note}
      onOpen={() => setNote('')}
    />
  );
}
