/**
 * Browser tests run functions inside the extension (its worker, its pages) where `chrome` is the
 * extension API: typed here as WXT types it.
 */
import type { WxtBrowser } from 'wxt/browser';

declare global {
  var chrome: WxtBrowser;
}
