/**
 * Small inline pictures beside the menus' words: never alone, so hidden from screen readers.
 * Services get a mark in their colours rather than their logo: recognisable, and a few bytes.
 */
import type { JSX } from 'preact';
import type { CalendarTarget } from '../index.ts';

export type IconName = CalendarTarget | 'calendar' | 'link' | 'chevron';

const LINE = { fill: 'none', stroke: 'currentColor', 'stroke-width': 1.75, 'stroke-linecap': 'round' } as const;

/** A page of a calendar: the `.ics` file and subscriptions. */
const calendar = () => (
  <g {...LINE}>
    <rect x="2.5" y="4" width="15" height="13.5" rx="2.5" />
    <path d="M2.5 8.5h15M6.5 2v4M13.5 2v4" />
  </g>
);

/** A rounded square in a service's colour, with a white sign on it. */
const tile = (color: string, sign: () => JSX.Element) => () => (
  <>
    <rect width="20" height="20" rx="5" fill={color} />
    {sign()}
  </>
);

const PICTURES: Record<IconName, () => JSX.Element> = {
  ics: calendar,
  calendar,
  // Google's four colours around a ring.
  google: () => (
    <g fill="none" stroke-width="4">
      <path d="M10 2a8 8 0 0 1 8 8" stroke="#4285f4" />
      <path d="M18 10a8 8 0 0 1-8 8" stroke="#34a853" />
      <path d="M10 18a8 8 0 0 1-8-8" stroke="#fbbc04" />
      <path d="M2 10a8 8 0 0 1 8-8" stroke="#ea4335" />
    </g>
  ),
  outlook: tile('#0f6cbd', () => <circle cx="10" cy="10" r="4.5" fill="none" stroke="#fff" stroke-width="2.5" />),
  office365: () => (
    <>
      <rect x="1" y="1" width="8.5" height="8.5" fill="#f25022" />
      <rect x="10.5" y="1" width="8.5" height="8.5" fill="#7fba00" />
      <rect x="1" y="10.5" width="8.5" height="8.5" fill="#00a4ef" />
      <rect x="10.5" y="10.5" width="8.5" height="8.5" fill="#ffb900" />
    </>
  ),
  yahoo: tile('#6001d2', () => <path d="M10 4.5v7.5M10 15v.5" stroke="#fff" stroke-width="3" stroke-linecap="round" />),
  link: () => (
    <path
      {...LINE}
      d="M8.5 11.5a3.5 3.5 0 0 0 5 0l3-3a3.5 3.5 0 0 0-5-5l-1 1M11.5 8.5a3.5 3.5 0 0 0-5 0l-3 3a3.5 3.5 0 0 0 5 5l1-1"
    />
  ),
  chevron: () => <path {...LINE} stroke-width="2" d="M5 8l5 5 5-5" />,
};

export function Icon({ name }: { name: IconName }) {
  const Picture = PICTURES[name];
  return (
    <svg class="ic-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <Picture />
    </svg>
  );
}
