import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PARSER_VERSION } from '@/app/_lib/parser-version';
import type { Corpus } from '@/lib/corpus/types';
import { CorpusStore } from './corpus/store';

export { MAX_ARTICLE_BYTES } from './corpus/store';

export function seedsDir(): string {
  return path.resolve(process.env.JYLNAMA_SEEDS_DIR ?? path.join(process.cwd(), 'seeds'));
}

/**
 * Where parsed articles are cached between runs: `$JYLNAMA_CACHE_DIR`, else `.next/cache/jylnama` (kept across
 * builds, ignored by git). `JYLNAMA_CACHE_DIR=off` turns the cache off; `next dev` does not use it, since the
 * parser version is only computed when the dev server starts.
 */
function cacheDir(): string | null {
  const configured = process.env.JYLNAMA_CACHE_DIR;
  if (configured === 'off' || process.env.NODE_ENV === 'development') return null;
  return path.resolve(configured || path.join(process.cwd(), '.next', 'cache', 'jylnama'));
}

/**
 * The parse worker `npm run build` bundles beside Next's build (`$JYLNAMA_PARSE_WORKER` overrides it): with it, a
 * folder of many new articles is parsed on every core. `next dev` and a build without it parse in the server thread.
 */
function parseWorker(): string | null {
  const configured = process.env.JYLNAMA_PARSE_WORKER;
  if (configured === 'off' || process.env.NODE_ENV === 'development') return null;
  const file = path.resolve(configured || path.join(process.cwd(), '.next', 'jylnama', 'parse-worker.mjs'));
  return existsSync(file) ? file : null;
}

// One store per server process (kept on globalThis so that module reloads share it).
const holder = globalThis as unknown as { __jylnamaStore?: CorpusStore };

export function corpusStore(): CorpusStore {
  const dir = seedsDir();
  if (holder.__jylnamaStore?.dir !== dir) {
    holder.__jylnamaStore?.close();
    holder.__jylnamaStore = new CorpusStore({ dir, cacheDir: cacheDir(), parserVersion: PARSER_VERSION, parseWorker: parseWorker() });
  }
  return holder.__jylnamaStore;
}

/**
 * The corpus over the seeds folder. Parsed once; afterwards a file that is added, changed or removed is noticed
 * by a watcher on the folder (and by a listing check every few seconds) and is the only one parsed again.
 */
export function getCorpus(): Promise<Corpus> {
  return corpusStore().get();
}
