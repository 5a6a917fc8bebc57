import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { lstat, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleFailure } from '@/lib/article/types';
import { withAddedArticles } from '@/lib/corpus/add-articles';
import { analyseFile, mergeAnalysed, type FileAnalysis } from '@/lib/corpus/build-corpus';
import { findArticle } from '@/lib/corpus/query';
import type { AnalysedArticle, Corpus, CorpusEvent, CorpusView } from '@/lib/corpus/types';
import { eventsInWindow, type WindowFilter } from './event-query';
import { emptyHistory, movedTo, parseIdHistory, updateIdHistory, type IdHistory } from '@/lib/corpus/id-history';
import { CORPUS_CHANNEL, type CorpusRepository, type PublishedState } from '@/app/_lib/db/corpus-repository';
import { CORRECTIONS_CHANNEL, type CorrectionsRepository } from '@/app/_lib/db/corrections-repository';
import { applyCorrections, type Corrected } from '@/lib/corpus/corrections/apply';
import type { Correction } from '@/lib/corpus/corrections/types';
import { DiskCache, writeThenRename } from './disk-cache';
import { ParsePool } from './parse-pool';
import { readRegularFile } from './read-regular';
import { removeStaleTemps } from './temp-files';
import { MAX_ARTICLE_BYTES } from '@/lib/model';
import { articleIdFromFileName } from '@/lib/article/read-article';

/** After a publish that failed (the database went away), the next try. */
const PUBLISH_RETRY_MS = 2000;

/** More new files than this at once (a folder copied in) are merged in full straight away. */
const PROVISIONAL_MAX_FILES = 50;

/** Larger files are refused before they are read: an article is a few KB, a runaway file must not eat the heap. */
export { MAX_ARTICLE_BYTES } from '@/lib/model';

export interface StoreOptions {
  dir: string;
  /** Where parsed articles are cached (null: no disk cache). */
  cacheDir: string | null;
  parserVersion: string | null;
  /** A parse worker script (parse-pool.ts): many files are then parsed on worker threads. Null or absent: in this thread. */
  parseWorker?: string | null;
  /** Watch the folder (fs.watch) and refresh a short while after a change. Default true. */
  watch?: boolean;
  /** Quiet time after the last change event before refreshing. */
  debounceMs?: number;
  /** How long after a merge the corpus snapshot is written (default 2 s). */
  snapshotDelayMs?: number;
  /** How long after new files were added provisionally the full merge runs (default 250 ms). */
  fullMergeDelayMs?: number;
  /** Even with a watcher, the folder's listing (names, sizes, mtimes) is checked again this often. */
  recheckMs?: number;
  log?: (line: string) => void;
  /**
   * The PostgreSQL store (app/_lib/db): what was parsed is kept there for every server, each merged corpus is
   * published there, and a corpus another server published is followed (NOTIFY). Absent or null: this process
   * alone, with the disk cache.
   */
  database?: Promise<StoreDatabase> | null;
  /** Read the folder (default true). False: serve the corpus published in the database, and follow it. */
  readFolder?: boolean;
}

export interface StoreDatabase {
  repo: CorpusRepository;
  listen(channel: string, onMessage: (payload: string) => void): Promise<void>;
  /** False while the database server is known to be away (open.ts `reachable`); absent: always reachable. */
  reachable?: () => boolean;
  /** Editors' corrections (absent: none are kept, and none can be made). */
  corrections?: CorrectionsRepository;
}

/** The corrections as applied to the corpus served (lib/corpus/corrections/apply.ts), with every one ever made. */
export interface CorrectionState extends Corrected {
  all: Correction[];
  /** The events as the merge left them (hidden ones too): what a correction's history is resolved against. */
  merged: CorpusEvent[];
}

/** Thrown by a write when this server does not read the folder (it serves what the database has). */
export class FolderNotRead extends Error {}

interface Entry {
  /** size:mtime: the file is read again only when this changes. */
  stamp: string;
  /** Hash of name and bytes (or why there are no bytes): what the disk cache and the corpus snapshot are keyed by. */
  key: string;
  result: FileAnalysis;
}

/** A file read but not yet analysed. */
interface Pending {
  fileName: string;
  stamp: string;
  key: string;
  bytes: Uint8Array | null;
  failure: FileAnalysis | null;
}

