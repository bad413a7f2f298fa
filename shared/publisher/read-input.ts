/**
 * A file given to the publisher, read with care: its kind and size are known before a byte is
 * read, and never more than the limit and one byte is read (a device such as /dev/zero has no end,
 * and a file may grow while it is read). Failures are values that name what went wrong.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

export type InputFailure = 'noFile' | 'isDir' | 'notAFile' | 'tooBig' | 'unreadable';
export type Input = { ok: true; bytes: Buffer } | { ok: false; failure: InputFailure };

const CHUNK = 64 * 1024;

async function readUpTo(handle: FileHandle, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) return undefined;
  }
}

export async function readInput(path: string, maxBytes: number): Promise<Input> {
  let handle: FileHandle;
  try {
    // Non-blocking: a FIFO with no writer opens at once (and is then refused) instead of waiting
    // for a writer that may never come, deaf to Ctrl-C.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, failure: code === 'ENOENT' ? 'noFile' : code === 'EISDIR' ? 'isDir' : 'unreadable' };
  }
  try {
    // The kind of what was opened, not of what the name pointed at a moment before.
    const stats = await handle.stat();
    if (stats.isDirectory()) return { ok: false, failure: 'isDir' };
    if (!stats.isFile()) return { ok: false, failure: 'notAFile' };
    if (stats.size > maxBytes) return { ok: false, failure: 'tooBig' };
    const bytes = await readUpTo(handle, maxBytes);
    return bytes ? { ok: true, bytes } : { ok: false, failure: 'tooBig' };
  } catch {
    return { ok: false, failure: 'unreadable' };
  } finally {
    await handle.close();
  }
}
