/** Addresses of the extension's own pages. */
import { browser } from 'wxt/browser';

/** The popup's page in a tab, a stop highlighted; `download` also saves its `.ics` on arrival. */
export function stopPageUrl(stopId?: string, options: { download?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (stopId) params.set('stop', stopId);
  if (stopId && options.download) params.set('download', 'ics');
  const query = params.toString();
  return browser.runtime.getURL('/popup.html') + (query ? `?${query}` : '');
}