export interface RefreshStats {
  files: number;
  parsed: number;
  fromDisk: number;
  reused: number;
  merged: boolean;
  /** New files were added to the corpus without a full merge (one follows in the background). */
  provisional: boolean;
  /** The whole corpus came from the on-disk snapshot (a restart with nothing changed). */
  fromSnapshot: boolean;
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
  private readonly pool: ParsePool | null;
  /** This refresh has enough files to parse to hand them to the pool. */
  private usePool = false;
  private cleaned = false;
  /** The corpus served. */
  private corpus: CorpusView | null = null;
  /**
   * The same with every article's text and analysis, on a server that reads the folder (it merges); null on one
   * that only serves (JYLNAMA_READ_FOLDER=off), which reads an article from the database when a page asks for it.
   */
  private full: Corpus | null = null;
  /** Bumped by every change seen (watcher event, invalidate); `done` is the last one a finished refresh covered. */
  private changes = 1;
  private done = 0;
  /** The change a request must see before it is answered (a save through the app); watcher changes need not be. */
  private mustWait = 0;
  private lastCheck = 0;
  /** Files the watcher named since the last refresh; `fullCheck`: list the whole folder next time. */
  private readonly named = new Set<string>();
  private fullCheck = true;
  private running: Promise<void> | null = null;
  private again = false;
  private watcher: FSWatcher | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private snapshotTimer: ReturnType<typeof setTimeout> | null = null;
  /** New files were added provisionally (withAddedArticles); a full merge is due. */
  private mergeDue = false;
  /** Its time has come (the timer fired, or `settle`). */
  private mergeNow = false;
  private mergeTimer: ReturnType<typeof setTimeout> | null = null;
  /** Parsed files not yet in the disk cache, and the writing under way. */
  private unwritten: Array<[string, FileAnalysis]> = [];
  private writing: Promise<void> = Promise.resolve();
  /**
   * Bumped each time another corpus is installed: the page cache in front of Next (scripts/page-cache.mjs, in the
   * same process) keys what it keeps by it, so that no page rendered from an older corpus is served.
   */
  version = 0;
  /** What the last refresh that changed the corpus did. */
  lastStats: RefreshStats | null = null;
  /** Every event id served so far and what became of it (kept beside the cache, across restarts and parser versions). */
  private ids: IdHistory = emptyHistory();
  private idsLoaded = false;
  /** The key of the corpus served (its files and their bytes), and the database version it is, when it came from there. */
  private servedKey: string | null = null;
  private servedVersion = 0;
  private listening: Promise<void> | null = null;
  /** Publishing to the database, one at a time, in the order merged. */
  private publishing: Promise<void> = Promise.resolve();
  /** Set by close(): notifications and timers that come later do nothing. */
  private closed = false;
  /** The last failure to reach the database, for /api/health (null: the last call worked). */
  databaseError: string | null = null;
  /** The corpus that is in the database as version `servedVersion` (a provisional one never is). */
  private inDatabase: CorpusView | null = null;
  private readonly eventMaps = new WeakMap<CorpusView, Map<string, CorpusEvent>>();
  /** When the corpus served was merged (here, or by the server that published it), and where. */
  mergedAt: Date | null = null;
  private mergedHere = false;
  private idsTimer: ReturnType<typeof setTimeout> | null = null;

  /** The database once open (for `databaseDown`, which must answer without waiting). */
  private openedDatabase: StoreDatabase | null = null;

  /**
   * The database server is away: pages answer 503 until it is back (scripts/database-outage.mjs, in front of Next,
   * reads this), since what this server holds may be behind what the others have published meanwhile.
   */
  get databaseDown(): boolean {
    return this.openedDatabase?.reachable?.() === false;
  }

  constructor(private readonly opts: StoreOptions) {
    void opts.database?.then(
      (d) => (this.openedDatabase = d),
      () => {},
    );
    this.cache = opts.cacheDir && opts.parserVersion ? new DiskCache(opts.cacheDir, opts.parserVersion) : null;
    this.pool = opts.parseWorker ? new ParsePool({ workerFile: opts.parseWorker, log: opts.log }) : null;
  }

  get dir(): string {
    return this.opts.dir;
  }

  /** False on a server that serves the database's corpus only (JYLNAMA_READ_FOLDER=off): it takes no articles. */
  get readsFolder(): boolean {
    return this.opts.readFolder !== false;
  }

  /** What /api/health reports of the corpus served. */
  get servedState(): {
    version: number;
    databaseVersion: number;
    mergedAt: Date | null;
    mergedHere: boolean;
    events: number;
    articles: number;
    failures: number;
  } | null {
    if (!this.corpus) return null;
    return {
      version: this.version,
      databaseVersion: this.servedVersion,
      mergedAt: this.mergedAt,
      mergedHere: this.mergedHere,
      events: this.corpus.events.length,
      articles: this.corpus.articles.length,
      failures: this.corpus.failures.length,
    };
  }

  /**
   * Where a former event id leads now (it was split, joined or renamed by a later article): the current ids holding
   * its sentences, most first; `[]` when they are all gone; null when the id was never served.
   */
  async movedTo(id: string): Promise<string[] | null> {
    await this.get();
    if (!this.readsFolder) return (await this.opts.database!).repo.movedTo(id);
    return movedTo(this.ids, id);
  }

