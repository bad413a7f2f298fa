/**
 * The editor's state, as signals: the draft (kept in the browser's storage at every change, so a
 * reload or a crash loses nothing), the language, the last message and what "Annuler" would bring
 * back. The draft's reading by the core is derived, so every field's problems follow each keystroke.
 */
import { computed, effect, signal } from '@preact/signals';
import type { FeedProblem } from '../../feed/problem.ts';
import type { FeedResult } from '../../feed/read-feed.ts';
import { fill, plural } from '../../words/catalog/fill.ts';
import { EDITOR, type EditorKey } from '../../words/catalog/editor.ts';
import { pickLang, type Lang } from '../../words/lang.ts';
import type { Draft } from '../draft/draft.ts';
import { problemField, readDraft } from '../draft/draft-feed.ts';
import { baseUrlProblem } from '../draft/publish-draft.ts';
import { readStoredDraft, storeDraft } from '../draft/stored-draft.ts';

export const DRAFT_KEY = 'intercotour-editor-draft';

export const lang = signal<Lang>(pickLang(new URLSearchParams(location.search).get('lang') ?? 'fr'));

export const t = (key: EditorKey, ...holes: (string | number)[]) => fill(EDITOR[lang.value][key], holes);
export const count = (n: number, one: EditorKey, many: EditorKey) => t(plural(lang.value, n, one, many), n);

export interface Message {
  text: string;
  /** Lines in the publisher's words (what was wrong in a file, what an import left out). */
  lines?: string[];
  /** The draft "Annuler" brings back. */
  undo?: Draft;
  failed?: boolean;
}

export const message = signal<Message | undefined>(undefined);

/** The stops whose form is unfolded (a stop with a problem is unfolded anyway). */
export const openStops = signal<ReadonlySet<string>>(new Set());
export const storageFailed = signal(false);

function restore(): { draft: Draft; savedAt: number } | undefined {
  try {
    return readStoredDraft(localStorage.getItem(DRAFT_KEY));
  } catch {
    storageFailed.value = true;
    return undefined;
  }
}

const kept = restore();
export const draft = signal<Draft | undefined>(kept?.draft);
if (kept) {
  const when = new Intl.DateTimeFormat(lang.value, { dateStyle: 'long', timeStyle: 'short' }).format(kept.savedAt);
  message.value = { text: t('restored', when) };
}

effect(() => {
  const current = draft.value;
  if (!current) return;
  try {
    localStorage.setItem(DRAFT_KEY, storeDraft(current, Date.now()));
    storageFailed.value = false;
  } catch {
    storageFailed.value = true;
  }
});

/** A new draft from a person's action; `undoable` keeps the one it replaces for "Annuler". */
export function replaceDraft(next: Draft, text: string, undoable = true, lines?: string[]) {
  const previous = draft.value;
  draft.value = next;
  message.value = {
    text,
    ...(lines && lines.length > 0 ? { lines } : {}),
    ...(undoable && previous ? { undo: previous } : {}),
  };
}

export function edit(change: (current: Draft) => Draft) {
  if (draft.value) draft.value = change(draft.value);
}

export interface Reading {
  /** The feed the draft makes, as the products would read it (for the preview). */
  result: FeedResult;
  problems: FeedProblem[];
  /** Problems by the form field they belong to (`s3-start`, `tour-name`). */
  byField: Map<string, FeedProblem[]>;
  errors: number;
}

export const reading = computed((): Reading | undefined => {
  const current = draft.value;
  if (!current) return undefined;
  const result = readDraft(current, new Date());
  const wrongBase = baseUrlProblem(current);
  const problems = [...result.problems, ...(wrongBase ? [wrongBase] : [])];
  const byField = new Map<string, FeedProblem[]>();
  for (const problem of problems) {
    const field = problemField(current, problem);
    byField.set(field, [...(byField.get(field) ?? []), problem]);
  }
  return { result, problems, byField, errors: problems.filter((problem) => problem.severity === 'error').length };
});
