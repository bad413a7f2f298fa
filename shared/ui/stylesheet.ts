/** The calendar's stylesheet as text, for a shadow root's constructed stylesheet. */
import css from './styles.css?inline';

export const STYLESHEET: string = css;
