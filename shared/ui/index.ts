/**
 * The calendar's UI, shared by the widget (in its shadow root) and the extension's popup: Preact
 * components fed by the core's views, and one stylesheet (`STYLESHEET`, or `styles.css` itself)
 * whose rules all hang off a root element with the class `ic` (plus `ic-light`, `ic-dark` or
 * `ic-auto`). No product specifics here: no `browser.*`, no custom element.
 */
export { StopCard, type StopCardProps } from './stop-card.tsx';
export { StopList, stopHeadingId, type StopListProps } from './stop-list.tsx';
export { CalendarBody, type CalendarBodyProps } from './calendar-body.tsx';
export { AddToCalendarMenu, type AddToCalendarMenuProps } from './add-to-calendar-menu.tsx';
export { SubscribeMenu, type SubscribeMenuProps } from './subscribe-menu.tsx';
export { MenuButton, type MenuButtonProps, type MenuItem } from './menu-button.tsx';
export { DateTile } from './date-tile.tsx';
export { CountdownBadge } from './countdown-badge.tsx';
export { Icon, type IconName } from './icons.tsx';
export { ExternalLink } from './external-link.tsx';
export { Loading } from './states/loading.tsx';
export { FeedFailure, failureSentence, type FeedFailureProps } from './states/feed-failure.tsx';
export { StaleNotice, type StaleNoticeProps } from './states/stale-notice.tsx';
export { RegionNoteLine, regionSentence } from './states/region-note.tsx';
export { TourOver, type TourOverProps } from './states/tour-over.tsx';
export { OrganizerLine } from './states/organizer-line.tsx';
export { spokenDates, daysInSentence } from './when.ts';
export { saveFile } from './download.ts';
export { STYLESHEET } from './stylesheet.ts';
