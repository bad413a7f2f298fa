/**
 * A date broken as a person breaks it (Cahors's last day typed before its first), then fixed: the
 * problem is said beside the field in the core's own words (the same as `npm run feed -- check`),
 * tied to it for assistive technologies, and listed at the top as a link that takes the focus there.
 */
import { describe, expect, it } from 'vitest';
import tour2019 from '../../shared/data/tour-2019.json';
import { problemWhat } from '../../shared/feed/problem-words.ts';
import { readFeed } from '../../shared/feed/read-feed.ts';
import { description, openEditor, openTour2019, stop, stopKey, unfold } from './support/editor.ts';
import { editorInChromium } from './support/hooks.ts';

const env = editorInChromium();

/** The core's reading of the 2019 tour with Cahors ending on the 25th: its one problem. */
function coreProblem() {
  const broken = structuredClone(tour2019);
  const cahors = broken.stops.find((item) => item.city === 'Cahors')!;
  cahors.end = '2019-03-25';
  const problems = readFeed(broken).problems;
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe('a problem beside its field', () => {
  it('a last day before the first: said beside the field and in the summary, whose link focuses the field; fixed, it goes', async () => {
    const problem = coreProblem();
    expect(problem.code).toBe('end-before-start');
    const { page, context, errors } = await openEditor(env);
    await openTour2019(page);
    const summary = page.locator('section.ed-summary');
    await expect.poll(() => summary.getByRole('heading').textContent()).toMatch(/^Aucun problème/);

    await unfold(page, 'Cahors');
    const key = await stopKey(page, 'Cahors');
    const cahors = stop(page, 'Cahors');
    const end = cahors.getByLabel('Dernier jour', { exact: true });
    expect(await end.getAttribute('id')).toBe(`${key}-end`);
    expect(await end.inputValue()).toBe('2019-03-26');
    expect(await end.getAttribute('aria-invalid')).toBeNull();

    await end.fill('2019-03-25');

    // Beside the field: its description starts with the list of its problems, in the core's words.
    await expect.poll(() => end.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await end.getAttribute('aria-describedby'))?.split(' ');
    expect(describedBy?.[0]).toBe(`${key}-end-problems`);
    const list = page.locator(`#${key}-end-problems`);
    expect(await list.evaluate((element) => element.tagName)).toBe('UL');
    expect(await list.locator('li').allTextContents()).toEqual([problemWhat(problem, 'fr')]);
    expect(problemWhat(problem, 'fr')).toMatch(/est avant le début/);
    expect((await description(end))[0]).toBe(problemWhat(problem, 'fr'));
    // The stop stays open while it has a problem: no folding button to hide the field.
    await expect.poll(() => cahors.getByRole('button', { name: 'Modifier l’étape Cahors' }).count()).toBe(0);
    expect(await end.isVisible()).toBe(true);

    // At the top: one point to fix, a link to the field saying what is wrong in `feed check`'s
    // words (the place may be said for people rather than as the feed's path).
    await expect.poll(() => summary.getByRole('heading').textContent()).toBe('1 point à corriger');
    const links = summary.getByRole('link');
    expect(await links.count()).toBe(1);
    expect(await links.first().textContent()).toContain(problemWhat(problem, 'fr'));
    expect(await links.first().getAttribute('href')).toBe(`#${key}-end`);
    await page.getByRole('button', { name: 'Ajouter une étape' }).focus();
    await links.first().click();
    await expect.poll(() => end.evaluate((element) => element === document.activeElement)).toBe(true);

    // Fixed as it was broken: the problem leaves the field and the summary.
    await end.fill('2019-03-26');
    await expect.poll(() => end.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator(`#${key}-end-problems`).count()).toBe(0);
    expect(await end.getAttribute('aria-describedby')).toBe(`${key}-end-help`);
    await expect.poll(() => summary.getByRole('heading').textContent()).toMatch(/^Aucun problème/);
    expect(await summary.getByRole('link').count()).toBe(0);
    // It folds again, as the other stops are.
    expect(await cahors.getByRole('button', { name: 'Modifier l’étape Cahors' }).getAttribute('aria-expanded')).toBe(
      'true',
    );

    expect(errors).toEqual([]);
    await context.close();
  });
});
