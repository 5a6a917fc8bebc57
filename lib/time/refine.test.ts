import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keepLongestNonOverlapping } from './refine';
import type { TimeMention } from './types';

function mention(start: number, end: number, rule: string): TimeMention {
  return { start, end, text: '', value: null, kind: 'date', stated: { year: false, month: false, day: false }, rule };
}

/** The rule as it reads: longest first, the one found first at equal length, in text order (a stable sort). */
function reference(mentions: TimeMention[]): TimeMention[] {
  const ranked = mentions
    .map((m, order) => ({ m, order }))
    .sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.order - b.order);
  const kept: TimeMention[] = [];
  for (const { m } of ranked) if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

describe('keepLongestNonOverlapping', () => {
  it('keeps the longer of two overlapping matches, and the first found at equal length', () => {
    const a = mention(0, 10, 'a');
    const b = mention(5, 9, 'b');
    const c = mention(12, 15, 'c');
    const d = mention(13, 16, 'd');
    expect(keepLongestNonOverlapping([b, c, a, d]).map((m) => m.rule)).toEqual(['a', 'c']);
  });

  it('keeps empty matches in the order found where they share a start', () => {
    const kept = keepLongestNonOverlapping([mention(4, 4, 'x'), mention(4, 4, 'y'), mention(1, 3, 'z')]);
    expect(kept.map((m) => m.rule)).toEqual(['z', 'x', 'y']);
  });

  it('does as the rule reads on any set of matches', () => {
    const spans = fc.array(fc.tuple(fc.nat(40), fc.nat(12)), { maxLength: 30 });
    fc.assert(
      fc.property(spans, (pairs) => {
        const mentions = pairs.map(([start, length], k) => mention(start, start + length, `m${k}`));
        expect(keepLongestNonOverlapping(mentions)).toEqual(reference(mentions));
      }),
      { numRuns: 500 },
    );
  });
});
