import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import { formatAxisDollars, formatCents, revenueByServiceMonth } from '../lib/money';
import { formatMonth, lastMonths } from '../lib/time';

export const RevenueChart_invoice = graphql(`
  fragment RevenueChart_invoice on Invoice {
    id
    status
    periodStart
    periodEnd
    subtotal
  }
`);

/**
 * Revenue by month of service for the six months ending with `today`'s (the trainer's zone): sent and
 * paid invoices' subtotals, before tax, in the months of their service period (drafts and cancelled
 * invoices not counted; see revenueByServiceMonth). The bars are a picture for sighted users; the
 * table under them carries the same numbers for everyone.
 */
export function RevenueChart(props: { invoices: FragmentType<typeof RevenueChart_invoice>[]; today: string }) {
  const byMonth = revenueByServiceMonth(getFragmentData(RevenueChart_invoice, props.invoices));
  const rows = lastMonths(props.today, 6).map((month) => {
    const cents = byMonth.get(month) ?? 0n;
    // The chart library draws numbers; every amount a person reads comes from the cents.
    return { month, label: formatMonth(month), short: formatMonth(month, 'short'), shown: formatCents(cents), value: Number(cents) / 100 };
  });
  return (
    <figure className="chart">
      <div className="chart-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={240} minWidth={0}>
          {/* accessibilityLayer off: it makes the svg focusable, and the plot is hidden from assistive technology (the table reads it). */}
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="short" tick={{ fontSize: 12 }} interval={0} />
            <YAxis tickFormatter={formatAxisDollars} width={72} tickCount={6} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(_value, _name, item) => (item.payload as (typeof rows)[number]).shown} />
            <Bar dataKey="value" name="Revenue" fill="#1f6f8b" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <table className="revenue-table">
          <caption className="sr-only">Revenue by month of service</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="num">
                Revenue
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.month} data-month={r.month}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.shown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
