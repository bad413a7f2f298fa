/**
 * "Ajouter à mon agenda": the stop view's calendar choices in a menu. The `.ics` choice is the
 * stop's hosted file, or a file the page writes (`onIcs`, which may load its writer on demand);
 * either way a short confirmation follows, since a download is otherwise silent. `oneClick`
 * makes the first choice (the reader's preferred calendar) a button of its own, the others a menu
 * beside it: for readers who said which calendar they use.
 */
import { fill, UI, type CalendarChoice, type Lang } from '../index.ts';
import { Icon } from './icons.tsx';
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
  /** The first choice in one click, the others in a menu beside it. */
  oneClick?: boolean;
}

/** The first choice as a button or link of its own, named for its calendar. */
function Direct({ item, lang, look, about }: { item: MenuItem; lang: Lang; look: string; about: string }) {
  const words = UI[lang];
  const label = fill(words.addWith, [item.key === 'ics' ? words.icsShort : item.label]);
  const tail = <span class="ic-sr">{fill(words.about, ['', about])}</span>;
  const className = `ic-btn ic-${look}`;
  if (!item.href) {
    return (
      <button type="button" class={className} onClick={item.onSelect}>
        <Icon name={item.icon} />
        {label}
        {tail}
      </button>
    );
  }
  return (
    <a
      class={className}
      href={item.href}
      onClick={item.onSelect}
      {...(item.newWindow ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      <Icon name={item.icon} />
      {label}
      {tail}
      {item.newWindow && <span class="ic-sr">{` ${words.newWindow}`}</span>}
    </a>
  );
}

export function AddToCalendarMenu({ choices, lang, about, onIcs, look, short, oneClick }: AddToCalendarMenuProps) {
  const words = UI[lang];
  const [note, setNote] = useNote();
  const done = () => setNote(words.icsDone);
  const items = choices.map((choice): MenuItem => {
    const item = { key: choice.target, label: words[choice.target], icon: choice.target };
    if (choice.target !== 'ics') return { ...item, href: choice.href, newWindow: true };
    if (choice.href) return { ...item, href: choice.href, onSelect: done };
    return { ...item, onSelect: () => void onIcs().then(done, () => setNote(words.icsFailed)) };
  });
  const [first, ...others] = items;
  if (oneClick && first) {
    return (
      <div class="ic-split">
        <Direct item={first} lang={lang} look={look ?? 'secondary'} about={about} />
        <MenuButton
          label={words.otherCalendars}
          about={about}
          icon="calendar"
          look="quiet"
          items={others}
          lang={lang}
          note={note}
          onOpen={() => setNote('')}
        />
      </div>
    );
  }
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
