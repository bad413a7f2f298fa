/**
 * The ESM entry, for sites that bundle the widget themselves:
 * `import { defineIntercotourCalendar } from '…/esm/index.js'; defineIntercotourCalendar();`
 * then `<intercotour-calendar region="occitanie">` anywhere in the page.
 */
export { defineIntercotourCalendar } from './define.ts';
export { IntercotourCalendar, TAG } from './element.ts';
export { fillPlaceholders, PLACEHOLDER } from './placement.ts';
export { ATTRIBUTES, type Attribute } from './attributes.ts';
export {
  readSettings,
  THEMES,
  VIEWS,
  type Settings,
  type SettingsContext,
  type SettingsResult,
  type Theme,
  type View,
} from './settings.ts';
