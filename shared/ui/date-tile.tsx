/**
 * The date as a shape the eye scans down a list: weekday, day, month ("jeu." / "26" / "mars").
 * Hidden from screen readers, which get the whole date in words beside it (`spokenDates`).
 */
import { UI, type Lang, type StopDays } from '../index.ts';

function short(list: string, index: number): string {
  return list.split('|')[index] ?? '';
}

/** The day of the month as a figure: a tile shows "1", the words beside it say "1ᵉʳ". */
function dayOfMonth(date: string): number {
  return Number(date.slice(8, 10));
}

export function DateTile({ days, lang }: { days: StopDays; lang: Lang }) {
  const words = UI[lang];
  const { first, last } = days;
  const weekday = new Date(`${first}T12:00:00Z`).getUTCDay();
  const month = Number(first.slice(5, 7)) - 1;
  // A stop over days of one month shows them all ("26–27"); across months, the first day.
  const sameMonth = first.slice(0, 7) === last.slice(0, 7);
  const span = first !== last && sameMonth ? `${dayOfMonth(first)}–${dayOfMonth(last)}` : String(dayOfMonth(first));
  return (
    <span class={`ic-tile${span.length > 2 ? ' ic-tile-span' : ''}`} aria-hidden="true">
      <span class="ic-tile-weekday">{short(words.weekdaysShort, weekday)}</span>
      <span class="ic-tile-day">{span}</span>
      <span class="ic-tile-month">{short(words.monthsShort, month)}</span>
    </span>
  );
}
