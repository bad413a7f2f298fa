/** What `npm start` serves and says it serves, one list: a test asks the demo server for each. */
export const ADDRESSES = [
  { what: "A member's page, the widget embedded three ways", path: '/demo/commune.html' },
  { what: 'The configurator (region, language, theme, view, colour; code to copy)', path: '/demo/configurator.html' },
  { what: 'The guide for member webmasters (in French)', path: '/demo/guide.html' },
  { what: 'The tour editor, to publish the tour without a terminal', path: '/editor/' },
  { what: 'The published feed', path: '/feed/stops.json' },
  { what: 'The whole tour, to subscribe to', path: '/feed/intercotour.ics' },
] as const;
