/** Content lines read by ical.js into a component; throws as ical.js does on a value it cannot read. */
import ICAL from 'ical.js';

export function parseComponent(lines: readonly string[]): ICAL.Component {
  const jcal: unknown = ICAL.parse(`${lines.join('\r\n')}\r\n`);
  if (!Array.isArray(jcal)) throw new Error('not a component');
  return new ICAL.Component(Array.isArray(jcal[0]) ? (jcal[0] as unknown[]) : jcal);
}

/** The component, or undefined when ical.js cannot read it. */
export function tryParseComponent(lines: readonly string[]): ICAL.Component | undefined {
  try {
    return parseComponent(lines);
  } catch {
    return undefined;
  }
}
