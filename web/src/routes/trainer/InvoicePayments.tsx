import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__';
import type { PaymentMethod } from '../../__generated__/graphql';
import { ErrorMessage } from '../../components/StateViews';
import { fieldErrorOf, parseMoneyInput } from '../../lib/invoices';
import { formatMoney, fromCents, toCents } from '../../lib/money';
import { formatDateTime, formatDay, todayIn, zoneLabel } from '../../lib/time';
import { invoiceDetail, type InvoiceDetail } from './InvoiceFragment';

const MarkInvoiceSentMutation = graphql(`
  mutation MarkInvoiceSentMutation($id: ID!) {
    markInvoiceSent(id: $id) {
      id
      ...InvoiceRoute_invoice
    }
  }
`);

const RecordPaymentMutation = graphql(`
  mutation RecordPaymentMutation($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      id
      ...InvoiceRoute_invoice
    }
  }
`);

const LISTS = { refetchQueries: ['InvoicesRouteQuery', 'InvoicesRevenueQuery'] };

/** Payment methods a trainer records by hand (a card payment arrives otherwise). */
const METHODS: { value: PaymentMethod; label: string }[] = [
  { value: 'E_TRANSFER', label: 'E-transfer' },
  { value: 'CHEQUE', label: 'Cheque' },
  { value: 'CASH', label: 'Cash' },
];
const METHOD_LABELS: Record<string, string> = { E_TRANSFER: 'E-transfer', CHEQUE: 'Cheque', CASH: 'Cash', CREDIT: 'Card' };
const PAYABLE = new Set(['ISSUED', 'SENT', 'PARTIALLY_PAID', 'OVERDUE']);

/** "Mark as sent", for an issued invoice not sent yet; once sent, when. */
export function MarkSentButton({ invoice: i, zone }: { invoice: InvoiceDetail; zone: string }) {
  const [markSent, { loading, error }] = useMutation(MarkInvoiceSentMutation, LISTS);
  const [done, setDone] = useState<string | null>(null);
  const canSend = !i.sentAt && (i.status === 'ISSUED' || i.status === 'OVERDUE');
  async function onClick() {
    const { data } = await markSent({ variables: { id: i.id } }).catch(() => ({ data: undefined }));
    if (data) setDone(`Marked as sent to ${i.studio?.name ?? i.client?.displayName ?? 'the client'}.`);
  }
  return (
    <div className="mark-sent">
      {canSend ? (
        <div className="actions">
          <button type="button" disabled={loading} onClick={() => void onClick()}>
            {loading ? 'Marking…' : 'Mark as sent'}
          </button>
          <span className="hint">Once you have sent the PDF: the studio then sees it as sent.</span>
        </div>
      ) : (
        i.sentAt && <p className="muted">Sent {formatDateTime(i.sentAt, zone)}.</p>
      )}
      {error && <ErrorMessage error={error} title="The invoice was not marked as sent" />}
      <p role="status" className="muted">
        {done}
      </p>
    </div>
  );
}

