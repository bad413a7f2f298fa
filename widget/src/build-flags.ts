/** Values the build writes in (`rollup.config.mjs`); tests and type checks see the defaults. */
declare const __INTERCOTOUR_FEED_URL__: string | undefined;

/** The feed set at build time by `INTERCOTOUR_FEED_URL`; empty: the bundled 2019 tour. */
export const DEFAULT_FEED: string = typeof __INTERCOTOUR_FEED_URL__ === 'string' ? __INTERCOTOUR_FEED_URL__ : '';
