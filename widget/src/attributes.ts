/** The calendar's attributes, as written on `<intercotour-calendar>` (`data-` + name on the script and placeholders). */
export const ATTRIBUTES = ['feed', 'region', 'lang', 'theme', 'view', 'limit', 'now', 'jsonld'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];
