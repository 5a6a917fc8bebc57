import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export type RegularRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** How long one read may take before the file is reported as unreadable (a stalled network disk, a device). */
export const READ_TIMEOUT_MS = 5000;

/**
 * Reads a regular file, and nothing else: a symbolic link (which may point out of the folder, at /etc/passwd), a
 * FIFO (whose read would block the server), a device or a folder is refused with the reason. The file is opened
 * without following links and without blocking, then checked on the open handle (no gap between check and read),
 * read up to `maxBytes` and no longer than `timeoutMs`.
 */
export async function readRegularFile(
  file: string,
  maxBytes: number,
  timeoutMs: number = READ_TIMEOUT_MS,
): Promise<RegularRead> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK')
      return { ok: false, reason: 'a symbolic link: only regular files in the folder are read' };
    if (code === 'ENOENT')
      return { ok: false, reason: 'the file could not be read (it vanished while the folder was read)' };
    return { ok: false, reason: `cannot be read: ${(e as Error).message}` };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const stat = await handle.stat();
    if (stat.isFIFO()) return { ok: false, reason: 'a named pipe (FIFO), not a regular file' };
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxBytes) return { ok: false, reason: `file is ${stat.size} bytes; the limit is ${maxBytes}` };
    const reading = (async (): Promise<RegularRead> => {
      // One byte more than the limit: a file that grew since its stat is caught, not read without end.
      const buffer = Buffer.alloc(Math.min(maxBytes + 1, stat.size + 1));
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > maxBytes)
          return { ok: false, reason: `file is more than ${maxBytes} bytes; the limit is ${maxBytes}` };
        if (length === buffer.length) break;
      }
      return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
    })();
    const late = new Promise<RegularRead>((resolve) => {
      timer = setTimeout(
        () => resolve({ ok: false, reason: `reading took longer than ${timeoutMs / 1000} s` }),
        timeoutMs,
      );
    });
    return await Promise.race([reading, late]);
  } catch (e) {
    return { ok: false, reason: `cannot be read: ${(e as Error).message}` };
  } finally {
    if (timer) clearTimeout(timer);
    await handle.close().catch(() => {});
  }
}
