import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from '@/lib/corpus/types';
import { corpusProblem, fileAnalysisProblem } from './cache-shape';
import type { FileAnalysis } from '@/lib/corpus/build-corpus';

/**
 * Parsed articles on disk, one JSON file per article, under `<dir>/<parser version>/`. The key is a hash of the
 * file's name and bytes: the name is in it because the article id (and every mention's articleId) comes from the
 * name. A parser change means a new version folder; older folders are removed when the cache is opened.
 */
export class DiskCache {
  private readonly dir: string;
  private pruned = false;

  constructor(
    root: string,
    private readonly version: string,
  ) {
    this.dir = path.join(root, version);
  }

  /** The folder of this parser version's entries. */
  get folder(): string {
    return this.dir;
  }

  static key(fileName: string, bytes: Uint8Array): string {
    return createHash('sha256').update(fileName).update('\0').update(bytes).digest('hex');
  }

  /** The entry, or null when there is none or it is not what a parse gives (then it is removed, and logged). */
  async get(key: string): Promise<FileAnalysis | null> {
    const file = path.join(this.dir, `${key}.json`);
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, 'utf8'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.discard(file, `not JSON: ${(e as Error).message}`);
      return null;
    }
    const problem = fileAnalysisProblem(value);
    if (problem) {
      this.discard(file, problem);
      return null;
    }
    return value as FileAnalysis;
  }

  private discard(file: string, why: string): void {
    console.warn(`[jylnama] cache: discarding ${path.basename(file)} (${why.slice(0, 200)}); it is parsed again`);
    void unlink(file).catch(() => {});
  }

  /** Written through a temporary file and a rename, so that a reader never sees half an entry. Best effort. */
  async put(key: string, value: FileAnalysis): Promise<void> {
    try {
      await this.prune();
      await mkdir(this.dir, { recursive: true });
      const tmp = path.join(this.dir, `.${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
      await writeThenRename(tmp, JSON.stringify(value), path.join(this.dir, `${key}.json`));
    } catch (e) {
      console.warn(`[jylnama] cache: could not write ${key}: ${(e as Error).message}`);
    }
  }

  /** The merged corpus as last saved, if it was saved for exactly this key (the keys of all its files). */
  async getCorpus(key: string): Promise<Corpus | null> {
    try {
      if ((await readFile(path.join(this.dir, 'corpus.key'), 'utf8')) !== key) return null;
      const data = JSON.parse(await readFile(path.join(this.dir, 'corpus.json'), 'utf8')) as {
        key?: unknown;
        corpus?: unknown;
      };
      if (data.key !== key) return null;
      const problem = corpusProblem(data.corpus);
      if (problem) {
        this.discard(path.join(this.dir, 'corpus.json'), problem);
        return null;
      }
      return data.corpus as Corpus;
    } catch {
      return null;
    }
  }

  /** One snapshot of the merged corpus (the latest), so that a restart with nothing changed skips the merge too. */
  async putCorpus(key: string, corpus: Corpus): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
      const tmp = path.join(this.dir, `.corpus.${process.pid}.tmp`);
      await writeThenRename(tmp, JSON.stringify({ key, corpus }), path.join(this.dir, 'corpus.json'));
      await writeFile(path.join(this.dir, 'corpus.key'), key);
    } catch (e) {
      console.warn(`[jylnama] cache: could not write the corpus snapshot: ${(e as Error).message}`);
    }
  }

  private async prune(): Promise<void> {
    if (this.pruned) return;
    this.pruned = true;
    const root = path.dirname(this.dir);
    for (const name of await readdir(root).catch(() => [] as string[])) {
      if (name !== this.version) await rm(path.join(root, name), { recursive: true, force: true }).catch(() => {});
    }
  }
}

/** Writes `tmp`, then renames it to `file`; a failed write (a full disk) leaves no temporary file behind. */
export async function writeThenRename(tmp: string, data: string, file: string): Promise<void> {
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
}
