/**
 * embed.html tells the page around it how tall it is, so that a one-line listener there can size
 * the iframe to the calendar (no inner scroll bar, no blank space). The message names itself,
 * since a host page may hear messages from other frames too.
 */
export const HEIGHT_MESSAGE = 'intercotour:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** CSS pixels, rounded up. */
  height: number;
}

/** Frames to keep measuring after a click or a key: a menu may take a moment to settle (it slides in). */
const SETTLING_FRAMES = 30;

/**
 * Posts the page's height to `host` now, on load, whenever the content resizes, and for a short
 * while after each click or key press (an overlay menu can overflow without resizing anything).
 * Only changes are posted.
 */
export function postHeights(host: Window): void {
  let last = -1;
  let frames = 0;
  const post = () => {
    // The body's scroll height takes in what overflows it (an open menu near the bottom) and,
    // unlike the root's, does not grow with the iframe itself: no feedback loop.
    const height = Math.ceil(Math.max(document.body.getBoundingClientRect().height, document.body.scrollHeight));
    if (height === last) return;
    last = height;
    // Any origin may read it: a height says nothing private, and the host's origin is not known here.
    host.postMessage({ type: HEIGHT_MESSAGE, height } satisfies HeightMessage, '*');
  };
  const settle = () => {
    post();
    if (--frames > 0) requestAnimationFrame(settle);
  };
  const afterInput = () => {
    if (frames <= 0) requestAnimationFrame(settle);
    frames = SETTLING_FRAMES;
  };
  new ResizeObserver(post).observe(document.body);
  addEventListener('load', post);
  addEventListener('click', afterInput, true);
  addEventListener('keyup', afterInput, true);
  post();
}
