import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useId } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { getFragmentData, graphql } from '../../__generated__';
import type { InvoiceStatus } from '../../__generated__/graphql';
import { InvoiceStatusBadge } from '../../components/InvoiceStatusBadge';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { formatPeriod, INVOICE_STATUSES, invoiceStatusLabel } from '../../lib/invoices';
import { formatMoney, toCents } from '../../lib/money';
import { formatDay, zoneLabel } from '../../lib/time';
import { GenerateInvoicesForm } from './GenerateInvoicesForm';
import { useTrainerZone } from './useTrainerZone';
import './invoices.css';

// The chart library is large: load it with the chart, not with the page.
const RevenueByStudioChart = lazy(() => import('../../components/RevenueByStudioChart').then((m) => ({ default: m.RevenueByStudioChart })));

export const InvoicesRoute_invoice = graphql(`
  fragment InvoicesRoute_invoice on Invoice {
    id
    invoiceNumber
    status
    documentType
    invoiceType
    invoiceDate
    dueDate
    periodStart
    periodEnd
    subtotal
    total
    balanceDue
    studio {
      id
      name
    }
    client {
      id
      displayName
    }
    creditedInvoice {
      id
      invoiceNumber
    }
  }
`);

const InvoicesRouteQuery = graphql(`
  query InvoicesRouteQuery($status: InvoiceStatus) {
    me {
      id
      trainer {
        id
        displayName
        invoices(first: 100, status: $status) {
          edges {
            node {
              id
              ...InvoicesRoute_invoice
            }
          }
          pageInfo {
            hasNextPage
          }
        }
        teamTrainers {
          id
          displayName
          invoices(first: 100, status: $status) {
            edges {
              node {
                id
                ...InvoicesRoute_invoice
              }
            }
            pageInfo {
              hasNextPage
            }
          }
        }
      }
    }
  }
`);

/** The trainer's own invoices of every status, for the revenue chart (whatever the list's filter). */
const InvoicesRevenueQuery = graphql(`
  query InvoicesRevenueQuery {
    me {
      id
      trainer {
        id
        invoices(first: 100) {
          edges {
            node {
              id
              ...InvoicesRoute_invoice
            }
          }
        }
      }
    }
  }
`);

/** Whether a balance means something: issued invoices; not drafts, void ones or credit notes. */
const owes = (i: { status: string; documentType: string }) => i.status !== 'DRAFT' && i.status !== 'VOID' && i.documentType !== 'CREDIT_NOTE';
const longDay = (day: string) => formatDay(day, { month: 'short', day: 'numeric', year: 'numeric' });
/**
 * The trainer's invoices (a Trainer Admin also sees their team's): status filter, month-end
 * generation, and revenue by studio and month. Each invoice's dates are its own zone's (the studio's);
 * the page's "today" and "last month" are the trainer's zone's (docs/time-zones.md).
 */
