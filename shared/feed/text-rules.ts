/**
 * What the reader does to every piece of feed text before anything shows it or writes it:
 * ill-formed UTF-16 is refused, bidirectional controls are removed.
 */

// A high surrogate not followed by a low one, or a low one not preceded by a high one; written
// without lookbehind, which older Safari lacks.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * False when the text holds half a UTF-16 pair: such a text cannot be encoded (UTF-8, a link's
 * `encodeURIComponent`, which throws), so the reader refuses it rather than guess.
 */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

// Embeddings, overrides, isolates and marks (U+202A–E, U+2066–9, U+200E/F, U+061C): in a French
// feed they serve only to turn the text around them ("Réunion \u202Efdp.exe" reads "exe.pdf").
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The text without bidirectional controls, so that no feed text reorders what surrounds it. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
