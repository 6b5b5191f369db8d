import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import { formatMoney, fromCents, toCents } from '../lib/money';
import { formatMonth, lastMonths } from '../lib/time';

export const RevenueChart_invoice = graphql(`
  fragment RevenueChart_invoice on Invoice {
    id
    invoiceDate
    status
    subtotal
  }
`);

/** Invoiced revenue (before tax, cancelled invoices excluded) by invoice month, for the last six months. */
export function RevenueChart(props: { invoices: FragmentType<typeof RevenueChart_invoice>[]; today: string }) {
  const invoices = getFragmentData(RevenueChart_invoice, props.invoices);
  const months = lastMonths(props.today, 6);
  const rows = months.map((month) => {
    const cents = invoices
      .filter((i) => i.status !== 'CANCELLED' && i.invoiceDate.startsWith(month))
      .reduce((sum, i) => sum + toCents(i.subtotal), 0n);
    return { month, label: formatMonth(month), amount: fromCents(cents), value: Number(cents) / 100 };
  });
  return (
    <figure className="chart">
      <div aria-hidden="true" style={{ width: '100%', height: 240 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" />
            <YAxis tickFormatter={(v: number) => `$${v}`} width={64} />
            <Tooltip formatter={(v) => formatMoney(String(v))} />
            <Bar dataKey="value" name="Revenue" fill="#2E86AB" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <table className="compact">
          <caption className="sr-only">Revenue by month</caption>
          <thead>
            <tr>
              {rows.map((r) => (
                <th key={r.month} scope="col">
                  {r.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {rows.map((r) => (
                <td key={r.month}>{formatMoney(r.amount)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
