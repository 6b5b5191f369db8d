import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql } from '../../__generated__';
import type { InvoiceStatus, PaymentMethod, StudioInvoicesRoute_InvoiceFragment } from '../../__generated__/graphql';
import { InvoicePdfButton } from '../../components/InvoicePdfButton';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { StatusBadge } from '../../components/StatusBadge';
import { describeError } from '../../lib/errors';
import { fieldProblemOf, moneyInput, withLabels, type FieldProblem } from '../../lib/forms';
import { formatCents, formatMoney, fromCents, isOwed, toCents } from '../../lib/money';
import { formatDay, localDay, todayIn, zoneLabel } from '../../lib/time';
import '../../books.css';
import { useStudio } from './StudioArea';

export const StudioInvoicesRoute_invoice = graphql(`
  fragment StudioInvoicesRoute_invoice on Invoice {
    id
    invoiceNumber
    documentType
    status
    invoiceDate
    dueDate
    total
    amountPaid
    balanceDue
    approvedAt
    creditedInvoice {
      id
      invoiceNumber
    }
    trainer {
      id
      displayName
    }
    studio {
      id
      name
    }
    items {
      id
      location {
        id
        name
      }
    }
  }
`);

/**
 * The invoices a studio received (drafts are the trainers' and never reach it): a headquarters' own
 * and its locations'. Studio admins must never see who the clients are: no Client field is selected
 * (web/test/codegen.test.ts checks every Studio* operation).
 */
const StudioInvoicesRouteQuery = graphql(`
  query StudioInvoicesRouteQuery($studioId: ID!) {
    studio(id: $studioId) {
      id
      name
      timeZone
      invoices(first: 100) {
        edges {
          node {
            id
            ...StudioInvoicesRoute_invoice
          }
        }
        pageInfo {
          hasNextPage
        }
      }
      childStudios {
        id
        name
        invoices(first: 100) {
          edges {
            node {
              id
              ...StudioInvoicesRoute_invoice
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
`);

const StudioApproveInvoice = graphql(`
  mutation StudioApproveInvoice($id: ID!) {
    approveInvoice(id: $id) {
      id
      approvedAt
      status
    }
  }
`);

const StudioRecordPayment = graphql(`
  mutation StudioRecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      id
      status
      amountPaid
      balanceDue
      paidAt
    }
  }
`);

type Invoice = StudioInvoicesRoute_InvoiceFragment;

/** Statuses a studio can see, in their order of life, as people say them. */
const STATUS_WORDS: Partial<Record<InvoiceStatus, string>> = {
  ISSUED: 'Issued',
  SENT: 'Sent',
  PARTIALLY_PAID: 'Partly paid',
  OVERDUE: 'Overdue',
  PAID: 'Paid',
  VOID: 'Void',
};
const PAYABLE: InvoiceStatus[] = ['ISSUED', 'SENT', 'PARTIALLY_PAID', 'OVERDUE'];
const METHODS: { value: PaymentMethod; label: string }[] = [
  { value: 'E_TRANSFER', label: 'E-transfer' },
  { value: 'CHEQUE', label: 'Cheque' },
  { value: 'CASH', label: 'Cash' },
];
const longDay = (day: string) => formatDay(day, { month: 'short', day: 'numeric', year: 'numeric' });
const numberOf = (i: Invoice) => i.invoiceNumber ?? 'Invoice';

/**
 * Where the invoice's work took place: the studio billed, and the other locations its lines name (a
 * headquarters' consolidated invoice), each without the name it shares with the studio billed
 * ("Harbourfront Movement Midtown" → "Midtown").
 */
export function locationsOf(i: Pick<Invoice, 'studio' | 'items'>): { billed: string; others: string[] } {
  const billed = i.studio?.name ?? '';
  const others = [...new Set(i.items.map((item) => item.location?.name).filter((n): n is string => !!n && n !== billed))].map((n) =>
    billed && n.startsWith(`${billed} `) ? n.slice(billed.length + 1) : n,
  );
  return { billed, others };
}
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The invoices the studio received — for a headquarters admin, every location's too (Location column):
 * status as people say it, approve, record the studio's payment (the balance due filled in), the PDF.
 * Dates are the studio's calendar days, in its named zone.
 */
