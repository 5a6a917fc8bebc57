/** Calendar dates of the corpus → the local-time instants vis-timeline draws with (it works in local time). */

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first instant an ISO date covers, and the first instant after it. */
function localSpan(value: string): { from: Date; to: Date } | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return { from: new Date(y, 0, 1), to: new Date(y + 1, 0, 1) };
  const mo = Number(m[2]) - 1;
  if (m[3] === undefined) return { from: new Date(y, mo, 1), to: new Date(y, mo + 1, 1) };
  const d = Number(m[3]);
  return { from: new Date(y, mo, d), to: new Date(y, mo, d + 1) };
}

/** A whole-day (or month, or year) range: from the start of `start` to the end of `end` (inclusive). */
export function itemRange(start: string, end: string | null): { start: Date; end: Date } | null {
  const first = localSpan(start);
  const last = end === null ? first : (localSpan(end) ?? first);
  if (!first || !last) return null;
  return { start: first.from, end: last.to > first.from ? last.to : first.to };
}

const HOUR = 3_600_000;

/** The window that shows every range with a margin on both sides (at least half a day). */
export function fitWindow(ranges: readonly { start: Date; end: Date }[]): { start: Date; end: Date } | null {
  if (ranges.length === 0) return null;
  const min = Math.min(...ranges.map((r) => r.start.getTime()));
  const max = Math.max(...ranges.map((r) => r.end.getTime()));
  const margin = Math.max((max - min) * 0.15, 12 * HOUR);
  return { start: new Date(min - margin), end: new Date(max + margin) };
}

/** A window as wide as `window`, moved so that `range` sits in its middle. */
export function centredOn(
  window: { start: Date; end: Date },
  range: { start: Date; end: Date },
): { start: Date; end: Date } {
  const half = (window.end.getTime() - window.start.getTime()) / 2;
  const mid = (range.start.getTime() + range.end.getTime()) / 2;
  return { start: new Date(mid - half), end: new Date(mid + half) };
}
