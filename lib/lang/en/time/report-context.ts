import type { TimeMention } from '../../../time/types';

// How far back (in characters) a named quarter still sets the context for `the quarter` and `a year earlier`.
const REACH = 2500;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/**
 * `m` as the quarter it stands for. Written out field by field, in the order every mention is built in: a spread copy
 * cost more.
 */
function quarterMention(m: TimeMention, year: number, quarter: number, rule: string): TimeMention {
  const out: TimeMention = {
    start: m.start,
    end: m.end,
    text: m.text,
    value: `${year}-${32 + quarter}`,
    kind: 'quarter',
    stated: m.stated,
    rule: `${m.rule}+${rule}`,
  };
  if (m.direction !== undefined) out.direction = m.direction;
  out.timex = { type: 'DATE', value: `${year}-Q${quarter}` };
  return out;
}

/**
 * Earnings news names a quarter (`third-quarter profit rose…`) and then compares with `a year earlier`, `the
 * year-ago quarter`, `the latest period`: those mean that quarter, or the same quarter a year before. The last
 * quarter named before a mention (within reach) anchors it; with none, mentions keep their own values.
 */
export function anchorToReportedQuarter(mentions: TimeMention[]): TimeMention[] {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  // No quarter named, no anchor: every mention stays as it is (most texts, and it spares a pattern per mention).
  if (!mentions.some((m) => m.rule === 'parser/en/Quarter')) return ordered;
  let anchor: { at: number; year: number; quarter: number } | null = null;
  return ordered.map((m) => {
    const q = m.rule === 'parser/en/Quarter' && m.timex ? QUARTER.exec(m.timex.value) : null;
    if (q) {
      anchor = { at: m.end, year: Number(q[1]), quarter: Number(q[2]) };
      return m;
    }
    if (!anchor || m.start - anchor.at > REACH) return m;
    const { year, quarter } = anchor;
    if (m.rule === 'parser/en/ReportQuarter') {
      // `the 1988 quarter` keeps its year and takes the quarter; `the year-ago period` steps back a year.
      if (m.stated.year) return quarterMention(m, Number(m.value?.slice(0, 4)), quarter, 'ReportedQuarter');
      const yearAgo = /year|last/i.test(m.text);
      return quarterMention(m, year - (yearAgo ? 1 : 0), quarter, 'ReportedQuarter');
    }
    const oneYearBack = m.kind === 'relative' && m.value === String(year - 1);
    if (
      oneYearBack &&
      (m.rule === 'parser/en/YearAgoAdjective' ||
        (m.rule === 'parser/en/Ago' && /^a\s+year\s+(?:ago|earlier)$/i.test(m.text)))
    ) {
      return quarterMention(m, year - 1, quarter, 'ReportedQuarter');
    }
    return m;
  });
}
