/**
 * What an IT department deploys for Firefox: a real `policies.json` in Firefox's `distribution/`
 * folder (the guide's example `3rdparty` values, with the local feed) presets and locks the
 * settings of the add-on it names by its gecko id; bad values are set aside and said. Firefox reads
 * the file at start only (no live change to follow, unlike Chrome). The file is removed (and any
 * earlier one put back) even when the test fails: it applies to every Firefox run from that folder.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogTranslate } from '../../extension/testing/catalog.ts';
import { fixtureFeed } from '../fixtures/extension/feed.ts';
import { firefoxPath } from '../support/firefox.ts';
import { ROOT, startFeedServer, today, waitFor, ZONE, type FeedServer } from '../extension/support/harness.ts';
import {
  alarmTimes,
  FIREFOX_TEST_BUILD,
  launchFirefoxExtension,
  readBadge,
  type FirefoxExtension,
} from './support/harness.ts';

/** Where Firefox reads enterprise policies: `distribution/` beside its real binary. */
const POLICY_DIR = join(dirname(realpathSync(firefoxPath())), 'distribution');
const POLICY_FILE = join(POLICY_DIR, 'policies.json');
/** A file already there (another deployment on this machine), put back after each test. */
const before = existsSync(POLICY_FILE) ? readFileSync(POLICY_FILE) : undefined;

/** The id Firefox gives the add-on, from the build's manifest: the policy must name that one. */
function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_TEST_BUILD, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

/** The presets of the guide's example file, under the id it names. */
function guideExample(): { id: string; presets: Record<string, unknown> } {
  const file = JSON.parse(readFileSync(join(ROOT, 'docs/policies/firefox-policies.json'), 'utf8')) as {
    policies: { '3rdparty': { Extensions: Record<string, Record<string, unknown>> } };
  };
  const [id, presets] = Object.entries(file.policies['3rdparty'].Extensions)[0]!;
  return { id, presets };
}

/** Only `3rdparty`: the guide's `ExtensionSettings` would install the store's add-on from the network. */
function writePolicy(id: string, presets: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  const draft = `${POLICY_FILE}.tmp-${process.pid}`;
  writeFileSync(draft, JSON.stringify({ policies: { '3rdparty': { Extensions: { [id]: presets } } } }));
  renameSync(draft, POLICY_FILE);
}

function restorePolicy(): void {
  if (before) writeFileSync(POLICY_FILE, before);
  else rmSync(POLICY_FILE, { force: true });
}

/** A reminder's local wall-clock time, in the zone the browser runs in. */
const wallClock = (epochMs: number) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(epochMs);

let server: FeedServer;
let extension: FirefoxExtension | undefined;

beforeAll(async () => {
  server = await startFeedServer();
  server.publish(fixtureFeed(today()));
});

afterEach(async () => {
  restorePolicy();
  await extension?.dispose();
  extension = undefined;
});

afterAll(async () => {
  restorePolicy();
  await server?.close();
});

