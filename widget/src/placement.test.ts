import { afterEach, describe, expect, it } from 'vitest';
import { TAG } from './element.ts';
import { fillPlaceholders, placeAfterScript } from './placement.ts';

afterEach(() => document.body.replaceChildren());

describe('placeAfterScript', () => {
  it('puts a calendar right after a script that carries settings, data- dropped', () => {
    document.body.innerHTML =
      '<p>before</p><script data-feed="/f/stops.json" data-region="76" data-unknown="x"></script><p>after</p>';
    placeAfterScript(document.querySelector('script')!);
    const calendar = document.querySelector('script + *')!;
    expect(calendar.tagName.toLowerCase()).toBe(TAG);
    expect([...calendar.attributes].map((attribute) => `${attribute.name}=${attribute.value}`)).toEqual([
      'feed=/f/stops.json',
      'region=76',
    ]);
    expect(calendar.nextElementSibling?.textContent).toBe('after');
  });

  it('does nothing for a script without settings (it only defines the element)', () => {
    document.body.innerHTML = '<script type="text/plain" data-note="x"></script>';
    placeAfterScript(document.querySelector('script')!);
    expect(document.querySelector(TAG)).toBeNull();
  });
});

describe('fillPlaceholders', () => {
  it('fills each placeholder once, however many times the script runs', () => {
    document.body.innerHTML =
      '<div data-intercotour-calendar data-region="bretagne"></div><div data-intercotour-calendar data-lang="en"></div>';
    fillPlaceholders(document);
    fillPlaceholders(document);
    const calendars = document.querySelectorAll(`[data-intercotour-calendar] > ${TAG}`);
    expect(calendars).toHaveLength(2);
    expect(calendars[0]!.getAttribute('region')).toBe('bretagne');
    expect(calendars[1]!.getAttribute('lang')).toBe('en');
  });
});
