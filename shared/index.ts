/**
 * The IntercoTOUR event core: pure TypeScript, no DOM, no browser API, the clock a parameter.
 * Calendar files (which weigh ical.js) have their own entry, `shared/ical/index.ts`.
 */
export {
  feedSchema,
  stopSchema,
  isDateTime,
  MAX_STOPS,
  PROGRAMME_KINDS,
  STATUSES,
  STOP_ID_PATTERN,
  type Feed,
  type FeedInput,
  type Organizer,
  type ProgrammeItem,
  type ProgrammeKind,
  type Stop,
  type StopInput,
  type StopStatus,
  type Venue,
} from './feed/schema.ts';
export { readFeed, readFeedText, MAX_FEED_MEGABYTES, type FeedResult } from './feed/read-feed.ts';
export { readFeedDocument, readFeedTextWith, type Checked, type FeedChecks } from './feed/read-document.ts';
export {
  fetchFeed,
  FEED_TIMEOUT_MS,
  withLastGood,
  type FeedError,
  type FeedRequestInit,
  type FeedResponse,
  type Fetched,
  type FetchFeedPorts,
  type GoodCopy,
  type Shown,
} from './feed/fetch-feed.ts';
export { formatPath, quote, type FeedProblem, type ProblemCode } from './feed/problem.ts';
export { describeProblem } from './feed/problem-words.ts';

export {
  REGIONS,
  REGION_SLUGS,
  findRegion,
  parseRegionList,
  regionOf,
  type Region,
  type RegionList,
  type RegionSlug,
  type TimeZoneName,
} from './regions.ts';

export { addDays, daysBetween, isCivilDate, type CivilDate } from './time/civil-date.ts';
export { dateIn, instantAt, isoInZone, isTimeZone, wallClock } from './time/zone.ts';
export { compareStops, isWholeDay, sortStops, stopDays, type StopDays } from './time/stop-days.ts';
export {
  comingStops,
  countdown,
  inRegions,
  isPast,
  nextStop,
  todayIn,
  type Countdown,
  type Phase,
} from './time/timeline.ts';

export { LANGS, pickLang, type Lang } from './words/lang.ts';
export { formatDay, formatDayRange, formatStopDates, formatTime, type DayOptions } from './words/dates.ts';
export { countdownBadge, countdownLabel, countdownSpoken } from './words/countdown.ts';
export { programmeKindLabel, regionName, statusLabel } from './words/labels.ts';
export { eventDescription, eventLocation } from './words/event-text.ts';

export {
  addToCalendarLink,
  googleLink,
  office365Link,
  outlookLink,
  yahooLink,
  LINK_TARGETS,
  type LinkTarget,
} from './links/add-to-calendar.ts';
export { subscribeLink, webcalUrl, SUBSCRIBE_TARGETS, type SubscribeTarget } from './links/subscribe.ts';
export { eventJsonLd, type EventJsonLd } from './schema-org/event-json-ld.ts';
export {
  calendarChoice,
  CALENDAR_TARGETS,
  icsFileName,
  ownTitle,
  stopView,
  type CalendarChoice,
  type CalendarTarget,
  type StopView,
  type StopViewOptions,
} from './view/stop-view.ts';
export { copyView, STALE_AFTER_MS, type CopyView, type FeedCopy } from './view/feed-copy.ts';
export {
  calendarView,
  COMPACT_LIMIT,
  type CalendarLayout,
  type CalendarView,
  type CalendarViewInput,
  type RegionNote,
} from './view/calendar-view.ts';
export { fill, plural } from './words/catalog/fill.ts';
export { UI, type UiKey } from './words/catalog/ui.ts';
export { ATTRIBUTE_WORDS, type AttributesKey } from './words/catalog/attributes.ts';
