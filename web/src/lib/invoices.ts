/**
 * What the trainer's invoice screens compute: statuses as people say them, the month to bill, the
 * lines of a consolidated invoice by location, what a month-end generation did, money typed into a
 * form, and revenue by studio and month. Money stays a decimal string or BigInt cents (lib/money.ts),
 * calendar days `YYYY-MM-DD` strings (lib/time.ts). See docs/invoices.md for the lifecycle.
 */
import { badField, describeError } from './errors';
import { addDays, daysBetween, formatDay, lastMonths } from './time';
import { fromCents, toCents } from './money';

/** An invoice's status as the API names it (`InvoiceStatus`). */
export type InvoiceStatusName = 'DRAFT' | 'ISSUED' | 'SENT' | 'PARTIALLY_PAID' | 'PAID' | 'OVERDUE' | 'VOID';

const STATUS_LABELS: Record<InvoiceStatusName, string> = {
  DRAFT: 'Draft',
  ISSUED: 'Issued',
  SENT: 'Sent',
  PARTIALLY_PAID: 'Partly paid',
  PAID: 'Paid',
  OVERDUE: 'Overdue',
  VOID: 'Void',
};

/** Canada's provinces and territories (the API's `Province`) by name, in alphabetical order of name. */
export const PROVINCE_NAMES = {
  AB: 'Alberta',
  BC: 'British Columbia',
  MB: 'Manitoba',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  NT: 'Northwest Territories',
  NS: 'Nova Scotia',
  NU: 'Nunavut',
  ON: 'Ontario',
  PE: 'Prince Edward Island',
  QC: 'Quebec',
  SK: 'Saskatchewan',
  YT: 'Yukon',
} as const satisfies Record<string, string>;

/** The statuses a list can be filtered by, in the order of an invoice's life. */
export const INVOICE_STATUSES = Object.keys(STATUS_LABELS) as InvoiceStatusName[];

/** "Partly paid" for PARTIALLY_PAID: a status as people say it. */
export const invoiceStatusLabel = (status: string) => STATUS_LABELS[status as InvoiceStatusName] ?? status.charAt(0) + status.slice(1).toLowerCase();

/** The first and last day (inclusive) of a calendar month `YYYY-MM`. */
export function monthPeriod(month: string): { start: string; end: string } {
  const start = `${month}-01`;
  const end = addDays(`${addDays(`${month}-28`, 4).slice(0, 7)}-01`, -1);
  return { start, end };
}

/** The month before the month of `today` (`YYYY-MM-DD`, in the trainer's zone): what month-end bills. */
export const previousMonth = (today: string) => lastMonths(today, 2)[0];

/** A service period, compact: "Nov 1–30, 2026", "Oct 30 – Nov 2, 2026", "Dec 15, 2026 – Jan 14, 2027". */
export function formatPeriod(start: string, end: string) {
  const long = { month: 'short', day: 'numeric', year: 'numeric' } as const;
  const monthDay = (day: string) => formatDay(day, { month: 'short', day: 'numeric' });
  if (start.slice(0, 7) === end.slice(0, 7)) return `${monthDay(start)}–${Number(end.slice(8))}, ${end.slice(0, 4)}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${monthDay(start)} – ${monthDay(end)}, ${end.slice(0, 4)}`;
  return `${formatDay(start, long)} – ${formatDay(end, long)}`;
}

/** What is wrong with the period `[start, end]` for generation, or null: both days given, ending on or after its start, at most 92 days counting both. */
export function periodProblem(start: string, end: string): string | null {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!day.test(start) || !day.test(end)) return 'Enter both days of the period.';
  if (end < start) return 'The period ends before it starts.';
  if (daysBetween(start, end) + 1 > 92) return 'A period is at most 92 days (a quarter): generate one quarter at a time.';
  return null;
}

/**
 * Money typed by a person ("1,249.5", "$80", "80.00") as the API's `Money` string ("1249.50"), or a
 * sentence saying what is wrong. Never parsed into a float: digits are checked and kept as text.
 * @param allowZero whether 0.00 is acceptable (a line's unit price) or not (a payment, a credit).
 */
