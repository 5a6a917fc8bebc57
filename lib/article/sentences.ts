import type { Span } from './types';

const segmenter = new Intl.Segmenter('kk', { granularity: 'sentence' });

// A break right after an initial (`Ф. Толипов`, `Sh. Mirziyoyev`) is not a sentence end.
const ENDS_WITH_INITIAL = /(?:^|[\s(«"])\p{Lu}\.$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// The segmenter does not break before a digit (`…составе. 16 ноября …`); a full stop after a word of three or more
// letters, then a space and a digit, is a sentence end (`ж. 14`, `г. 5` are abbreviations and stay joined).
const BREAK_BEFORE_DIGIT = /(?<=[\p{L}]{3}[.!?…])\s+(?=\d)/gu;

function splitBeforeDigits(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const piece = text.slice(span.start, span.end);
  BREAK_BEFORE_DIGIT.lastIndex = 0;
  for (let m = BREAK_BEFORE_DIGIT.exec(piece); m; m = BREAK_BEFORE_DIGIT.exec(piece)) {
    out.push({ start, end: span.start + m.index });
    start = span.start + m.index + m[0].length;
  }
  out.push({ start, end: span.end });
  return out;
}

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
    for (const part of splitBeforeDigits(text, { start, end })) {
      if (HAS_LETTER_OR_DIGIT.test(text.slice(part.start, part.end))) spans.push(part);
    }
  }
  if (pendingStart !== null) spans.push({ start: pendingStart, end: lastEnd });
  return spans;
}
