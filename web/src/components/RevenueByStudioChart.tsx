import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatAxisDollars, formatCents } from '../lib/money';
import { revenueByPayerByMonth, type RevenueInvoice } from '../lib/invoices';
import { formatMonth } from '../lib/time';

/** Bar colours, one per studio (and clients), each at least 3:1 against the white card (WCAG 1.4.11). */
const COLOURS = ['#1f6f8b', '#b5532a', '#5a4a9c', '#2f7d4a', '#8a5a00', '#a3386b', '#4b5563'];

/**
 * Revenue by month of service and by studio (client invoices together as "Clients") for the six
 * months ending with `today`'s, before tax: issued, sent, partly paid, overdue and paid invoices, less
 * credit notes (lib/invoices.ts revenueByPayerByMonth). The stacked bars are a picture for sighted
 * users; the table under them carries the same numbers, from the same cents, for everyone.
 */
export function RevenueByStudioChart({ invoices, today }: { invoices: RevenueInvoice[]; today: string }) {
  const { months, payers } = revenueByPayerByMonth(invoices, today);
  const columns = [...payers].map(([key, name], i) => ({ key, name, colour: COLOURS[i % COLOURS.length] }));
  // The chart library draws numbers; every amount a person reads comes from the cents.
  const rows = months.map((m) => ({
    month: m.month,
    short: formatMonth(m.month, 'short'),
    ...Object.fromEntries(columns.map((c) => [c.key, Number(m.byPayer.get(c.key) ?? 0n) / 100])),
  }));
  const shown = new Map(months.map((m) => [m.month, m]));
  return (
    <figure className="chart revenue-by-studio">
      <div className="chart-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={240} minWidth={0}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="short" tick={{ fontSize: 12 }} interval={0} />
            <YAxis tickFormatter={formatAxisDollars} width={72} tickCount={6} tick={{ fontSize: 12 }} />
            <Tooltip
              formatter={(_value, _name, item) => {
                const month = shown.get((item.payload as { month: string }).month);
                return formatCents(month?.byPayer.get(String(item.dataKey)) ?? 0n);
              }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {columns.map((c) => (
              <Bar key={c.key} dataKey={c.key} name={c.name} stackId="revenue" fill={c.colour} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Revenue by studio and month">
          <table className="revenue-table">
            <caption className="sr-only">Revenue by month of service and studio, before tax</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                {columns.map((c) => (
                  <th scope="col" className="num" key={c.key}>
                    {c.name}
                  </th>
                ))}
                <th scope="col" className="num">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month} data-month={m.month}>
                  <th scope="row">{formatMonth(m.month)}</th>
                  {columns.map((c) => (
                    <td className="num" key={c.key}>
                      {formatCents(m.byPayer.get(c.key) ?? 0n)}
                    </td>
                  ))}
                  <td className="num">{formatCents(m.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figcaption>
    </figure>
  );
}
