/** Why a feed could not be read, in a sentence for the person who typed its address. */
import { STORAGE_FULL, type FeedFailure } from './feed-state.ts';
import type { Translate } from './i18n.ts';

export function describeFailure(failure: FeedFailure, t: Translate): string {
  switch (failure.kind) {
    case 'network':
      return t('failureNetwork');
    case 'timeout':
      return t('failureTimeout');
    case 'http':
      return t('failureHttp', [failure.detail ?? '?']);
    case 'invalid':
      return failure.detail ? t('failureInvalidBecause', [failure.detail]) : t('failureInvalid');
    case 'permission':
      return t('failurePermission');
    case 'address':
      return failure.detail === 'credentials' ? t('failureAddressCredentials') : t('failureAddress');
    case 'storage':
      return failure.detail === STORAGE_FULL ? t('failureStorageFull') : t('failureStorage');
    case 'internal':
      return t('failureInternal');
  }
}
