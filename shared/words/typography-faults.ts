/**
 * Test-only: what a French reader would notice in a text, as a list of faults (empty when the
 * text is right). The rules the catalog follows: U+202F before « : ; ! ? » and inside « »,
 * ’ for the apostrophe, « 1ᵉʳ » for the first of the month.
 */
const NARROW = '\u202f';

/**
 * The few places where `: ; ! ?` are not French punctuation: links (`https://x.fr/a?b=1`, or a
 * bare `http://` named in a sentence) and the digits of a time or an instant (`09:00`,
 * `2019-06-26T09:00:00+02:00`).
 */
function isNotPunctuation(text: string, index: number): boolean {
  return text[index] === ':' && /\d/.test(text[index - 1] ?? '') && /\d/.test(text[index + 1] ?? '');
}

const around = (text: string, index: number) => JSON.stringify(text.slice(Math.max(0, index - 12), index + 12));

export function frenchTypographyFaults(written: string): string[] {
  const text = written.replace(/\bhttps?:\/\/\S*/g, (link) => '-'.repeat(link.length));
  const faults: string[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === "'") faults.push(`straight apostrophe (’ wanted) at ${around(text, index)}`);
    if (':;!?'.includes(char) && !isNotPunctuation(text, index) && text[index - 1] !== NARROW) {
      faults.push(`no narrow no-break space before "${char}" at ${around(text, index)}`);
    }
    if (char === '«' && text[index + 1] !== NARROW)
      faults.push(`no narrow no-break space after « at ${around(text, index)}`);
    if (char === '»' && text[index - 1] !== NARROW)
      faults.push(`no narrow no-break space before » at ${around(text, index)}`);
  }
  for (const match of text.matchAll(/\b1er\b/g)) faults.push(`"1er" (1ᵉʳ wanted) at ${around(text, match.index)}`);
  return faults;
}

/** English keeps plain ASCII punctuation: no French spaces or guillemets, a straight apostrophe. */
export function englishTypographyFaults(text: string): string[] {
  const faults: string[] = [];
  for (const match of text.matchAll(/[\u202f\u00a0][:;!?]|[«»’]/g)) {
    faults.push(`French typography in English at ${around(text, match.index)}`);
  }
  return faults;
}