export function parseMoneyInput(
  typed: string,
  { allowZero = false }: { allowZero?: boolean } = {},
): { ok: true; value: string } | { ok: false; problem: string } {
  const cleaned = typed
    .trim()
    .replace(/^\$/, '')
    .replaceAll(',', '')
    .replace(/\s*CAD$/i, '');
  if (!cleaned) return { ok: false, problem: 'Enter an amount.' };
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) {
    if (/^-/.test(cleaned)) return { ok: false, problem: 'Enter an amount of zero or more, without a minus sign.' };
    if (/^\d*\.\d{3,}$/.test(cleaned)) return { ok: false, problem: 'Enter the amount in dollars and cents: at most two decimals.' };
    return { ok: false, problem: 'Enter an amount in dollars, like 80.00.' };
  }
  const value = fromCents(toCents(`${match[1]}.${match[2] ?? ''}`));
  if (!allowZero && toCents(value) === 0n) return { ok: false, problem: 'Enter an amount of more than 0.00.' };
  return { ok: true, value };
}

/** A quantity typed by a person ("1", "1.5") as the API's `Decimal` string, or what is wrong: more than 0, at most two decimals. */
export function parseQuantityInput(typed: string): { ok: true; value: string } | { ok: false; problem: string } {
  const cleaned = typed.trim();
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return { ok: false, problem: 'Enter a quantity like 1 or 1.5 (at most two decimals).' };
  if (toCents(cleaned) === 0n) return { ok: false, problem: 'Enter a quantity of more than 0.' };
  return { ok: true, value: match[2] ? `${BigInt(match[1])}.${match[2]}` : String(BigInt(match[1])) };
}

/** quantity × unit price, rounded half-up to the cent, in cents (what the API stores as the line's amount). */
export function lineAmountCents(quantity: string, unitPrice: string): bigint {
  const [whole, fraction = ''] = quantity.split('.');
  const hundredths = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2)); // quantity × 100
  const product = hundredths * toCents(unitPrice); // cents × 100
  return (product + 50n) / 100n;
}

/** A line of an invoice as grouping needs it. */
export interface LocatedLine {
  location: { id: string; name: string } | null;
  amount: string;
}

/** Lines of one location on an invoice, with their subtotal. */
export interface LineGroup<L> {
  location: { id: string; name: string } | null;
  lines: L[];
  /** Decimal string, exact. */
  subtotal: string;
}

/**
 * An invoice's lines grouped by where the sessions took place, in print order (the API sends them
 * grouped already: the headquarters' own first, then each other location). One group when every line
 * is at one place — the usual invoice; several on a headquarters' consolidated invoice.
 */
export function groupLinesByLocation<L extends LocatedLine>(lines: L[]): LineGroup<L>[] {
  const groups: LineGroup<L>[] = [];
  for (const line of lines) {
    const key = line.location?.id ?? null;
    let group = groups.find((g) => (g.location?.id ?? null) === key);
    if (!group) {
      group = { location: line.location, lines: [], subtotal: '0.00' };
      groups.push(group);
    }
    group.lines.push(line);
  }
  for (const group of groups) group.subtotal = fromCents(group.lines.reduce((sum, l) => sum + toCents(l.amount), 0n));
  return groups;
}

