/**
 * What the money forms share: reading an amount typed by a person into the API's `Money` form, and
 * putting the API's own validation message beside the field it names.
 */
import { badField, describeError } from './errors';
import { formatDay } from './time';

/**
 * An amount of dollars as typed ("120", "120.5", "1,234.50", " $12 ") → the `Money` string the API
 * takes ("120.00", "120.50", "1234.50", "12.00"), exactly (no float); null when it is not an amount
 * with at most two decimals. A minus sign is kept: the API says why a negative amount is refused.
 */
export function moneyInput(text: string): string | null {
  const match = /^(-?)\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{0,2}))?$/.exec(
    text
      .trim()
      .replace(/^\$\s*/, '')
      .replace(/\s/g, ''),
  );
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const digits = whole.replaceAll(',', '').replace(/^0+(?=\d)/, '');
  return `${sign}${digits}.${fraction.padEnd(2, '0')}`;
}

/** A BAD_USER_INPUT answer's field (`extensions.field`, e.g. `address.postalCode`) and its sentence. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The field a refused request names and the API's sentence about it, with the API's field names
 * written as the form labels them (`labels`: `{ qstPaid: 'QST paid' }` turns "qstPaid must be 0…"
 * into "QST paid must be 0…"); null when the error names no field.
 */
export function fieldProblemOf(error: unknown, labels: Record<string, string> = {}): FieldProblem | null {
  const field = badField(error);
  const shown = describeError(error).find((e) => e.code === 'BAD_USER_INPUT');
  if (!field || !shown) return null;
  // Beside the field, a message need not start by naming it ("gstHstNumber: the check digit…").
  const own = shown.message.startsWith(`${field}: `) ? shown.message.slice(field.length + 2) : shown.message;
  return { field, message: withDays(withLabels(own, labels)) };
}

/**
 * `message` with each API field name it mentions replaced by its label, capitalised when it starts
 * the sentence. One pass, longer names first: `amountBeforeTax` is never read as part of another name,
 * and a label is never replaced again (`input.amount` → "the amount", not "the the amount").
 */
export function withLabels(message: string, labels: Record<string, string>): string {
  const names = Object.keys(labels).toSorted((a, b) => b.length - a.length);
  const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const text = names.length
    ? message.replace(new RegExp(`(^|[^\\w.])(${names.map(escape).join('|')})(?![\\w[])`, 'g'), (_, before: string, name: string) => `${before}${labels[name]}`)
    : message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `message` with its ISO days ("2025-09-01") written as people read them ("Sep 1, 2025"). */
export const withDays = (message: string) =>
  message.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (day) => formatDay(day, { month: 'short', day: 'numeric', year: 'numeric' }));
