/**
 * A host page that tampers with what the widget relies on — a polluted `Object.prototype`, a
 * built-in replaced, our tag name taken — must not run code through the calendar, blank it, or
 * fail silently: each stop that can be drawn is drawn, and the console says what went wrong.
 */
import { describe, expect, it } from 'vitest';
import { calendarsReady, FEED, SCRIPT, siteInChromium, stopCities, TODAY, watchedPage } from './support/site.ts';

const env = siteInChromium();

const calendar = `<intercotour-calendar feed="${FEED}" now="${TODAY}" view="compact"></intercotour-calendar>
<script src="${SCRIPT}"></script>`;

/** The cities of the reference page, drawn with nothing tampered with. */
async function referenceCities(): Promise<string[]> {
  const url = env.site.page('/tampering/reference.html', { body: calendar });
  const { page, context } = await watchedPage(env.browser);
  await page.goto(url);
  await calendarsReady(page);
  const [cities] = await stopCities(page);
  await context.close();
  return cities!;
}

describe('a page that tampers with the widget’s ground', () => {
  it('with a polluted Object.prototype: same calendar, no attribute or markup from it, nothing run', async () => {
    const expected = await referenceCities();
    const url = env.site.page('/tampering/prototype.html', {
      head: `<script>
  Object.prototype.onclick = 'window.__ran = true';
  Object.prototype.title = 'pollué';
  Object.prototype.hidden = true;
  Object.prototype.children = 'POLLUÉ';
  Object.prototype.dangerouslySetInnerHTML = { __html: '<img src="/nothing.png" onerror="window.__ran = true">' };
</script>`,
      body: calendar,
    });
    const { page, errors, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    expect((await stopCities(page))[0]).toEqual(expected);
    const found = await page.evaluate(() => {
      const root = document.querySelector('intercotour-calendar')!.shadowRoot!;
      return {
        attributes: [...root.querySelectorAll('[onclick], [title="pollué"], [hidden]')].length,
        text: root.textContent.includes('POLLUÉ'),
        images: root.querySelectorAll('img').length,
      };
    });
    expect(found).toEqual({ attributes: 0, text: false, images: 0 });
    // A menu opened: Preact's own re-render runs under the same guard.
    await page.locator('intercotour-calendar li.ic-stop .ic-menu > button').first().click();
    await page.locator('intercotour-calendar [role="menuitem"]').first().waitFor();
    await page.locator('intercotour-calendar li.ic-stop .ic-city').first().click();
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with a built-in that throws for one stop: that stop says it cannot be shown, the others stay', async () => {
    const expected = await referenceCities();
    const victim = 'Essaiville';
    expect(expected).toContain(victim);
    // The page's own encodeURIComponent, which the calendar's links use, fails on one city.
    const url = env.site.page('/tampering/built-in.html', {
      head: `<script>
  const encode = window.encodeURIComponent;
  window.encodeURIComponent = (text) => {
    if (String(text).includes(${JSON.stringify(victim)})) throw new URIError('refusé par la page');
    return encode(text);
  };
</script>`,
      body: calendar,
    });
    const { page, warnings, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    expect((await stopCities(page))[0]).toEqual(expected.filter((city) => city !== victim));
    const broken = page.locator('intercotour-calendar li.ic-stop .ic-broken');
    expect(await broken.allTextContents()).toEqual(['Cette étape ne peut pas être affichée.']);
    expect(warnings.some((line) => line.startsWith('[IntercoTOUR]') && line.includes('could not be shown'))).toBe(true);
    await context.close();
  });

  it('with our tag name already taken by the page: says so in the console', async () => {
    const url = env.site.page('/tampering/tag-taken.html', {
      head: `<script>customElements.define('intercotour-calendar', class extends HTMLElement {});</script>`,
      body: calendar,
    });
    const { page, warnings, context } = await watchedPage(env.browser);
    await page.goto(url);
    await page.waitForFunction(() => document.readyState === 'complete');
    await expect
      .poll(() => warnings.filter((line) => line.startsWith('[IntercoTOUR]') && line.includes('already defines')))
      .toHaveLength(1);
    await context.close();
  });

  it('with the script included twice: one element, and no such warning', async () => {
    const url = env.site.page('/tampering/twice.html', { body: `${calendar}\n<script src="${SCRIPT}"></script>` });
    const { page, warnings, context } = await watchedPage(env.browser);
    await page.goto(url);
    await calendarsReady(page);
    expect(warnings.filter((line) => line.includes('already defines'))).toEqual([]);
    await context.close();
  });
});
