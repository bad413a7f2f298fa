/**
 * Browser tests run functions inside the extension (its worker, its pages) where `chrome` is the
 * extension API: typed here as WXT types it.
 */
import type { WxtBrowser } from 'wxt/browser';

declare global {
  // eslint-disable-next-line no-var
  var chrome: WxtBrowser;
}
