import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BAD_FILES,
  HUGE_FILE,
  ODD_FILES,
  XSS_LINK,
  XSS_SENTENCE,
  XSS_TITLE,
  prepareHostileSeeds,
} from './prepare-hostile-seeds.mjs';

const seedsDir = fileURLToPath(new URL('../seeds', import.meta.url));
const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt'));

describe('prepareHostileSeeds', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jylnama-hostile-test-'));
  writeFileSync(path.join(dir, 'left-over.txt'), 'from an earlier run');
  const written = prepareHostileSeeds(dir);
  const read = (name: string) => readFileSync(path.join(dir, name));

  it('writes exactly the seeds, the unreadable files and the XSS article, replacing what was there', () => {
    expect(written).toEqual(
      [...seeds, ...Object.keys(BAD_FILES), ...Object.keys(ODD_FILES), HUGE_FILE, 'xss.txt'].sort(),
    );
  });

  it('copies the seeds byte for byte', () => {
    for (const name of seeds) expect(read(name).equals(readFileSync(path.join(seedsDir, name)))).toBe(true);
  });

  it('writes each unreadable file as described', () => {
    expect(read('empty.txt').length).toBe(0);
    expect(read('blank.txt').toString('utf8').trim()).toBe('');
    expect([...read('binary.txt').subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(read('no-header.txt').toString('utf8')).not.toMatch(/^ date /);
    expect(read('bad-date.txt').toString('utf8')).toMatch(/^ date 2025-02-30 \S/);
    const latin1 = read('latin1.txt');
    expect(latin1.toString('latin1')).toMatch(/^ date 2025-11-21 \S/);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(latin1)).toThrow();
  });

  it('writes the XSS article in the seed format, payloads included', () => {
    const text = read('xss.txt').toString('utf8');
    const [header, firstBodyLine] = text.split('\n');
    // The seed format: ` date YYYY-MM-DD Title`, then a body that opens with a dateline.
    for (const seed of seeds) expect(read(seed).toString('utf8')).toMatch(/^ date \d{4}-\d{2}-\d{2} \S/);
    expect(header).toBe(` date 2025-11-20 ${XSS_TITLE}`);
    expect(firstBodyLine).toMatch(/^АСТАНА\. KAZINFORM – /);
    expect(text).toContain(XSS_SENTENCE);
    expect(text).toContain(XSS_LINK);
    expect(text).toContain('<script>window.__xss=2</script>');
    expect(text).toContain('<img src=x onerror="window.__xss=1">');
  });
});