/** What a month-end generation answered (`GenerateStudioInvoicesResult`), as the summary needs it. */
export interface GenerationOutcome {
  invoicesCreated: number;
  sessionsAdded: number;
  invoices: unknown[];
  skipped: { reason: string }[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const SKIP_REASONS: Record<string, string> = {
  NOT_COMPLETED: 'still scheduled (mark them completed or no-show, then generate again)',
  NO_SHOW_NOT_BILLED: 'no-shows the contract does not bill',
  LATE_CANCELLATION_NOT_BILLED: 'late cancellations the contract does not bill',
  NO_CONTRACT: 'at a studio without contract rates',
  NO_RATE: 'without a rate in force that day for their category',
};

/**
 * One sentence for what a generation did: "2 drafts created, 1 updated; 15 sessions added. 3 sessions
 * skipped: 2 still scheduled (…), 1 without a rate (…)." Nothing to do is said as such.
 */
export function describeGeneration(result: GenerationOutcome): string {
  const updated = result.invoices.length - result.invoicesCreated;
  const drafts =
    result.invoices.length === 0
      ? 'No drafts created or changed'
      : [result.invoicesCreated > 0 && `${plural(result.invoicesCreated, 'draft')} created`, updated > 0 && `${plural(updated, 'draft')} updated`]
          .filter(Boolean)
          .join(', ');
  const added = result.sessionsAdded === 0 ? 'no new sessions to bill' : `${plural(result.sessionsAdded, 'session')} added`;
  let sentence = `${drafts}; ${added}.`;
  if (result.skipped.length) {
    const counts = new Map<string, number>();
    for (const s of result.skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
    const why = [...counts].map(([reason, n]) => `${n} ${SKIP_REASONS[reason] ?? reason.toLowerCase().replaceAll('_', ' ')}`).join(', ');
    sentence += ` ${plural(result.skipped.length, 'session')} skipped: ${why}.`;
  }
  return sentence;
}

/** An invoice as the revenue chart reads it. */
export interface RevenueInvoice {
  status: string;
  documentType: string;
  periodStart: string;
  periodEnd: string;
  subtotal: string;
  /** Who was billed: a studio's name, or null for a client invoice. */
  billedTo: { id: string; name: string } | null;
}

/** Revenue of one month: cents per payer (key: studio id, or `clients`) and the month's total. */
export interface RevenueMonth {
  month: string;
  byPayer: Map<string, bigint>;
  total: bigint;
}

/** Key of client invoices in {@link revenueByPayerByMonth}. */
export const CLIENTS_KEY = 'clients';

/**
 * Revenue before tax, in cents, by month of service and by who paid (each studio, and clients together),
 * for the `count` months ending with `today`'s: issued, sent, partly paid, overdue and paid invoices
 * count; drafts and void ones do not; an issued credit note takes its subtotal back from the payer's
 * months. A period spanning months is shared in proportion to its days (whole cents that add up to the
 * subtotal exactly), as on the dashboard's chart (lib/money.ts revenueByServiceMonth).
 * @returns the months oldest first, and the payers met (id → name) by name, clients last.
 */
export function revenueByPayerByMonth(invoices: RevenueInvoice[], today: string, count = 6): { months: RevenueMonth[]; payers: Map<string, string> } {
  const months = lastMonths(today, count).map((month) => ({ month, byPayer: new Map<string, bigint>(), total: 0n }));
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const payers = new Map<string, string>();
  for (const invoice of invoices) {
    if (invoice.status === 'DRAFT' || invoice.status === 'VOID') continue;
    const sign = invoice.documentType === 'CREDIT_NOTE' ? -1n : 1n;
    const payer = invoice.billedTo?.id ?? CLIENTS_KEY;
    const cents = sign * toCents(invoice.subtotal);
    const days = BigInt(daysBetween(invoice.periodStart, invoice.periodEnd) + 1);
    if (days <= 0n) continue;
    let from = invoice.periodStart;
    let daysSoFar = 0n;
    let allocated = 0n;
    while (from <= invoice.periodEnd) {
      const { end } = monthPeriod(from.slice(0, 7));
      const to = end < invoice.periodEnd ? end : invoice.periodEnd;
      daysSoFar += BigInt(daysBetween(from, to) + 1);
      const upTo = (cents * daysSoFar) / days;
      const share = upTo - allocated;
      allocated = upTo;
      const month = byMonth.get(from.slice(0, 7));
      if (month) {
        if (!payers.has(payer)) payers.set(payer, invoice.billedTo?.name ?? 'Clients');
        month.byPayer.set(payer, (month.byPayer.get(payer) ?? 0n) + share);
        month.total += share;
      }
      from = addDays(to, 1);
    }
  }
  const sorted = [...payers].toSorted(([a, an], [b, bn]) => Number(a === CLIENTS_KEY) - Number(b === CLIENTS_KEY) || an.localeCompare(bn));
  return { months, payers: new Map(sorted) };
}

/**
 * The form field a failed mutation is about, with the sentence to show beside it — the API's
 * `extensions.field` of a BAD_USER_INPUT (`input.amount` read as `amount`; `lines[0].amount` kept), or
 * the field a CONFLICT's message starts with ("input.amount (113.01 CAD) is more than the balance…") —
 * when it is one of the form's fields; null otherwise (the form then shows the error as a whole). The
 * API's messages start with the field's name: beside the field, that name becomes its label
 * ("Amount received (113.01 CAD) is more than the balance due…").
 * @param labels the form's fields by the API's name → their labels.
 */
export function fieldErrorOf(error: unknown, labels: Record<string, string>): { field: string; message: string } | null {
  if (!error) return null;
  const [shown] = describeError(error);
  if (!shown) return null;
  const named = badField(error) ?? (shown.code === 'CONFLICT' ? (/^([\w.[\]]+) \(/.exec(shown.message)?.[1] ?? null) : null);
  if (!named) return null;
  const field = named.replace(/^input\./, '');
  const label = labels[field];
  if (!label) return null;
  const message = shown.message.startsWith(`${named} `) ? `${label}${shown.message.slice(named.length)}` : shown.message;
  return { field, message };
}
