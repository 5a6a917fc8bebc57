import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A disk that fills up in the middle of a write: the next writeFile writes part of its data, then fails with ENOSPC.
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return {
    ...fs,
    writeFile: (async (file: Parameters<typeof fs.writeFile>[0], ...rest: unknown[]) => {
      if (!disk.full) return (fs.writeFile as (...a: unknown[]) => Promise<void>)(file, ...rest);
      disk.full = false;
      await fs.appendFile(file as string, 'half an artic');
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }) as typeof fs.writeFile,
  };
});
import { prepareArticle } from '@/app/_lib/ingest/prepare';
import { existingArticles, saveArticle } from '@/app/_lib/ingest/save';
import { DiskCache } from './disk-cache';
import { CorpusStore } from './store';

// The folder is the server's input: whatever an operator (or an attacker with write access) puts there must be
// reported by name, never read outside the folder, never hang a request, and never leave files behind (issue 11).

const seeds = path.resolve(__dirname, '../../../seeds');
let dir: string;
const stores: CorpusStore[] = [];
const open = (opts: Partial<ConstructorParameters<typeof CorpusStore>[0]> = {}) => {
  const s = new CorpusStore({ dir, cacheDir: null, parserVersion: 'v1', watch: false, ...opts });
  stores.push(s);
  return s;
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jylnama-hostile-'));
  for (const n of readdirSync(seeds).filter((x) => x.endsWith('.txt')))
    copyFileSync(path.join(seeds, n), path.join(dir, n));
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  vi.restoreAllMocks();
});

const ARTICLE =
  ' date 2025-11-20 Брифинг\nАСТАНА. KAZINFORM – 20 қарашада Президент Қасым-Жомарт Тоқаев Астанада брифинг өткізді.\n';

describe('a hostile articles folder', () => {
  it('reports a symbolic link by name and shows nothing of what it points to', async () => {
    symlinkSync('/etc/passwd', path.join(dir, 'passwd.txt'));
    const corpus = await open().get();
    expect(corpus.failures).toEqual([
      { id: 'passwd', fileName: 'passwd.txt', reason: expect.stringContaining('symbolic link') },
    ]);
    expect(JSON.stringify(corpus)).not.toContain('root:');
    expect(corpus.articles.length).toBe(2);
  });

  it('reports a FIFO at once, and a save into the folder does not wait on it', async () => {
    execFileSync('mkfifo', [path.join(dir, 'x.txt')]);
    const t0 = Date.now();
    const corpus = await open().get();
    expect(corpus.failures).toEqual([{ id: 'x', fileName: 'x.txt', reason: expect.stringContaining('FIFO') }]);
    const prepared = prepareArticle({ source: 'new.txt', bytes: new TextEncoder().encode(ARTICLE), date: null });
    if (!prepared.ok) throw new Error(prepared.reason);
    const result = await saveArticle(dir, prepared, await existingArticles(dir));
    expect(result.status).toBe('added');
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('a save that fails mid-write (a full disk) says why and leaves nothing in the folder', async () => {
    const before = readdirSync(dir).sort();
    disk.full = true;
    const prepared = prepareArticle({ source: 'new.txt', bytes: new TextEncoder().encode(ARTICLE), date: null });
    if (!prepared.ok) throw new Error(prepared.reason);
    await expect(saveArticle(dir, prepared, new Map())).rejects.toThrow(/could not be saved: ENOSPC: no space left/);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('removes the temporary file of a save killed with SIGKILL when the server starts again', async () => {
    const tmp = path.join(dir, '.0123456789ab.tmp');
    const child = spawn(process.execPath, [
      '-e',
      `require('fs').writeFileSync(${JSON.stringify(tmp)}, 'partial'); setInterval(() => {}, 1000);`,
    ]);
    await vi.waitFor(() => expect(existsSync(tmp)).toBe(true), { timeout: 5000 });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const old = Date.now() / 1000 - 3600;
    utimesSync(tmp, old, old);
    writeFileSync(path.join(dir, '.not-ours.tmp'), 'someone else’s');
    const lines: string[] = [];
    const corpus = await open({ log: (l) => lines.push(l) }).get();
    expect(existsSync(tmp)).toBe(false);
    expect(existsSync(path.join(dir, '.not-ours.tmp'))).toBe(true);
    expect(lines.some((l) => /removed 1 temporary file/.test(l))).toBe(true);
    expect(corpus.articles.length).toBe(2);
  });

  it('discards a cache entry that is JSON of another shape, logs it, and parses the article again', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'jylnama-cache-'));
    const first = open({ cacheDir });
    const expected = await first.get();
    await first.flushCache();
    const cache = new DiskCache(cacheDir, 'v1');
    const name = readdirSync(seeds)
      .filter((x) => x.endsWith('.txt'))
      .sort()[0]!;
    const key = DiskCache.key(name, new Uint8Array(readFileSync(path.join(dir, name))));
    writeFileSync(path.join(cache.folder, `${key}.json`), JSON.stringify({ ok: true, analysed: { article: 'nope' } }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const again = await open({ cacheDir }).get();
    expect(again).toEqual(expected);
    expect(
      warn.mock.calls.some(([l]) => /cache: discarding .*entry\.analysed\.article is not an object/.test(String(l))),
    ).toBe(true);
  });
});
