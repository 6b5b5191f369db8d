import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import { formatCents, formatMoney, isOwed, toCents } from '../lib/money';
import { formatDay } from '../lib/time';
import { Empty } from './StateViews';
import { StatusBadge } from './StatusBadge';

export const UnpaidInvoices_invoice = graphql(`
  fragment UnpaidInvoices_invoice on Invoice {
    id
    invoiceNumber
    status
    dueDate
    total
    amountPaid
    balanceDue
    studio {
      id
      name
    }
  }
`);

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The money owed to the trainer: sent (or overdue) invoices with a balance, with what has been paid so
 * far on each, and their total. Drafts are not owed by anyone yet: they are counted apart, below.
 */
export function UnpaidInvoices(props: { invoices: FragmentType<typeof UnpaidInvoices_invoice>[] }) {
  const invoices = getFragmentData(UnpaidInvoices_invoice, props.invoices);
  const unpaid = invoices.filter(isOwed).toSorted((a, b) => a.dueDate.localeCompare(b.dueDate));
  const drafts = invoices.filter((i) => i.status === 'DRAFT');
  const owed = unpaid.reduce((sum, i) => sum + toCents(i.balanceDue), 0n);
  const draftNote = drafts.length > 0 && (
    <p className="muted drafts-note">
      Not counted: {plural(drafts.length, 'draft')} not sent yet ({formatCents(drafts.reduce((sum, i) => sum + toCents(i.total), 0n))}).
    </p>
  );
  if (unpaid.length === 0) {
    return (
      <>
        <Empty>No unpaid invoices.</Empty>
        {draftNote}
      </>
    );
  }
  return (
    <>
      <table className="unpaid">
        <caption className="sr-only">Unpaid invoices, total owed {formatCents(owed)}</caption>
        <thead>
          <tr>
            <th scope="col">Invoice</th>
            <th scope="col">Due</th>
            <th scope="col" className="num">
              Paid so far
            </th>
            <th scope="col" className="num">
              Balance
            </th>
          </tr>
        </thead>
        <tbody>
          {unpaid.map((i) => (
            <tr key={i.id}>
              <td>
                {i.invoiceNumber}
                <span className="cell-note">{i.studio?.name ?? 'Client invoice'}</span>
              </td>
              <td>
                {formatDay(i.dueDate, { month: 'short', day: 'numeric', year: 'numeric' })}
                <span className="cell-note">
                  <StatusBadge status={i.status} />
                </span>
              </td>
              <td className="num">
                {formatMoney(i.amountPaid)}
                <span className="cell-note">of {formatMoney(i.total)}</span>
              </td>
              <td className="num">{formatMoney(i.balanceDue)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Total owed to you
            </th>
            <td className="num total-owed">{formatCents(owed)}</td>
          </tr>
        </tfoot>
      </table>
      {draftNote}
    </>
  );
}
