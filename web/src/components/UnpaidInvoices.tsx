import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import { formatMoney, sumMoney, toCents } from '../lib/money';
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
    balanceDue
    studio {
      id
      name
    }
  }
`);

/** The trainer's invoices with money still owed (not paid, not cancelled). */
export function UnpaidInvoices(props: { invoices: FragmentType<typeof UnpaidInvoices_invoice>[] }) {
  const unpaid = getFragmentData(UnpaidInvoices_invoice, props.invoices)
    .filter((i) => i.status !== 'PAID' && i.status !== 'CANCELLED' && toCents(i.balanceDue) > 0n)
    .toSorted((a, b) => a.dueDate.localeCompare(b.dueDate));
  if (unpaid.length === 0) return <Empty>No unpaid invoices.</Empty>;
  return (
    <table>
      <caption className="sr-only">Unpaid invoices, total {formatMoney(sumMoney(unpaid.map((i) => i.balanceDue)))}</caption>
      <thead>
        <tr>
          <th scope="col">Invoice</th>
          <th scope="col">Studio</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
          <th scope="col" className="num">
            Balance
          </th>
        </tr>
      </thead>
      <tbody>
        {unpaid.map((i) => (
          <tr key={i.id}>
            <td>{i.invoiceNumber}</td>
            <td>{i.studio?.name ?? '—'}</td>
            <td>{formatDay(i.dueDate, { month: 'short', day: 'numeric', year: 'numeric' })}</td>
            <td>
              <StatusBadge status={i.status} />
            </td>
            <td className="num">{formatMoney(i.balanceDue)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={4}>
            Total owed to you
          </th>
          <td className="num">{formatMoney(sumMoney(unpaid.map((i) => i.balanceDue)))}</td>
        </tr>
      </tfoot>
    </table>
  );
}
