/**
 * Saves text (or bytes) as a file from the page (a blob link clicked for the visitor): how a calendar file
 * written on the spot reaches the downloads folder, under its own name.
 */
export function saveFile(fileName: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by then; the minute is for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
