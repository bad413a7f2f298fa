/** The tour editor's entry: the page in its language, then the editor mounted. */
import { render } from 'preact';
import { Editor } from './editor.tsx';
import { lang, t } from './state.ts';

document.documentElement.lang = lang.value;
document.title = t('pageTitle');
render(<Editor />, document.getElementById('editor')!);
