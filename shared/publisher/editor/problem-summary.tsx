/**
 * Every problem of the draft at the top of the form, each in `feed check`'s words and a link to
 * its field: the list RGAA asks for, and a way to reach a field far down a long tour.
 */
import type { FeedProblem } from '../../feed/problem.ts';
import type { Draft } from '../draft/draft.ts';
import { problemField } from '../draft/draft-feed.ts';
import { problemWhat } from '../../feed/problem-words.ts';
import { fill } from '../../words/catalog/fill.ts';
import { PROBLEMS } from '../../words/catalog/problems.ts';
import type { EditorKey } from '../../words/catalog/editor.ts';
import { count, lang, openStops, reading, t } from './state.ts';

const LABELS: Record<string, EditorKey> = {
  id: 'id',
  title: 'title',
  region: 'region',
  city: 'city',
  start: 'startsAt',
  end: 'endsAt',
  status: 'status',
  theme: 'theme',
  description: 'description',
  'venue-name': 'venueName',
  'venue-address': 'venueAddress',
  url: 'url',
  registrationUrl: 'registrationUrl',
  programme: 'programme',
  name: 'tourName',
  'organizer-name': 'organizerName',
  'organizer-url': 'organizerUrl',
  baseUrl: 'baseUrl',
};

/**
 * Where, for someone who has never seen JSON: « Étape 3 (Paris), Fin » rather than `stops[2].end`;
 * what is wrong stays in `feed check`'s words.
 */
function problemText(draft: Draft, problem: FeedProblem): string {
  const [head, index, ...rest] = problem.path;
  const field = rest.join('-');
  let place: string;
  if (head === 'stops' && typeof index === 'number') {
    const city = draft.stops[index]?.fields.city;
    const stop = t('stopPlace', index + 1, typeof city === 'string' && city.trim() ? city.trim() : t('stopNew'));
    const item = /^programme-(\d+)/.exec(field);
    const label = item ? t('item', Number(item[1]) + 1) : LABELS[field] && t(LABELS[field]);
    place = label ? `${stop}, ${label}` : stop;
  } else {
    const label = LABELS[problem.path.join('-')];
    place = label ? t(label) : PROBLEMS[lang.value].file;
  }
  return fill(PROBLEMS[lang.value].line, [place, problemWhat(problem, lang.value)]);
}

/** The field to focus: the problem's own, else the closest that exists (a stop's heading). */
function target(draft: Draft, problem: FeedProblem): string {
  const id = problemField(draft, problem);
  const parts = id.split('-');
  for (let end = parts.length; end > 0; end -= 1) {
    const candidate = parts.slice(0, end).join('-');
    if (document.getElementById(candidate)) return candidate;
  }
  return parts[0]?.startsWith('s') ? `${parts[0]}-heading` : 'tour-title';
}

function go(event: Event, draft: Draft, problem: FeedProblem) {
  event.preventDefault();
  // A remark may lie in a folded stop: unfolded first, its field focused once drawn.
  const key = /^s\d+/.exec(problemField(draft, problem))?.[0];
  if (key && !openStops.value.has(key)) {
    openStops.value = new Set([...openStops.value, key]);
    requestAnimationFrame(() => focusTarget(draft, problem));
  } else focusTarget(draft, problem);
}

function focusTarget(draft: Draft, problem: FeedProblem) {
  const element = document.getElementById(target(draft, problem));
  // A stop's heading or fieldset takes the focus too.
  if (element && element.tabIndex < 0 && !/^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(element.tagName))
    element.tabIndex = -1;
  element?.focus();
  element?.scrollIntoView({ block: 'center' });
}

export function ProblemSummary({ draft }: { draft: Draft }) {
  const checked = reading.value;
  if (!checked) return null;
  const errors = checked.problems.filter((problem) => problem.severity === 'error');
  const remarks = checked.problems.filter((problem) => problem.severity !== 'error');
  const title =
    errors.length === 0 && remarks.length === 0
      ? t('problemsNone')
      : [
          errors.length > 0 ? count(errors.length, 'problemsOne', 'problemsMany') : '',
          remarks.length > 0 ? count(remarks.length, 'remarksOne', 'remarksMany') : '',
        ]
          .filter(Boolean)
          .join(', ');
  return (
    <section class={`ed-panel ed-summary${errors.length > 0 ? ' ed-has-errors' : ''}`} aria-labelledby="summary-title">
      <h2 id="summary-title" tabIndex={-1}>
        {title}
      </h2>
      {errors.length > 0 && <p class="ed-lead">{t('problemsLead')}</p>}
      {checked.problems.length > 0 && (
        <ul>
          {checked.problems.map((problem, index) => (
            <li key={index} class={problem.severity === 'error' ? 'ed-error' : 'ed-warning'}>
              <a
                href={`#${problemField(draft, problem) || 'tour-title'}`}
                onClick={(event) => go(event, draft, problem)}
              >
                {problemText(draft, problem)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
