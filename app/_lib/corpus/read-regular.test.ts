import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile } from './read-regular';

const dir = mkdtempSync(path.join(tmpdir(), 'jylnama-read-'));

describe('readRegularFile', () => {
  it('reads a regular file', async () => {
    writeFileSync(path.join(dir, 'a.txt'), 'hello');
    const r = await readRegularFile(path.join(dir, 'a.txt'), 100);
    expect(r.ok && Buffer.from(r.bytes).toString()).toBe('hello');
  });

  it('refuses a symbolic link, even to a readable file, without reading it', async () => {
    symlinkSync('/etc/passwd', path.join(dir, 'passwd.txt'));
    expect(await readRegularFile(path.join(dir, 'passwd.txt'), 1_000_000)).toEqual({
      ok: false,
      reason: expect.stringContaining('symbolic link'),
    });
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const t0 = Date.now();
    expect(await readRegularFile(path.join(dir, 'pipe.txt'), 100)).toEqual({
      ok: false,
      reason: expect.stringContaining('FIFO'),
    });
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('refuses a folder and a file over the limit, and says so', async () => {
    mkdirSync(path.join(dir, 'folder.txt'));
    expect(await readRegularFile(path.join(dir, 'folder.txt'), 100)).toEqual({
      ok: false,
      reason: 'not a regular file',
    });
    writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(101));
    expect(await readRegularFile(path.join(dir, 'big.txt'), 100)).toEqual({
      ok: false,
      reason: 'file is 101 bytes; the limit is 100',
    });
  });
});