  /**
   * One article with its text and what was found in it: from memory on a server that reads the folder, else from
   * the database (one row), when the corpus served has it.
   */
  async article(id: string): Promise<AnalysedArticle | undefined> {
    const corpus = await this.get();
    if (this.full) return findArticle(this.full, id);
    if (!findArticle(corpus, id) || !this.opts.database) return undefined;
    return (await this.opts.database).repo.article(id);
  }

  private get idsFile(): string | null {
    return this.opts.cacheDir ? path.join(this.opts.cacheDir, 'event-ids.json') : null;
  }

  /** Makes `corpus` the current one and notes what became of the ids the previous one served. */
  private async install(corpus: CorpusView, full: Corpus | null): Promise<void> {
    if (!this.idsLoaded) {
      this.idsLoaded = true;
      const file = this.idsFile;
      if (file) this.ids = parseIdHistory(await readFile(file, 'utf8').catch(() => ''));
    }
    this.corpus = corpus;
    this.full = full;
    this.version++;
    // A server that only serves follows the history in the database (movedTo): it never writes one.
    if (!this.readsFolder) return;
    this.ids = updateIdHistory(this.ids, corpus.events);
    const file = this.idsFile;
    if (!file) return;
    if (this.idsTimer) clearTimeout(this.idsTimer);
    this.idsTimer = setTimeout(() => void this.writeIds(), this.opts.snapshotDelayMs ?? 2000);
    this.idsTimer.unref?.();
  }

