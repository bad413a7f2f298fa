/**
 * What one calendar is in, as a value, and the only way it changes: `next(state, event)`.
 * Pure, so every transition is tested without a browser.
 */
import type { Feed } from '../../shared/index.ts';
import type { FeedError } from './feed/feed-client.ts';

export type Phase = { name: 'loading' } | { name: 'ready'; feed: Feed } | { name: 'error'; error: FeedError };

export interface State {
  phase: Phase;
  /** The menu that is open: a stop's id, or `SUBSCRIBE`. */
  open?: string;
  /** Stops whose programme is shown. */
  expanded: string[];
  /** The stop whose .ics file could not be made. */
  icsFailed?: string;
}

/** Stop ids are lowercase: this one cannot be a stop's. */
export const SUBSCRIBE = 'Subscribe';

export type Event =
  | { type: 'load' }
  | { type: 'loaded'; feed: Feed }
  | { type: 'failed'; error: FeedError }
  | { type: 'toggle-menu'; id: string }
  | { type: 'close-menu' }
  | { type: 'toggle-programme'; id: string }
  | { type: 'ics-failed'; id: string };

export const initialState: State = { phase: { name: 'loading' }, expanded: [] };

export function next(state: State, event: Event): State {
  switch (event.type) {
    case 'load':
      return initialState;
    case 'loaded':
      return { ...initialState, phase: { name: 'ready', feed: event.feed } };
    case 'failed':
      return { ...initialState, phase: { name: 'error', error: event.error } };
    case 'toggle-menu': {
      const { open: _open, icsFailed: _failed, ...rest } = state;
      return state.open === event.id ? rest : { ...rest, open: event.id };
    }
    case 'close-menu': {
      const { open: _open, icsFailed: _failed, ...rest } = state;
      return rest;
    }
    case 'toggle-programme': {
      const expanded = state.expanded.includes(event.id)
        ? state.expanded.filter((id) => id !== event.id)
        : [...state.expanded, event.id];
      return { ...state, expanded };
    }
    case 'ics-failed':
      return { ...state, icsFailed: event.id };
  }
}
