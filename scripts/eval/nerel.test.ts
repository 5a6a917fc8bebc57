import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateNerel, readBratSpans, referenceDateOf, tagNerelDocument } from './nerel';

describe('reading brat standoff', () => {
  it('keeps DATE and TIME entities, nested ones too, and ignores other types and lines', () => {
    const ann = [
      'T1\tDATE 10 26\tв пятницу, 9 мая',
      'T2\tDATE 21 26\t9 мая',
      'T3\tPERSON 0 5\tПутин',
      'T4\tTIME 30 37\tутром',
      'R1\tWORKPLACE Arg1:T3 Arg2:T1',
      '#1\tAnnotatorNotes T1\tnote',
      '',
    ].join('\n');
    expect(readBratSpans(ann)).toEqual([
      { start: 10, end: 26, type: 'DATE' },
      { start: 21, end: 26, type: 'DATE' },
      { start: 30, end: 37, type: 'TIME' },
    ]);
  });

  it('takes a discontinuous span from its first to its last offset', () => {
    expect(readBratSpans('T7\tDATE 5 10;20 30\tС 11 … года')).toEqual([{ start: 5, end: 30, type: 'DATE' }]);
  });
});

describe('tagging a NEREL document', () => {
  it('takes the reference date from the title when it has one', () => {
    expect(referenceDateOf('Саммит 16 ноября 2016 года\n\nТекст.')).toBe('2016-11-16');
    expect(referenceDateOf('Саммит в Астане\n\nТекст.')).toBe('2019-01-01');
  });

  it('maps kinds to NEREL types and leaves out adverbs NEREL does not annotate', () => {
    const text = 'Встреча прошла 16 ноября 2016 года утром. Сейчас идут переговоры.';
    const spans = tagNerelDocument(text);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.type])).toEqual([
      ['16 ноября 2016 года', 'DATE'],
      ['утром', 'TIME'],
    ]);
  });
});

describe('evaluateNerel on a hand-made folder', () => {
  let folder = '';
  let out = '';
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'nerel-'));
    out = await mkdtemp(path.join(tmpdir(), 'nerel-out-'));
    // a.txt: one exact DATE, one DATE found by overlap only, one TIME.
    const a = 'Форум прошёл 16 ноября 2016 года в Астане. В 2009 году утром он уехал.';
    const at = (s: string) => `${a.indexOf(s)} ${a.indexOf(s) + s.length}`;
    await writeFile(path.join(folder, 'a.txt'), a);
    await writeFile(path.join(folder, 'a.ann'), `T1\tDATE ${at('16 ноября 2016 года')}\t16 ноября 2016 года\nT2\tDATE ${at('2009 году')}\t2009 году\nT3\tTIME ${at('утром')}\tутром\n`);
    // b.txt: a gold DATE the tagger cannot find, and no false positive.
    const b = 'Это случилось в эпоху Рэйва.';
    await writeFile(path.join(folder, 'b.txt'), b);
    await writeFile(path.join(folder, 'b.ann'), `T1\tDATE ${b.indexOf('эпоху Рэйва')} ${b.indexOf('эпоху Рэйва') + 11}\tэпоху Рэйва\n`);
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
  });

  it('prints the table and the summary line, scoring DATE as the headline', async () => {
    const report = await evaluateNerel(folder, out);
    const lines = report.trim().split('\n');
    // DATE: 2 predicted (both overlap gold, one exactly), 3 gold (2 found): strict P 1/2 R 1/3, relaxed P 1 R 2/3.
    expect(report).toMatch(/DATE strict\s+0\.5000\s+0\.3333\s+0\.4000/);
    expect(report).toMatch(/DATE relaxed\s+1\.0000\s+0\.6667\s+0\.8000/);
    expect(report).toMatch(/TIME strict\s+1\.0000\s+1\.0000\s+1\.0000/);
    expect(lines.at(-1)).toBe(`nerel ${folder} strict_f1=0.4000 relaxed_f1=0.8000`);
  });

  it('writes one JSON line per document with character spans', async () => {
    await evaluateNerel(folder, out);
    const lines = (await readFile(path.join(out, `nerel-${path.basename(folder)}.jsonl`), 'utf8')).trim().split('\n');
    const docs = lines.map((l) => JSON.parse(l) as { document: string; spans: Array<{ start: number; end: number; type: string; value: string | null }> });
    expect(docs.map((d) => d.document)).toEqual(['a', 'b']);
    expect(docs[0]?.spans[0]).toEqual({ start: 13, end: 32, type: 'DATE', value: '2016-11-16' });
    expect(docs[1]?.spans).toEqual([]);
  });
});
