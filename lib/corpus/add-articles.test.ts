import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../article/read-article';
import { analyseArticle, buildCorpus, type SourceFile } from './build-corpus';
import { withAddedArticles } from './add-articles';

function folder(dir: string): SourceFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((fileName) => ({ fileName, bytes: new Uint8Array(readFileSync(path.join(dir, fileName))) }));
}

function analysed(file: SourceFile) {
  const read = readArticle(file.fileName, file.bytes!);
  if (!read.ok) throw new Error(read.failure.reason);
  return analyseArticle(read.article);
}

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'lib/events/fixtures');
const sets: Record<string, SourceFile[]> = {
  seeds: folder(path.join(root, 'seeds')),
  ...Object.fromEntries(
    ['kk-Cyrl', 'kk-Latn', 'ru', 'en', 'mixed'].map((lang) => [`${lang} fixtures`, folder(path.join(fixtures, lang))]),
  ),
};

describe('adding an article without merging everything again', () => {
  it('gives the seeds a full merge, whichever article comes last (the announcement, or the report)', () => {
    const files = sets.seeds!;
    const full = buildCorpus(files);
    for (const file of files) {
      const after = withAddedArticles(buildCorpus(files.filter((f) => f !== file)), [analysed(file)]);
      expect(after.articles.map((a) => a.article.id)).toEqual(full.articles.map((a) => a.article.id));
      expect(after.events, `${file.fileName} added`).toEqual(full.events);
    }
  });

  it('shows every mention of the new article, keeps ids unique, and nearly always equals a full merge', () => {
    let additions = 0;
    let exact = 0;
    for (const [name, files] of Object.entries(sets)) {
      const full = buildCorpus(files);
      for (const file of files) {
        const before = buildCorpus(files.filter((f) => f !== file));
        const added = analysed(file);
        const after = withAddedArticles(before, [added]);
        const cited = new Set(after.events.flatMap((e) => e.sources.map((s) => `${s.articleId}:${s.start}`)));
        for (const m of added.events)
          expect(cited, `${name}/${file.fileName}: ${m.rule}`).toContain(`${added.article.id}:${m.sentence.start}`);
        const ids = after.events.map((e) => e.id);
        expect(new Set(ids).size, `${name}/${file.fileName}: ids stay unique`).toBe(ids.length);
        additions++;
        if (JSON.stringify(after.events) === JSON.stringify(full.events)) exact++;
      }
    }
    expect(additions).toBeGreaterThan(40);
    if (process.env.JYLNAMA_REPORT) console.log(`provisional = full merge in ${exact} of ${additions} additions`);
    // The app replaces the provisional corpus with a full merge a moment later; until then it is nearly always right.
    expect(exact / additions).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the corpus it was given as it was (a new corpus object, for caches keyed by corpus)', () => {
    const [first, ...rest] = sets.seeds!;
    const before = buildCorpus(rest);
    const snapshot = JSON.stringify(before);
    const after = withAddedArticles(before, [analysed(first!)]);
    expect(after).not.toBe(before);
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it('adds a file that could not be read to the failures', () => {
    const before = buildCorpus(sets.seeds!);
    const after = withAddedArticles(before, [], [{ id: 'bad', fileName: 'bad.txt', reason: 'empty' }]);
    expect(after.failures.map((f) => f.fileName)).toContain('bad.txt');
    expect(after.events).toBe(before.events);
  });
});
