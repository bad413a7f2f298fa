/**
 * What an IT department deploys: a real Chromium policy file (the guide's example, with the
 * test build's id and the local feed) presets and locks the settings; a policy changed while the
 * browser runs is followed; a bad value is set aside and said. The policy files are removed even
 * when a test fails: they would apply to every Chromium on the machine.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogTranslate } from '../../extension/testing/catalog.ts';
import { fixtureFeed } from '../fixtures/extension/feed.ts';
import {
  alarmTimes,
  launchExtension,
  readBadge,
  ROOT,
  startFeedServer,
  TEST_BUILD,
  today,
  waitFor,
  ZONE,
  type Extension,
  type FeedServer,
} from './support/harness.ts';

/** Where Chromium on Linux reads mandatory policies. */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `intercotour-test-${process.pid}.json`);

/** An unpacked extension's id: the SHA-256 of its manifest key, the first 32 hex digits as a–p. */
function testBuildId(): string {
  const { key } = JSON.parse(readFileSync(join(TEST_BUILD, 'manifest.json'), 'utf8')) as { key: string };
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** The presets of the guide's example file. */
function guideExample(): Record<string, unknown> {
  const file = JSON.parse(readFileSync(join(ROOT, 'docs/policies/chromium-intercotour.json'), 'utf8')) as {
    '3rdparty': { extensions: Record<string, Record<string, unknown>> };
  };
  return Object.values(file['3rdparty'].extensions)[0]!;
}

/** Writes the policy whole (a rename), so that Chromium never reads half a file. */
function writePolicy(presets: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  const draft = `${POLICY_FILE}.tmp`;
  writeFileSync(draft, JSON.stringify({ '3rdparty': { extensions: { [testBuildId()]: presets } } }));
  renameSync(draft, POLICY_FILE);
}

const removePolicy = () => rmSync(POLICY_FILE, { force: true });

/** A reminder's local wall-clock time, in the zone the browser runs in. */
const wallClock = (epochMs: number) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(epochMs);

let server: FeedServer;
let extension: Extension | undefined;

beforeAll(async () => {
  server = await startFeedServer();
  server.publish(fixtureFeed(today()));
});

afterEach(async () => {
  removePolicy();
  await extension?.dispose();
  extension = undefined;
});

afterAll(async () => {
  removePolicy();
  await server?.close();
});

describe('an organisation’s policy in Chromium', () => {
  it('presets the guide’s settings and locks those it names, before the user opens anything', async () => {
    // Another host than the build's feed: no host permission, read as the publisher allows (CORS).
    const feedUrl = `${server.origin.replace('127.0.0.1', 'localhost')}/stops.json`;
    writePolicy({ ...guideExample(), feedUrl });
    extension = await launchExtension();
    const t = catalogTranslate(extension.lang);

    // The guide's region is Normandy: the badge follows its stop, 40 days ahead.
    await waitFor(async () => (await readBadge(extension!)).title.includes('Normandie'), 'the badge for Normandy');
    // « J-40 » in French, "D-40" in English.
    expect((await readBadge(extension)).text).toMatch(/^[JD]-40$/);
    // Reminders 7 days before, at the preset 08:30.
    await waitFor(async () => (await alarmTimes(extension!)).reminder !== undefined, 'the reminder alarm');
    expect(wallClock((await alarmTimes(extension)).reminder!)).toBe('08:30');

    const page = await extension.open('options.html');
    const regions = page.getByRole('group', { name: t('regionsLegend') });
    await regions.getByRole('checkbox').first().waitFor();
    expect(await regions.getByRole('checkbox', { checked: true }).count()).toBe(1);
    expect(
      await regions
        .getByRole('checkbox', { name: 'Normandie' })
        .or(regions.getByRole('checkbox', { name: 'Normandy' }))
        .isChecked(),
    ).toBe(true);
    expect(await regions.getByRole('checkbox', { disabled: false }).count()).toBe(0);
    expect(await page.locator('#managed-regions').textContent()).toBe(t('managedLocked'));
    // The hour is preset, not locked: the user may change it.
    const time = page.getByLabel(t('reminderTimeLabel'));
    expect(await time.inputValue()).toBe('08:30');
    expect(await time.isEnabled()).toBe(true);
    expect(await page.locator('#managed-reminderTime').textContent()).toBe(t('managedPreset'));
    // The feed is locked: no address to type, the organisation's in use.
    expect(await page.getByLabel(t('feedUrlLabel')).count()).toBe(0);
    expect(await page.locator('#managed-feedUrl').textContent()).toBe(t('managedLocked'));
    await expect.poll(() => page.locator('.feed-in-use').textContent()).toBe(feedUrl);
    expect(await page.locator('#managed-problems').count()).toBe(0);
    await page.close();
  });

  it('follows a change of policy while the browser runs: badge and options, no restart', async () => {
    writePolicy({ regions: ['bretagne'], locked: ['regions'] });
    extension = await launchExtension();
    const t = catalogTranslate(extension.lang);
    await waitFor(async () => (await readBadge(extension!)).title.includes('Bretagne'), 'the badge for Brittany');
    const page = await extension.open('options.html');
    const regions = page.getByRole('group', { name: t('regionsLegend') });
    await regions.getByRole('checkbox').first().waitFor();

    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { managedChanges: string[] }).managedChanges = seen;
      chrome.storage.onChanged.addListener((changes, area) => {
        if (area === 'managed') seen.push(...Object.keys(changes));
      });
    });

    writePolicy({ regions: ['76'], locked: ['regions'] });
    // Chromium watches its policy folder and tells the extension (storage.onChanged, "managed").
    await waitFor(
      async () => (await readBadge(extension!)).title.includes('Occitanie'),
      'the badge to follow the new policy',
      60_000,
    );
    await expect
      .poll(() => regions.getByRole('checkbox', { checked: true }).getAttribute('value'), { timeout: 20_000 })
      .toBe('occitanie');
    expect(await page.evaluate(() => (window as unknown as { managedChanges: string[] }).managedChanges)).toContain(
      'regions',
    );

    // The policy withdrawn: the user's own settings (none saved: every region) are back.
    removePolicy();
    await waitFor(
      async () => (await readBadge(extension!)).title.includes('Bretagne'),
      'the badge without a policy',
      60_000,
    );
    await expect.poll(() => regions.getByRole('checkbox', { disabled: false }).count(), { timeout: 20_000 }).toBe(18);
    await page.close();
  });

  it('sets a bad value aside, says so in the options, and keeps working', async () => {
    writePolicy({
      feedUrl: 'javascript:alert(1)',
      regions: ['atlantide'],
      reminderTime: '25:00',
      leadDays: 'sept',
      locked: ['feedUrl', 'regions', 'reminderTime', 'leadDays'],
    });
    extension = await launchExtension();
    const t = catalogTranslate(extension.lang);
    // The build's feed, every region: the Bretagne stop, three days ahead.
    await waitFor(async () => /^[JD]-3$/.test((await readBadge(extension!)).text), 'the badge from the build’s feed');

    const page = await extension.open('options.html');
    const problems = page.locator('#managed-problems p');
    await problems.first().waitFor();
    const said = await problems.allTextContents();
    expect(said).toEqual(
      expect.arrayContaining([
        t('managedIgnored', ['feedUrl', t('managedWhyFeed')]),
        t('managedIgnored', ['regions', t('managedWhyRegion')]),
        t('managedIgnored', ['reminderTime', t('managedWhyTime')]),
      ]),
    );
    // Chromium drops the wrong-typed lead times against the schema, with nothing to say here.
    expect(said).toHaveLength(3);
    expect(await extension.inWorker(() => chrome.storage.managed.get())).not.toHaveProperty('leadDays');
    // Nothing set aside is locked: the user keeps every field.
    expect(await page.getByRole('checkbox', { disabled: true }).count()).toBe(0);
    expect(await page.getByLabel(t('feedUrlLabel')).isEnabled()).toBe(true);
    await page.close();
  });
});
