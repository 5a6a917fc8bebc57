import { describe, expect, it } from 'vitest';
import { buildCorpus, type SourceFile } from './build-corpus';
import { seedFiles, utf8 } from '../test-support/seeds';

const ids = (files: SourceFile[]) =>
  buildCorpus(files)
    .events.map((e) => e.id)
    .sort();

const UNRELATED: SourceFile = {
  fileName: '900_unrelated.txt',
  bytes: utf8(
    ' date 2025-06-02 Президент Бішкекке жұмыс сапарымен барды\nБІШКЕК. KAZINFORM – 2 маусымда Қасым-Жомарт Тоқаев Бішкекке жұмыс сапарымен барды. Мемлекет басшысы Садыр Жапаровпен келіссөз жүргізді.\n',
  ),
};

describe('event ids', () => {
  const base = ids(seedFiles());

  it('do not depend on the order articles are read in', () => {
    expect(ids([...seedFiles()].reverse())).toEqual(base);
  });

  it('do not change when an unrelated article is added or removed', () => {
    const withMore = ids([UNRELATED, ...seedFiles()]);
    expect(withMore).toEqual(expect.arrayContaining(base));
    expect(withMore).toContain('2025-06-02-working-visit-kg-kz');
    expect(withMore.length).toBe(base.length + 2);
  });

  it('are readable: date, type and countries or body', () => {
    expect(base).toContain('2025-11-14-state-visit-kz-uz');
    expect(base).toContain('2025-11-16-summit-central-asia-consultative-meeting');
    expect(base).toContain('undated-informal-visit-kz-uz');
  });

  it('a file that cannot be read is a failure and costs nothing else', () => {
    const corpus = buildCorpus([
      ...seedFiles(),
      { fileName: 'empty.txt', bytes: new Uint8Array() },
      { fileName: 'big.txt', bytes: null, error: 'too large' },
    ]);
    expect(corpus.failures.map((f) => [f.fileName, f.reason])).toEqual([
      ['big.txt', 'too large'],
      ['empty.txt', 'the file is empty'],
    ]);
    expect(corpus.events.map((e) => e.id).sort()).toEqual(base);
  });
});

describe('a rescheduled meeting', () => {
  it('stays one event, and shows the date of the latest report', () => {
    const announce =
      ' date 2025-10-01 Кездесу жоспарлануда\nАСТАНА. KAZINFORM – 14 қарашада Ташкентте Орталық Азия мемлекеттері басшыларының VII Консультативтік кездесуі өтеді.\n';
    const moved =
      ' date 2025-11-10 Кездесу ауыстырылды\nАСТАНА. KAZINFORM – Орталық Азия мемлекеттері басшыларының VII Консультативтік кездесуі 16 қарашада Ташкентте өтеді.\n';
    const corpus = buildCorpus([
      { fileName: 'a.txt', bytes: utf8(announce) },
      { fileName: 'b.txt', bytes: utf8(moved) },
    ]);
    const summits = corpus.events.filter((e) => e.type === 'summit');
    expect(summits).toHaveLength(1);
    expect(summits[0]!.when).toBe('2025-11-16');
    expect(summits[0]!.sources.map((s) => s.articleId)).toEqual(['a', 'b']);
  });
});
