import type { TimeMention } from './types';

/**
 * Overlapping matches: the longer one wins (`2025 жылғы 14 қарашада` over `2025 жылғы`), and at equal length the
 * one found first (the earlier parser in the configuration). The result is in text order.
 */
export function keepLongestNonOverlapping(mentions: TimeMention[]): TimeMention[] {
  // Ranked by index rather than by wrapper objects: every sentence comes here, and most have a few mentions.
  const ranked = mentions.map((_, order) => order);
  ranked.sort((a, b) => mentions[b]!.end - mentions[b]!.start - (mentions[a]!.end - mentions[a]!.start) || a - b);
  const kept: TimeMention[] = [];
  for (const order of ranked) {
    const m = mentions[order]!;
    let free = true;
    for (let k = 0; k < kept.length && free; k++) free = m.end <= kept[k]!.start || m.start >= kept[k]!.end;
    if (free) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
