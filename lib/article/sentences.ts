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

/** Where a long paragraph may be cut: after a word of 3+ letters, a full stop and a space, before a capital. */
const SAFE_CUT = /(?<=\p{L}{3}[.!?…])\s+(?=\p{Lu})/gu;
const MAX_PIECE = 4096;
const WHITESPACE = /\s+/y;

/** The end of the piece that starts at `at`: the paragraph's end, or a sentence end before MAX_PIECE characters. */
function pieceEnd(text: string, at: number, to: number, maxPiece: number): number {
  const newline = text.indexOf('\n', at);
  const paragraphEnd = newline === -1 || newline >= to ? to : newline + 1;
  if (paragraphEnd - at <= maxPiece) return paragraphEnd;
  const window = text.slice(at, at + maxPiece);
  let cut = -1;
  SAFE_CUT.lastIndex = 0;
  for (let m = SAFE_CUT.exec(window); m; m = SAFE_CUT.exec(window)) cut = m.index + m[0].length;
  // No sentence end: after a comma or semicolon (between list items), else any space, else a hard cut.
  if (cut <= 0) cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; ')) + 2;
  if (cut <= 1) cut = window.lastIndexOf(' ') + 1;
  if (cut <= 0) cut = maxPiece - (/[\uD800-\uDBFF]/.test(window[maxPiece - 1] ?? '') ? 1 : 0);
  return at + cut;
}

/**
 * The segmenter's sentences of `text[from, to)`, found a paragraph (or, in a very long paragraph, a few KB) at a
 * time: V8's segmenter slows down quadratically on long inputs (a 1 MB paragraph took minutes), and its breaks
 * never cross a line break, nor the sentence ends it is cut at, so the pieces give the same sentences.
 */
function* segments(
  text: string,
  from: number,
  to: number,
  maxPiece: number,
): Generator<{ segment: string; index: number }> {
  for (let at = from; at < to;) {
    // Blank lines hold no sentence: they are stepped over in one go, not handed to the segmenter a line at a time
    // (400 KB of empty lines took seconds that way).
    WHITESPACE.lastIndex = at;
    if (WHITESPACE.test(text)) at = Math.min(WHITESPACE.lastIndex, to);
    if (at >= to) break;
    const end = pieceEnd(text, at, to, maxPiece);
    for (const seg of segmenter.segment(text.slice(at, end)))
      yield { segment: seg.segment, index: at - from + seg.index };
    at = end;
  }
}

/**
 * Sentences of `text[from, to)` as trimmed spans. The platform's Unicode segmenter (UAX #29) does the work; we only
 * re-join its breaks after initials and drop spans with no words (a lone dash).
 */
export function splitSentences(text: string, from: number, to: number, maxPiece = MAX_PIECE): Span[] {
  const spans: Span[] = [];
  let pendingStart: number | null = null;
  let lastEnd = from;
  for (const seg of segments(text, from, to, maxPiece)) {
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
