import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__';
import { InvoiceStatusBadge } from '../../components/InvoiceStatusBadge';
import { ErrorMessage, Loading, NotFoundOrNoAccess } from '../../components/StateViews';
import { isNotFound } from '../../lib/errors';
import { groupLinesByLocation, PROVINCE_NAMES } from '../../lib/invoices';
import { formatMoney } from '../../lib/money';
import { daysBetween, formatDateTime, formatDay, zoneLabel } from '../../lib/time';
import { InvoiceCorrections } from './InvoiceCorrections';
import { invoiceDetail, invoiceZone, type InvoiceDetail } from './InvoiceFragment';
import { InvoiceDraftActions, RemoveLineButton } from './InvoiceDraftActions';
import { InvoicePayments, MarkSentButton } from './InvoicePayments';
import { InvoicePdfButton } from './InvoicePdfButton';
import './invoices.css';

const InvoiceRouteQuery = graphql(`
  query InvoiceRouteQuery($id: ID!) {
    invoice(id: $id) {
      id
      ...InvoiceRoute_invoice
    }
  }
`);

const longDay = (day: string) => formatDay(day, { month: 'long', day: 'numeric', year: 'numeric' });

/**
 * One invoice as the studio (or client) billed reads it — parties, dates in the invoice's named zone,
 * lines grouped by location, taxes per rate, totals, payments — with what the trainer can do next: a
 * draft is edited, issued or deleted; an issued one downloaded, sent, paid, voided or credited.
 */
