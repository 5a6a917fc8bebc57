import { createHash } from 'node:crypto';
import { link, mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_ARTICLE_BYTES, mapLimit } from '@/app/_lib/corpus/store';
import { readRegularFile } from '@/app/_lib/corpus/read-regular';
import { saveTempName } from '@/app/_lib/corpus/temp-files';
import type { Prepared } from './prepare';

export type SaveResult = { status: 'added'; fileName: string } | { status: 'skipped'; fileName: string };

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Content hash → file name of every article already in the folder, so that a copy under another name is caught. */
export async function existingArticles(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.txt'));
  const out = new Map<string, string>();
  await mapLimit(names, 32, async (name) => {
    // Only regular files: a FIFO among them must not hang the save (the store reports it as a problem).
    const read = await readRegularFile(path.join(dir, name), MAX_ARTICLE_BYTES);
    if (read.ok) out.set(sha(read.bytes), name);
  });
  return out;
}

/**
 * Saves a prepared article into `dir`: written to a hidden temporary file, then hard-linked to its name, which
 * fails if that name exists, so nothing is ever overwritten, and a reader never sees a half-written article.
 * The same content already in the folder (under any name) is skipped. `existing` is updated.
 */
export async function saveArticle(
  dir: string,
  prepared: Extract<Prepared, { ok: true }>,
  existing: Map<string, string>,
): Promise<SaveResult> {
  const hash = sha(prepared.bytes);
  const already = existing.get(hash);
  if (already) return { status: 'skipped', fileName: already };
  const root = path.resolve(dir);
  const target = path.resolve(root, prepared.fileName);
  if (path.dirname(target) !== root || !/^[^./\\][^/\\]*\.txt$/.test(prepared.fileName)) {
    throw new Error(`refusing the file name "${prepared.fileName}"`);
  }
  await mkdir(root, { recursive: true });
  const tmp = path.join(root, saveTempName());
  try {
    await writeFile(tmp, prepared.bytes, { flag: 'wx' });
  } catch (e) {
    // A full disk leaves a partial file: nothing stays behind, and the error says why.
    await unlink(tmp).catch(() => {});
    throw new Error(`${prepared.fileName} could not be saved: ${(e as Error).message}`);
  }
  try {
    await link(tmp, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    // The name holds the content's hash, so an existing file of that name is this article, unless it was edited.
    const there = await readRegularFile(target, MAX_ARTICLE_BYTES);
    if (there.ok && sha(there.bytes) === hash) return { status: 'skipped', fileName: prepared.fileName };
    throw new Error(`${prepared.fileName} already exists with other content; not overwritten`);
  } finally {
    await unlink(tmp).catch(() => {});
  }
  existing.set(hash, prepared.fileName);
  return { status: 'added', fileName: prepared.fileName };
}
