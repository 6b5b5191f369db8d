import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../__generated__';
import type { InvoiceStatus, StudioInvoicesRouteQueryQuery } from '../../__generated__/graphql';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { StatusBadge } from '../../components/StatusBadge';
import { formatMoney, formatRate, isIssued, sumMoney, toCents } from '../../lib/money';
import { formatDay, localDay, zoneLabel } from '../../lib/time';
import { useStudio } from './StudioArea';

const StudioInvoicesRouteQuery = graphql(`
  query StudioInvoicesRouteQuery($studioId: ID!) {
    studio(id: $studioId) {
      id
      name
      invoices(first: 100) {
        edges {
          node {
            id
            invoiceNumber
            status
            invoiceDate
            dueDate
            subtotal
            total
            balanceDue
            taxLines {
              tax
              rate
              amount
            }
            trainer {
              id
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

type Invoice = StudioInvoicesRouteQueryQuery['studio']['invoices']['edges'][number]['node'];
const STATUSES: InvoiceStatus[] = ['ISSUED', 'SENT', 'PARTIALLY_PAID', 'OVERDUE', 'PAID', 'VOID'];
const longDay = (day: string) => formatDay(day, { month: 'short', day: 'numeric', year: 'numeric' });

/** What the studio owes: sent or overdue and not yet paid. Drafts are the trainers' work in progress. */
function payables(invoices: Invoice[], today: string) {
  const open = invoices.filter((i) => isIssued(i) && i.status !== 'PAID' && toCents(i.balanceDue) > 0n);
  const overdue = open.filter((i) => i.status === 'OVERDUE' || i.dueDate < today);
  const drafts = invoices.filter((i) => i.status === 'DRAFT');
  const byTrainer = new Map<string, { name: string; amounts: string[] }>();
  for (const i of open) {
    const entry = byTrainer.get(i.trainer.id) ?? { name: i.trainer.displayName, amounts: [] };
    entry.amounts.push(i.balanceDue);
    byTrainer.set(i.trainer.id, entry);
  }
  return {
    owed: sumMoney(open.map((i) => i.balanceDue)),
    openCount: open.length,
    overdue: sumMoney(overdue.map((i) => i.balanceDue)),
    overdueCount: overdue.length,
    drafts: sumMoney(drafts.map((i) => i.total)),
    draftCount: drafts.length,
    byTrainer: [...byTrainer.values()].map((t) => ({ name: t.name, owed: sumMoney(t.amounts) })).toSorted((a, b) => a.name.localeCompare(b.name)),
  };
}

/** Invoices the studio received from trainers, with status, and a payables summary. */
export function StudioInvoicesRoute() {
  const { id: studioId, name, timeZone } = useStudio();
  const [status, setStatus] = useState<InvoiceStatus | ''>('');
  const filterId = useId();
  const { data, loading, error, refetch } = useQuery(StudioInvoicesRouteQuery, { variables: { studioId } });

  if (!data) {
    return (
      <>
        <h1>{name} — invoices</h1>
        {loading ? <Loading label="Loading invoices…" /> : <ErrorMessage error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  const invoices = data.studio.invoices.edges.map((e) => e.node);
  const summary = payables(invoices, localDay(new Date(), timeZone));
  const shown = status ? invoices.filter((i) => i.status === status) : invoices;

  return (
    <>
      <h1>{data.studio.name} — invoices</h1>
      {error && <ErrorMessage error={error} title="Could not refresh" onRetry={() => void refetch()} />}
      <p className="muted">Dates are the studio’s, in {zoneLabel(timeZone)}.</p>
      <section className="card" aria-labelledby="payables-title">
        <h2 id="payables-title">Payables</h2>
        <dl className="stats">
          <div>
            <dt>Owed to trainers</dt>
            <dd>
              {formatMoney(summary.owed)} <span className="muted">({summary.openCount} invoices)</span>
            </dd>
          </div>
          <div>
            <dt>Overdue</dt>
            <dd className={summary.overdueCount ? 'danger' : undefined}>
              {formatMoney(summary.overdue)} <span className="muted">({summary.overdueCount})</span>
            </dd>
          </div>
          <div>
            <dt>Drafts not yet sent</dt>
            <dd>
              {formatMoney(summary.drafts)} <span className="muted">({summary.draftCount})</span>
            </dd>
          </div>
        </dl>
        {summary.byTrainer.length > 0 && (
          <ul className="plain-list">
            {summary.byTrainer.map((t) => (
              <li key={t.name}>
                {t.name}: {formatMoney(t.owed)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="invoices-title">
        <div className="page-head">
          <h2 id="invoices-title">Invoices received</h2>
          <div className="field inline">
            <label htmlFor={filterId}>Status</label>
            <select id={filterId} value={status} onChange={(e) => setStatus(e.target.value as InvoiceStatus | '')}>
              <option value="">All</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s.charAt(0) + s.slice(1).toLowerCase()}
                </option>
              ))}
            </select>
          </div>
        </div>
        {data.studio.invoices.pageInfo.hasNextPage && <p className="notice">Showing the 100 newest invoices.</p>}
        {shown.length === 0 ? (
          <Empty>{status ? 'No invoices with this status.' : 'No invoices received yet.'}</Empty>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Invoices">
            <table>
              <thead>
                <tr>
                  <th scope="col">Invoice</th>
                  <th scope="col">Trainer</th>
                  <th scope="col">Date</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Subtotal
                  </th>
                  <th scope="col">Tax</th>
                  <th scope="col" className="num">
                    Total
                  </th>
                  <th scope="col" className="num">
                    Balance
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((i) => (
                  <tr key={i.id}>
                    <th scope="row">{i.invoiceNumber}</th>
                    <td>{i.trainer.displayName}</td>
                    <td>{longDay(i.invoiceDate)}</td>
                    <td>{longDay(i.dueDate)}</td>
                    <td>
                      <StatusBadge status={i.status} />
                    </td>
                    <td className="num">{formatMoney(i.subtotal)}</td>
                    <td>{i.taxLines.map((t) => `${t.tax} ${formatRate(t.rate)} ${formatMoney(t.amount)}`).join(', ') || '—'}</td>
                    <td className="num">{formatMoney(i.total)}</td>
                    <td className="num">{formatMoney(i.balanceDue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
