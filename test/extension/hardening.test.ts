/**
 * The built extension against what an adversary or a careless file gives it: a stop id that
 * every object inherits, garbage in its storage, a feed larger than Chrome's default storage
 * quota, a stored feed address with a user name and password.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type FeedInput, type StopInput } from '../../shared/index.ts';
import { catalogTranslate } from '../../extension/testing/catalog.ts';
import { fixtureFeed } from '../fixtures/extension/feed.ts';
import {
  alarmTimes,
  launchExtension,
  notificationIds,
  readBadge,
  startFeedServer,
  today,
  waitFor,
  type Extension,
  type FeedServer,
} from './support/harness.ts';

let server: FeedServer;
let extension: Extension;
const published = today();

/** The fixture, its Bretagne stop (three days ahead) published under the id `constructor`. */
function withConstructor(): FeedInput {
  const feed = fixtureFeed(published);
  feed.stops = feed.stops.map((stop) => (stop.id === 'essai-bretagne' ? { ...stop, id: 'constructor' } : stop));
  return feed;
}

const sendToBackground = async (message: object) => {
  const page = await extension.open('options.html');
  try {
    return await page.evaluate((request) => chrome.runtime.sendMessage(request), message);
  } finally {
    await page.close();
  }
};

const store = (items: Record<string, unknown>) =>
  extension.worker().evaluate((values) => chrome.storage.local.set(values), items);

beforeAll(async () => {
  server = await startFeedServer();
  server.publish(withConstructor());
  extension = await launchExtension();
  await waitFor(async () => (await readBadge(extension)).text !== '', 'the badge');
});

afterAll(async () => {
  await extension?.dispose();
  await server?.close();
});

describe('the extension', () => {
  it('reminds of a stop whose id is `constructor`, and keeps every alarm', async () => {
    expect((await readBadge(extension)).text).toMatch(/^[JD]-3$/);
    await waitFor(async () => (await notificationIds(extension)).length > 0, 'the reminder');
    expect(await notificationIds(extension)).toEqual([expect.stringMatching(/^reminder\|constructor\|\d+$/)]);
    expect(Object.keys(await alarmTimes(extension)).sort()).toEqual(['midnight', 'refresh', 'reminder']);
  });

  it('opens both pages over garbage in its storage, says so, and reads the feed again on request', async () => {
    const t = catalogTranslate(extension.lang);
    const good = await extension.inWorker(() => chrome.storage.local.get(['feed', 'feedStatus']));
    // What was written, and the pages that read it (the popup has no use for the feed choice).
    const garbage: [Record<string, unknown>, string[]][] = [
      [{ feed: { ...(good.feed as object), feed: { ...withConstructor(), stops: [{}] } } }, ['popup', 'options']],
      [{ feedStatus: { source: 42, checkedAt: 'never', failure: 'everything' } }, ['popup', 'options']],
      [{ feedChoice: 42 }, ['options']],
      [{ feed: { ...(good.feed as object), fetchedAt: 'garbage' } }, ['popup', 'options']],
    ];
    for (const [items, readers] of garbage) {
      await store({ ...good, ...items });
      const errors: string[] = [];
      for (const name of ['popup', 'options']) {
        const page = await extension.context.newPage();
        page.on('pageerror', (error) => errors.push(`${name}: ${error.message}`));
        await page.goto(`chrome-extension://${extension.id}/${name}.html`);
        // Drawn, never stuck on "Chargement…": the popup's heading, the options' first fieldset.
        await (
          name === 'popup'
            ? page.getByRole('heading', { level: 1 })
            : page.getByRole('group', { name: t('regionsLegend') })
        ).waitFor();
        await expect.poll(() => page.getByText(t('loading')).count()).toBe(0);
        const said = page.getByText(t('storedDamaged'));
        if (readers.includes(name)) await said.waitFor();
        else expect(await said.count()).toBe(0);
        await page.close();
      }
      expect(errors).toEqual([]);
    }

    const popup = await extension.open('popup.html');
    await popup.getByRole('button', { name: t('tryAgain') }).click();
    await popup.getByText(t('storedDamaged')).waitFor({ state: 'detached' });
    await popup.getByRole('heading', { name: 'Rennes' }).first().waitFor();
    await popup.close();
    // The choice that was not even text is back to the build's default (WXT removes a null item).
    expect(await extension.inWorker(async () => (await chrome.storage.local.get('feedChoice')).feedChoice)).toBe(
      undefined,
    );
  });

  it('keeps a valid feed larger than Chrome’s default 10 MB of storage', async () => {
    // 400 stops of 10,000 three-byte characters: about 12 MB, within the reader's limits.
    const stops: StopInput[] = Array.from({ length: 400 }, (_, index) => ({
      id: `essai-gros-${index}`,
      title: `IntercoTOUR essai volumineux ${index}`,
      region: 'occitanie',
      city: 'Cahors',
      start: addDays(published, 20),
      end: addDays(published, 20),
      description: '\u4e2d'.repeat(10_000),
    }));
    server.serveJson('/stops.json', { ...fixtureFeed(published), stops });
    try {
      expect(await sendToBackground({ type: 'refresh-feed' })).toEqual({ ok: true, stops: 400 });
      const bytes = await extension.inWorker(() => chrome.storage.local.getBytesInUse(null));
      expect(bytes).toBeGreaterThan(10 * 1024 * 1024);
    } finally {
      server.serveJson('/stops.json', withConstructor());
      expect(await sendToBackground({ type: 'refresh-feed' })).toMatchObject({ ok: true });
    }
  });

  it('says why a stored feed address with a user name and password is not read', async () => {
    const t = catalogTranslate(extension.lang);
    await store({ feedChoice: `http://user:secret@127.0.0.1:${new URL(server.origin).port}/stops.json` });
    const before = server.requests.length;
    expect(await sendToBackground({ type: 'refresh-feed' })).toEqual({
      ok: false,
      failure: { kind: 'address', detail: 'credentials' },
    });
    expect(server.requests.length).toBe(before);
    const options = await extension.open('options.html');
    await options.getByText(t('failureAddressCredentials'), { exact: false }).waitFor();
    await options.close();
    const popup = await extension.open('popup.html');
    await popup.getByText(t('failureAddressCredentials')).waitFor();
    await popup.close();
    await store({ feedChoice: null });
  });
});
