/** What every extension page does first: its language and title from the catalog. */
import { catalogLang, translate, type MessageKey } from '../lib/i18n.ts';

export function preparePage(titleKey: MessageKey): void {
  document.documentElement.lang = catalogLang(translate);
  document.title = translate(titleKey);
}
