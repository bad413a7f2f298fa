/**
 * Small inline pictures beside the menus' words: never alone, so hidden from screen readers.
 * Services get a mark in their colours rather than their logo: recognisable, and a few bytes.
 * Strokes are drawn in the current colour unless a mark says otherwise.
 */
import type { ComponentChild } from 'preact';
import type { CalendarTarget } from '../index.ts';

export type IconName = CalendarTarget | 'calendar' | 'link' | 'chevron';

/** A page of a calendar: the `.ics` file and subscriptions. */
const CALENDAR = (
  <path d="M4.5 4h11a2 2 0 0 1 2 2v9.5a2 2 0 0 1-2 2h-11a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zM2.5 8.5h15M6.5 2v4M13.5 2v4" />
);

/** A rounded square in a service's colour, with a white sign on it. */
const tile = (color: string, sign: string) => (
  <>
    <rect width="20" height="20" rx="5" fill={color} stroke="none" />
    <path d={sign} stroke="#fff" stroke-width="3" />
  </>
);

const PICTURES: Record<IconName, ComponentChild> = {
  ics: CALENDAR,
  calendar: CALENDAR,
  // Google's four colours around a ring.
  google: (
    <g stroke-width="4">
      <path d="M10 2a8 8 0 0 1 8 8" stroke="#4285f4" />
      <path d="M18 10a8 8 0 0 1-8 8" stroke="#34a853" />
      <path d="M10 18a8 8 0 0 1-8-8" stroke="#fbbc04" />
      <path d="M2 10a8 8 0 0 1 8-8" stroke="#ea4335" />
    </g>
  ),
  outlook: tile('#0f6cbd', 'M10 5.5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9'),
  office365: (
    <g stroke="none">
      <path d="M1 1h8.5v8.5H1z" fill="#f25022" />
      <path d="M10.5 1H19v8.5h-8.5z" fill="#7fba00" />
      <path d="M1 10.5h8.5V19H1z" fill="#00a4ef" />
      <path d="M10.5 10.5H19V19h-8.5z" fill="#ffb900" />
    </g>
  ),
  yahoo: tile('#6001d2', 'M10 4.5v7.5M10 15v.5'),
  link: (
    <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l3-3a3.5 3.5 0 0 0-5-5l-1 1M11.5 8.5a3.5 3.5 0 0 0-5 0l-3 3a3.5 3.5 0 0 0 5 5l1-1" />
  ),
  chevron: <path d="M5 8l5 5 5-5" />,
};

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      class="ic-icon"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      stroke-width="1.75"
      stroke-linecap="round"
      aria-hidden="true"
      focusable="false"
    >
      {PICTURES[name]}
    </svg>
  );
}
