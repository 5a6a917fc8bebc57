import type { Span } from './types';

const segmenter = new Intl.Segmenter('kk', { granularity: 'sentence' });

// A break right after an initial (`Ф. Толипов`, `Sh. Mirziyoyev`) is not a sentence end.
const ENDS_WITH_INITIAL = /(?:^|[\s(«"])\p{Lu}\.$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Sentences of `text[from, to)` as trimmed spans. The platform's Unicode segmenter (UAX #29) does the work; we only
 * re-join its breaks after initials and drop spans with no words (a lone dash).
 */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let pendingStart: number | null = null;
  let lastEnd = from;
  for (const seg of segmenter.segment(text.slice(from, to))) {
    const raw = seg.segment;
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start: number = pendingStart ?? from + seg.index + lead;
    const end = from + seg.index + lead + trimmed.length;
    lastEnd = end;
    const withinParagraph = !raw.includes('\n');
    if (withinParagraph && ENDS_WITH_INITIAL.test(trimmed)) {
      pendingStart = start;
      continue;
    }
    pendingStart = null;
    if (HAS_LETTER_OR_DIGIT.test(text.slice(start, end))) spans.push({ start, end });
  }
  if (pendingStart !== null) spans.push({ start: pendingStart, end: lastEnd });
  return spans;
}