export function InvoiceRoute() {
  const { invoiceId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(InvoiceRouteQuery, { variables: { id: invoiceId } });
  if (!data) {
    return (
      <>
        <p>
          <Link to="/trainer/invoices">← Invoices</Link>
        </p>
        {loading ? (
          <Loading label="Loading the invoice…" />
        ) : isNotFound(error) ? (
          <NotFoundOrNoAccess title="Invoice not found" back={<Link to="/trainer/invoices">Back to your invoices</Link>}>
            This invoice does not exist, or it is not one of yours.
          </NotFoundOrNoAccess>
        ) : (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        )}
      </>
    );
  }
  return <Invoice invoice={invoiceDetail(data.invoice)} />;
}

function Invoice({ invoice: i }: { invoice: InvoiceDetail }) {
  const zone = invoiceZone(i);
  const draft = i.status === 'DRAFT';
  const creditNote = i.documentType === 'CREDIT_NOTE';
  const kind = creditNote ? 'Credit note' : 'Invoice';
  const title = i.invoiceNumber ? `${kind} ${i.invoiceNumber}` : `Draft ${kind.toLowerCase()}`;
  const billedTo = i.studio?.name ?? i.client?.displayName ?? 'a client';
  const terms = daysBetween(i.invoiceDate, i.dueDate);
  // Opened as a draft and issued here: say so where the draft's actions were.
  const [openedAsDraft] = useState(draft);
  const justIssued = openedAsDraft && !draft && i.invoiceNumber;

  return (
    <div className="invoice-page">
      <p>
        <Link to="/trainer/invoices">← Invoices</Link>
      </p>
      <div className="page-head">
        <h1>
          {title} <span className="title-note">to {billedTo}</span>
        </h1>
        <InvoiceStatusBadge status={i.status} />
      </div>
      <p role="status" className={justIssued ? 'notice success' : 'sr-only'}>
        {justIssued &&
          `Issued as ${i.invoiceNumber}, dated ${longDay(i.invoiceDate)}.${i.sentAt ? '' : ` Download the PDF and send it to ${billedTo}, then mark it as sent.`}`}
      </p>
      {i.creditedInvoice && (
        <p className="lede">
          Credits invoice <Link to={`/trainer/invoices/${i.creditedInvoice.id}`}>{i.creditedInvoice.invoiceNumber}</Link>.
        </p>
      )}
      {draft && (
        <p className="notice">A draft: no number yet and not a tax invoice. Its taxes are a preview at today’s rates — what issuing today would charge.</p>
      )}
      {i.status === 'VOID' && (
        <p className="notice">
          Void{i.voidedAt ? ` since ${formatDateTime(i.voidedAt, zone)}` : ''}
          {i.voidReason ? `: ${i.voidReason}` : ''}. It keeps its number; its sessions can be billed again.
        </p>
      )}

      <article className="card invoice-document" aria-labelledby="document-title">
        <h2 id="document-title" className="sr-only">
          {title}, as {billedTo} reads it
        </h2>
        <div className="parties">
          <section aria-labelledby="from-title">
            <h3 id="from-title">From</h3>
            <Supplier invoice={i} />
          </section>
          <section aria-labelledby="to-title">
            <h3 id="to-title">Bill to</h3>
            <Recipient invoice={i} />
          </section>
          <dl className="details invoice-facts">
            <div>
              <dt>{kind} date</dt>
              <dd>{longDay(i.invoiceDate)}</dd>
            </div>
            {!creditNote && (
              <div>
                <dt>Due</dt>
                <dd>
                  {longDay(i.dueDate)}
                  <span className="cell-note">{terms === 0 ? 'Due on receipt' : `Net ${terms} days`}</span>
                </dd>
              </div>
            )}
            <div>
              <dt>Period</dt>
              <dd>
                {longDay(i.periodStart)} to {longDay(i.periodEnd)}
              </dd>
            </div>
            <div>
              <dt>Dates in</dt>
              <dd>{zoneLabel(zone)}</dd>
            </div>
            {i.sentAt && (
              <div>
                <dt>Sent</dt>
                <dd>{formatDateTime(i.sentAt, zone)}</dd>
              </div>
            )}
            {i.approvedAt && (
              <div>
                <dt>Approved by the studio</dt>
                <dd>{formatDateTime(i.approvedAt, zone)}</dd>
              </div>
            )}
          </dl>
        </div>

        <Lines invoice={i} zone={zone} />
        <Totals invoice={i} />

        {i.notices.length > 0 && (
          <ul className="invoice-notices" aria-label="Tax notices">
            {i.notices.map((n) => (
              <li key={n.code}>{n.message}</li>
            ))}
          </ul>
        )}
        {i.notes && (
          <div className="invoice-notes">
            <h3>Notes</h3>
            <p>{i.notes}</p>
          </div>
        )}
      </article>

      {draft ? (
        <InvoiceDraftActions invoice={i} zone={zone} pdf={<InvoicePdfButton invoiceId={i.id} draft fileName="draft.pdf" />} />
      ) : (
        <div className="invoice-actions">
          <div>
            <section className="card" aria-labelledby="document-actions-title">
              <h2 id="document-actions-title">Document</h2>
              <InvoicePdfButton invoiceId={i.id} draft={false} fileName={`${i.invoiceNumber ?? 'invoice'}.pdf`} />
              {!creditNote && i.status !== 'VOID' && <MarkSentButton invoice={i} zone={zone} />}
            </section>
            {!creditNote && <InvoiceCorrections invoice={i} />}
          </div>
          {!creditNote && <InvoicePayments invoice={i} zone={zone} />}
        </div>
      )}
    </div>
  );
}

function AddressLines({
  address,
}: {
  address: { street: string; line2: string | null; city: string; province: string; postalCode: string } | null | undefined;
}) {
  if (!address) return null;
  return (
    <>
      <span className="address-line">{address.street}</span>
      {address.line2 && <span className="address-line">{address.line2}</span>}
      <span className="address-line">
        {address.city} {address.province} {address.postalCode}
      </span>
    </>
  );
}

function Supplier({ invoice: i }: { invoice: InvoiceDetail }) {
  const profile = i.trainer.billingProfile;
  return (
    <address className="party">
      <strong>{profile?.businessName ?? i.trainer.displayName}</strong>
      {profile?.businessName && <span className="address-line">{i.trainer.displayName}</span>}
      <AddressLines address={profile?.address} />
      {profile?.gstHstNumber ? (
        <span className="address-line">GST/HST no. {profile.gstHstNumber}</span>
      ) : (
        <span className="address-line muted">Not registered for GST/HST (small supplier)</span>
      )}
      {profile?.qstNumber && <span className="address-line">QST no. {profile.qstNumber}</span>}
      {profile?.pstNumbers.map((p) => (
        <span className="address-line" key={p.province}>
          {p.province === 'MB' ? 'RST' : 'PST'} no. ({p.province}) {p.number}
        </span>
      ))}
    </address>
  );
}

function Recipient({ invoice: i }: { invoice: InvoiceDetail }) {
  if (!i.studio) {
    return (
      <address className="party">
        <strong>{i.client?.displayName ?? 'A client'}</strong>
        {i.placeOfSupply && <span className="address-line">Supplied in {PROVINCE_NAMES[i.placeOfSupply]}</span>}
      </address>
    );
  }
  return (
    <address className="party">
      <strong>{i.studio.name}</strong>
      <AddressLines address={i.studio.address} />
      {i.studio.businessNumber && <span className="address-line">Business no. {i.studio.businessNumber}</span>}
    </address>
  );
}

const BASIS: Record<string, string> = { NO_SHOW: 'No-show', LATE_CANCELLATION: 'Late cancellation' };

function Lines({ invoice: i, zone }: { invoice: InvoiceDetail; zone: string }) {
  const groups = groupLinesByLocation(i.items);
  const consolidated = groups.length > 1 || (groups[0]?.location && i.studio && groups[0].location.id !== i.studio.id);
  const draft = i.status === 'DRAFT';
  if (i.items.length === 0) {
    const hint = !draft ? '' : i.studio ? 'Add one below, or generate the period’s sessions again.' : 'Add one below.';
    return <p className="state state-empty">No lines yet. {hint}</p>;
  }
  return (
    <div className="invoice-lines">
      {groups.map((group, index) => (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`lines-${index}`} key={group.location?.id ?? 'none'}>
          <table className="lines">
            <caption id={`lines-${index}`} className={consolidated ? 'group-caption' : 'sr-only'}>
              {consolidated ? (group.location?.name ?? 'Other') : 'Lines'}
              {consolidated && <span className="muted"> · {formatMoney(group.subtotal)}</span>}
              <span className="sr-only">, dates in {zoneLabel(zone)}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Description</th>
                <th scope="col" className="num">
                  Attendees
                </th>
                <th scope="col" className="num">
                  Amount
                </th>
                {draft && (
                  <th scope="col">
                    <span className="sr-only">Remove</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {group.lines.map((line) => (
                <tr key={line.id}>
                  <td className="nowrap">{line.serviceDate ? formatDay(line.serviceDate, { month: 'short', day: 'numeric' }) : '—'}</td>
                  <td>
                    {line.description}
                    {(line.quantity !== '1' || !line.serviceDate) && (
                      <span className="cell-note">
                        {line.quantity} × {formatMoney(line.unitPrice)}
                        {line.kind === 'GOODS' ? ' · goods' : ''}
                      </span>
                    )}
                    {line.billingBasis && BASIS[line.billingBasis] && (
                      <span className="cell-note">{BASIS[line.billingBasis]}, billed as the contract says</span>
                    )}
                  </td>
                  <td className="num">{line.attendees ?? '—'}</td>
                  <td className="num">{formatMoney(line.amount)}</td>
                  {draft && (
                    <td className="row-action">
                      <RemoveLineButton invoiceId={i.id} line={line} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
            {consolidated && (
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>
                    Subtotal, {group.location?.name ?? 'other'}
                  </th>
                  <td className="num">{formatMoney(group.subtotal)}</td>
                  {draft && <td />}
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      ))}
    </div>
  );
}

function Totals({ invoice: i }: { invoice: InvoiceDetail }) {
  const showPaid = i.status !== 'DRAFT' && i.documentType !== 'CREDIT_NOTE' && i.status !== 'VOID';
  return (
    <table className="totals">
      <caption className="sr-only">Totals</caption>
      <tbody>
        <tr>
          <th scope="row">Subtotal</th>
          <td className="num">{formatMoney(i.subtotal)}</td>
        </tr>
        {i.taxLines.map((t) => (
          <tr key={`${t.tax}-${t.jurisdiction}-${t.rate}`}>
            <th scope="row">
              {t.name}
              <span className="cell-note">on {formatMoney(t.base)}</span>
            </th>
            <td className="num">{formatMoney(t.amount)}</td>
          </tr>
        ))}
        {i.taxLines.length === 0 && (
          <tr>
            <th scope="row">Sales tax</th>
            <td className="num">{formatMoney('0')}</td>
          </tr>
        )}
        <tr className="total-row">
          <th scope="row">Total (CAD)</th>
          <td className="num" data-testid="invoice-total">
            {formatMoney(i.total)}
          </td>
        </tr>
        {showPaid && (
          <>
            <tr>
              <th scope="row">Amount paid</th>
              <td className="num">{formatMoney(i.amountPaid)}</td>
            </tr>
            <tr className="total-row">
              <th scope="row">Balance due</th>
              <td className="num">{formatMoney(i.balanceDue)}</td>
            </tr>
          </>
        )}
      </tbody>
    </table>
  );
}
