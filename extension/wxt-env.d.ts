/**
 * Types that WXT would generate into `.wxt/` on `wxt prepare`; written here so that the type
 * check works on a fresh clone before any build.
 */
/// <reference types="vite/client" />
import 'wxt/browser';

declare global {
  interface ImportMetaEnv {
    /** Set by WXT for the browser being built. */
    readonly BROWSER: string;
    readonly CHROME: boolean;
    readonly FIREFOX: boolean;
    readonly MANIFEST_VERSION: 2 | 3;
    /** The build-time feed (wxt.config.ts), `''` when the bundled tour is used. */
    readonly INTERCOTOUR_FEED_URL: string;
  }
}

declare module 'wxt/browser' {
  interface WxtI18n {
    getMessage(messageName: string, substitutions?: string | string[]): string;
  }
  interface WxtRuntime {
    getURL(path: string): string;
  }
}
