import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build-corpus';
import { synthCorpus } from '@/scripts/corpus-synth';
import { buildParseWorker } from '@/scripts/next-build.mjs';
import { CorpusStore, MAX_ARTICLE_BYTES } from './store';

const seeds = path.resolve(__dirname, '../../../seeds');
const seedNames = readdirSync(seeds)
  .filter((n) => n.endsWith('.txt'))
  .sort();
const EXTRA =
  ' date 2025-11-20 Брифинг\nАСТАНА. KAZINFORM – 20 қарашада Президент Қасым-Жомарт Тоқаев Астанада брифинг өткізді.\n';

let dir: string;
let cache: string;
let stores: CorpusStore[];
const open = (opts: Partial<ConstructorParameters<typeof CorpusStore>[0]> = {}) => {
  const s = new CorpusStore({ dir, cacheDir: cache, parserVersion: 'v1', debounceMs: 50, ...opts });
  stores.push(s);
  return s;
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jylnama-store-'));
  cache = mkdtempSync(path.join(tmpdir(), 'jylnama-cache-'));
  for (const n of seedNames) copyFileSync(path.join(seeds, n), path.join(dir, n));
  stores = [];
});
afterEach(() => {
  for (const s of stores) s.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

async function until(check: () => Promise<boolean>, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('timed out');
}

describe('CorpusStore', () => {
  it('gives the same corpus as buildCorpus over the same files', async () => {
    const corpus = await open({ watch: false }).get();
    const expected = buildCorpus(
      seedNames.map((n) => ({ fileName: n, bytes: new Uint8Array(readFileSync(path.join(dir, n))) })),
    );
    expect(corpus).toEqual(expected);
  });

  it('sees a dropped, edited and removed file through the watcher, parsing only that file', async () => {
    const store = open({ recheckMs: 60_000, fullMergeDelayMs: 60_000 });
    const first = await store.get();
    expect(store.lastStats?.parsed).toBe(seedNames.length);
    writeFileSync(path.join(dir, 'extra.txt'), EXTRA);
    await until(async () => (await store.get()).articles.some((a) => a.article.id === 'extra'));
    expect(store.lastStats).toMatchObject({ parsed: 1, reused: seedNames.length, provisional: true, merged: false });
    expect((await store.get()).articles).toHaveLength(first.articles.length + 1);
    await store.settle();
    expect(store.lastStats).toMatchObject({ parsed: 0, merged: true });

    writeFileSync(path.join(dir, 'extra.txt'), EXTRA.replace('Брифинг', 'Жаңа тақырып'));
    await until(
      async () => (await store.get()).articles.find((a) => a.article.id === 'extra')?.article.title === 'Жаңа тақырып',
    );
    expect(store.lastStats?.parsed).toBe(1);

    unlinkSync(path.join(dir, 'extra.txt'));
    await until(async () => !(await store.get()).articles.some((a) => a.article.id === 'extra'));
  });

  it('without a watcher, still sees changes on the next call (listing check)', async () => {
    const store = open({ watch: false });
    await store.get();
    writeFileSync(path.join(dir, 'extra.txt'), EXTRA);
    expect((await store.get()).articles.map((a) => a.article.id)).toContain('extra');
    expect(store.lastStats?.parsed).toBe(1);
  });

  it('adds a new file at once, its events included, and replaces that with a full merge a moment later', async () => {
    const store = open({ watch: false, fullMergeDelayMs: 20 });
    await store.get();
    writeFileSync(path.join(dir, 'extra.txt'), EXTRA);
    const provisional = await store.get();
    expect(store.lastStats).toMatchObject({ provisional: true, merged: false, parsed: 1 });
    expect(provisional.events.some((e) => e.sources.some((s) => s.articleId === 'extra'))).toBe(true);
    const expected = buildCorpus(
      [...seedNames, 'extra.txt'].map((n) => ({ fileName: n, bytes: new Uint8Array(readFileSync(path.join(dir, n))) })),
    );
    await until(async () => store.lastStats?.merged === true);
    const merged = await store.get();
    expect(merged).not.toBe(provisional);
    expect(merged).toEqual(expected);
  });

  it('a restart reads parsed articles from the disk cache; another parser version parses again', async () => {
    const first = open({ watch: false });
    const a = await first.get();
    // Parsed files go to the disk cache once the corpus is ready, in the background.
    await first.flushCache();
    const again = open({ watch: false });
    expect(await again.get()).toEqual(a);
    expect(again.lastStats).toMatchObject({ parsed: 0, fromDisk: seedNames.length });
    expect(again.lastStats?.fromSnapshot).toBe(false);
    await again.flushSnapshot();
    const third = open({ watch: false });
    expect(await third.get()).toEqual(a);
    expect(third.lastStats).toMatchObject({ fromSnapshot: true, parsed: 0, merged: false });
    writeFileSync(path.join(dir, 'extra.txt'), EXTRA);
    const changed = open({ watch: false });
    expect((await changed.get()).articles.map((x) => x.article.id)).toContain('extra');
    expect(changed.lastStats).toMatchObject({
      fromSnapshot: false,
      parsed: 1,
      fromDisk: seedNames.length,
      merged: true,
      provisional: false,
    });
    unlinkSync(path.join(dir, 'extra.txt'));
    const newer = open({ watch: false, parserVersion: 'v2' });
    expect(await newer.get()).toEqual(a);
    expect(newer.lastStats).toMatchObject({ parsed: seedNames.length, fromDisk: 0 });
    await newer.flushCache();
    expect(readdirSync(cache)).toEqual(['v2']);
  });

  it('reports broken and oversized files with the reason, and keeps the rest', async () => {
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61));
    const corpus = await open({ watch: false }).get();
    expect(corpus.articles).toHaveLength(seedNames.length);
    expect(corpus.failures.map((f) => f.fileName)).toEqual(['empty.txt', 'huge.txt']);
    expect(corpus.failures[1]!.reason).toMatch(/limit/);
  });

  it('remembers the ids it served: an event a later article re-dates leads to its new id, across a restart', async () => {
    const announced =
      ' date 2025-11-25 Келіссөз\nТАШКЕНТ. KAZINFORM – 1-2 желтоқсан күндері Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев Ташкентте келіссөз жүргізеді.\n';
    const reported =
      ' date 2025-12-02 Келіссөз\nТАШКЕНТ. KAZINFORM – Бүгін Ташкентте Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев келіссөздер өткізді.\n';
    writeFileSync(path.join(dir, 'a.txt'), announced);
    const store = open({ watch: false, snapshotDelayMs: 5 });
    expect((await store.get()).events.map((e) => e.id)).toContain('2025-12-01-talks-kz-uz');
    expect(await store.movedTo('2025-12-01-talks-kz-uz')).toBeNull();
    writeFileSync(path.join(dir, 'b.txt'), reported);
    store.invalidate();
    await until(async () => (await store.get()).events.some((e) => e.id === '2025-12-02-talks-kz-uz'));
    expect(await store.movedTo('2025-12-01-talks-kz-uz')).toEqual(['2025-12-02-talks-kz-uz']);
    await store.flushSnapshot();
    store.close();
    const again = open({ watch: false });
    expect(await again.movedTo('2025-12-01-talks-kz-uz')).toEqual(['2025-12-02-talks-kz-uz']);
    expect(await again.movedTo('never-served')).toBeNull();
  });
});

