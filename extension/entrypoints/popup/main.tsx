import { render } from 'preact';
import '../../../shared/ui/styles.css';
import '../../pages/page.css';
import { preparePage } from '../../pages/prepare-page.ts';
import { App } from './app.tsx';
import './popup.css';
import { loadState } from './state.ts';

preparePage('popupTitle');
// Opened from a notification, the popup's page fills a tab: it lays out wider.
if (new URLSearchParams(location.search).has('stop')) document.body.classList.add('in-tab');
render(<App />, document.getElementById('app')!);
void loadState();
