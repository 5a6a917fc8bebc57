import type { Span } from '@/lib/article/types';

export type MarkKind = 'time' | 'event';

export interface Mark extends Span {
  kind: MarkKind;
  /** Shown as a tooltip: what the mark was read as. */
  note: string;
}

/** A run of text covered by the same set of marks (none, for plain text). */
export interface Run extends Span {
  marks: Mark[];
}

/** Text outside any source sentence, or one source sentence (an anchor `#m-<start>-<end>`). */
export interface Segment extends Span {
  sentence: boolean;
  runs: Run[];
}

function clip<T extends Span>(span: T, range: Span): T | null {
  const start = Math.max(span.start, range.start);
  const end = Math.min(span.end, range.end);
  return start < end ? { ...span, start, end } : null;
}

/** Splits a range into runs at every mark boundary; marks may overlap or nest. */
function runs(range: Span, marks: readonly Mark[]): Run[] {
  const inside = marks.map((m) => clip(m, range)).filter((m): m is Mark => m !== null);
  const cuts = [...new Set([range.start, range.end, ...inside.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    out.push({ start, end, marks: inside.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}

/**
 * Cuts `range` of a text into segments: the source sentences (which get anchors) and the text between them,
 * each split into runs by the time and event marks. Pure offsets: the caller slices the text.
 */
export function segmentText(range: Span, sentences: readonly Span[], marks: readonly Mark[]): Segment[] {
  const anchors = sentences
    .map((s) => clip(s, range))
    .filter((s): s is Span => s !== null)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = range.start;
  const push = (start: number, end: number, sentence: boolean) => {
    if (start < end) segments.push({ start, end, sentence, runs: runs({ start, end }, marks) });
  };
  for (const s of anchors) {
    if (s.start < cursor) continue; // overlaps the previous anchor: keep the first
    push(cursor, s.start, false);
    push(s.start, s.end, true);
    cursor = s.end;
  }
  push(cursor, range.end, false);
  return segments;
}
