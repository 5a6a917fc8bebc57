import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from '@/lib/corpus/types';
import type { FileAnalysis } from './file-analysis';

/**
 * Parsed articles on disk, one JSON file per article, under `<dir>/<parser version>/`. The key is a hash of the
 * file's name and bytes: the name is in it because the article id (and every mention's articleId) comes from the
 * name. A parser change means a new version folder; older folders are removed when the cache is opened.
 */
export class DiskCache {
  private readonly dir: string;
  private pruned = false;

  constructor(root: string, private readonly version: string) {
    this.dir = path.join(root, version);
  }

  static key(fileName: string, bytes: Uint8Array): string {
    return createHash('sha256').update(fileName).update('\0').update(bytes).digest('hex');
  }

  async get(key: string): Promise<FileAnalysis | null> {
    try {
      return JSON.parse(await readFile(path.join(this.dir, `${key}.json`), 'utf8')) as FileAnalysis;
    } catch {
      return null;
    }
  }

  /** Written through a temporary file and a rename, so that a reader never sees half an entry. Best effort. */
  async put(key: string, value: FileAnalysis): Promise<void> {
    try {
      await this.prune();
      await mkdir(this.dir, { recursive: true });
      const tmp = path.join(this.dir, `.${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
      await writeFile(tmp, JSON.stringify(value));
      await rename(tmp, path.join(this.dir, `${key}.json`));
    } catch (e) {
      console.warn(`[jylnama] cache: could not write ${key}: ${(e as Error).message}`);
    }
  }

  /** The merged corpus as last saved, if it was saved for exactly this key (the keys of all its files). */
  async getCorpus(key: string): Promise<Corpus | null> {
    try {
      if ((await readFile(path.join(this.dir, 'corpus.key'), 'utf8')) !== key) return null;
      const data = JSON.parse(await readFile(path.join(this.dir, 'corpus.json'), 'utf8')) as { key: string; corpus: Corpus };
      return data.key === key ? data.corpus : null;
    } catch {
      return null;
    }
  }

  /** One snapshot of the merged corpus (the latest), so that a restart with nothing changed skips the merge too. */
  async putCorpus(key: string, corpus: Corpus): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
      const tmp = path.join(this.dir, `.corpus.${process.pid}.tmp`);
      await writeFile(tmp, JSON.stringify({ key, corpus }));
      await rename(tmp, path.join(this.dir, 'corpus.json'));
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
