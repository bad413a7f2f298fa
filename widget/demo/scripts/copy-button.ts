/**
 * "Copier": the code block's exact text to the clipboard, said in a status line; where the
 * clipboard is refused, the code is selected so that Ctrl+C copies it.
 */
export function copyButton(button: HTMLButtonElement, code: HTMLElement, status: HTMLElement): void {
  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = 'Code copié\u202f: collez-le dans votre page.';
    } catch {
      getSelection()?.selectAllChildren(code);
      status.textContent = 'Code sélectionné\u202f: copiez-le avec Ctrl+C (⌘+C sur Mac).';
    }
  }
  button.addEventListener('click', () => void copy());
  // A "copied" left standing would lie once the code has changed.
  new MutationObserver(() => (status.textContent = '')).observe(code, { childList: true, characterData: true });
}