  /** Written through a temporary file and a rename, so that a reader never sees half of it. Best effort. */
  private async writeIds(): Promise<void> {
    const file = this.idsFile;
    this.idsTimer = null;
    if (!file) return;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeThenRename(`${file}.${process.pid}.tmp`, JSON.stringify(this.ids), file);
    } catch (e) {
      (this.opts.log ?? console.warn)(`[jylnama] could not save event ids: ${(e as Error).message}`);
    }
  }

  /** Every correction made, in order (loaded once, then again whenever one is announced). */
  private corrections: Correction[] = [];
  private correctionsReady: Promise<void> | null = null;
  private correctedMemo: {
    view: CorpusView;
    corrections: Correction[];
    served: CorpusView;
    applied: Corrected;
    touched: Set<string>;
  } | null = null;

  /** The current corpus as editors corrected it; the first call (and any after a change was seen) waits for the refresh. */
  async get(): Promise<CorpusView> {
    const view = await this.getMerged();
    // With the database away the corrections last read are applied (none, if it never answered): the outage page
    // (scripts/database-outage.mjs) keeps readers off a server in that state.
    await this.loadCorrections().catch((e: Error) => this.noteDatabaseError(e));
    return this.corrected(view).served;
  }

  /** What the corrections did to the corpus served: hidden events, orphans, each event's corrections. */
  async correctionState(): Promise<CorrectionState> {
    const view = await this.getMerged();
    await this.loadCorrections();
    return { ...this.corrected(view).applied, all: this.corrections, merged: view.events };
  }

  /**
   * The event with this id as the merge left it (hidden ones too), else one only editors made (split off from
   * another): what a correction or a history is about.
   */
  async correctableEvent(id: string): Promise<CorpusEvent | undefined> {
    const state = await this.correctionState();
    return (
      state.merged.find((e) => e.id === id) ??
      (await this.get()).events.find((e) => e.id === id) ??
      state.hidden.find((e) => e.id === id)
    );
  }

  /** The corrections store, when there is one (there is none without a database). */
  async correctionsRepository(): Promise<CorrectionsRepository | null> {
    return (await this.opts.database)?.corrections ?? null;
  }

  /** Reads the corrections again (after one was made here: the answer must show it without waiting for NOTIFY). */
  async reloadCorrections(): Promise<void> {
    const repo = await this.correctionsRepository();
    if (!repo) return;
    const all = await repo.all();
    if (all.length !== this.corrections.length || all.some((c, i) => c.id !== this.corrections[i]?.id)) {
      this.corrections = all;
      // Pages kept by the page cache in front of Next were rendered without it.
      this.version++;
    }
  }

  private loadCorrections(): Promise<void> {
    this.correctionsReady ??= (async () => {
      const db = await this.opts.database;
      if (!db?.corrections) return;
      await db.listen(
        CORRECTIONS_CHANNEL,
        () => void (this.closed ? undefined : this.reloadCorrections().catch((e: Error) => this.noteDatabaseError(e))),
      );
      await this.reloadCorrections();
    })().catch((e: Error) => {
      this.correctionsReady = null;
      throw e;
    });
    return this.correctionsReady;
  }

  /** The corpus with the corrections applied: the same object when none applies (the database's windows stay usable). */
  private corrected(view: CorpusView): { served: CorpusView; applied: Corrected } {
    const memo = this.correctedMemo;
    if (memo && memo.view === view && memo.corrections === this.corrections) return memo;
    const applied = applyCorrections(view.events, this.corrections);
    const served =
      applied.applied.size === 0 ? view : { articles: view.articles, failures: view.failures, events: applied.events };
    // The events the corrections made anew (changed, merged, split): a window finds these in memory, the rest in SQL.
    const machine = new Set(view.events);
    const touched = new Set(served.events.filter((e) => !machine.has(e)).map((e) => e.id));
    this.correctedMemo = { view, corrections: this.corrections, served, applied, touched };
    return this.correctedMemo;
  }

  /** The merged corpus, as the merge left it. */
  private async getMerged(): Promise<CorpusView> {
    if (this.opts.database) await this.follow();
    if (this.opts.readFolder === false) {
      if (this.corpus === null) await this.loadPublished();
      // Nothing published yet: an empty corpus until a server that reads a folder publishes one.
      if (this.corpus === null) await this.install({ articles: [], failures: [], events: [] }, null);
      return this.corpus!;
    }
    this.startWatching();
    const stale = Date.now() - this.lastCheck > (this.opts.recheckMs ?? 5000);
    // A save through the app waits for the refresh that covers it (the editor is sent to the new article). A file
    // the watcher saw is parsed in the background: no request waits on a parse it did not ask for, and the corpus
    // it gets is the one before that file, until the parse is done.
    if (this.corpus === null || this.done < this.mustWait || (this.done < this.changes && this.watcher === null))
      await this.refresh();
    else if (this.done < this.changes) void this.refresh();
    else if (stale || this.watcher === null) {
      this.fullCheck = true;
      // Without a watcher every request checks the listing (the old behaviour); with one, a background check.
      if (this.watcher === null) await this.refresh();
      else void this.refresh();
    }
    return this.corpus!;
  }

  /** Listens for corpora other servers publish (once); the first call waits until the database is open. */
  private follow(): Promise<void> {
    this.listening ??= (async () => {
      const db = await this.opts.database!;
      await db.listen(CORPUS_CHANNEL, (payload) => void this.onPublished(payload));
    })();
    return this.listening;
  }

  /** Another server (or this one) published version `payload` (empty: unknown, look): served here if it is newer. */
  private async onPublished(payload: string): Promise<void> {
    if (this.closed) return;
    const version = Number(payload);
    if (payload !== '' && version <= this.servedVersion) return;
    if (this.corpus === null && this.opts.readFolder !== false) return; // the first refresh looks for itself
    await this.loadPublished().catch((e: Error) => this.noteDatabaseError(e));
  }

  /** Installs the corpus published in the database when it is another than the one served. */
  private loading: Promise<void> | null = null;

  /** One load at a time: the start-up request and the first notification must not both read the corpus. */
  private loadPublished(): Promise<void> {
    this.loading ??= this.loadPublishedOnce().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async loadPublishedOnce(): Promise<void> {
    const db = await this.opts.database!;
    const state = await db.repo.state();
    if (state && (state.version <= this.servedVersion || state.corpusKey === this.servedKey)) {
      this.servedVersion = Math.max(this.servedVersion, state.version);
      return;
    }
    const t0 = performance.now();
    // A server that reads the folder may merge next: it needs every article's analysis. One that only serves does not.
    let published: { state: PublishedState; corpus: CorpusView; full: Corpus | null } | null = null;
    if (state && this.readsFolder) {
      const loaded = await db.repo.load(this.full);
      if (loaded) {
        published = { ...loaded, full: loaded.corpus };
        this.ids = loaded.ids;
        this.idsLoaded = true;
      }
    } else if (state) {
      const loaded = await db.repo.loadView(this.corpus);
      if (loaded) published = { ...loaded, full: null };
    }
    this.databaseError = null;
    if (!published) return;
    (this.opts.log ?? console.log)(
      `[jylnama] loaded corpus version ${published.state.version} from the database in ${Math.round(performance.now() - t0)} ms`,
    );
    this.servedKey = published.state.corpusKey;
    this.servedVersion = published.state.version;
    this.mergedAt = published.state.mergedAt;
    this.mergedHere = false;
    this.inDatabase = published.corpus;
    await this.install(published.corpus, published.full);
  }

  private noteDatabaseError(e: Error): void {
    if (this.databaseError !== e.message) (this.opts.log ?? console.warn)(`[jylnama] database: ${e.message}`);
    this.databaseError = e.message;
  }

  /**
   * Publishes a corpus merged here, after what was parsed for it is kept (another server loading it joins the two),
   * in the background and in order. A failure is logged and served on: this server keeps its corpus.
   */
  private publish(corpus: Corpus, corpusKey: string): void {
    const database = this.opts.database;
    if (!database) return;
    const keyOf = new Map([...this.entries].map(([name, e]) => [name, e.key]));
    this.publishing = this.publishing.then(async () => {
      try {
        const db = await database;
        await this.keepUnwritten(db);
        const t0 = performance.now();
        const { version, written, detail } = await db.repo.publish(corpus, corpusKey, keyOf, this.ids);
        if (written)
          (this.opts.log ?? console.log)(
            `[jylnama] published corpus version ${version} (${corpus.articles.length} articles, ${corpus.events.length} events) in ${Math.round(performance.now() - t0)} ms (${detail})`,
          );
        if (this.servedKey === corpusKey && version >= this.servedVersion) {
          this.servedVersion = version;
          // Written now, or the same files published before by another server (then merged alike, the same events).
          if (written || this.corpus === corpus) this.inDatabase = corpus;
        }
        this.databaseError = null;
      } catch (e) {
        // Nothing of it was written (one transaction). Tried again while it is still the corpus served here.
        this.noteDatabaseError(e as Error);
        const retry = setTimeout(() => {
          if (this.servedKey === corpusKey && this.corpus === corpus) this.publish(corpus, corpusKey);
        }, PUBLISH_RETRY_MS);
        retry.unref?.();
      }
    });
  }

  /**
   * The events a window query asks for, found by the database's indexes (corpus-repository.ts `windowIds`), as the
   * events of `corpus`; null when `corpus` is not the one the database holds (a provisional one, one not yet
   * published, or the database has moved on): the caller then looks in memory.
   */
  async eventsFromDatabase(
    corpus: CorpusView,
    q: WindowFilter,
  ): Promise<{ dated: CorpusEvent[]; undated: CorpusEvent[] } | null> {
    if (!this.opts.database) return null;
    // The corpus the database holds, or that corpus as editors corrected it.
    const memo = this.correctedMemo;
    const corrected = memo !== null && memo.served === corpus && memo.served !== memo.view ? memo : null;
    const base = corrected ? corrected.view : corpus;
    if (base !== this.inDatabase) return null;
    const db = await this.opts.database;
    const found = await db.repo.windowIds(q);
    if (found.version !== this.servedVersion || base !== this.inDatabase) return null;
    let byId = this.eventMaps.get(corpus);
    if (!byId) this.eventMaps.set(corpus, (byId = new Map(corpus.events.map((e) => [e.id, e]))));
    // Hidden and merged-away events are not in `corpus`: their ids find nothing.
    const touched = corrected?.touched ?? new Set<string>();
    const pick = (ids: string[]) => ids.flatMap((id) => (byId.has(id) && !touched.has(id) ? [byId.get(id)!] : []));
    if (touched.size === 0) return { dated: pick(found.dated), undated: pick(found.undated) };
    // The database has the machine's values of the events editors changed: those few are matched here instead.
    const local = eventsInWindow(
      { articles: [], failures: [], events: corpus.events.filter((e) => touched.has(e.id)) },
      q,
    );
    return { dated: [...pick(found.dated), ...local.dated], undated: [...pick(found.undated), ...local.undated] };
  }

  /** Waits for the corpus merged last to be published (tests, benchmarks, the ingest command). */
  async flushPublished(): Promise<void> {
    await this.publishing;
  }

  private async keepUnwritten(db: StoreDatabase): Promise<void> {
    if (this.unwritten.length === 0) return;
    const batch = this.unwritten;
    this.unwritten = [];
    try {
      await db.repo.keepParsed(batch);
    } catch (e) {
      // Kept for the retry: a corpus published without its parses would load on other servers without its articles.
      this.unwritten = batch.concat(this.unwritten);
      throw e;
    }
  }

  /** Parses one file as the store does: on the threads when there are any (the Add page's preview uses this). */
  parse(fileName: string, bytes: Uint8Array): Promise<FileAnalysis> {
    return this.pool ? this.pool.analyse(fileName, bytes) : Promise.resolve(analyseFile(fileName, bytes));
  }

  /** Marks the corpus stale (a file was written through the app) so that the next `get` sees it. */
  invalidate(): void {
    if (this.opts.readFolder === false)
      throw new FolderNotRead(
        'this server does not read the articles folder (JYLNAMA_READ_FOLDER=off): add articles through a server that does',
      );
    this.fullCheck = true;
    this.changes++;
    this.mustWait = this.changes;
  }

  /**
   * Stops watching and reacting (a notification that comes later is ignored) and resolves once the database work
   * under way (a publish, a load) is done: the database is then safe to close. An embedded one closed under a
   * query spins forever.
   */
  async close(): Promise<void> {
    this.closed = true;
    this.watcher?.close();
    this.watcher = null;
    if (this.timer) clearTimeout(this.timer);
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    if (this.mergeTimer) clearTimeout(this.mergeTimer);
    if (this.idsTimer) clearTimeout(this.idsTimer);
    void this.pool?.close();
    await Promise.allSettled([this.running, this.publishing, this.loading].filter((p) => p !== null));
  }

  private startWatching(): void {
    if (this.watcher !== null || this.opts.watch === false) return;
    try {
      this.watcher = watch(this.opts.dir, { persistent: false }, (_event, fileName) => {
        if (typeof fileName === 'string' && fileName !== '') this.named.add(fileName);
        else this.fullCheck = true;
        this.changes++;
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), this.opts.debounceMs ?? 150);
        this.timer.unref?.();
      });
      this.watcher.on('error', () => {
        this.watcher?.close();
        this.watcher = null;
        this.fullCheck = true;
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
          this.writeCache();
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
    if (this.corpus === null && !this.cleaned) await this.removeStaleTemps();
    // The watcher names the files it saw change: only those are looked at. Anything else (the first build, no
    // watcher, an event without a name, `invalidate`, the periodic check) lists the whole folder.
    const full = this.fullCheck || this.corpus === null || this.watcher === null;
    const checked = full
      ? (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.txt')).sort()
      : [...this.named].filter((n) => n.endsWith('.txt')).sort();
    this.named.clear();
    if (full) {
      this.fullCheck = false;
      this.lastCheck = Date.now();
    }
    // lstat: a symbolic link is listed as what it is, not as the file it points to (which may be outside the folder).
    const stamps = await mapLimit(checked, 64, async (n) => {
      const s = await lstat(path.join(dir, n)).catch(() => null);
      return s
        ? {
            size: s.size,
            stamp: `${s.size}:${s.mtimeMs}`,
            file: s.isFile(),
            link: s.isSymbolicLink(),
            fifo: s.isFIFO(),
          }
        : null;
    });
    const stats: RefreshStats = {
      files: 0,
      parsed: 0,
      fromDisk: 0,
      reused: 0,
      merged: false,
      provisional: false,
      fromSnapshot: false,
      ms: 0,
    };
    // A full merge that is due runs when its timer says so, not on every refresh before it (a dropped file fires
    // several watcher events; the first adds it, the next must not then wait for a full merge).
    let changed = this.corpus === null || this.mergeNow;
    // Only new files (none removed or edited): they can join the corpus at once, the full merge following.
    let onlyAdded = this.corpus !== null;
    const listed = new Set(checked);
    const removed = full
      ? [...this.entries.keys()].filter((n) => !listed.has(n))
      : checked.filter((n, i) => stamps[i] === null && this.entries.has(n));
    if (removed.length > 0) {
      changed = true;
      onlyAdded = false;
    }

    // 1. Read what changed (bytes and key only). A named file that is gone was removed (or was never an article).
    const pending: Pending[] = [];
    await mapLimit(checked, 32, async (fileName, i) => {
      const s = stamps[i];
      if (!full && s === null) return;
      const stamp = s?.stamp ?? 'missing';
      const known = this.entries.get(fileName);
      if (known && known.stamp === stamp) {
        stats.reused++;
        return;
      }
      changed = true;
      if (known) onlyAdded = false;
      pending.push({ fileName, stamp, ...(await this.read(fileName, s ?? null)) });
    });
    for (const name of removed) this.entries.delete(name);
    const names = [...new Set([...this.entries.keys(), ...pending.map((p) => p.fileName)])].sort();
    stats.files = names.length;
    if (full) stats.reused = names.length - pending.length;
    else stats.reused = this.entries.size - pending.filter((p) => this.entries.has(p.fileName)).length;
    // Nothing changed: `lastStats` keeps describing the last refresh that did something.
    if (!changed) return;

    // 2. On a first build, the whole merged corpus may be on disk already.
    const keyOf = new Map(pending.map((p) => [p.fileName, p.key]));
    const corpusKey = createHash('sha256')
      .update(names.map((n) => `${n}\0${keyOf.get(n) ?? this.entries.get(n)?.key}`).join('\n'))
      .digest('hex');
    if (this.corpus === null && this.opts.database) {
      // The same files as the corpus published in the database: served from there, nothing parsed or merged.
      const db = await this.opts.database;
      const state = await db.repo.state();
      const published = state?.corpusKey === corpusKey ? await db.repo.load() : null;
      if (published) {
        const byName = new Map<string, FileAnalysis>();
        for (const analysed of published.corpus.articles) byName.set(analysed.article.fileName, { ok: true, analysed });
        for (const failure of published.corpus.failures) byName.set(failure.fileName, { ok: false, failure });
        if (pending.every((p) => byName.has(p.fileName))) {
          for (const p of pending)
            this.entries.set(p.fileName, { stamp: p.stamp, key: p.key, result: byName.get(p.fileName)! });
          this.ids = published.ids;
          this.idsLoaded = true;
          this.servedKey = corpusKey;
          this.servedVersion = published.state.version;
          this.mergedAt = published.state.mergedAt;
          this.mergedHere = false;
          this.inDatabase = published.corpus;
          await this.install(published.corpus, published.corpus);
          stats.fromSnapshot = true;
          stats.ms = performance.now() - t0;
          this.lastStats = stats;
          return;
        }
      }
    }
    const snapshot =
      this.corpus === null && this.cache && !this.opts.database ? await this.cache.getCorpus(corpusKey) : null;
    if (snapshot) {
      const byName = new Map<string, FileAnalysis>();
      for (const analysed of snapshot.articles) byName.set(analysed.article.fileName, { ok: true, analysed });
      for (const failure of snapshot.failures) byName.set(failure.fileName, { ok: false, failure });
      for (const p of pending)
        this.entries.set(p.fileName, {
          stamp: p.stamp,
          key: p.key,
          result: byName.get(p.fileName) ?? (await this.analyse(p, stats)),
        });
      await this.install(snapshot, snapshot);
      stats.fromSnapshot = true;
      stats.ms = performance.now() - t0;
      this.lastStats = stats;
      return;
    }

    // 3. Analyse what changed (from the per-file cache when it was parsed before), then merge.
    // Any file on the threads when there are threads: a 2 MB article dense with dates is seconds of parsing, which
    // must not hold up the server's one thread (a handful of files wait for the threads to start, a few hundred ms).
    this.usePool = this.pool !== null;
    const known = this.opts.database
      ? await (await this.opts.database).repo.parsed(pending.filter((p) => p.bytes).map((p) => p.key))
      : null;
    await mapLimit(pending, 32, async (p) => {
      const kept = known?.get(p.key);
      if (kept) stats.fromDisk++;
      this.entries.set(p.fileName, { stamp: p.stamp, key: p.key, result: kept ?? (await this.analyse(p, stats)) });
    });
    if (onlyAdded && this.full !== null && pending.length > 0 && pending.length <= PROVISIONAL_MAX_FILES) {
      const added = pending.map((p) => this.entries.get(p.fileName)!.result);
      const failed = added.flatMap((r) => (r.ok ? [] : [r.failure]));
      const provisional = withAddedArticles(
        this.full,
        added.flatMap((r) => (r.ok ? [r.analysed] : [])),
        failed,
      );
      await this.install(provisional, provisional);
      for (const f of failed) (this.opts.log ?? console.warn)(`[jylnama] ${f.fileName}: ${f.reason}`);
      // Published too, so that other servers have the new article now and not only after the full merge (which
      // publishes again, under the plain key).
      this.servedKey = `${corpusKey}:provisional`;
      this.publish(provisional, this.servedKey);
      stats.provisional = true;
      this.scheduleFullMerge();
      stats.ms = performance.now() - t0;
      this.lastStats = stats;
      return;
    }
    this.mergeDue = false;
    this.mergeNow = false;
    if (this.mergeTimer) clearTimeout(this.mergeTimer);
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
    await this.install(corpus, corpus);
    this.servedKey = corpusKey;
    this.mergedAt = new Date();
    this.mergedHere = true;
    stats.merged = true;
    this.saveSnapshot(corpusKey, corpus);
    this.publish(corpus, corpusKey);
    stats.ms = performance.now() - t0;
    this.lastStats = stats;
  }

  /** Temporary files a killed process left (a save, a cache write): removed once, at the first build, and logged. */
  private async removeStaleTemps(): Promise<void> {
    this.cleaned = true;
    const dirs = [
      this.opts.dir,
      ...(this.opts.cacheDir ? [this.opts.cacheDir] : []),
      ...(this.cache ? [this.cache.folder] : []),
    ];
    for (const d of dirs) {
      const removed = await removeStaleTemps(d);
      if (removed.length > 0)
        (this.opts.log ?? console.warn)(
          `[jylnama] removed ${removed.length} temporary file(s) left in ${d} by an interrupted write`,
        );
    }
  }

  /** Bytes and key of one file, or why it cannot be read (a failure, keyed by its reason). */
  private async read(
    fileName: string,
    s: { size: number; file: boolean; link: boolean; fifo: boolean } | null,
  ): Promise<Omit<Pending, 'fileName' | 'stamp'>> {
    const id = articleIdFromFileName(fileName);
    const fail = (reason: string) => ({
      key: `unread:${reason}`,
      bytes: null,
      failure: { ok: false as const, failure: { id, fileName, reason } },
    });
    if (s === null) return fail('the file could not be read (it vanished while the folder was read)');
    if (s.link) return fail('a symbolic link: only regular files in the folder are read');
    if (s.fifo) return fail('a named pipe (FIFO), not a regular file');
    if (!s.file) return fail('not a regular file');
    if (s.size > MAX_ARTICLE_BYTES) return fail(`file is ${s.size} bytes; the limit is ${MAX_ARTICLE_BYTES}`);
    // Checked again on the open file: it may have become a link or a pipe since it was listed.
    const read = await readRegularFile(path.join(this.opts.dir, fileName), MAX_ARTICLE_BYTES);
    return read.ok ? { key: DiskCache.key(fileName, read.bytes), bytes: read.bytes, failure: null } : fail(read.reason);
  }

  private async analyse(p: Pending, stats: RefreshStats): Promise<FileAnalysis> {
    if (p.failure || !p.bytes)
      return p.failure ?? { ok: false, failure: { id: p.fileName, fileName: p.fileName, reason: 'unreadable' } };
    if (this.cache && !this.opts.database) {
      const hit = await this.cache.get(p.key);
      if (hit) {
        stats.fromDisk++;
        return hit;
      }
    }
    stats.parsed++;
    const result =
      this.pool && this.usePool ? await this.pool.analyse(p.fileName, p.bytes) : analyseFile(p.fileName, p.bytes);
    // Written after the corpus is ready, not before: ten thousand small writes would add seconds to a cold start.
    if (this.cache || this.opts.database) this.unwritten.push([p.key, result]);
    return result;
  }

  /**
   * The full merge after a provisional addition runs a moment later, in the background: requests keep getting the
   * provisional corpus until it is done (a burst of new files is merged once).
   */
  private scheduleFullMerge(): void {
    this.mergeDue = true;
    if (this.mergeTimer) clearTimeout(this.mergeTimer);
    this.mergeTimer = setTimeout(() => {
      // After the provisional corpus is in the database: the full merge holds this thread (seconds on a large
      // corpus), and the other servers should not wait for it to see the new article.
      void this.publishing.then(() => {
        if (this.closed) return;
        this.mergeNow = true;
        void this.refresh();
      });
    }, this.opts.fullMergeDelayMs ?? 250);
    this.mergeTimer.unref?.();
  }

  /** Puts what was parsed into the disk cache, in the background, a few files at a time. */
  private writeCache(): void {
    const cache = this.cache;
    // With a database, what was parsed is kept there just before the corpus is published (publish()).
    if (!cache || this.opts.database || this.unwritten.length === 0) return;
    const batch = this.unwritten;
    this.unwritten = [];
    this.writing = this.writing.then(() =>
      mapLimit(batch, 8, ([key, value]) => cache.put(key, value)).then(() => undefined),
    );
  }

  /** Runs a full merge now if one is due (tests, benchmarks). */
  async settle(): Promise<void> {
    if (this.mergeTimer) clearTimeout(this.mergeTimer);
    if (this.mergeDue) {
      this.mergeNow = true;
      await this.refresh();
    } else if (this.running) await this.running;
  }

  /** The snapshot is written a moment after the last merge, so that a burst of changes writes it once. */
  private saveSnapshot(key: string, corpus: Corpus): void {
    if (!this.cache || this.opts.database) return;
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    const cache = this.cache;
    this.snapshotTimer = setTimeout(() => void cache.putCorpus(key, corpus), this.opts.snapshotDelayMs ?? 2000);
    this.snapshotTimer.unref?.();
  }

  /** Waits for the disk cache's writes (tests, benchmarks, shutdown). */
  async flushCache(): Promise<void> {
    await this.writing;
  }

  /** Finishes the disk cache's writes and writes a pending snapshot now (tests, benchmarks, shutdown). */
  async flushSnapshot(): Promise<void> {
    await this.flushCache();
    if (this.idsTimer) {
      clearTimeout(this.idsTimer);
      await this.writeIds();
    }
    if (!this.snapshotTimer || !this.cache || !this.full) return;
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = null;
    const key = createHash('sha256')
      .update(
        [...this.entries.keys()]
          .sort()
          .map((n) => `${n}\0${this.entries.get(n)!.key}`)
          .join('\n'),
      )
      .digest('hex');
    await this.cache.putCorpus(key, this.full);
  }
}

/** `Promise.all(items.map(fn))` with at most `limit` calls in flight: ten thousand files must not mean 10,000 open handles. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
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
