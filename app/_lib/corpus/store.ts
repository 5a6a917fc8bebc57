import { watch, type FSWatcher } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleFailure } from '@/lib/article/types';
import { mergeAnalysed } from '@/lib/corpus/build-corpus';
import type { AnalysedArticle, Corpus } from '@/lib/corpus/types';
import { DiskCache } from './disk-cache';
import { analyseFile, type FileAnalysis } from './file-analysis';

/** Larger files are refused before they are read: an article is a few KB, a runaway file must not eat the heap. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface StoreOptions {
  dir: string;
  /** Where parsed articles are cached (null: no disk cache). */
  cacheDir: string | null;
  parserVersion: string | null;
  /** Watch the folder (fs.watch) and refresh a short while after a change. Default true. */
  watch?: boolean;
  /** Quiet time after the last change event before refreshing. */
  debounceMs?: number;
  /** Even with a watcher, the folder's listing (names, sizes, mtimes) is checked again this often. */
  recheckMs?: number;
  log?: (line: string) => void;
}

interface Entry {
  /** size:mtime: the file is read again only when this changes. */
  stamp: string;
  result: FileAnalysis;
}

export interface RefreshStats {
  files: number;
  parsed: number;
  fromDisk: number;
  reused: number;
  merged: boolean;
  ms: number;
}

/**
 * The corpus over one folder, kept up to date as files come and go:
 * - per file, the analysis is kept in memory under its size and mtime, and on disk under a hash of its name and
 *   bytes (and the parser version), so a changed file is the only one parsed again, and a restart parses nothing
 *   that was parsed before;
 * - fs.watch on the folder marks the corpus stale and refreshes it after a short debounce, so a dropped file shows
 *   within a second or so without a request having to wait for it; the folder's listing is checked again every
 *   few seconds as well, for file systems where watching does not work;
 * - the merge across articles runs only when some file changed.
 */
export class CorpusStore {
  private readonly entries = new Map<string, Entry>();
  private readonly cache: DiskCache | null;
  private corpus: Corpus | null = null;
  /** Bumped by every change seen (watcher event, invalidate); `done` is the last one a finished refresh covered. */
  private changes = 1;
  private done = 0;
  private lastCheck = 0;
  private running: Promise<void> | null = null;
  private again = false;
  private watcher: FSWatcher | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  lastStats: RefreshStats | null = null;

  constructor(private readonly opts: StoreOptions) {
    this.cache = opts.cacheDir && opts.parserVersion ? new DiskCache(opts.cacheDir, opts.parserVersion) : null;
  }

  get dir(): string {
    return this.opts.dir;
  }

  /** The current corpus; the first call (and any call after a change was seen) waits for the refresh. */
  async get(): Promise<Corpus> {
    this.startWatching();
    const stale = Date.now() - this.lastCheck > (this.opts.recheckMs ?? 5000);
    // A known change waits for the refresh that covers it, even one already under way.
    if (this.corpus === null || this.done < this.changes) await this.refresh();
    else if (stale || this.watcher === null) {
      // Without a watcher every request checks the listing (the old behaviour); with one, a background check.
      if (this.watcher === null) await this.refresh();
      else void this.refresh();
    }
    return this.corpus!;
  }

  /** Marks the corpus stale (a file was written through the app) so that the next `get` sees it. */
  invalidate(): void {
    this.changes++;
  }

  close(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.timer) clearTimeout(this.timer);
  }

  private startWatching(): void {
    if (this.watcher !== null || this.opts.watch === false) return;
    try {
      this.watcher = watch(this.opts.dir, { persistent: false }, () => {
        this.changes++;
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), this.opts.debounceMs ?? 150);
        this.timer.unref?.();
      });
      this.watcher.on('error', () => {
        this.watcher?.close();
        this.watcher = null;
      });
    } catch {
      this.watcher = null; // no such folder yet, or no watching here: the listing check does the work
    }
  }

  /** One refresh at a time; a change seen while one runs makes another run after it. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          const covers = this.changes;
          await this.refreshOnce();
          this.done = Math.max(this.done, covers);
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async refreshOnce(): Promise<void> {
    const t0 = performance.now();
    const dir = this.opts.dir;
    this.lastCheck = Date.now();
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.txt')).sort();
    const stamps = await mapLimit(names, 64, async (n) => {
      const s = await stat(path.join(dir, n)).catch(() => null);
      return s ? { size: s.size, stamp: `${s.size}:${s.mtimeMs}`, file: s.isFile() } : null;
    });
    const stats: RefreshStats = { files: names.length, parsed: 0, fromDisk: 0, reused: 0, merged: false, ms: 0 };
    let changed = this.corpus === null || names.length !== this.entries.size;
    const seen = new Set(names);
    for (const name of this.entries.keys()) if (!seen.has(name)) changed = true;

    await mapLimit(names, 32, async (fileName, i) => {
      const s = stamps[i];
      const stamp = s?.stamp ?? 'missing';
      const known = this.entries.get(fileName);
      if (known && known.stamp === stamp) {
        stats.reused++;
        return;
      }
      changed = true;
      const result = await this.load(fileName, s ?? null, stats);
      this.entries.set(fileName, { stamp, result });
    });
    for (const name of [...this.entries.keys()]) if (!seen.has(name)) this.entries.delete(name);

    if (changed) {
      const articles: AnalysedArticle[] = [];
      const failures: ArticleFailure[] = [];
      for (const { result } of this.entries.values()) {
        if (result.ok) articles.push(result.analysed);
        else failures.push(result.failure);
      }
      const corpus = mergeAnalysed(articles, failures);
      const before = new Set(this.corpus?.failures.map((f) => `${f.fileName}: ${f.reason}`) ?? []);
      for (const f of corpus.failures) {
        const line = `${f.fileName}: ${f.reason}`;
        if (!before.has(line)) (this.opts.log ?? console.warn)(`[jylnama] ${line}`);
      }
      this.corpus = corpus;
      stats.merged = true;
    }
    stats.ms = performance.now() - t0;
    this.lastStats = stats;
  }

  private async load(fileName: string, s: { size: number; file: boolean } | null, stats: RefreshStats): Promise<FileAnalysis> {
    const id = fileName.replace(/\.txt$/i, '');
    const fail = (reason: string): FileAnalysis => ({ ok: false, failure: { id, fileName, reason } });
    if (s === null) return fail('the file could not be read (it vanished while the folder was read)');
    if (!s.file) return fail('not a regular file');
    if (s.size > MAX_ARTICLE_BYTES) return fail(`file is ${s.size} bytes; the limit is ${MAX_ARTICLE_BYTES}`);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path.join(this.opts.dir, fileName)));
    } catch (e) {
      return fail(`cannot be read: ${(e as Error).message}`);
    }
    const key = this.cache ? DiskCache.key(fileName, bytes) : '';
    if (this.cache) {
      const hit = await this.cache.get(key);
      if (hit) {
        stats.fromDisk++;
        return hit;
      }
    }
    stats.parsed++;
    const result = analyseFile(fileName, bytes);
    if (this.cache) await this.cache.put(key, result);
    return result;
  }
}

/** `Promise.all(items.map(fn))` with at most `limit` calls in flight: ten thousand files must not mean 10,000 open handles. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
