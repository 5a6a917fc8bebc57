import { describe, expect, it } from 'vitest';
import { buildCorpus } from './build-corpus';
import { seedFiles } from '../test-support/seeds';

// Provenance is sacred: every offset the pipeline produces from seeds/ points at exactly the text it claims.
describe('provenance over seeds/', () => {
  const corpus = buildCorpus(seedFiles());
  const texts = new Map(corpus.articles.map((a) => [a.article.id, a.article.text]));

  it('every time mention', () => {
    const all = corpus.articles.flatMap((a) => a.times.map((t) => ({ t, text: a.article.text })));
    expect(all.length).toBeGreaterThan(0);
    for (const { t, text } of all) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('every event mention: its trigger lies inside its sentence, and its date inside the text', () => {
    for (const a of corpus.articles) {
      expect(a.events.length).toBeGreaterThan(0);
      for (const m of a.events) {
        expect(m.sentence.start).toBeLessThanOrEqual(m.trigger.start);
        expect(m.trigger.end).toBeLessThanOrEqual(m.sentence.end);
        if (m.when.source === 'stated')
          expect(a.article.text.slice(m.when.time.start, m.when.time.end)).toBe(m.when.time.text);
      }
    }
  });

  it('every event source quotes exactly its article', () => {
    for (const e of corpus.events) {
      expect(e.sources.length).toBeGreaterThan(0);
      for (const s of e.sources) {
        expect(texts.get(s.articleId)!.slice(s.start, s.end)).toBe(s.quote);
        expect(s.start).toBeLessThanOrEqual(s.trigger.start);
        expect(s.trigger.end).toBeLessThanOrEqual(s.end);
      }
    }
  });

  it('titles, datelines and sentences', () => {
    for (const { article } of corpus.articles) {
      expect(article.text.slice(article.titleSpan.start, article.titleSpan.end)).toBe(article.title);
      for (const s of article.sentences)
        expect(article.text.slice(s.start, s.end).trim()).toBe(article.text.slice(s.start, s.end));
    }
  });
});
