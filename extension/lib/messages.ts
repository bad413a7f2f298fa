/**
 * What the pages ask the background, and what it answers. The background is the only writer of
 * the feed, so a page that wants another feed asks it to switch.
 */
import { browser } from 'wxt/browser';
import type { FeedFailure } from './feed-state.ts';

export type BackgroundRequest =
  /** Switch to this feed (null: the build's default) once it has been read successfully. */
  | { type: 'use-feed'; url: string | null }
  /** Read the current feed again now ("try again"). */
  | { type: 'refresh-feed' }
  | { type: 'test-reminder' };

export type BackgroundReply = { ok: true; stops?: number } | { ok: false; failure: FeedFailure };

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  if (value === null || typeof value !== 'object') return false;
  const request = value as Record<string, unknown>;
  switch (request.type) {
    case 'use-feed':
      return request.url === null || typeof request.url === 'string';
    case 'refresh-feed':
    case 'test-reminder':
      return true;
    default:
      return false;
  }
}

export async function askBackground(request: BackgroundRequest): Promise<BackgroundReply> {
  return browser.runtime.sendMessage<BackgroundRequest, BackgroundReply>(request);
}
