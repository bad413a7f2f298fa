import { render } from 'preact';
import '../../pages/page.css';
import { preparePage } from '../../pages/prepare-page.ts';
import { App } from './app.tsx';
import './options.css';

preparePage('optionsTitle');
render(<App />, document.getElementById('app')!);
