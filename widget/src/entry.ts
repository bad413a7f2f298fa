/**
 * The classic script (`intercotour-widget.js`): defines the element, renders a calendar right
 * after its own tag when that tag carries settings, and fills the page's placeholders once the
 * page is parsed. Safe to include twice, `async` or `defer`, before or after the placeholders.
 */
import { defineIntercotourCalendar } from './define.ts';
import { guard } from './log.ts';
import { fillPlaceholders, placeAfterScript, whenParsed } from './placement.ts';

// Only readable while this script runs, so read first.
const script = document.currentScript;

guard(() => {
  defineIntercotourCalendar();
  if (script instanceof HTMLScriptElement) placeAfterScript(script);
  whenParsed(() => guard(() => fillPlaceholders(document)));
});
