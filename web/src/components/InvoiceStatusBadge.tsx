import { invoiceStatusLabel } from '../lib/invoices';
import '../routes/trainer/invoices.css';

/** An invoice's status as people say it ("Partly paid", "Overdue", "Void"), coloured like the other badges. */
export function InvoiceStatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status.toLowerCase()}`}>{invoiceStatusLabel(status)}</span>;
}
