/** The tour editor's entry: the page in its language, then the editor mounted. */
import { render } from 'preact';
import { Editor } from './editor.tsx';
import { lang, t } from './state.ts';

document.documentElement.lang = lang.value;
document.title = t('pageTitle');
render(<Editor />, document.getElementById('editor')!);

// Offline once loaded; where service workers are not allowed (a file:// copy, a plain-http host),
// the page works all the same, online.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch((error: unknown) => console.info('Editor: no offline copy', error));
}