export function StudioInvoicesRoute() {
  const { id: studioId, name, timeZone } = useStudio();
  const [status, setStatus] = useState<InvoiceStatus | ''>('');
  const [announcement, setAnnouncement] = useState('');
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
  const studio = data.studio;
  const connections = [studio.invoices, ...studio.childStudios.map((c) => c.invoices)];
  const invoices = connections
    .flatMap((c) => c.edges.map((e) => getFragmentData(StudioInvoicesRoute_invoice, e.node)))
    .toSorted((a, b) => b.invoiceDate.localeCompare(a.invoiceDate) || (b.invoiceNumber ?? '').localeCompare(a.invoiceNumber ?? ''));
  const showLocation = studio.childStudios.length > 0 || invoices.some((i) => locationsOf(i).others.length > 0);
  const shown = status ? invoices.filter((i) => i.status === status) : invoices;
  const today = todayIn(studio.timeZone);
  const owed = invoices.filter((i) => i.documentType === 'INVOICE' && isOwed(i));
  const overdue = owed.filter((i) => i.status === 'OVERDUE');
  const toApprove = invoices.filter((i) => i.documentType === 'INVOICE' && !i.approvedAt && i.status !== 'VOID');
  const sum = (list: Invoice[]) => formatCents(list.reduce((total, i) => total + toCents(i.balanceDue), 0n));

  return (
    <>
      <div className="page-head">
        <h1>{studio.name} — invoices</h1>
        <Link to={`/studio/${studio.id}/payables`}>Payables by trainer and age</Link>
      </div>
      {error && <ErrorMessage error={error} title="Could not refresh" onRetry={() => void refetch()} />}
      <p className="lede">
        Invoices trainers sent {studio.name}
        {studio.childStudios.length > 0 && ' and its locations'}. Dates are the studio’s, in {zoneLabel(timeZone)}.
      </p>
      <dl className="stats">
        <div>
          <dt>Owed to trainers</dt>
          <dd>
            {sum(owed)} <span className="muted">({plural(owed.length, 'invoice')})</span>
          </dd>
        </div>
        <div>
          <dt>Overdue</dt>
          <dd className={overdue.length ? 'danger' : undefined}>
            {sum(overdue)} <span className="muted">({overdue.length})</span>
          </dd>
        </div>
        <div>
          <dt>To approve</dt>
          <dd>{toApprove.length}</dd>
        </div>
      </dl>
      <p role="status" className={announcement ? 'notice success' : 'sr-only'}>
        {announcement}
      </p>
      <section aria-labelledby="invoices-title">
        <div className="page-head">
          <h2 id="invoices-title">Invoices received</h2>
          <div className="field inline">
            <label htmlFor={filterId}>Status</label>
            <select id={filterId} value={status} onChange={(e) => setStatus(e.target.value as InvoiceStatus | '')}>
              <option value="">All</option>
              {(Object.keys(STATUS_WORDS) as InvoiceStatus[]).map((s) => (
                <option key={s} value={s}>
                  {STATUS_WORDS[s]}
                </option>
              ))}
            </select>
          </div>
        </div>
        {connections.some((c) => c.pageInfo.hasNextPage) && <p className="notice">Showing the 100 newest invoices of each location.</p>}
        {shown.length === 0 ? (
          <Empty>{status ? 'No invoices with this status.' : 'No invoices received yet.'}</Empty>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Invoices received, newest first">
            <table className="received-invoices">
              <caption className="sr-only">Invoices received, newest first (CAD, tax included)</caption>
              <thead>
                <tr>
                  <th scope="col">Invoice</th>
                  <th scope="col">Trainer</th>
                  {showLocation && <th scope="col">Location</th>}
                  <th scope="col">Dated</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Total
                  </th>
                  <th scope="col" className="num">
                    Balance
                  </th>
                  <th scope="col">Approved</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((i) => (
                  <InvoiceRow key={i.id} invoice={i} showLocation={showLocation} timeZone={studio.timeZone} today={today} onDone={setAnnouncement} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** One invoice received, its actions, and (opened) the form recording the studio's payment. */
function InvoiceRow({
  invoice: i,
  showLocation,
  timeZone,
  today,
  onDone,
}: {
  invoice: Invoice;
  showLocation: boolean;
  timeZone: string;
  today: string;
  onDone(words: string): void;
}) {
  const [paying, setPaying] = useState(false);
  const [approve, approving] = useMutation(StudioApproveInvoice);
  const number = numberOf(i);
  const isInvoice = i.documentType === 'INVOICE';
  const payable = isInvoice && PAYABLE.includes(i.status) && toCents(i.balanceDue) > 0n;
  const approvable = isInvoice && !i.approvedAt && i.status !== 'VOID';
  const location = locationsOf(i);

  async function onApprove() {
    onDone('');
    const done = await approve({ variables: { id: i.id } }).catch(() => null);
    if (done?.data) onDone(`${number} approved.`);
  }

  return (
    <>
      <tr>
        <th scope="row">
          <span className="nowrap">{number}</span>
          {!isInvoice && <div className="muted">Credit note{i.creditedInvoice?.invoiceNumber && ` for ${i.creditedInvoice.invoiceNumber}`}</div>}
          <div>
            <InvoicePdfButton invoiceId={i.id} name={number} />
          </div>
        </th>
        <td>{i.trainer.displayName}</td>
        {showLocation && (
          <td>
            {location.billed}
            {location.others.length > 0 && <div className="muted">+ {location.others.join(', ')}</div>}
          </td>
        )}
        <td className="nowrap">{longDay(i.invoiceDate)}</td>
        <td className="nowrap">{longDay(i.dueDate)}</td>
        <td>
          <StatusBadge status={i.status} />
        </td>
        <td className="num">{formatMoney(i.total)}</td>
        <td className="num">
          {formatMoney(i.balanceDue)}
          {payable && (
            <div className="cell-action">
              <button
                type="button"
                aria-label={`Record payment for ${number}`}
                aria-expanded={paying}
                onClick={() => {
                  setPaying(!paying);
                  onDone('');
                }}
              >
                Record payment
              </button>
            </div>
          )}
        </td>
        <td>
          {i.approvedAt ? (
            <span className="nowrap">{longDay(localDay(i.approvedAt, timeZone))}</span>
          ) : approvable ? (
            <button type="button" className="primary" aria-label={`Approve ${number}`} disabled={approving.loading} onClick={() => void onApprove()}>
              Approve
            </button>
          ) : (
            <span className="muted">—</span>
          )}
          {approving.error && <ErrorMessage error={approving.error} title={`${number} was not approved`} />}
        </td>
      </tr>
      {paying && payable && (
        <tr className="form-row">
          <td colSpan={showLocation ? 9 : 8}>
            <PaymentForm
              invoice={i}
              today={today}
              onDone={(words) => {
                setPaying(false);
                if (words) onDone(words);
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}

/** The API's fields of a payment as this form labels them. */
const PAYMENT_LABELS = { amount: 'the amount', paymentDate: 'the day paid', paymentMethod: 'the method', 'input.amount': 'the amount' };

/**
 * What the studio paid on an invoice (`recordPayment` as the studio billed): the amount, filled in with
 * the balance due, the day (the studio's today), how, and the cheque number or e-transfer reference.
 * A part payment leaves the rest owed; more than the balance is refused, and the API says so beside
 * the amount.
 */
function PaymentForm({ invoice: i, today, onDone }: { invoice: Invoice; today: string; onDone(words: string): void }) {
  const id = useId();
  const number = numberOf(i);
  const [amount, setAmount] = useState(fromCents(toCents(i.balanceDue)));
  const [day, setDay] = useState(today);
  const [method, setMethod] = useState<PaymentMethod>('E_TRANSFER');
  const [reference, setReference] = useState('');
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [record, { loading, error }] = useMutation(StudioRecordPayment);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const money = moneyInput(amount);
    if (money === null) return setProblem({ field: 'amount', message: 'Enter an amount in dollars, like 250 or 250.50.' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return setProblem({ field: 'paymentDate', message: 'Enter the day the studio paid.' });
    try {
      const done = await record({
        variables: { input: { invoiceId: i.id, amount: money, paymentDate: day, paymentMethod: method, referenceNumber: reference.trim() || null } },
      });
      const after = done.data?.recordPayment;
      if (after) {
        const left = toCents(after.balanceDue);
        onDone(`Payment of ${formatMoney(money)} recorded on ${number}: ${left > 0n ? `${formatCents(left)} still owed` : 'paid in full'}.`);
      }
    } catch (failure) {
      setProblem(fieldProblemOf(failure, PAYMENT_LABELS) ?? overBalance(failure));
    }
  }

  const invalid = (field: string) => problem?.field === field;
  const describedBy = (field: string) => (invalid(field) ? `${id}-${field}-error` : undefined);
  const message = (field: string) =>
    invalid(field) && (
      <p id={`${id}-${field}-error`} className="field-error">
        {problem!.message}
      </p>
    );

  return (
    <form className="inline-form form payment-form" onSubmit={onSubmit} noValidate aria-label={`Record payment for ${number}`}>
      <div className="field">
        <label htmlFor={`${id}-amount`}>Amount (CAD)</label>
        <input
          id={`${id}-amount`}
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          aria-invalid={invalid('amount')}
          aria-describedby={describedBy('amount') ?? `${id}-amount-hint`}
        />
        {message('amount') || (
          <p id={`${id}-amount-hint`} className="hint">
            Balance due: {formatMoney(i.balanceDue)}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-paymentDate`}>Paid on</label>
        <input
          id={`${id}-paymentDate`}
          type="date"
          className="date-input"
          value={day}
          max={today}
          onChange={(e) => setDay(e.target.value)}
          aria-invalid={invalid('paymentDate')}
          aria-describedby={describedBy('paymentDate')}
        />
        {message('paymentDate')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-method`}>Method</label>
        <select id={`${id}-method`} value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)}>
          {METHODS.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field wide">
        <label htmlFor={`${id}-reference`}>Cheque or transfer reference (optional)</label>
        <input id={`${id}-reference`} value={reference} maxLength={255} onChange={(e) => setReference(e.target.value)} />
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Saving…' : 'Record payment'}
        </button>
        <button type="button" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
      {error && !problem && <ErrorMessage error={error} title="The payment was not recorded" />}
    </form>
  );
}

/** A CONFLICT about the amount (more than the balance due: "input.amount (…) is more than…") as a message beside the amount. */
function overBalance(error: unknown): FieldProblem | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const shown = describeError(error).find((e) => e.code === 'CONFLICT' && e.message.startsWith('input.amount'));
  return shown ? { field: 'amount', message: withLabels(shown.message, PAYMENT_LABELS) } : null;
}
