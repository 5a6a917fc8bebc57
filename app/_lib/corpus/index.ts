import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PARSER_VERSION } from '@/app/_lib/corpus/parser-version';
import type { AnalysedArticle, CorpusEvent, CorpusView } from '@/lib/corpus/types';
import { CorpusRepository } from '@/app/_lib/db/corpus-repository';
import { CorrectionsRepository } from '@/app/_lib/db/corrections-repository';
import { openDatabase, type CorpusDatabase } from '@/app/_lib/db/open';
import { databaseSetting } from '@/app/_lib/db/setting';
import { CorpusStore, type StoreDatabase } from './store';

export { MAX_ARTICLE_BYTES } from './store';

export function seedsDir(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.JYLNAMA_SEEDS_DIR ??
      path.join(/*turbopackIgnore: true*/ process.cwd(), 'seeds'),
  );
}

/**
 * Where parsed articles are cached between runs: `$JYLNAMA_CACHE_DIR`, else `.next/cache/jylnama` (kept across
 * builds, ignored by git). `JYLNAMA_CACHE_DIR=off` turns the cache off; `next dev` does not use it, since the
 * parser version is only computed when the dev server starts.
 */
function cacheDir(): string | null {
  const configured = process.env.JYLNAMA_CACHE_DIR;
  if (configured === 'off' || process.env.NODE_ENV === 'development') return null;
  return path.resolve(
    /*turbopackIgnore: true*/ configured ||
      path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache', 'jylnama'),
  );
}

/**
 * The parse worker `npm run build` bundles beside Next's build (`$JYLNAMA_PARSE_WORKER` overrides it): with it, a
 * folder of many new articles is parsed on every core. `next dev` and a build without it parse in the server thread.
 */
function parseWorker(): string | null {
  const configured = process.env.JYLNAMA_PARSE_WORKER;
  if (configured === 'off' || process.env.NODE_ENV === 'development') return null;
  const file = path.resolve(
    /*turbopackIgnore: true*/ configured ||
      path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'jylnama', 'parse-worker.mjs'),
  );
  return existsSync(file) ? file : null;
}

export { databaseSetting } from '@/app/_lib/db/setting';

// One store and one database per server process (kept on globalThis so that module reloads share them).
const holder = globalThis as unknown as {
  __jylnamaStore?: CorpusStore;
  __jylnamaDatabase?: Promise<CorpusDatabase> | null;
};

/** The database, opened once (migrations run then); null when there is none. Rejects with DatabaseUnavailable. */
export function corpusDatabase(): Promise<CorpusDatabase> | null {
  if (holder.__jylnamaDatabase === undefined) {
    const setting = databaseSetting();
    holder.__jylnamaDatabase = setting
      ? openDatabase('url' in setting ? { url: setting.url } : { dataDir: setting.dataDir })
      : null;
    // Seen by whoever awaits it (the start-up check, the store); not an unhandled rejection meanwhile.
    holder.__jylnamaDatabase?.catch(() => {});
  }
  return holder.__jylnamaDatabase;
}

export function corpusStore(): CorpusStore {
  const dir = seedsDir();
  if (holder.__jylnamaStore?.dir !== dir) {
    void holder.__jylnamaStore?.close();
    const opened = corpusDatabase();
    const database: Promise<StoreDatabase> | null = opened
      ? opened.then((d) => ({
          repo: new CorpusRepository(d.db, PARSER_VERSION ?? 'development'),
          listen: d.listen.bind(d),
          reachable: () => d.reachable,
          corrections: new CorrectionsRepository(d.db),
        }))
      : null;
    const readFolder = process.env.JYLNAMA_READ_FOLDER !== 'off' || database === null;
    holder.__jylnamaStore = new CorpusStore({
      dir,
      cacheDir: cacheDir(),
      parserVersion: PARSER_VERSION,
      parseWorker: parseWorker(),
      database,
      readFolder,
    });
  }
  return holder.__jylnamaStore;
}

/**
 * The corpus over the seeds folder. Parsed once; afterwards a file that is added, changed or removed is noticed
 * by a watcher on the folder (and by a listing check every few seconds) and is the only one parsed again.
 */
export function getCorpus(): Promise<CorpusView> {
  return corpusStore().get();
}

/** Where an event an editor merged into another leads; undefined when it was not merged away. */
export async function getMergedInto(id: string): Promise<string | undefined> {
  return (await corpusStore().correctionState()).redirects.get(id);
}

/** An event editors hid as not an event, with the correction that hid it; undefined when there is none by that id. */
export async function getHiddenEvent(id: string): Promise<CorpusEvent | undefined> {
  return (await corpusStore().correctionState()).hidden.find((e) => e.id === id);
}

/** One article with its full text and analysis (read from the database on a server that only serves); undefined when none. */
export function getArticle(id: string): Promise<AnalysedArticle | undefined> {
  return corpusStore().article(id);
}
