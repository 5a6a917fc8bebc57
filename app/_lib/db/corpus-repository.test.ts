import { sql } from 'kysely';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mergeAnalysed } from '@/lib/corpus/build-corpus';
import { emptyHistory, updateIdHistory } from '@/lib/corpus/id-history';
import { seedFiles, utf8 } from '@/lib/test-support/seeds';
import { analyseFile, type FileAnalysis } from '@/lib/corpus/build-corpus';
import { CORPUS_CHANNEL, CorpusRepository } from './corpus-repository';
import type { CorpusDatabase } from './open';
import { databasesUnderTest, freshDatabaseFor } from './test-databases';

const targets = await databasesUnderTest();
// An embedded PostgreSQL (WebAssembly) is opened and migrated per database, on two cores shared with the other
// test files: seconds, not the default five.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

// The seeds, parsed once for every database, plus one file that is not an article.
const parsed: Array<[string, FileAnalysis]> = seedFiles().map((f) => [
  `key-${f.fileName}`,
  analyseFile(f.fileName, f.bytes!),
]);
parsed.push(['key-empty.txt', analyseFile('empty.txt', utf8(''))]);
const keyOf = new Map(parsed.map(([key, a]) => [a.ok ? a.analysed.article.fileName : a.failure.fileName, key]));
const corpusOf = (entries: Array<[string, FileAnalysis]>) =>
  mergeAnalysed(
    entries.flatMap(([, a]) => (a.ok ? [structuredClone(a.analysed)] : [])),
    entries.flatMap(([, a]) => (a.ok ? [] : [a.failure])),
  );

