/**
 * The .ics file a visitor gets from "Apple / Outlook (.ics)". Without a hosted file the page
 * writes it, loading ical.js at that moment only; the file is read back by two parsers the
 * widget did not write (node-ical, ical.js). With a hosted file, the menu links to it.
 */
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import ical, { type VEvent } from 'node-ical';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calendarsReady, FEED, SCRIPT, siteInChromium, TODAY, watchedPage } from './support/site.ts';

const env = siteInChromium();

async function download(page: Page, region: string): Promise<{ name: string; text: string }> {
  const card = page.locator(`intercotour-calendar[region="${region}"] .ic-next`);
  await card.locator('.ic-menu > button').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('menuitem', { name: 'Apple / Outlook (fichier .ics)' }).click(),
  ]);
  // A download is silent: the card says what to do with the file.
  await expect
    .poll(() => card.locator('.ic-note').textContent())
    .toBe('Fichier ajouté\u202f: ouvrez-le pour l’enregistrer dans votre agenda.');
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

function icalEvent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getFirstSubcomponent('vevent')!;
}

function nodeIcalEvent(text: string): VEvent {
  const events = Object.values(ical.sync.parseICS(text)).filter((item) => item?.type === 'VEVENT');
  expect(events).toHaveLength(1);
  return events[0] as VEvent;
}

describe('the .ics file', () => {
  it('is written in the page for a stop without one, and reads right in two parsers', async () => {
    const url = env.site.page('/ics.html', {
      body: `<intercotour-calendar feed="${FEED}" now="${TODAY}" region="ile-de-france"></intercotour-calendar>
<intercotour-calendar feed="${FEED}" now="${TODAY}" region="normandie"></intercotour-calendar>
<script src="${SCRIPT}"></script>`,
    });
    const { page, requests, errors, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page, 2);
    const chunk = /intercotour-ics-[\w-]+\.js$/;
    expect(requests.some((request) => chunk.test(request))).toBe(false);

    // A whole-day stop, 13–14 May: DTEND is the day after the last (RFC 5545 §3.6.1).
    const whole = await download(page, 'ile-de-france');
    expect(requests.filter((request) => chunk.test(request))).toHaveLength(1);
    expect(whole.name).toBe('intercotour-essai-prochain.ics');
    expect(whole.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(whole.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const event = icalEvent(whole.text);
    expect(event.getFirstPropertyValue('uid')).toBe('essai-prochain@intercotour');
    expect(String(event.getFirstPropertyValue('dtstart'))).toBe('2031-05-13');
    expect(String(event.getFirstPropertyValue('dtend'))).toBe('2031-05-15');
    expect(event.getFirstPropertyValue('summary')).toBe('Étape d’essai francilienne');
    const same = nodeIcalEvent(whole.text);
    expect(same.uid).toBe('essai-prochain@intercotour');
    expect(same.start.dateOnly).toBe(true);
    expect([same.start.getFullYear(), same.start.getMonth() + 1, same.start.getDate()]).toEqual([2031, 5, 13]);
    const end = same.end!;
    expect([end.getFullYear(), end.getMonth() + 1, end.getDate()]).toEqual([2031, 5, 15]);

    // A timed stop in Normandy, 9:00–17:30 Paris time: a TZID with its VTIMEZONE.
    const timed = await download(page, 'normandie');
    expect(timed.name).toBe('intercotour-essai-horaire.ics');
    const inZone = icalEvent(timed.text);
    expect(inZone.getFirstPropertyValue('uid')).toBe('essai-horaire@intercotour');
    const start = inZone.getFirstProperty('dtstart')!;
    expect(start.getParameter('tzid')).toBe('Europe/Paris');
    expect((start.getFirstValue() as ICAL.Time).toJSDate().toISOString()).toBe('2031-06-20T07:00:00.000Z');
    expect((inZone.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString()).toBe(
      '2031-06-20T15:30:00.000Z',
    );
    const node = nodeIcalEvent(timed.text);
    expect(node.uid).toBe('essai-horaire@intercotour');
    expect(node.start.toISOString()).toBe('2031-06-20T07:00:00.000Z');
    expect(node.end?.toISOString()).toBe('2031-06-20T15:30:00.000Z');

    // The chunk is fetched once, then reused.
    expect(requests.filter((request) => chunk.test(request))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is the stop’s hosted file when the feed gives one', async () => {
    const url = env.site.page('/ics-hosted.html', {
      body: `<intercotour-calendar feed="${FEED}" now="${TODAY}" region="la-reunion"></intercotour-calendar>
<script src="${SCRIPT}"></script>`,
    });
    const { page, requests, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    await page.locator('intercotour-calendar .ic-next .ic-menu > button').click();
    const first = page.locator('intercotour-calendar .ic-next [role="menuitem"]').first();
    expect(await first.evaluate((element) => [element.tagName, element.getAttribute('href')])).toEqual([
      'A',
      'https://organisateur.example/stops/essai-reunion.ics',
    ]);
    expect(requests.some((request) => /intercotour-ics-/.test(request))).toBe(false);
    await context.close();
  });
});
