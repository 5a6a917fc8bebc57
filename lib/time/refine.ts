import type { TimeMention } from './types';

/**
 * Overlapping matches: the longer one wins (`2025 жылғы 14 қарашада` over `2025 жылғы`), and at equal length the
 * one found first (the earlier parser in the configuration). The result is in text order.
 */
export function keepLongestNonOverlapping(mentions: TimeMention[]): TimeMention[] {
  const ranked = mentions
    .map((m, order) => ({ m, order }))
    .sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.order - b.order);
  const kept: TimeMention[] = [];
  for (const { m } of ranked) {
    if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