describe('CorpusStore on worker threads', () => {
  let worker: string;
  beforeAll(async () => {
    worker = path.join(mkdtempSync(path.join(tmpdir(), 'jylnama-worker-')), 'parse-worker.mjs');
    await buildParseWorker(worker);
  }, 60_000);

  const folder = () => {
    for (const a of synthCorpus(12, 3).articles) writeFileSync(path.join(dir, a.fileName), a.text);
    writeFileSync(path.join(dir, 'empty.txt'), '');
    return readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort();
  };

  it('parses a folder on the threads into the corpus this thread makes', async () => {
    const names = folder();
    const lines: string[] = [];
    const corpus = await open({ watch: false, cacheDir: null, parseWorker: worker, log: (l) => lines.push(l) }).get();
    expect(lines.filter((l) => /parse worker/.test(l))).toEqual([]); // no fall back to this thread
    const expected = buildCorpus(
      names.map((n) => ({ fileName: n, bytes: new Uint8Array(readFileSync(path.join(dir, n))) })),
    );
    expect(corpus.articles).toHaveLength(names.length - 1);
    expect(corpus).toEqual(expected);
  }, 30_000);

  it('parses in this thread, losing nothing, when the worker cannot start', async () => {
    const names = folder();
    const lines: string[] = [];
    const corpus = await open({
      watch: false,
      cacheDir: null,
      parseWorker: path.join(dir, 'no-such-worker.mjs'),
      log: (l) => lines.push(l),
    }).get();
    expect(corpus.articles).toHaveLength(names.length - 1);
    expect(corpus.failures.map((f) => f.fileName)).toEqual(['empty.txt']);
    expect(lines.some((l) => /parse worker failed.*main thread/.test(l))).toBe(true);
  }, 30_000);
});

describe('CorpusStore while a dropped file is parsed', () => {
  let worker: string;
  beforeAll(async () => {
    // The real parse worker, except that a file named slow-* takes two seconds more.
    const work = mkdtempSync(path.join(tmpdir(), 'jylnama-slow-'));
    const entry = path.join(work, 'slow-worker.ts');
    writeFileSync(
      entry,
      `import { parentPort } from 'node:worker_threads';
import { analyseFile } from ${JSON.stringify(path.resolve(__dirname, '../../../lib/corpus/build-corpus.ts'))};
parentPort!.on('message', ({ id, fileName, bytes }) => {
  if (fileName.startsWith('slow-')) { const until = Date.now() + 2000; while (Date.now() < until) {} }
  parentPort!.postMessage({ id, result: analyseFile(fileName, bytes) });
});
`,
    );
    worker = path.join(work, 'slow-worker.mjs');
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [entry],
      outfile: worker,
      bundle: true,
      platform: 'node',
      format: 'esm',
      tsconfig: path.resolve(__dirname, '../../../tsconfig.json'),
      logLevel: 'silent',
    });
  }, 60_000);

  it('answers requests with the corpus it has, and shows the file once it is parsed', async () => {
    const store = open({ parseWorker: worker, debounceMs: 5, recheckMs: 60_000 });
    await store.get();
    writeFileSync(path.join(dir, 'slow-article.txt'), EXTRA);
    // The watcher sees the file within a few ms; from then on its parse takes two seconds on a thread.
    await new Promise((r) => setTimeout(r, 200));
    const t0 = Date.now();
    const during = await store.get();
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(during.articles.some((a) => a.article.fileName === 'slow-article.txt')).toBe(false);
    await until(
      async () => (await store.get()).articles.some((a) => a.article.fileName === 'slow-article.txt'),
      10_000,
    );
  }, 20_000);
});
