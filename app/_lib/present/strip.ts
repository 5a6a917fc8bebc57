const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
import { DAY_MS } from '@/lib/model';

/** The UTC instants a day, month or year covers: [start, end). */
export function dateBounds(value: string): [number, number] | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  const mo = Number(m[2]) - 1;
  if (m[3] === undefined) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1)];
  const d = Date.UTC(y, mo, Number(m[3]));
  return [d, d + DAY_MS];
}

/** The middle instant (UTC ms) of an ISO date or range, for placing it on a strip. */
export function itemMidpoint(start: string, end: string | null): number {
  const a = dateBounds(start);
  const b = end === null ? a : (dateBounds(end) ?? a);
  if (!a || !b) return 0;
  return (a[0] + b[1]) / 2;
}
