/** A small coloured label for an enum status, e.g. an invoice's OVERDUE. */
export function StatusBadge({ status }: { status: string }) {
  const label = status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, ' ');
  return <span className={`badge badge-${status.toLowerCase()}`}>{label}</span>;
}
