/**
 * "Ajouter à mon agenda": the stop view's calendar choices in a menu. The `.ics` choice is the
 * stop's hosted file, or a file the page writes (`onIcs`, which may load its writer on demand);
 * either way a short confirmation follows, since a download is otherwise silent.
 */
import { UI, type CalendarChoice, type Lang } from '../index.ts';
import { MenuButton, type MenuItem } from './menu-button.tsx';
import { useNote } from './use-note.ts';

export interface AddToCalendarMenuProps {
  /** From the stop view, in the order to offer them. */
  choices: CalendarChoice[];
  lang: Lang;
  /** What the menu adds, for screen readers: "Paris, 26 juin 2019". */
  about: string;
  /** Writes the `.ics` file in the page, for a stop whose feed hosts none. */
  onIcs: () => Promise<void>;
  look?: 'primary' | 'secondary' | 'quiet';
  /** The short label ("Ajouter"), where room is short. */
  short?: boolean;
}

export function AddToCalendarMenu({ choices, lang, about, onIcs, look, short }: AddToCalendarMenuProps) {
  const words = UI[lang];
  const [note, setNote] = useNote();
  const done = () => setNote(words.icsDone);
  const items = choices.map((choice): MenuItem => {
    const item = { key: choice.target, label: words[choice.target], icon: choice.target };
    if (choice.target !== 'ics') return { ...item, href: choice.href, newWindow: true };
    if (choice.href) return { ...item, href: choice.href, onSelect: done };
    return { ...item, onSelect: () => void onIcs().then(done, () => setNote(words.icsFailed)) };
  });
  return (
    <MenuButton
      label={short ? words.addShort : words.add}
      about={about}
      icon="calendar"
      look={look}
      items={items}
      lang={lang}
      note={note}
      onOpen={() => setNote('')}
    />
  );
}
