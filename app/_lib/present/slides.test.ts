import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build-corpus';
import { seedFiles } from '@/lib/test-support/seeds';
import { getDictionary } from '@/app/_i18n/dictionary';
import { EMPTY_VIEW } from '@/app/_lib/view/view-state';
import { briefingSlides } from './slides';

const corpus = buildCorpus(seedFiles());

describe("the presenter's notes", () => {
  const { slides } = briefingSlides(corpus, EMPTY_VIEW, getDictionary('en'), 'https://jylnama.example');
  const several = slides.filter((s) => s.view.sources.length > 1);

  it('are every source sentence of the slide, once', () => {
    expect(several.length).toBeGreaterThan(0);
    for (const s of slides)
      expect([...s.notes].sort((a, b) => a.start - b.start)).toEqual(
        [...s.view.sources].sort((a, b) => a.start - b.start),
      );
  });

  it('open with the key quote, then the sentences that give the date best', () => {
    for (const s of several) {
      expect(s.notes[0]).toBe(s.keyQuote);
      const ranks = s.notes.slice(1).map((n) => n.dateRank);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});
