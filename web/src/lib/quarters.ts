/**
 * Calendar quarters, the reporting period of most GST/HST filers (CRA assigns monthly, quarterly or
 * annual periods; a trainer under $1.5 million of sales files quarterly or annually, RC4022 "Reporting
 * periods"). A quarter is named `YYYY-Qn` in addresses (`?quarter=2026-Q3`) and spans calendar days
 * (`YYYY-MM-DD`, both ends inclusive) — the days of the screen's zone, see lib/time.ts.
 */
import { addDays, formatDay } from './time';

export interface Quarter {
  year: number;
  /** 1 to 4. */
  quarter: number;
}

/** The quarter holding `day` (`YYYY-MM-DD`). */
export function quarterOf(day: string): Quarter {
  const [year, month] = day.split('-').map(Number);
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}

/** The quarter `count` quarters after `q` (before it when negative). */
export function shiftQuarter(q: Quarter, count: number): Quarter {
  const index = q.year * 4 + (q.quarter - 1) + count;
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

/** The first and last day of `q`, inclusive. */
export function quarterDays(q: Quarter): { start: string; end: string } {
  const firstMonth = String((q.quarter - 1) * 3 + 1).padStart(2, '0');
  const start = `${q.year}-${firstMonth}-01`;
  const next = shiftQuarter(q, 1);
  return { start, end: addDays(`${next.year}-${String((next.quarter - 1) * 3 + 1).padStart(2, '0')}-01`, -1) };
}

/** `2026-Q3`: a quarter as an address names it. */
export const quarterKey = (q: Quarter) => `${q.year}-Q${q.quarter}`;

/** The quarter a `2026-Q3` key names; null for anything else. */
export function parseQuarterKey(key: string | null | undefined): Quarter | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(key ?? '');
  return match ? { year: Number(match[1]), quarter: Number(match[2]) } : null;
}

const shortDay = (day: string) => formatDay(day, { month: 'short', day: 'numeric' });

/** "Q3 2026 (Jul 1 – Sep 30)". */
export function quarterLabel(q: Quarter): string {
  const { start, end } = quarterDays(q);
  return `Q${q.quarter} ${q.year} (${shortDay(start)} – ${shortDay(end)})`;
}

/** "Jul 1 – Sep 30, 2026" for a period of days (the year once when both ends share it). */
export function periodLabel(start: string, end: string): string {
  const long = (day: string) => formatDay(day, { month: 'short', day: 'numeric', year: 'numeric' });
  return start.slice(0, 4) === end.slice(0, 4) ? `${shortDay(start)} – ${long(end)}` : `${long(start)} – ${long(end)}`;
}

/** The `count` quarters up to and including the one holding `today`, newest first. */
export const recentQuarters = (today: string, count: number): Quarter[] => Array.from({ length: count }, (_, i) => shiftQuarter(quarterOf(today), -i));
