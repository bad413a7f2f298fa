import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeGetMessage } from '../testing/catalog.ts';
import background from '../entrypoints/background.ts';

afterEach(() => vi.useRealTimers());

it('registers every listener synchronously, then paints the badge with the browser’s own clock, zone and catalog', async () => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = vi.fn(fakeGetMessage('fr'));
  vi.useFakeTimers({ toFake: ['Date'] });
  // 11:00 UTC on 14 March 2019 is already the 15th in Auckland, the zone these tests run in.
  vi.setSystemTime(new Date('2019-03-14T11:00:00Z'));

  background.main();
  for (const event of [
    fakeBrowser.runtime.onInstalled,
    fakeBrowser.runtime.onStartup,
    fakeBrowser.runtime.onMessage,
    fakeBrowser.alarms.onAlarm,
    fakeBrowser.notifications.onClicked,
    fakeBrowser.notifications.onButtonClicked,
    fakeBrowser.storage.onChanged,
  ]) {
    expect(event.hasListeners()).toBe(true);
  }

  // No INTERCOTOUR_FEED_URL in tests: the bundled 2019 tour.
  await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('J-11'));
  expect(await fakeBrowser.action.getTitle({})).toBe(
    'Prochaine étape\u202f: IntercoTOUR Occitanie à Cahors, mardi 26 mars — dans 11 jours',
  );
});
