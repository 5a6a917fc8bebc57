import { createHash } from 'node:crypto';
import { sql, type Expression, type Insertable, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { ArticleFailure, Language, Script } from '@/lib/article/types';
import { emptyHistory, type IdHistory } from '@/lib/corpus/id-history';
import type { AnalysedArticle, ArticleSummary, Corpus, CorpusEvent, CorpusView } from '@/lib/corpus/types';
import { searchWords } from '@/lib/corpus/filter';
import type { WindowFilter } from '@/app/_lib/corpus/event-query';
import { serverEventFacets } from '@/app/_lib/search/terms';
import { fileAnalysisProblem } from '@/app/_lib/corpus/cache-shape';
import type { FileAnalysis } from '@/lib/corpus/build-corpus';
import type { Database } from './schema';

/** The channel a published corpus is announced on; the payload is its version. */
export const CORPUS_CHANNEL = 'jylnama_corpus';
/** The advisory lock held while a corpus is written: one process publishes at a time. */
const PUBLISH_LOCK = 5_821_005;
const BATCH = 500;

export interface PublishedState {
  version: number;
  corpusKey: string;
  parserVersion: string;
  mergedAt: Date;
}

export interface CorpusCounts {
  articles: number;
  failures: number;
  events: number;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** `[start,end]` in days, both inclusive: what the GiST index on `events.period` holds. */
function periodOf(e: CorpusEvent): string | null {
  return e.start ? `[${e.start},${e.end ?? e.start}]` : null;
}

/**
 * The corpus in PostgreSQL: what was parsed of each file (shared by every server, so a file is parsed once), and
 * the merged corpus every server serves, published whole by one process at a time and announced with NOTIFY.
 */
export class CorpusRepository {
  /** Events are immutable: one kept by the next corpus (an article added provisionally) is not serialised again. */
  private readonly serialisedEvents = new WeakMap<CorpusEvent, { event: CorpusEvent; json: string; hash: string }>();

  private serialised(event: CorpusEvent): { event: CorpusEvent; json: string; hash: string } {
    let s = this.serialisedEvents.get(event);
    if (!s) {
      const json = JSON.stringify(event);
      this.serialisedEvents.set(event, (s = { event, json, hash: hash(json) }));
    }
    return s;
  }

  /** What each loaded corpus was made of (articles by key, events with their hash): the next load reads only the rest. */
  private readonly loaded = new WeakMap<
    Corpus,
    { articles: Map<string, AnalysedArticle>; events: Map<string, { hash: string; event: CorpusEvent }> }
  >();
  private readonly loadedViews = new WeakMap<
    CorpusView,
    { articles: Map<string, { article: ArticleSummary }>; events: Map<string, { hash: string; event: CorpusEvent }> }
  >();

  constructor(
    readonly db: Kysely<Database>,
    private readonly parserVersion: string,
    private readonly log: (line: string) => void = console.warn,
  ) {}

  /** What was parsed before of these keys (hash of name and bytes), by key; an entry of the wrong shape is skipped and logged. */
  async parsed(keys: readonly string[]): Promise<Map<string, FileAnalysis>> {
    const found = new Map<string, FileAnalysis>();
    for (const part of chunks([...new Set(keys)])) {
      const rows = await this.db
        .selectFrom('parsed_files')
        .select(['key', 'analysis'])
        .where('parser_version', '=', this.parserVersion)
        .where('key', 'in', part)
        .execute();
      for (const row of rows) {
        const problem = fileAnalysisProblem(row.analysis);
        if (problem) this.log(`[jylnama] database: ignoring the parse of ${row.key} kept there: ${problem}`);
        else found.set(row.key, row.analysis as FileAnalysis);
      }
    }
    return found;
  }

  /** Keeps what was parsed, in batches. */
  async keepParsed(entries: ReadonlyArray<readonly [string, FileAnalysis]>): Promise<void> {
    for (const part of chunks(entries)) {
      await this.db
        .insertInto('parsed_files')
        .values(
          part.map(([key, analysis]) => ({
            key,
            parser_version: this.parserVersion,
            analysis: JSON.stringify(analysis),
          })),
        )
        // Another server's copy of the same parse is the same; an entry of the wrong shape (skipped by `parsed`) is replaced.
        .onConflict((oc) =>
          oc.columns(['key', 'parser_version']).doUpdateSet({ analysis: (eb) => eb.ref('excluded.analysis') }),
        )
        .execute();
    }
  }

  async state(): Promise<PublishedState | null> {
    const row = await this.db
      .selectFrom('corpus_state')
      .select(['version', 'corpus_key', 'parser_version', 'merged_at'])
      .executeTakeFirst();
    return row
      ? {
          version: Number(row.version),
          corpusKey: row.corpus_key,
          parserVersion: row.parser_version,
          mergedAt: new Date(row.merged_at),
        }
      : null;
  }

  /**
   * Makes `corpus` the one every server serves: articles and events are written where they differ from what is
   * there (a new article rewrites its own rows and the events it changed, not the corpus), in one transaction, so
   * a crash half-way leaves the previous corpus published. Announced on CORPUS_CHANNEL at commit. When the same
   * files were published already (another server merged them first), nothing is written.
   */
  async publish(
    corpus: Corpus,
    corpusKey: string,
    keyOf: ReadonlyMap<string, string>,
    ids: IdHistory,
  ): Promise<{ version: number; written: boolean; detail?: string }> {
    return this.db.transaction().execute(async (tx) => {
      await sql`select pg_advisory_xact_lock(${PUBLISH_LOCK})`.execute(tx);
      const current = await tx
        .selectFrom('corpus_state')
        .select(['version', 'corpus_key', 'parser_version'])
        .executeTakeFirst();
      if (current && current.corpus_key === corpusKey && current.parser_version === this.parserVersion)
        return { version: Number(current.version), written: false };
      const t0 = performance.now();
      const a = await this.writeArticles(tx, corpus, keyOf);
      const t1 = performance.now();
      const e = await this.writeEvents(tx, corpus.events);
      const t2 = performance.now();
      const detail = `articles: ${a.removed} removed, ${a.added} added in ${Math.round(t1 - t0)} ms; events: ${e.removed} removed, ${e.added} added in ${Math.round(t2 - t1)} ms`;
      const version = Number(current?.version ?? 0) + 1;
      const row = {
        version,
        corpus_key: corpusKey,
        parser_version: this.parserVersion,
        merged_at: new Date(),
        failures: JSON.stringify(corpus.failures),
        event_order: JSON.stringify(corpus.events.map((e) => e.id)),
        id_history: JSON.stringify(ids),
      };
      await tx
        .insertInto('corpus_state')
        .values(row)
        .onConflict((oc) => oc.column('singleton').doUpdateSet(row))
        .execute();
      await sql`select pg_notify(${CORPUS_CHANNEL}, ${String(version)})`.execute(tx);
      return { version, written: true, detail };
    });
  }

  private async writeArticles(
    tx: Transaction<Database>,
    corpus: Corpus,
    keyOf: ReadonlyMap<string, string>,
  ): Promise<{ removed: number; added: number }> {
    const desired = new Map<string, Insertable<Database['articles']>>();
    for (const { article } of corpus.articles) {
      desired.set(article.id, {
        id: article.id,
        file_name: article.fileName,
        key: keyOf.get(article.fileName) ?? `unkeyed:${hash(article.text)}`,
        date: article.date,
        language: article.language,
        title: article.title,
        body: article.text,
        problem: null,
        script: article.script,
        problems: article.problems,
      });
    }
    for (const f of corpus.failures) {
      if (desired.has(f.id)) continue;
      desired.set(f.id, {
        id: f.id,
        file_name: f.fileName,
        key: keyOf.get(f.fileName) ?? `failed:${hash(f.reason)}`,
        date: null,
        language: null,
        title: null,
        body: null,
        problem: f.reason,
        script: null,
        problems: [],
      });
    }
    const existing = await tx.selectFrom('articles').select(['id', 'key', 'problem']).execute();
    const stale = existing
      .filter((r) => desired.get(r.id)?.key !== r.key || desired.get(r.id)?.problem !== r.problem)
      .map((r) => r.id);
    for (const part of chunks(stale)) await tx.deleteFrom('articles').where('id', 'in', part).execute();
    const staleIds = new Set(stale);
    const kept = new Set(existing.map((r) => r.id).filter((id) => !staleIds.has(id)));
    const fresh = [...desired.values()].filter((r) => !kept.has(r.id));
    // Every article comes with its parse (a loading server joins the two): a corpus without them is not published.
    const needed = fresh.filter((r) => r.problem === null).map((r) => r.key);
    const present = new Set<string>();
    for (const part of chunks(needed)) {
      for (const r of await tx
        .selectFrom('parsed_files')
        .select('key')
        .where('parser_version', '=', this.parserVersion)
        .where('key', 'in', part)
        .execute())
        present.add(r.key);
    }
    const missing = needed.filter((k) => !present.has(k));
    if (missing.length > 0)
      throw new Error(
        `not published: ${missing.length} article(s) have no parse in the database (first: ${missing[0]})`,
      );
    // A file renamed onto another's name in one step: the unique file name must be free before the insert.
    for (const part of chunks(fresh.map((r) => r.file_name)))
      await tx.deleteFrom('articles').where('file_name', 'in', part).execute();
    for (const part of chunks(fresh, 200)) await tx.insertInto('articles').values(part).execute();
    return { removed: stale.length, added: fresh.length };
  }

  private async writeEvents(
    tx: Transaction<Database>,
    events: readonly CorpusEvent[],
  ): Promise<{ removed: number; added: number }> {
    const desired = new Map(events.map((e) => [e.id, this.serialised(e)]));
    const existing = await tx.selectFrom('events').select(['id', 'doc_hash']).execute();
    const stale = existing.filter((r) => desired.get(r.id)?.hash !== r.doc_hash);
    const staleIds = new Set(stale.map((r) => r.id));
    for (const part of chunks([...staleIds])) await tx.deleteFrom('events').where('id', 'in', part).execute();
    const have = new Set(existing.map((r) => r.id).filter((id) => !staleIds.has(id)));
    const fresh = [...desired.values()].filter((d) => !have.has(d.event.id));
    for (const part of chunks(fresh, 200)) {
      await tx
        .insertInto('events')
        .values(
          part.map(({ event: e, json, hash: docHash }) => {
            // The same facets the timeline page filters with in the browser: one rule for both.
            const facets = serverEventFacets(e);
            return {
              id: e.id,
              type: e.type,
              status: e.status,
              period: periodOf(e),
              place_id: e.placeId,
              search: facets.text,
              countries: facets.countries,
              persons: facets.persons,
              doc: json,
              doc_hash: docHash,
            };
          }),
        )
        .execute();
      const sources = part.flatMap(({ event: e }) => {
        const seen = new Set<string>();
        return e.sources.flatMap((s) => {
          const k = `${s.articleId}\0${s.start}`;
          if (seen.has(k)) return [];
          seen.add(k);
          return [{ event_id: e.id, article_id: s.articleId, start_offset: s.start, end_offset: s.end }];
        });
      });
      for (const p of chunks(sources)) await tx.insertInto('event_sources').values(p).execute();
    }
    return { removed: stale.length, added: fresh.length };
  }

  /**
   * The published corpus (what a server that starts, or hears of a new version, serves), with its version and the
   * ids served so far; null when none was published with this parser's version. Given the corpus loaded before,
   * only what changed since is read: the articles whose key changed and the events whose hash changed (a new
   * article costs its own rows, not the corpus).
   */
  async load(
    previous: Corpus | null = null,
  ): Promise<{ state: PublishedState; corpus: Corpus; ids: IdHistory } | null> {
    const before = previous ? this.loaded.get(previous) : undefined;
    return this.db.transaction().execute(async (tx) => {
      // One snapshot of all three tables: a publish committing meanwhile is not half seen.
      await sql`set transaction isolation level repeatable read`.execute(tx);
      const row = await tx.selectFrom('corpus_state').selectAll().executeTakeFirst();
      if (!row || row.parser_version !== this.parserVersion) return null;

      const listed = await tx
        .selectFrom('articles')
        .select(['key'])
        .where('problem', 'is', null)
        .orderBy('file_name')
        .execute();
      const analysisOf = new Map<string, AnalysedArticle>();
      const wanted = listed.map((r) => r.key).filter((k) => !before?.articles.has(k));
      for (const part of chunks(wanted)) {
        const rows = await tx
          .selectFrom('parsed_files')
          .select(['key', 'analysis'])
          .where('parser_version', '=', this.parserVersion)
          .where('key', 'in', part)
          .execute();
        for (const r of rows) {
          const a = r.analysis as FileAnalysis;
          if (a.ok) analysisOf.set(r.key, a.analysed);
        }
      }
      const articleKeys = new Map<string, AnalysedArticle>();
      const articles: AnalysedArticle[] = [];
      for (const { key } of listed) {
        const a = before?.articles.get(key) ?? analysisOf.get(key);
        if (!a) continue;
        articleKeys.set(key, a);
        articles.push(a);
      }

      const eventHashes = await this.changedEvents(tx, before?.events);
      const order = row.event_order as string[];
      const events = order.flatMap((id) => (eventHashes.has(id) ? [eventHashes.get(id)!.event] : []));

      const corpus: Corpus = { articles, failures: row.failures as ArticleFailure[], events };
      this.loaded.set(corpus, { articles: articleKeys, events: eventHashes });
      const state = {
        version: Number(row.version),
        corpusKey: row.corpus_key,
        parserVersion: row.parser_version,
        mergedAt: new Date(row.merged_at),
      };
      return { state, corpus, ids: (row.id_history as IdHistory | null) ?? emptyHistory() };
    });
  }

  /**
   * The published corpus as a server that only serves holds it: the events, the failures and each article's
   * summary, no texts or analyses (`article` reads one when a page asks). Null as `load`. Given the view loaded
   * before, only the articles whose key changed and the events whose hash changed are read.
   */
  async loadView(previous: CorpusView | null = null): Promise<{ state: PublishedState; corpus: CorpusView } | null> {
    const before = previous ? this.loadedViews.get(previous) : undefined;
    return this.db.transaction().execute(async (tx) => {
      await sql`set transaction isolation level repeatable read`.execute(tx);
      const row = await tx
        .selectFrom('corpus_state')
        .select(['version', 'corpus_key', 'parser_version', 'merged_at', 'failures', 'event_order'])
        .executeTakeFirst();
      if (!row || row.parser_version !== this.parserVersion) return null;

      const listed = await tx
        .selectFrom('articles')
        .select(['id', 'key'])
        .where('problem', 'is', null)
        .orderBy('file_name')
        .execute();
      const wanted = listed.filter((r) => !before?.articles.has(r.key)).map((r) => r.id);
      const summaryOf = new Map<string, { article: ArticleSummary }>();
      for (const part of chunks(wanted, 5000)) {
        const rows = await tx
          .selectFrom('articles')
          .select([
            'id',
            'key',
            'file_name',
            sql<string>`to_char(date, 'YYYY-MM-DD')`.as('date'),
            'title',
            'language',
            'script',
            'problems',
          ])
          .where('id', 'in', part)
          .execute();
        for (const r of rows) {
          const article: ArticleSummary = {
            id: r.id,
            fileName: r.file_name,
            date: r.date,
            title: r.title ?? '',
            language: r.language as Language,
            script: r.script as Script,
            problems: r.problems,
          };
          summaryOf.set(r.key, { article });
        }
      }
      const articleKeys = new Map<string, { article: ArticleSummary }>();
      const articles: Array<{ article: ArticleSummary }> = [];
      for (const { key } of listed) {
        const a = before?.articles.get(key) ?? summaryOf.get(key);
        if (!a) continue;
        articleKeys.set(key, a);
        articles.push(a);
      }
      const eventHashes = await this.changedEvents(tx, before?.events);
      const events = (row.event_order as string[]).flatMap((id) =>
        eventHashes.has(id) ? [eventHashes.get(id)!.event] : [],
      );
      const corpus: CorpusView = { articles, failures: row.failures as ArticleFailure[], events };
      this.loadedViews.set(corpus, { articles: articleKeys, events: eventHashes });
      return {
        state: {
          version: Number(row.version),
          corpusKey: row.corpus_key,
          parserVersion: row.parser_version,
          mergedAt: new Date(row.merged_at),
        },
        corpus,
      };
    });
  }

  /** The events published now, by id with their hash: those whose hash is not in `before` are read, the rest kept. */
  private async changedEvents(
    tx: Transaction<Database>,
    before: ReadonlyMap<string, { hash: string; event: CorpusEvent }> | undefined,
  ): Promise<Map<string, { hash: string; event: CorpusEvent }>> {
    const hashes = await tx.selectFrom('events').select(['id', 'doc_hash']).execute();
    const changed = hashes.filter((h) => before?.get(h.id)?.hash !== h.doc_hash).map((h) => h.id);
    const docOf = new Map<string, CorpusEvent>();
    for (const part of chunks(changed, 2000)) {
      for (const d of await tx.selectFrom('events').select(['id', 'doc']).where('id', 'in', part).execute())
        docOf.set(d.id, d.doc as CorpusEvent);
    }
    const eventHashes = new Map<string, { hash: string; event: CorpusEvent }>();
    for (const h of hashes) {
      const event = docOf.get(h.id) ?? before?.get(h.id)?.event;
      if (event) eventHashes.set(h.id, { hash: h.doc_hash, event });
    }
    return eventHashes;
  }

  /** One published article with what was parsed of it, by id; undefined when the corpus has no such article. */
  async article(id: string): Promise<AnalysedArticle | undefined> {
    const row = await this.db
      .selectFrom('articles')
      .innerJoin('parsed_files', (join) =>
        join.onRef('parsed_files.key', '=', 'articles.key').on('parsed_files.parser_version', '=', this.parserVersion),
      )
      .select(['parsed_files.analysis'])
      .where('articles.id', '=', id)
      .where('articles.problem', 'is', null)
      .executeTakeFirst();
    const analysis = row?.analysis as FileAnalysis | undefined;
    return analysis?.ok ? analysis.analysed : undefined;
  }

  /** Where a former event id leads now (id-history.ts `movedTo`), read from the published history: null when never served. */
  async movedTo(id: string): Promise<string[] | null> {
    const row = await this.db
      .selectFrom('corpus_state')
      .select(sql<string[] | null>`id_history->'moved'->${id}::text`.as('moved'))
      .executeTakeFirst();
    return row?.moved ?? null;
  }

  /**
   * The ids of the events a window query asks for, found in SQL: the days on the GiST index of `period`, the
   * words of `q` on the trigram index of `search` (every word, anywhere, as the browser's search), the filters on
   * their columns. Dated events overlapping [from, to] (all of them without a window), and the undated ones.
   */
  async windowIds(q: WindowFilter): Promise<{ version: number; dated: string[]; undated: string[] }> {
    // The SQL form of lib/corpus/filter.ts `filterMatcher`: the same filters, on columns filled from the same facets.
    const words = searchWords(q.q);
    const like = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // One statement, so one snapshot: the corpus version comes with the events it has (the caller serves the
    // answer only when that is the corpus it holds), and no publish committing meanwhile is half seen.
    const rows = await this.db
      .selectFrom('corpus_state')
      .leftJoin('events', (join) =>
        join.on((eb) => {
          const conditions: Array<Expression<SqlBool>> = [sql<boolean>`true`];
          if (q.from !== null && q.to !== null)
            conditions.push(
              sql<boolean>`(events.period is null or events.period && daterange(${q.from}::date, ${q.to}::date, '[]'))`,
            );
          if (q.types.length > 0) conditions.push(eb('events.type', 'in', q.types));
          if (q.status !== null) conditions.push(eb('events.status', '=', q.status));
          if (q.places.length > 0) conditions.push(eb('events.place_id', 'in', q.places));
          if (q.countries.length > 0)
            conditions.push(sql<boolean>`events.countries && ${sql.val(q.countries)}::text[]`);
          if (q.persons.length > 0) conditions.push(sql<boolean>`events.persons && ${sql.val(q.persons)}::text[]`);
          for (const w of words) conditions.push(eb('events.search', 'like', like(w)));
          return eb.and(conditions);
        }),
      )
      .select(['corpus_state.version', 'events.id', sql<boolean>`events.period is null`.as('undated')])
      .execute();
    const found = rows.flatMap((r) => (r.id === null ? [] : [{ id: r.id, undated: r.undated }]));
    return {
      version: Number(rows[0]?.version ?? 0),
      dated: found.filter((r) => !r.undated).map((r) => r.id),
      undated: found.filter((r) => r.undated).map((r) => r.id),
    };
  }

  async counts(): Promise<CorpusCounts> {
    const [a, f, e] = await Promise.all([
      this.db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('problem', 'is', null)
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('problem', 'is not', null)
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { articles: Number(a.n), failures: Number(f.n), events: Number(e.n) };
  }
}
