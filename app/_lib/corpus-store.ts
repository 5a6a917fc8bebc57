import 'server-only';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildCorpus, type SourceFile } from '@/lib/corpus/build-corpus';
import type { Corpus } from '@/lib/corpus/types';

/** Larger files are refused before they are read: an article is a few KB, a runaway file must not eat the heap. */
const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export function seedsDir(): string {
  return path.resolve(process.env.JYLNAMA_SEEDS_DIR ?? path.join(process.cwd(), 'seeds'));
}

let cached: { signature: string; corpus: Corpus } | null = null;

/**
 * The corpus over the seeds folder, parsed once and re-parsed only when a file is added, removed or changed
 * (the folder's listing with sizes and modification times is the cache key).
 */
export async function getCorpus(): Promise<Corpus> {
  const dir = seedsDir();
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.txt')).sort();
  const stats = await Promise.all(names.map((n) => stat(path.join(dir, n)).catch(() => null)));
  const signature = names.map((n, i) => `${n}:${stats[i]?.size ?? -1}:${stats[i]?.mtimeMs ?? -1}`).join('|');
  if (cached && cached.signature === signature) return cached.corpus;

  const files: SourceFile[] = await Promise.all(
    names.map(async (fileName, i): Promise<SourceFile> => {
      const size = stats[i]?.size ?? 0;
      if (size > MAX_ARTICLE_BYTES) {
        return { fileName, bytes: null, error: `file is ${size} bytes; the limit is ${MAX_ARTICLE_BYTES}` };
      }
      try {
        return { fileName, bytes: new Uint8Array(await readFile(path.join(dir, fileName))) };
      } catch (e) {
        return { fileName, bytes: null, error: `cannot be read: ${(e as Error).message}` };
      }
    }),
  );
  const corpus = buildCorpus(files);
  for (const f of corpus.failures) console.warn(`[jylnama] ${f.fileName}: ${f.reason}`);
  cached = { signature, corpus };
  return corpus;
}
