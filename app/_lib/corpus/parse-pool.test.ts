import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsePool } from './parse-pool';

// A stand-in worker: it answers at once, except for a file named slow*, on which it spins for ever.
const dir = mkdtempSync(path.join(tmpdir(), 'jylnama-pool-'));
const worker = path.join(dir, 'fake-worker.mjs');
writeFileSync(
  worker,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, fileName }) => {
  if (fileName.startsWith('slow')) for (;;) {}
  parentPort.postMessage({ id, result: { ok: false, failure: { id: fileName, fileName, reason: 'parsed by the fake worker' } } });
});
`,
);

describe('ParsePool', () => {
  it('reports an article over its time budget as too slow to parse, and parses the others on a fresh thread', async () => {
    const lines: string[] = [];
    const pool = new ParsePool({ workerFile: worker, size: 1, budgetMs: 300, log: (l) => lines.push(l) });
    const [slow, fast] = await Promise.all([
      pool.analyse('slow.txt', new Uint8Array(1)),
      pool.analyse('fast.txt', new Uint8Array(1)),
    ]);
    await pool.close();
    expect(slow).toEqual({
      ok: false,
      failure: { id: 'slow', fileName: 'slow.txt', reason: expect.stringContaining('too slow to parse') },
    });
    expect(fast).toEqual({
      ok: false,
      failure: { id: 'fast.txt', fileName: 'fast.txt', reason: 'parsed by the fake worker' },
    });
    expect(lines).toEqual([expect.stringContaining('slow.txt: parsing took longer than')]);
  });

  it('falls back to this thread, once, when its worker cannot start', async () => {
    const lines: string[] = [];
    const pool = new ParsePool({ workerFile: path.join(dir, 'missing.mjs'), size: 1, log: (l) => lines.push(l) });
    const result = await pool.analyse('empty.txt', new Uint8Array(0));
    await pool.analyse('empty2.txt', new Uint8Array(0));
    await pool.close();
    expect(result.ok).toBe(false);
    expect(lines).toHaveLength(1);
  });
});
