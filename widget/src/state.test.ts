import { describe, expect, it } from 'vitest';
import { initialState, next, SUBSCRIBE, type State } from './state.ts';
import { testFeed } from './testing/feed.ts';

const feed = testFeed();
const ready: State = next(initialState, { type: 'loaded', feed });

describe('state transitions', () => {
  it('starts loading, then shows the feed or the error', () => {
    expect(initialState.phase).toEqual({ name: 'loading' });
    expect(ready.phase).toEqual({ name: 'ready', feed });
    expect(next(initialState, { type: 'failed', error: { kind: 'timeout' } }).phase).toEqual({
      name: 'error',
      error: { kind: 'timeout' },
    });
  });

  it('goes back to loading on retry, forgetting open menus', () => {
    const failed = next(initialState, { type: 'failed', error: { kind: 'http', status: 500 } });
    expect(next(failed, { type: 'load' })).toEqual(initialState);
    const open = next(ready, { type: 'toggle-menu', id: 'essai-prochain' });
    expect(next(open, { type: 'load' })).toEqual(initialState);
  });

  it('keeps one menu open at a time, and toggles it', () => {
    const one = next(ready, { type: 'toggle-menu', id: 'essai-prochain' });
    expect(one.open).toBe('essai-prochain');
    const other = next(one, { type: 'toggle-menu', id: SUBSCRIBE });
    expect(other.open).toBe(SUBSCRIBE);
    expect(next(other, { type: 'toggle-menu', id: SUBSCRIBE }).open).toBeUndefined();
    expect(next(one, { type: 'close-menu' }).open).toBeUndefined();
  });

  it('expands and folds programmes independently', () => {
    const a = next(ready, { type: 'toggle-programme', id: 'a' });
    const ab = next(a, { type: 'toggle-programme', id: 'b' });
    expect(ab.expanded).toEqual(['a', 'b']);
    expect(next(ab, { type: 'toggle-programme', id: 'a' }).expanded).toEqual(['b']);
  });

  it('remembers a failed .ics until its menu closes', () => {
    const open = next(ready, { type: 'toggle-menu', id: 'essai-prochain' });
    const failed = next(open, { type: 'ics-failed', id: 'essai-prochain' });
    expect(failed.icsFailed).toBe('essai-prochain');
    expect(next(failed, { type: 'close-menu' }).icsFailed).toBeUndefined();
  });
});