/** The payments of an issued invoice, and a form to record money received (never above the balance due). */
export function InvoicePayments({ invoice: i, zone }: { invoice: InvoiceDetail; zone: string }) {
  const id = useId();
  const payable = PAYABLE.has(i.status) && toCents(i.balanceDue) > 0n;
  const [recorded, setRecorded] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Payments</h2>
      {i.payments.length === 0 ? (
        <p className="state state-empty">No payment recorded yet.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
          <table className="payments">
            <caption id={`${id}-caption`} className="sr-only">
              Payments received, oldest first; dates in {zoneLabel(zone)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Method</th>
                <th scope="col" className="num">
                  Amount
                </th>
              </tr>
            </thead>
            <tbody>
              {i.payments.map((p) => (
                <tr key={p.id}>
                  <td className="nowrap">{formatDay(p.paymentDate, { month: 'short', day: 'numeric', year: 'numeric' })}</td>
                  <td>
                    {METHOD_LABELS[p.paymentMethod] ?? p.paymentMethod}
                    {p.referenceNumber && <span className="cell-note">Ref. {p.referenceNumber}</span>}
                    {p.recordedByParty === 'RECIPIENT' && <span className="cell-note">Recorded by {i.studio?.name ?? 'the client'}</span>}
                    {p.status !== 'COMPLETED' && (
                      <span className="cell-note">{p.status === 'PENDING' ? 'Pending: not counted yet' : 'Failed: not counted'}</span>
                    )}
                  </td>
                  <td className="num">{formatMoney(p.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  Paid so far
                </th>
                <td className="num">{formatMoney(i.amountPaid)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {payable ? (
        <RecordPaymentForm invoice={i} zone={zone} onRecorded={setRecorded} />
      ) : (
        i.status === 'PAID' && <p className="muted">Paid in full{i.paidAt ? ` on ${formatDateTime(i.paidAt, zone)}` : ''}.</p>
      )}
      <p role="status" className="muted">
        {recorded}
      </p>
    </section>
  );
}

type PaymentField = 'amount' | 'paymentDate' | 'paymentMethod' | 'referenceNumber';

function RecordPaymentForm({ invoice: i, zone, onRecorded }: { invoice: InvoiceDetail; zone: string; onRecorded(message: string | null): void }) {
  const id = useId();
  const today = todayIn(zone);
  const [values, setValues] = useState({
    amount: fromCents(toCents(i.balanceDue)),
    paymentDate: today,
    paymentMethod: 'E_TRANSFER' as PaymentMethod,
    referenceNumber: '',
  });
  const [problems, setProblems] = useState<Partial<Record<PaymentField, string>>>({});
  const [record, { loading, error, reset }] = useMutation(RecordPaymentMutation, LISTS);
  // The API names `input.amount` (more than the balance), `amount`, `paymentDate`…: said beside the field.
  const server = fieldErrorOf(error, { amount: 'Amount received', paymentDate: 'Payment date', paymentMethod: 'Method', referenceNumber: 'Reference' });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    onRecorded(null);
    const found: Partial<Record<PaymentField, string>> = {};
    const amount = parseMoneyInput(values.amount);
    if (!amount.ok) found.amount = amount.problem;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.paymentDate)) found.paymentDate = 'Enter the day the money was received.';
    else if (values.paymentDate > today) found.paymentDate = 'The payment date cannot be in the future.';
    if (values.referenceNumber.length > 255) found.referenceNumber = 'At most 255 characters.';
    setProblems(found);
    if (Object.keys(found).length || !amount.ok) return;
    const input = {
      invoiceId: i.id,
      amount: amount.value,
      paymentDate: values.paymentDate,
      paymentMethod: values.paymentMethod,
      referenceNumber: values.referenceNumber.trim() || null,
    };
    const { data } = await record({ variables: { input } }).catch(() => ({ data: undefined }));
    if (!data) return;
    const after = invoiceDetail(data.recordPayment);
    setValues((v) => ({ ...v, amount: fromCents(toCents(after.balanceDue)), referenceNumber: '' }));
    onRecorded(
      `Payment of ${formatMoney(amount.value)} recorded. ${toCents(after.balanceDue) > 0n ? `Balance due: ${formatMoney(after.balanceDue)}.` : 'The invoice is paid in full.'}`,
    );
  }

  const problemOf = (field: PaymentField) => problems[field] ?? (server?.field === field ? server.message : undefined);
  const described = (field: PaymentField) => ({
    'aria-invalid': !!problemOf(field),
    'aria-describedby': problemOf(field) ? `${id}-${field}-error` : undefined,
  });
  const fieldError = (field: PaymentField) =>
    problemOf(field) && (
      <p id={`${id}-${field}-error`} className="field-error" role="alert">
        {problemOf(field)}
      </p>
    );

  return (
    <form className="form record-payment" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Record a payment</h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-amount`}>Amount received (CAD)</label>
          <input
            id={`${id}-amount`}
            type="text"
            inputMode="decimal"
            value={values.amount}
            onChange={(e) => setValues((v) => ({ ...v, amount: e.target.value }))}
            {...described('amount')}
          />
          {fieldError('amount') || <p className="hint">Balance due: {formatMoney(i.balanceDue)}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>Received on ({zoneLabel(zone)})</label>
          <input
            id={`${id}-date`}
            type="date"
            max={today}
            value={values.paymentDate}
            onChange={(e) => setValues((v) => ({ ...v, paymentDate: e.target.value }))}
            {...described('paymentDate')}
          />
          {fieldError('paymentDate')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-method`}>Method</label>
          <select
            id={`${id}-method`}
            value={values.paymentMethod}
            onChange={(e) => setValues((v) => ({ ...v, paymentMethod: e.target.value as PaymentMethod }))}
            {...described('paymentMethod')}
          >
            {METHODS.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
          {fieldError('paymentMethod')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-reference`}>Reference (cheque no., e-transfer ID)</label>
          <input
            id={`${id}-reference`}
            type="text"
            maxLength={255}
            value={values.referenceNumber}
            onChange={(e) => setValues((v) => ({ ...v, referenceNumber: e.target.value }))}
            {...described('referenceNumber')}
          />
          {fieldError('referenceNumber')}
        </div>
      </div>
      {error && !server && <ErrorMessage error={error} title="The payment was not recorded" />}
      <div className="actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Recording…' : 'Record payment'}
        </button>
      </div>
    </form>
  );
}