describe.each(targets)('the corpus in the $name database', (target) => {
  const database = freshDatabaseFor(target);
  let open: CorpusDatabase;
  let repo: CorpusRepository;
  beforeAll(() => {
    open = database();
    repo = new CorpusRepository(open.db, 'parser-1', () => {});
  });

  it('keeps what was parsed of a file, found again by its key and parser version only', async () => {
    await repo.keepParsed(parsed);
    await repo.keepParsed(parsed.slice(0, 2)); // a second server's copy of the same parse
    const found = await repo.parsed(parsed.map(([k]) => k).concat('key-unknown'));
    expect(found.size).toBe(parsed.length);
    expect(found.get(parsed[0]![0])).toEqual(parsed[0]![1]);
    expect((await new CorpusRepository(open.db, 'parser-2').parsed([parsed[0]![0]])).size).toBe(0);
  });

  it('publishes a corpus, announces it, and loads it back whole and in order', async () => {
    const heard: string[] = [];
    await open.listen(CORPUS_CHANNEL, (p) => heard.push(p));
    const corpus = corpusOf(parsed);
    const ids = updateIdHistory(emptyHistory(), corpus.events);
    expect(await repo.publish(corpus, 'corpus-a', keyOf, ids)).toMatchObject({ version: 1, written: true });
    const loaded = await repo.load();
    expect(loaded?.state).toMatchObject({ version: 1, corpusKey: 'corpus-a', parserVersion: 'parser-1' });
    expect(loaded?.corpus).toEqual(corpus);
    expect(loaded?.ids).toEqual(ids);
    expect(await repo.counts()).toEqual({
      articles: corpus.articles.length,
      failures: 1,
      events: corpus.events.length,
    });
    await expect.poll(() => heard.includes('1')).toBe(true);
  });

  it('publishing the same files again writes nothing; a changed corpus rewrites only what changed', async () => {
    expect(await repo.publish(corpusOf(parsed), 'corpus-a', keyOf, emptyHistory())).toEqual({
      version: 1,
      written: false,
    });
    const before = await sql<{ id: string; ctid: string }>`select id, ctid::text from events order by id`.execute(
      open.db,
    );
    const fewer = corpusOf(parsed.slice(1));
    expect(await repo.publish(fewer, 'corpus-b', keyOf, emptyHistory())).toMatchObject({
      version: 2,
      written: true,
      detail: expect.stringMatching(/^articles: 1 removed, 0 added .*; events: \d+ removed, \d+ added/),
    });
    const loaded = await repo.load();
    expect(loaded?.corpus).toEqual(fewer);
    // Loaded again from the corpus loaded before (only what changed is read): the same corpus.
    const previous = (await repo.load())!.corpus;
    await repo.publish(corpusOf(parsed), 'corpus-c', keyOf, emptyHistory());
    const again = await repo.load(previous);
    expect(again?.corpus).toEqual(corpusOf(parsed));
    expect(again?.corpus.articles.filter((a) => previous.articles.includes(a)).length).toBe(previous.articles.length);
    await repo.publish(fewer, 'corpus-b', keyOf, emptyHistory());
    const after = await sql<{ id: string; ctid: string }>`select id, ctid::text from events order by id`.execute(
      open.db,
    );
    // Events untouched by the removed article keep their rows.
    const untouched = after.rows.filter((r) => before.rows.some((b) => b.id === r.id && b.ctid === r.ctid));
    expect(untouched.length).toBeGreaterThan(0);
    expect(await repo.counts()).toMatchObject({ articles: fewer.articles.length, events: fewer.events.length });
  });

  it('answers a window of days with the GiST index on the events’ periods, as the corpus has them', async () => {
    const corpus = (await repo.load())!.corpus;
    const from = '2025-11-01';
    const to = '2025-11-30';
    const expected = corpus.events
      .filter((e) => e.start && e.end && e.start <= to && from <= e.end)
      .map((e) => e.id)
      .sort();
    const rows = await sql<{
      id: string;
    }>`select id from events where period && daterange(${from}, ${to}, '[]') order by id`.execute(open.db);
    expect(rows.rows.map((r) => r.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('a publish that fails half-way leaves the corpus before it published, whole', async () => {
    const before = await repo.load();
    const broken = corpusOf(parsed);
    // The last event cannot be written (a period that ends before it starts): the articles and events before it were.
    broken.events.push({ ...broken.events[0]!, id: 'zz-broken', start: '2025-12-31', end: '2025-01-01' });
    await expect(repo.publish(broken, 'corpus-broken', keyOf, emptyHistory())).rejects.toThrow(/range/);
    expect(await repo.load()).toEqual(before);
  });

  it('a corpus whose articles have no parse in the database is not published', async () => {
    const before = await repo.load();
    const extra = analyseFile(
      'lone.txt',
      utf8(' date 2025-11-21 Жалғыз\nАСТАНА. KAZINFORM – 21 қарашада Тоқаев Астанада брифинг өткізді.\n'),
    );
    const corpus = corpusOf([...parsed, ['key-lone', extra]]);
    await expect(
      repo.publish(corpus, 'corpus-lone', new Map([...keyOf, ['lone.txt', 'key-lone']]), emptyHistory()),
    ).rejects.toThrow(/no parse in the database/);
    expect(await repo.load()).toEqual(before);
  });

  it('a corpus of another parser version is not served', async () => {
    expect(await new CorpusRepository(open.db, 'parser-2').load()).toBeNull();
  });

  it('where a former event id leads is read from the published history, without loading it', async () => {
    const corpus = corpusOf(parsed);
    const ids = {
      ...updateIdHistory(emptyHistory(), corpus.events),
      moved: { 'old-id': [corpus.events[0]!.id], 'gone-id': [] },
    };
    await repo.keepParsed(parsed);
    await repo.publish(corpus, 'corpus-moved', keyOf, ids);
    expect(await repo.movedTo('old-id')).toEqual([corpus.events[0]!.id]);
    expect(await repo.movedTo('gone-id')).toEqual([]);
    expect(await repo.movedTo('never-served')).toBeNull();
    expect(await repo.movedTo('toString')).toBeNull();
  });
});
