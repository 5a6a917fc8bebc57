import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { duration, ingest, parseArgs, progressLine } from './ingest';
import { prepareArticle, slug } from '../app/_lib/ingest/prepare';

const ARTICLE =
  ' date 2025-11-20 Брифинг\nАСТАНА. KAZINFORM – 20 қарашада Президент Қасым-Жомарт Тоқаев Астанада брифинг өткізді.\n';
const cp1251 = (s: string) =>
  Buffer.from(
    [...s].map((c) => {
      const n = c.charCodeAt(0);
      return n < 128 ? n : n === 0x2013 ? 0x96 : n - 0x410 + 0xc0;
    }),
  );

let src: string;
let out: string;
let lines: string[];
beforeEach(() => {
  src = mkdtempSync(path.join(tmpdir(), 'jylnama-ingest-src-'));
  out = mkdtempSync(path.join(tmpdir(), 'jylnama-ingest-out-'));
  lines = [];
});
afterEach(() => {
  rmSync(src, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});
const run = (inputs: string[], date: string | null = null) =>
  ingest({ inputs, dir: out, date, log: (l) => lines.push(l) });

describe('npm run ingest', () => {
  it('adds, skips what is already there, rejects with reasons, and counts', async () => {
    writeFileSync(path.join(src, 'good.txt'), ARTICLE);
    writeFileSync(path.join(src, 'copy of good.txt'), ARTICLE);
    writeFileSync(path.join(src, 'empty.txt'), '');
    writeFileSync(path.join(src, 'bad-date.txt'), ' date 2025-02-30 X\nАСТАНА. KAZINFORM – мәтін.\n');
    writeFileSync(path.join(src, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
    writeFileSync(path.join(src, 'plain.txt'), 'A title\nASTANA. KAZINFORM – Talks were held.\n');
    const summary = await run([src]);
    expect(summary).toEqual({ added: 1, skipped: 1, rejected: 4 });
    expect(lines.filter((l) => l.startsWith('added: '))).toHaveLength(1);
    // 'copy of good.txt' comes first in the folder's order: it is added, and the original is the copy then.
    expect(lines.find((l) => l.includes('/good.txt'))).toMatch(
      /^skipped: .*already present as 2025-11-20-брифинг-[0-9a-f]{8}\.txt$/,
    );
    expect(lines.find((l) => l.includes('empty.txt'))).toMatch(/^rejected: .*empty/);
    expect(lines.find((l) => l.includes('bad-date.txt'))).toMatch(/^rejected: .*not a real calendar date/);
    expect(lines.find((l) => l.includes('image.txt'))).toMatch(/^rejected: .*PNG/);
    expect(lines.find((l) => l.includes('plain.txt'))).toMatch(/^rejected: .*--date YYYY-MM-DD/);
    expect(lines.at(-1)).toMatch(/^1 added, 1 skipped \(already present\), 4 rejected/);
    expect(readdirSync(out)).toHaveLength(1);
  });

  it('plain text with --date, UTF-16 and Windows-1251 are converted to UTF-8 and said so', async () => {
    const ru = 'Переговоры в Астане\nАСТАНА. KAZINFORM – Сегодня президенты провели переговоры.\n';
    writeFileSync(path.join(src, 'ru.txt'), cp1251(ru));
    writeFileSync(
      path.join(src, 'u16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]),
    );
    writeFileSync(
      path.join(src, 'bom.txt'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE.replace('Брифинг', 'BOM'))]),
    );
    expect(await run([src], '2025-11-21')).toEqual({ added: 3, skipped: 0, rejected: 0 });
    expect(lines.find((l) => l.includes('ru.txt'))).toMatch(
      /converted from Windows-1251 to UTF-8; a header line with the date 2025-11-21 was added/,
    );
    expect(lines.find((l) => l.includes('u16.txt'))).toMatch(/converted from UTF-16LE to UTF-8/);
    expect(lines.find((l) => l.includes('bom.txt'))).toMatch(/converted from UTF-8 with BOM/);
    for (const name of readdirSync(out)) {
      const bytes = readFileSync(path.join(out, name));
      expect(bytes[0]).toBe(0x20); // no BOM, the header first
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toMatch(/^ date 2025-11-2[01] /);
    }
  });

  it('refuses a 50 MB file without reading it, and a missing path', async () => {
    const big = path.join(src, 'big.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x61));
    expect(await run([big, path.join(src, 'nope.txt')])).toEqual({ added: 0, skipped: 0, rejected: 2 });
    expect(lines[0]).toMatch(/nope\.txt: no such file/);
    expect(lines[1]).toMatch(/big\.txt: the file is 52,428,800 bytes; the limit is 2,097,152 bytes/);
  });

  it('names cannot escape the folder or collide, whatever the source is called', async () => {
    const weird = path.join(src, 'sub');
    mkdirSync(weird);
    writeFileSync(
      path.join(weird, 'evil ..%2F..%2Fetc passwd \u202e.txt'),
      ARTICLE.replace('Брифинг', '../../etc/passwd'),
    );
    writeFileSync(path.join(weird, 'Қазақша атау.txt'), ARTICLE.replace('Брифинг', 'Қазақша атау'));
    expect(await run([weird])).toEqual({ added: 2, skipped: 0, rejected: 0 });
    for (const name of readdirSync(out)) expect(name).toMatch(/^2025-11-20-[\p{L}\p{N}-]+-[0-9a-f]{8}\.txt$/u);
    expect(lines.join('\n')).not.toContain('\u202e');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
  });

  it('on a long run, says how far it is, how fast and how long is left', async () => {
    for (let i = 0; i < 30; i++) writeFileSync(path.join(src, `a${i}.txt`), ARTICLE.replace('Брифинг', `Брифинг ${i}`));
    const progress: string[] = [];
    await ingest({
      inputs: [src],
      dir: out,
      date: null,
      log: () => {},
      progress: (l) => progress.push(l),
      progressMs: 0,
      window: 10,
    });
    expect(progress).toHaveLength(3);
    expect(progress[0]).toMatch(/^progress: 10 of 30 files \(33%\), [\d,]+ files\/s, about \d+ s left$/);
    expect(progress[1]).toMatch(/^progress: 20 of 30 files \(66%\)/);
    expect(progress[2]).toMatch(/^done: 30 files in \d+ s \([\d,]+ files\/s\)$/);
    expect(progressLine(12_345, 100_000, 10_000)).toBe(
      'progress: 12,345 of 100,000 files (12%), 1,235 files/s, about 1 min 11 s left',
    );
    expect(duration(3725)).toBe('1 h 02 min');
  });

  it('reads its arguments', () => {
    expect(parseArgs(['--date', '2025-11-20', 'a.txt', 'dir'])).toEqual({
      ok: true,
      inputs: ['a.txt', 'dir'],
      date: '2025-11-20',
      dir: null,
    });
    expect(parseArgs(['--date=20.11.2025', 'a.txt'])).toMatchObject({ ok: false });
    expect(parseArgs([])).toMatchObject({ ok: false });
    expect(parseArgs(['--force', 'a'])).toMatchObject({ ok: false });
  });

  it('prepareArticle rejects what the Sources page would list as broken, with the same reason', () => {
    expect(prepareArticle({ source: 'x', bytes: new Uint8Array() })).toMatchObject({
      ok: false,
      reason: 'the file is empty',
    });
    expect(prepareArticle({ source: 'x', bytes: new TextEncoder().encode('   \n\t') })).toMatchObject({
      ok: false,
      reason: 'the file holds only white space',
    });
  });
});
