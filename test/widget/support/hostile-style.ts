/**
 * What the hostile-page tests compare, in every browser alike: the computed properties a host's
 * CSS could change, and the calendar's parts they are read on.
 */
export const PROPERTIES = [
  'display',
  'box-sizing',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-decoration-line',
  'color',
  'background-color',
  'padding-top',
  'padding-left',
  'margin-top',
  'border-top-width',
  'border-top-style',
  'border-top-left-radius',
  'list-style-type',
  'visibility',
];

export const PARTS = [
  '.ic',
  'h2',
  '.ic-next',
  '.ic-next .ic-kicker',
  '.ic-next .ic-tile',
  '.ic-next .ic-tile-day',
  '.ic-next h3',
  '.ic-next .ic-tag',
  '.ic-next .ic-badge',
  '.ic-next .ic-when',
  '.ic-next .ic-theme',
  '.ic-next .ic-primary',
  '.ic-next .ic-menu > button',
  '.ic-next .ic-link',
  'li.ic-stop:last-child',
  'ol',
  '.ic-foot',
];