describe('an organisation’s policy in Firefox ESR', () => {
  it('presets the guide’s settings and locks those it names, before the user opens anything', async () => {
    const { id, presets } = guideExample();
    // The guide names the add-on as the build does: otherwise Firefox gives it nothing.
    expect(id).toBe(geckoId());
    // Another host than the build's feed: no host permission, read as the publisher allows (CORS).
    const feedUrl = `${server.origin.replace('127.0.0.1', 'localhost')}/stops.json`;
    writePolicy(id, { ...presets, feedUrl });
    extension = await launchFirefoxExtension();
    const t = catalogTranslate(extension.lang);

    // Firefox hands the policy's values to the add-on as they are written.
    expect(await extension.inExtension(() => browser.storage.managed.get())).toEqual({ ...presets, feedUrl });

    // The guide's region is Normandy: the badge follows its stop, 40 days ahead.
    await waitFor(async () => (await readBadge(extension!)).title.includes('Normandie'), 'the badge for Normandy');
    expect((await readBadge(extension)).text).toBe('J-40');
    // Reminders 7 days before, at the preset 08:30.
    await waitFor(async () => (await alarmTimes(extension!)).reminder !== undefined, 'the reminder alarm');
    expect(wallClock((await alarmTimes(extension)).reminder!)).toBe('08:30');

    const page = await extension.open('options.html');
    await page.waitForSelector('input[name="regions"]');
    const regions = await page.$$eval('input[name="regions"]', (inputs) =>
      inputs.map((input) => ({
        value: input.value,
        checked: input.checked,
        disabled: input.matches(':disabled'),
      })),
    );
    expect(regions.filter((region) => region.checked).map((region) => region.value)).toEqual(['normandie']);
    // Read-only: every region box is disabled, with the organisation's sentence beside them.
    expect(regions.every((region) => region.disabled)).toBe(true);
    expect(await page.$eval('#managed-regions', (hint) => hint.textContent)).toBe(t('managedLocked'));
    // The hour is preset, not locked: the user may change it.
    const time = await page.$eval('#field-reminderTime', (input) => ({
      value: (input as HTMLInputElement).value,
      disabled: input.matches(':disabled'),
    }));
    expect(time).toEqual({ value: '08:30', disabled: false });
    expect(await page.$eval('#managed-reminderTime', (hint) => hint.textContent)).toBe(t('managedPreset'));
    // The feed is locked: no address to type, the organisation's in use.
    expect(await page.$$('#feed-url')).toHaveLength(0);
    expect(await page.$eval('#managed-feedUrl', (hint) => hint.textContent)).toBe(t('managedLocked'));
    await expect.poll(() => page.$eval('.feed-in-use', (span) => span.textContent)).toBe(feedUrl);
    expect(await page.$$('#managed-problems')).toHaveLength(0);
    await page.close();
  });

  it('sets bad values aside, says so in the options, and keeps working', async () => {
    const bad = {
      feedUrl: 'javascript:alert(1)',
      regions: ['atlantide'],
      reminderTime: '25:00',
      leadDays: 'sept',
      locked: ['feedUrl', 'regions', 'reminderTime', 'leadDays'],
    };
    writePolicy(geckoId(), bad);
    extension = await launchFirefoxExtension();
    const t = catalogTranslate(extension.lang);
    // Firefox checks nothing (it has no schema): the add-on gets every value as written.
    expect(await extension.inExtension(() => browser.storage.managed.get())).toEqual(bad);

    // Still working: the build's feed, every region, the Bretagne stop three days ahead.
    await waitFor(async () => /^[JD]-3$/.test((await readBadge(extension!)).text), 'the badge from the build’s feed');
    // The default reminders (7 days before, and 1 at 09:00): the next one is set.
    await waitFor(async () => (await alarmTimes(extension!)).reminder !== undefined, 'the reminder alarm');

    const page = await extension.open('options.html');
    await page.waitForSelector('#managed-problems p');
    const said = await page.$$eval('#managed-problems p', (lines) => lines.map((line) => line.textContent));
    // One line per value set aside, the wrong-typed lead times included (Chrome's schema drops them silently).
    expect(said.sort()).toEqual(
      [
        t('managedIgnored', ['feedUrl', t('managedWhyFeed')]),
        t('managedIgnored', ['regions', t('managedWhyRegion')]),
        t('managedIgnored', ['reminderTime', t('managedWhyTime')]),
        t('managedIgnored', ['leadDays', t('managedWhyType')]),
      ].sort(),
    );
    // Nothing set aside is locked: the user keeps every field, the feed address included.
    const disabled = await page.$$eval('input', (inputs) => inputs.filter((input) => input.disabled).length);
    expect(disabled).toBe(0);
    expect(await page.$$('#feed-url')).toHaveLength(1);
    for (const key of ['feedUrl', 'regions', 'reminderTime', 'leadDays']) {
      expect(await page.$$(`#managed-${key}`)).toHaveLength(0);
    }
    await page.close();
  });
});
