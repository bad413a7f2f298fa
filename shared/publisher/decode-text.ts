/**
 * The text of an agenda file, whatever its encoding: UTF-8 as the format asks (RFC 5545 §6), else
 * UTF-16 by its byte-order mark, else Windows-1252, the Western European encoding that older
 * Windows programs write, so that accents come through instead of turning into `�`.
 */
export type TextEncoding = 'utf-8' | 'utf-16' | 'windows-1252';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(label).decode(bytes), encoding: 'utf-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
