import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const seeds = path.resolve(__dirname, '../../seeds');

describe('splitSentences on long paragraphs', () => {
  it('finds the same sentences when a paragraph is segmented in pieces cut at sentence ends', () => {
    for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(path.join(seeds, name), 'utf8');
      // Every paragraph on one line: the pieces (longer than any sentence, shorter than the text) are cut inside it.
      const joined = text.replace(/\n(?=\S)/g, ' ');
      expect(splitSentences(joined, 0, joined.length, 600), name).toEqual(
        splitSentences(joined, 0, joined.length, 1_000_000),
      );
    }
  });

  it('splits a one-paragraph megabyte into its sentences (the platform segmenter alone is quadratic here)', () => {
    const sentence = 'Тоқаев Ташкентке мемлекеттік сапармен барды. ';
    const text = sentence.repeat(25_000);
    const spans = splitSentences(text, 0, text.length);
    expect(spans).toHaveLength(25_000);
    expect(text.slice(spans[12_345]!.start, spans[12_345]!.end)).toBe(sentence.trim());
  });

  it('cuts a paragraph with no sentence end between list items, keeping offsets into the text', () => {
    const text = Array.from({ length: 2_000 }, (_, i) => `${(i % 28) + 1} қараша 2025`).join(', ');
    const spans = splitSentences(text, 0, text.length);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) {
      const piece = text.slice(s.start, s.end);
      expect(piece).toBe(piece.trim());
      expect(piece).toMatch(/^\d+ қараша 2025/);
    }
  });

  it('steps over runs of blank lines and keeps the offsets of the sentences around them', () => {
    const text = `Бірінші сөйлем.${'\n'.repeat(100_000)}  \n\t\nЕкінші сөйлем. Үшінші.\n\n`;
    const spans = splitSentences(text, 0, text.length);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Бірінші сөйлем.', 'Екінші сөйлем.', 'Үшінші.']);
  });
});