export function InvoicesRoute() {
  const zone = useTrainerZone();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const status = (INVOICE_STATUSES as string[]).includes(params.get('status') ?? '') ? (params.get('status') as InvoiceStatus) : null;
  const whose = params.get('trainer') ?? '';
  const filterId = useId();
  const { data, loading, error, refetch } = useQuery(InvoicesRouteQuery, { variables: { status } });
  const revenue = useQuery(InvoicesRevenueQuery);
  const deleted = (location.state as { deleted?: string } | null)?.deleted;

  const setParam = (key: string, value: string) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );

  if (!data || !zone.home) {
    return (
      <>
        <h1>Invoices</h1>
        {loading || zone.loading ? (
          <Loading label="Loading your invoices…" />
        ) : (
          <ErrorMessage error={error ?? zone.error} onRetry={() => (zone.error ? zone.refetch() : void refetch())} />
        )}
      </>
    );
  }
  const trainer = data.me.trainer;
  if (!trainer) {
    return (
      <>
        <h1>Invoices</h1>
        <Empty>Your account has no trainer profile.</Empty>
      </>
    );
  }
  const home = zone.home;
  const team = trainer.teamTrainers;
  const everyone = [{ id: trainer.id, displayName: trainer.displayName, invoices: trainer.invoices }, ...team];
  const rows = everyone
    .filter((t) => !whose || t.id === whose)
    .flatMap((t) => t.invoices.edges.map((e) => ({ trainer: t, invoice: getFragmentData(InvoicesRoute_invoice, e.node) })))
    .toSorted(
      (a, b) => b.invoice.invoiceDate.localeCompare(a.invoice.invoiceDate) || (a.invoice.invoiceNumber ?? '').localeCompare(b.invoice.invoiceNumber ?? ''),
    );
  const truncated = everyone.some((t) => t.invoices.pageInfo.hasNextPage);
  const revenueInvoices = (revenue.data?.me.trainer?.invoices.edges ?? []).map((e) => {
    const i = getFragmentData(InvoicesRoute_invoice, e.node);
    return { ...i, billedTo: i.studio };
  });

  return (
    <div className="invoices-page">
      <div className="page-head">
        <h1>Invoices</h1>
        <div className="actions">
          <Link className="button-link" to="/trainer/invoices/new-client-invoice">
            New client invoice
          </Link>
        </div>
      </div>
      {deleted && (
        <p className="notice success" role="status">
          {deleted}
        </p>
      )}
      {error && <ErrorMessage error={error} title="Could not refresh" onRetry={() => void refetch()} />}
      <GenerateInvoicesForm today={home.today} zone={home.zone} trainerId={trainer.id} team={team.map((t) => t.displayName)} />

      <section aria-labelledby="list-title">
        <div className="page-head">
          <h2 id="list-title">{team.length ? 'Your and your team’s invoices' : 'Your invoices'}</h2>
          <div className="filters">
            {team.length > 0 && (
              <div className="field inline">
                <label htmlFor={`${filterId}-trainer`}>Trainer</label>
                <select id={`${filterId}-trainer`} value={whose} onChange={(e) => setParam('trainer', e.target.value)}>
                  <option value="">Everyone</option>
                  {everyone.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.id === trainer.id ? `${t.displayName} (you)` : t.displayName}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className="field inline">
              <label htmlFor={`${filterId}-status`}>Status</label>
              <select id={`${filterId}-status`} value={status ?? ''} onChange={(e) => setParam('status', e.target.value)}>
                <option value="">All</option>
                {INVOICE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {invoiceStatusLabel(s)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        {truncated && <p className="notice">Showing the 100 newest invoices of each trainer.</p>}
        {rows.length === 0 ? (
          <Empty>{status ? `No ${invoiceStatusLabel(status).toLowerCase()} invoices.` : 'No invoices yet. Generate last month’s above.'}</Empty>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="list-title" aria-busy={loading}>
            <table className="invoice-list">
              <caption className="sr-only">
                Invoices{status ? `, ${invoiceStatusLabel(status).toLowerCase()}` : ''}, newest first. Dates are each studio’s.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Invoice</th>
                  <th scope="col">Billed to</th>
                  {team.length > 0 && (
                    <th scope="col" className="wide-only">
                      Trainer
                    </th>
                  )}
                  <th scope="col" className="wide-only">
                    Period
                  </th>
                  <th scope="col" className="wide-only">
                    Status
                  </th>
                  <th scope="col" className="num">
                    Total
                  </th>
                  <th scope="col" className="num wide-only">
                    Balance due
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ invoice: i, trainer: t }) => (
                  <tr key={i.id}>
                    <th scope="row">
                      <Link to={`/trainer/invoices/${i.id}`}>
                        {i.invoiceNumber ?? 'Draft'}
                        {!i.invoiceNumber && <span className="sr-only"> for {i.studio?.name ?? i.client?.displayName ?? 'a client'}</span>}
                      </Link>
                      <span className="cell-note">
                        {i.documentType === 'CREDIT_NOTE'
                          ? `Credit note${i.creditedInvoice?.invoiceNumber ? ` for ${i.creditedInvoice.invoiceNumber}` : ''}`
                          : i.invoiceNumber
                            ? `Dated ${longDay(i.invoiceDate)}`
                            : 'Not issued yet'}
                      </span>
                      <span className="cell-note phone-only">
                        <InvoiceStatusBadge status={i.status} />
                      </span>
                    </th>
                    <td>
                      {i.studio?.name ?? i.client?.displayName ?? 'A client'}
                      {i.invoiceType === 'CLIENT' && <span className="cell-note">Client</span>}
                      <span className="cell-note phone-only">
                        {formatPeriod(i.periodStart, i.periodEnd)}
                        {team.length > 0 && ` · ${t.id === trainer.id ? 'You' : t.displayName}`}
                      </span>
                    </td>
                    {team.length > 0 && <td className="wide-only">{t.id === trainer.id ? 'You' : t.displayName}</td>}
                    <td className="nowrap wide-only">{formatPeriod(i.periodStart, i.periodEnd)}</td>
                    <td className="wide-only">
                      <InvoiceStatusBadge status={i.status} />
                    </td>
                    <td className="num">
                      {formatMoney(i.total)}
                      {owes(i) && toCents(i.balanceDue) > 0n && <span className="cell-note phone-only">{formatMoney(i.balanceDue)} due</span>}
                    </td>
                    <td className="num wide-only">{owes(i) ? formatMoney(i.balanceDue) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="revenue-title" className="card">
        <h2 id="revenue-title">Revenue by studio, last 6 months</h2>
        <p className="muted">
          By month of service, before tax: your issued, sent and paid invoices, less credit notes (drafts and void invoices not counted). Months are{' '}
          {zoneLabel(home.zone)}’s.
        </p>
        {revenue.data ? (
          <Suspense fallback={<Loading label="Loading chart…" />}>
            <RevenueByStudioChart invoices={revenueInvoices} today={home.today} />
          </Suspense>
        ) : revenue.loading ? (
          <Loading label="Loading revenue…" />
        ) : (
          <ErrorMessage error={revenue.error} title="Revenue could not be loaded" onRetry={() => void revenue.refetch()} />
        )}
      </section>
    </div>
  );
}
