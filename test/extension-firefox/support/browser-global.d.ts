/**
 * Firefox's browser tests run functions inside the extension's pages, where `browser` is the
 * extension API: typed here as WXT types it.
 */
import type { WxtBrowser } from 'wxt/browser';

declare global {
  var browser: WxtBrowser;
}
