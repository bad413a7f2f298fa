/**
 * One colour of the form: a picker and the same colour as a code one can type (a screen reader
 * user's way in), kept equal, with a message beside the code when it is not a colour.
 */
import { parseHex, toHex } from './contrast.ts';

export interface ColourField {
  readonly group: HTMLElement;
  value: () => string;
  /** Sets the colour without it counting as the member's choice. */
  set: (hex: string) => void;
}

/** `group` holds an `input[type=color]`, an `input[type=text]` and an `.error`; `chosen` hears the member's changes. */
export function colourField(group: HTMLElement, chosen: () => void): ColourField {
  const picker = group.querySelector<HTMLInputElement>('input[type="color"]')!;
  const code = group.querySelector<HTMLInputElement>('input[type="text"]')!;
  const error = group.querySelector<HTMLElement>('.error')!;

  function valid(ok: boolean): void {
    code.setAttribute('aria-invalid', String(!ok));
    error.hidden = ok;
  }
  function set(hex: string): void {
    picker.value = hex;
    code.value = hex;
    valid(true);
  }

  picker.addEventListener('input', () => {
    code.value = picker.value;
    valid(true);
    chosen();
  });
  code.addEventListener('input', () => {
    const colour = parseHex(code.value);
    valid(Boolean(colour));
    if (!colour) return;
    picker.value = toHex(colour);
    chosen();
  });
  return { group, value: () => picker.value.toLowerCase(), set };
}
