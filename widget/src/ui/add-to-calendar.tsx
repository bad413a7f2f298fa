/**
 * "Ajouter à mon agenda" on a stop: its hosted .ics file when the feed gives one, else a file
 * written in the page; then the calendar services' own "add" pages (links from the core).
 */
/** @jsxImportSource ./jsx */
import { addToCalendarLink, formatStopDates, LINK_TARGETS, type Lang, type Stop } from '../../../shared/index.ts';
import { WORDS } from '../words.ts';
import { ExternalLink } from './external-link.tsx';
import { Menu } from './menu.tsx';

export interface AddToCalendarProps {
  stop: Stop;
  lang: Lang;
  open: boolean;
  primary: boolean;
  onToggle: () => void;
  onClose: () => void;
  onDownload: () => void;
}

export function AddToCalendar({ stop, lang, open, primary, onToggle, onClose, onDownload }: AddToCalendarProps) {
  const words = WORDS[lang];
  return (
    <Menu
      id={`add-${stop.id}`}
      label={words.add}
      detail={words.about(`${stop.title}, ${formatStopDates(stop, lang)}`)}
      open={open}
      primary={primary}
      onToggle={onToggle}
      onClose={onClose}
    >
      <li>
        {stop.icsUrl ? (
          <a href={stop.icsUrl}>{words.ics}</a>
        ) : (
          <button type="button" onClick={onDownload}>
            {words.ics}
          </button>
        )}
      </li>
      {LINK_TARGETS.map((target) => (
        <li>
          <ExternalLink href={addToCalendarLink(target, stop, lang)} label={words[target]} lang={lang} />
        </li>
      ))}
    </Menu>
  );
}
