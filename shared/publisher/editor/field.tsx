/**
 * One labelled form field with its help and its problems beside it, tied to it for assistive
 * technologies (`aria-describedby`, `aria-invalid`): RGAA's rules for forms. The problems are the
 * core's, in `feed check`'s words without the place, since the place is the field itself.
 */
import type { ComponentChildren } from 'preact';
import { problemWhat } from '../../feed/problem-words.ts';
import type { FeedProblem } from '../../feed/problem.ts';
import { lang, reading } from './state.ts';

export const problemsAt = (id: string): FeedProblem[] => reading.value?.byField.get(id) ?? [];

/** The ids a field's description is made of: its problems first, then its help. */
export function described(id: string, help?: string): Record<string, string | boolean> {
  const problems = problemsAt(id);
  const ids = [problems.length > 0 ? `${id}-problems` : '', help ? `${id}-help` : ''].filter(Boolean).join(' ');
  return {
    ...(ids ? { 'aria-describedby': ids } : {}),
    ...(problems.some((problem) => problem.severity === 'error') ? { 'aria-invalid': true } : {}),
  };
}

export function Problems({ id, problems = problemsAt(id) }: { id: string; problems?: FeedProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul class="ed-problems" id={`${id}-problems`}>
      {problems.map((problem, index) => (
        <li key={index} class={problem.severity === 'error' ? 'ed-error' : 'ed-warning'}>
          {problemWhat(problem, lang.value)}
        </li>
      ))}
    </ul>
  );
}

const text = (value: unknown) => (typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value));

interface FieldProps {
  id: string;
  label: string;
  help?: string;
  value: unknown;
  onInput: (value: string) => void;
  type?: 'text' | 'url' | 'date' | 'time';
  multiline?: boolean;
  readOnly?: boolean;
  required?: boolean;
  wide?: boolean;
  children?: ComponentChildren;
}

export function Field({
  id,
  label,
  help,
  value,
  onInput,
  type = 'text',
  multiline,
  readOnly,
  required,
  wide,
  children,
}: FieldProps) {
  // One element for every kind of field; Preact's types tie each `type` to its own element.
  const kind: Record<string, string> = { type };
  const common = {
    id,
    value: text(value),
    readOnly,
    required,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
    ...described(id, help),
  };
  return (
    <div class={`ed-field${wide ? ' ed-wide' : ''}`}>
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={4} />
      ) : (
        <input {...common} {...kind} spellcheck={type === 'text'} autocomplete="off" />
      )}
      <Problems id={id} />
      {help && (
        <p class="ed-help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {children}
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectProps {
  id: string;
  label: string;
  value: unknown;
  options: Option[];
  /** The first choice, for no value. */
  none?: string;
  help?: string;
  required?: boolean;
  onChange: (value: string) => void;
}

export function Select({ id, label, value, options, none, help, required, onChange }: SelectProps) {
  const current = text(value);
  // A value from a file that is not among the choices stays visible (and its problem beside it).
  const unknown = current !== '' && !options.some((option) => option.value === current);
  return (
    <div class="ed-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={current}
        required={required}
        onChange={(event) => onChange(event.currentTarget.value)}
        {...described(id, help)}
      >
        {none !== undefined && <option value="">{none}</option>}
        {unknown && <option value={current}>{current}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Problems id={id} />
      {help && (
        <p class="ed-help" id={`${id}-help`}>
          {help}
        </p>
      )}
    </div>
  );
}
