import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CorpusRepository } from '@/app/_lib/db/corpus-repository';
import { CorrectionsRepository } from '@/app/_lib/db/corrections-repository';
import { evidenceOf } from '@/lib/corpus/corrections/apply';
import type { Correction } from '@/lib/corpus/corrections/types';
import { parseEventsQuery } from '@/app/_lib/api/events-params';
import { eventsInWindow } from '@/app/_lib/corpus/event-query';
import { openDatabase, type CorpusDatabase } from '@/app/_lib/db/open';
import { databasesUnderTest } from '@/app/_lib/db/test-databases';
import type { Corpus } from '@/lib/corpus/types';
import { CorpusStore, FolderNotRead, type StoreDatabase } from './store';

// Servers over one database, as stores in one process: each store is one `next start`.
const seeds = path.resolve(__dirname, '../../../seeds');
const seedNames = readdirSync(seeds)
  .filter((n) => n.endsWith('.txt'))
  .sort();
const EXTRA =
  ' date 2025-11-20 Брифинг\nАСТАНА. KAZINFORM – 20 қарашада Президент Қасым-Жомарт Тоқаев Астанада брифинг өткізді.\n';
const targets = await databasesUnderTest();
// Each test opens an embedded PostgreSQL (WebAssembly) and migrates it, on two cores shared with the other test
// files: seconds, not the default five.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('timed out');
}

