import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildParseWorker, staleBuildReason } from './next-build.mjs';

function touch(root: string, rel: string, secondsAgo: number) {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '');
  const t = Date.now() / 1000 - secondsAgo;
  utimesSync(file, t, t);
}

describe('staleBuildReason', () => {
  it('asks for a build when there is none', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'jylnama-build-'));
    touch(root, 'app/page.tsx', 100);
    expect(staleBuildReason(root)).toBe('no production build yet');
  });

  it('is satisfied by a build newer than every source, and not by one older than any', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'jylnama-build-'));
    touch(root, 'app/page.tsx', 100);
    touch(root, 'lib/corpus/build-corpus.ts', 90);
    touch(root, 'package.json', 80);
    touch(root, '.next/BUILD_ID', 50);
    expect(staleBuildReason(root)).toBe('no parse worker bundle yet'); // `next build` alone, not `npm run build`
    touch(root, '.next/jylnama/parse-worker.mjs', 49);
    expect(staleBuildReason(root)).toBeNull();

    touch(root, 'lib/time/normalise.test.ts', 10); // a unit test is not part of the build
    expect(staleBuildReason(root)).toBeNull();

    touch(root, 'lib/time/deep/normalise.ts', 10);
    expect(staleBuildReason(root)).toBe('the sources changed since the last build');
    touch(root, '.next/BUILD_ID', 0);
    touch(root, 'next.config.ts', -5);
    expect(staleBuildReason(root)).toBe('the sources changed since the last build');
  });

  it('bundles the parse worker into one module that parses an article in a worker thread', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'jylnama-worker-')), 'parse-worker.mjs');
    await buildParseWorker(out);
    const { ParsePool } = await import('../app/_lib/corpus/parse-pool');
    const pool = new ParsePool({ workerFile: out, size: 1, log: () => {} });
    const text =
      ' date 2025-11-14 Визит\nТАШКЕНТ. KAZINFORM – Бүгін Президент Қасым-Жомарт Тоқаев Өзбекстанға мемлекеттік сапармен келді.\n';
    const result = await pool.analyse('visit.txt', new TextEncoder().encode(text));
    await pool.close();
    expect(result.ok && result.analysed.events.map((e) => e.type)).toContain('state-visit');
  }, 60_000);
});
