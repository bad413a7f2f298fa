/**
 * The sample municipal page (`/demo/commune.js`): its iframe follows the calendar's height. The
 * same rule as the line the configurator gives, as a file, since this page refuses inline scripts.
 */
import { listenForHeights } from './height-listener.ts';

listenForHeights(location.origin);
