import type { TimeMention } from './types';

/**
 * Overlapping matches: the longer one wins (`2025 жылғы 14 қарашада` over `2025 жылғы`), and at equal length the
 * one found first (the earlier parser in the configuration). The result is in text order.
 */
export function keepLongestNonOverlapping(mentions: TimeMention[]): TimeMention[] {
  const kept: TimeMention[] = [];
  for (const order of byLengthThenOrder(mentions)) {
    const m = mentions[order]!;
    let free = true;
    for (let k = 0; k < kept.length && free; k++) free = m.end <= kept[k]!.start || m.start >= kept[k]!.end;
    if (!free) continue;
    // Kept in text order as they come: one that starts where a kept one does goes after it (it ranked lower).
    let at = kept.length;
    kept.push(m);
    for (; at > 0 && kept[at - 1]!.start > m.start; at--) kept[at] = kept[at - 1]!;
    kept[at] = m;
  }
  return kept;
}

/**
 * The indices of `mentions`, longest first, then in the order found. Every sentence comes here with a handful of
 * mentions: they are ranked by insertion, with no comparator called back (nor `splice`, a call per mention).
 */
function byLengthThenOrder(mentions: readonly TimeMention[]): number[] {
  const ranked: number[] = [];
  const lengths: number[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const length = mentions[i]!.end - mentions[i]!.start;
    // After every mention at least as long (found earlier, so ranked first at equal length).
    let at = ranked.length;
    ranked.push(i);
    lengths.push(length);
    for (; at > 0 && lengths[at - 1]! < length; at--) {
      ranked[at] = ranked[at - 1]!;
      lengths[at] = lengths[at - 1]!;
    }
    ranked[at] = i;
    lengths[at] = length;
  }
  return ranked;
}
