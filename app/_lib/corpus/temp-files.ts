import { randomBytes } from 'node:crypto';
import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/** A save's hidden temporary file in the articles folder: `.<12 hex digits>.tmp` (never read as an article). */
export function saveTempName(): string {
  return `.${randomBytes(6).toString('hex')}.tmp`;
}

/** The temporary files this app writes: a save's, and the disk cache's (`.<key>.<pid>.<random>.tmp`, `x.json.<pid>.tmp`). */
const OURS =
  /^\.[0-9a-f]{12}\.tmp$|^\.[0-9a-f]{64}\.\d+\.[0-9a-z]+\.tmp$|^\.corpus\.\d+\.tmp$|^[\w-]+\.json\.\d+\.tmp$/;

/**
 * Removes the temporary files a killed process left in `dir` (kill -9 mid-save, a full disk): only names of the
 * forms above, and only those older than `olderThanMs`, so that a write under way in another process keeps its file.
 * Returns the names removed.
 */
export async function removeStaleTemps(dir: string, olderThanMs = 60_000): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => OURS.test(n));
  const removed: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const s = await stat(file).catch(() => null);
    if (
      s?.isFile() &&
      Date.now() - s.mtimeMs > olderThanMs &&
      (await unlink(file).then(
        () => true,
        () => false,
      ))
    )
      removed.push(name);
  }
  return removed;
}