describe.each(targets)('stores over one $name database', (target) => {
  let folders: string[];
  let stores: CorpusStore[];
  let databases: CorpusDatabase[];
  let url: string | null;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    folders = [];
    stores = [];
    databases = [];
    ({ url, drop } = await target.fresh());
  });
  afterEach(async () => {
    // The stores first, each once its database work is done: an embedded database closed under a query spins.
    await Promise.all(stores.map((s) => s.close()));
    for (const d of databases) await d.close();
    for (const f of folders) rmSync(f, { recursive: true, force: true });
    await drop();
  });

  /** A folder with the seeds in it. */
  function seedsFolder(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'jylnama-dbstore-'));
    for (const n of seedNames) copyFileSync(path.join(seeds, n), path.join(dir, n));
    folders.push(dir);
    return dir;
  }

  /** The embedded database serves one process: its stores share one connection; a server gets one each. */
  let shared: Promise<CorpusDatabase> | null = null;
  function connection(): Promise<CorpusDatabase> {
    if (url === null) {
      shared ??= openDatabase({ url: null }).then((d) => (databases.push(d), d));
      return shared;
    }
    return openDatabase({ url }).then((d) => (databases.push(d), d));
  }
  afterEach(() => {
    shared = null;
  });

  function store(dir: string, readFolder = true): CorpusStore {
    const database: Promise<StoreDatabase> = connection().then((d) => ({
      repo: new CorpusRepository(d.db, 'v1', () => {}),
      listen: d.listen.bind(d),
      corrections: new CorrectionsRepository(d.db),
    }));
    const s = new CorpusStore({
      dir,
      cacheDir: null,
      parserVersion: 'v1',
      debounceMs: 20,
      fullMergeDelayMs: 20,
      database,
      readFolder,
    });
    stores.push(s);
    return s;
  }

  it('a second server over the same files parses nothing: the corpus comes from the database', async () => {
    const a = store(seedsFolder());
    const first = await a.get();
    expect(a.lastStats).toMatchObject({ parsed: seedNames.length, merged: true });
    await a.flushPublished();
    const b = store(seedsFolder());
    expect(await b.get()).toEqual(first);
    expect(b.lastStats).toMatchObject({ parsed: 0, fromSnapshot: true });
  });

  it('an article added on one server is served by the others, those that read a folder and those that do not', async () => {
    const dirA = seedsFolder();
    const a = store(dirA);
    await a.get();
    await a.flushPublished();
    const b = store(seedsFolder());
    const reader = store(seedsFolder(), false);
    await b.get();
    await reader.get();
    writeFileSync(path.join(dirA, 'extra.txt'), EXTRA);
    a.invalidate();
    await a.get();
    await a.settle();
    for (const other of [b, reader])
      await until(async () => (await other.get()).articles.some((x) => x.article.id === 'extra'));
    expect((await reader.get()).events.map((e) => e.id)).toEqual((await a.get()).events.map((e) => e.id));
  });

  it('a server that only serves holds the events and article summaries, and reads an article from the database when asked', async () => {
    const a = store(seedsFolder());
    const full = (await a.get()) as Corpus;
    await a.flushPublished();
    const reader = store(seedsFolder(), false);
    const view = await reader.get();
    expect(view.events).toEqual(full.events);
    expect(view.failures).toEqual(full.failures);
    expect(view.articles.map((x) => x.article)).toEqual(
      full.articles.map(({ article: { id, fileName, date, title, language, script, problems } }) => ({
        id,
        fileName,
        date,
        title,
        language,
        script,
        problems,
      })),
    );
    // No text or analysis is held: a hundred thousand of them would be most of the server's memory.
    expect(view.articles.every((x) => !('text' in x.article) && !('times' in x))).toBe(true);
    const id = full.articles[0]!.article.id;
    expect(await reader.article(id)).toEqual(full.articles[0]);
    expect(await reader.article('no-such-article')).toBeUndefined();
    expect(await reader.movedTo('never-served')).toBeNull();
  });

  it('two servers over one folder that both take a new file write it once: one article, never two', async () => {
    const dir = seedsFolder();
    const [a, b] = [store(dir), store(dir)];
    await Promise.all([a.get(), b.get()]);
    writeFileSync(path.join(dir, 'extra.txt'), EXTRA);
    a.invalidate();
    b.invalidate();
    await Promise.all([a.get(), b.get()]);
    await Promise.all([a.settle(), b.settle()]);
    await Promise.all([a.flushPublished(), b.flushPublished()]);
    const repo = new CorpusRepository((await connection()).db, 'v1');
    expect(await repo.counts()).toMatchObject({ articles: seedNames.length + 1 });
    const loaded = await repo.load();
    expect(loaded?.corpus.articles.filter((x) => x.article.id === 'extra')).toHaveLength(1);
    expect(loaded?.corpus.events.map((e) => e.id)).toEqual((await a.get()).events.map((e) => e.id));
  });

  it('while the database is away a server keeps serving, says so, and publishes once it is back', async () => {
    const dir = seedsFolder();
    const opened = await connection();
    const repo = new CorpusRepository(opened.db, 'v1', () => {});
    let away = true;
    // The same repository, but its writes fail while `away`, as they would with the server down.
    const flaky = Object.create(repo) as CorpusRepository;
    flaky.publish = (...args) =>
      away ? Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) : repo.publish(...args);
    flaky.keepParsed = (entries) =>
      away ? Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) : repo.keepParsed(entries);
    const logged: string[] = [];
    const s = new CorpusStore({
      dir,
      cacheDir: null,
      parserVersion: 'v1',
      database: Promise.resolve({ repo: flaky, listen: opened.listen.bind(opened) }),
      log: (l) => logged.push(l),
    });
    stores.push(s);
    const served = await s.get();
    expect(served.articles).toHaveLength(seedNames.length);
    await s.flushPublished();
    expect(s.databaseError).toMatch(/ECONNREFUSED/);
    expect(logged.some((l) => /database: connect ECONNREFUSED/.test(l))).toBe(true);
    expect(await repo.state()).toBeNull();
    away = false;
    await until(async () => (await repo.state()) !== null, 8000);
    expect((await repo.load())?.corpus).toEqual(await s.get());
    await until(async () => s.databaseError === null);
  });

  it('a correction made on one server is applied on the others at once, and holds when an article is added and after a restart', async () => {
    const dirA = seedsFolder();
    const a = store(dirA);
    const before = await a.get();
    await a.flushPublished();
    const reader = store(seedsFolder(), false);
    await reader.get();
    const visit = before.events.find((e) => e.type === 'state-visit')!;
    const repo = (await a.correctionsRepository())!;
    const hide = before.events.find((e) => e !== visit)!;
    const corrections: Correction[] = [
      {
        id: 'c-when',
        eventId: visit.id,
        evidence: evidenceOf(visit),
        op: { op: 'set', field: 'when', value: '2025-11-13/2025-11-15', reason: 'the programme' },
        editor: 'aigerim',
        at: '2026-12-03T10:00:00.000Z',
      },
      {
        id: 'c-hide',
        eventId: hide.id,
        evidence: evidenceOf(hide),
        op: { op: 'hide', reason: 'not an event' },
        editor: 'aigerim',
        at: '2026-12-03T10:01:00.000Z',
      },
    ];
    for (const c of corrections) expect(await repo.add(c)).toBe(true);
    // Two editors at once: the second, who saw no correction of this event, is told and writes nothing.
    expect(await repo.add({ ...corrections[0]!, id: 'c-late' }, { eventIds: [visit.id], expectedLast: null })).toBe(
      false,
    );
    const corrected = (s: CorpusStore) => s.get().then((c) => c.events.find((e) => e.id === visit.id));
    for (const s of [a, reader]) {
      // Each correction is announced on its own: both are in once the second has been heard.
      await until(
        async () =>
          (await corrected(s))?.start === '2025-11-13' && !(await s.get()).events.some((e) => e.id === hide.id),
      );
      expect((await corrected(s))?.corrections?.machine).toEqual({
        when: visit.when,
        start: visit.start,
        end: visit.end,
      });
      expect((await s.get()).events.some((e) => e.id === hide.id)).toBe(false);
      expect((await s.correctionState()).hidden.map((e) => e.id)).toEqual([hide.id]);
    }
    // A window still comes from SQL with corrections in force, and finds what the corrected corpus has: the
    // corrected date (13th, which the database does not have), not the hidden event.
    const served = await a.get();
    for (const query of [
      'from=2025-11-13&to=2025-11-13',
      'from=2025-11-01&to=2025-11-30',
      'from=2025-11-14&to=2025-11-16&type=state-visit',
    ]) {
      const q = parseEventsQuery(new URLSearchParams(query));
      if ('error' in q) throw new Error(q.error);
      const fromDatabase = await a.eventsFromDatabase(served, q.query);
      const inMemory = eventsInWindow(served, q.query);
      const ids = (x: { dated: Array<{ id: string }>; undated: Array<{ id: string }> }) => [
        x.dated.map((e) => e.id).sort(),
        x.undated.map((e) => e.id).sort(),
      ];
      expect(fromDatabase, query).not.toBeNull();
      expect(ids(fromDatabase!), query).toEqual(ids(inMemory));
    }
    writeFileSync(path.join(dirA, 'extra.txt'), EXTRA);
    a.invalidate();
    await a.get();
    await a.settle();
    expect((await corrected(a))?.when).toBe('2025-11-13/2025-11-15');
    const restarted = store(seedsFolder());
    expect((await corrected(restarted))?.when).toBe('2025-11-13/2025-11-15');
    // A new parser version: every article parsed again and merged anew; the corrections hold.
    const database: Promise<StoreDatabase> = connection().then((d) => ({
      repo: new CorpusRepository(d.db, 'v2', () => {}),
      listen: d.listen.bind(d),
      corrections: new CorrectionsRepository(d.db),
    }));
    const reparsed = new CorpusStore({
      dir: seedsFolder(),
      cacheDir: null,
      parserVersion: 'v2',
      debounceMs: 20,
      fullMergeDelayMs: 20,
      database,
    });
    stores.push(reparsed);
    expect((await corrected(reparsed))?.when).toBe('2025-11-13/2025-11-15');
    expect(reparsed.lastStats).toMatchObject({ parsed: seedNames.length });
    expect((await reparsed.get()).events.some((e) => e.id === hide.id)).toBe(false);
    expect((await repo.all()).map((c) => c.id)).toEqual(['c-when', 'c-hide']);
  });

  it('a server that does not read the folder takes no articles, and serves an empty corpus before any is published', async () => {
    const reader = store(seedsFolder(), false);
    expect(await reader.get()).toEqual({ articles: [], failures: [], events: [] });
    expect(() => reader.invalidate()).toThrow(FolderNotRead);
  });
});
