import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateTempeval, readTimeml, tagDocument, timexesOf, writeTimeml } from './tempeval';
import { tagEn } from '../../lib/lang/en/time/expect-en';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>doc1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Prices <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> at AT&amp;T,
after <TIMEX3 tid="t2" type="DURATION" value="P3M" temporalFunction="true">three months</TIMEX3> of gains.
</TEXT>
</TimeML>
`;

describe('readTimeml', () => {
  const doc = readTimeml(TML, 'doc1');

  it('strips the tags from TEXT and decodes entities', () => {
    expect(doc.text).toBe('\nPrices fell yesterday at AT&T,\nafter three months of gains.\n');
  });

  it('keeps each TIMEX3 with offsets into the stripped text', () => {
    expect(doc.timexes.map((t) => [t.tid, t.type, t.value, doc.text.slice(t.start, t.end)])).toEqual([
      ['t1', 'DATE', '1998-01-07', 'yesterday'],
      ['t2', 'DURATION', 'P3M', 'three months'],
    ]);
  });

  it('takes the reference date from the DCT and does not count it as a mention', () => {
    expect(doc.dct).toBe('1998-01-08');
    expect(doc.timexes.some((t) => t.tid === 't0')).toBe(false);
  });

  it('reads attributes in any order', () => {
    const swapped = TML.replace('tid="t1" type="DATE" value="1998-01-07"', 'value="1998-01-07" type="DATE" tid="t1"');
    expect(readTimeml(swapped, 'doc1').timexes[0]).toMatchObject({ tid: 't1', type: 'DATE', value: '1998-01-07' });
  });
});

describe('writeTimeml', () => {
  it('writes TIMEX3 tags inline that read back to the same spans and values', () => {
    const doc = readTimeml(TML, 'doc1');
    const predicted = tagDocument(doc);
    const back = readTimeml(writeTimeml(doc, predicted), 'doc1');
    expect(back.text).toBe(doc.text);
    expect(back.dct).toBe(doc.dct);
    expect(back.timexes.map(({ start, end, type, value }) => ({ start, end, type, value }))).toEqual(
      predicted.map(({ start, end, type, value }) => ({ start, end, type, value })),
    );
    expect(back.timexes.map((t) => t.text)).toEqual(['yesterday', 'three months']);
  });
});

describe('timexesOf', () => {
  it('writes a joined range back as its two ends, as TimeML marks them', () => {
    const text = 'Shares were bought from Aug. 26 to Oct. 20 and sold between 1985 and 1987.';
    const parts = tagEn(text, '1989-10-30').flatMap(timexesOf);
    expect(parts.map((p) => [text.slice(p.start, p.end), p.value])).toEqual([
      ['Aug. 26', '1989-08-26'],
      ['Oct. 20', '1989-10-20'],
      ['1985', '1985'],
      ['1987', '1987'],
    ]);
  });

  it('keeps any other mention whole', () => {
    const [m] = tagEn('Talks were held November 14-15 in Astana.', '2025-11-14');
    expect(timexesOf(m!)).toEqual([{ start: 16, end: 30, text: 'November 14-15', type: 'DATE', value: '2025-11-14' }]);
  });
});

describe('evaluateTempeval', () => {
  it('scores a folder (recursively), ends with the summary line and writes one .tml per document with --out', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tempeval-'));
    await mkdir(path.join(root, 'sub'));
    await writeFile(path.join(root, 'sub', 'doc1.tml'), TML);
    const out = path.join(root, 'out');
    const report = await evaluateTempeval(root, out);
    const last = report.trim().split('\n').at(-1) ?? '';
    expect(last).toBe(`tempeval ${root} strict_f1=1.0000 relaxed_f1=1.0000 value_f1=1.0000`);
    expect(await readdir(out)).toEqual(['doc1.tml']);
    expect(await readFile(path.join(out, 'doc1.tml'), 'utf8')).toContain('<TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>');
  });
});
