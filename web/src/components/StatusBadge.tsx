/** Statuses whose words are not their enum's ("PARTIALLY_PAID" is said "Partly paid"). */
const WORDS: Record<string, string> = { PARTIALLY_PAID: 'Partly paid' };

/** A small coloured label for an enum status, e.g. an invoice's OVERDUE, in the words people use. */
export function StatusBadge({ status }: { status: string }) {
  const label = WORDS[status] ?? status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, ' ');
  return <span className={`badge badge-${status.toLowerCase()}`}>{label}</span>;
}
