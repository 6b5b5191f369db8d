import { useMutation, useQuery } from '@apollo/client/react';
import { useDeferredValue, useId, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../__generated__';
import type { SupplyKind, TaxQuoteInput } from '../../__generated__/graphql';
import { ErrorMessage } from '../../components/StateViews';
import { fieldErrorOf, lineAmountCents, parseMoneyInput, parseQuantityInput } from '../../lib/invoices';
import { formatCents, formatMoney, fromCents, toCents } from '../../lib/money';
import { addDays, daysBetween, formatDay, todayIn, zoneLabel } from '../../lib/time';
import type { InvoiceDetail } from './InvoiceFragment';

const AddInvoiceLineMutation = graphql(`
  mutation AddInvoiceLineMutation($invoiceId: ID!, $line: InvoiceLineInput!) {
    addInvoiceLine(invoiceId: $invoiceId, line: $line) {
      id
      ...InvoiceRoute_invoice
    }
  }
`);

const RemoveInvoiceLineMutation = graphql(`
  mutation RemoveInvoiceLineMutation($invoiceId: ID!, $lineId: ID!) {
    removeInvoiceLine(invoiceId: $invoiceId, lineId: $lineId) {
      id
      ...InvoiceRoute_invoice
    }
  }
`);

const UpdateInvoiceDraftMutation = graphql(`
  mutation UpdateInvoiceDraftMutation($invoiceId: ID!, $input: UpdateInvoiceDraftInput!) {
    updateInvoiceDraft(invoiceId: $invoiceId, input: $input) {
      id
      ...InvoiceRoute_invoice
    }
  }
`);

const IssueInvoiceMutation = graphql(`
  mutation IssueInvoiceMutation($id: ID!) {
    issueInvoice(id: $id) {
      id
      ...InvoiceRoute_invoice
    }
  }
`);

const DeleteDraftInvoiceMutation = graphql(`
  mutation DeleteDraftInvoiceMutation($id: ID!) {
    deleteDraftInvoice(id: $id)
  }
`);

const DraftTaxQuery = graphql(`
  query DraftTaxQuery($input: TaxQuoteInput!) {
    taxQuote(input: $input) {
      subtotal
      total
      taxes {
        tax
        jurisdiction
        name
        rate
        amount
      }
    }
  }
`);

const LISTS = { refetchQueries: ['InvoicesRouteQuery', 'InvoicesRevenueQuery'] };

/** What a draft's trainer does with it: add and remove lines, notes and due date, issue or delete. */
export function InvoiceDraftActions({ invoice, zone, pdf }: { invoice: InvoiceDetail; zone: string; pdf: ReactNode }) {
  return (
    <>
      <IssueOrDelete invoice={invoice} pdf={pdf} />
      <div className="invoice-actions">
        <AddLineForm invoice={invoice} zone={zone} />
        <DraftDetailsForm invoice={invoice} zone={zone} />
      </div>
    </>
  );
}

/** The Remove button of one line of a draft. */
export function RemoveLineButton({ invoiceId, line }: { invoiceId: string; line: { id: string; description: string } }) {
  const [remove, { loading, error }] = useMutation(RemoveInvoiceLineMutation, LISTS);
  return (
    <>
      <button
        type="button"
        className="small-button"
        disabled={loading}
        aria-label={`Remove line: ${line.description}`}
        onClick={() => void remove({ variables: { invoiceId, lineId: line.id } }).catch(() => undefined)}
      >
        {loading ? 'Removing…' : 'Remove'}
      </button>
      {error && <ErrorMessage error={error} title="The line was not removed" />}
    </>
  );
}

type LineField = 'description' | 'quantity' | 'unitPrice';

function AddLineForm({ invoice: i, zone }: { invoice: InvoiceDetail; zone: string }) {
  const id = useId();
  const [values, setValues] = useState({ description: '', quantity: '1', unitPrice: '', kind: 'SERVICE' as SupplyKind });
  const [problems, setProblems] = useState<Partial<Record<LineField, string>>>({});
  const [added, setAdded] = useState<string | null>(null);
  const [add, { loading, error, reset }] = useMutation(AddInvoiceLineMutation, LISTS);
  const server = fieldErrorOf(error, { description: 'Description', quantity: 'Quantity', unitPrice: 'Unit price' });
  const quantity = parseQuantityInput(values.quantity);
  const price = parseMoneyInput(values.unitPrice, { allowZero: true });
  const lineCents = quantity.ok && price.ok ? lineAmountCents(quantity.value, price.value) : null;

  function check() {
    const found: Partial<Record<LineField, string>> = {};
    const description = values.description.trim();
    if (!description) found.description = 'Say what is billed, e.g. “Mat rental, November”.';
    else if (description.length > 500) found.description = 'At most 500 characters.';
    if (!quantity.ok) found.quantity = quantity.problem;
    if (!price.ok) found.unitPrice = price.problem;
    return found;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    setAdded(null);
    const found = check();
    setProblems(found);
    if (Object.keys(found).length || !quantity.ok || !price.ok) return;
    const line = { description: values.description.trim(), quantity: quantity.value, unitPrice: price.value, kind: values.kind };
    const { data } = await add({ variables: { invoiceId: i.id, line } }).catch(() => ({ data: undefined }));
    if (!data) return;
    setValues({ description: '', quantity: '1', unitPrice: '', kind: values.kind });
    setAdded(`Line added: ${line.description}, ${formatCents(lineCents ?? 0n)}.`);
  }

  const problemOf = (field: LineField) => problems[field] ?? (server?.field === field ? server.message : undefined);
  const field = (name: LineField, label: string, input: ReactNode) => (
    <div className={`field field-${name}`}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {input}
      {problemOf(name) && (
        <p id={`${id}-${name}-error`} className="field-error" role="alert">
          {problemOf(name)}
        </p>
      )}
    </div>
  );
  const inputProps = (name: LineField) => ({
    id: `${id}-${name}`,
    value: values[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [name]: e.target.value })),
    'aria-invalid': !!problemOf(name),
    'aria-describedby': problemOf(name) ? `${id}-${name}-error` : undefined,
  });

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Add a line</h2>
      <div className="line-form">
        {field('description', 'Description', <input type="text" maxLength={500} {...inputProps('description')} />)}
        {field('quantity', 'Quantity', <input type="text" inputMode="decimal" {...inputProps('quantity')} />)}
        {field('unitPrice', 'Unit price', <input type="text" inputMode="decimal" placeholder="0.00" {...inputProps('unitPrice')} />)}
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={values.kind} onChange={(e) => setValues((v) => ({ ...v, kind: e.target.value as SupplyKind }))}>
            <option value="SERVICE">Service</option>
            <option value="GOODS">Goods</option>
          </select>
        </div>
      </div>
      <p className="hint">Amounts in CAD: quantity × unit price, before tax; the kind decides which taxes apply.</p>
      <TaxPreview invoice={i} zone={zone} extra={lineCents !== null ? { cents: lineCents, kind: values.kind } : null} />
      {error && !server && <ErrorMessage error={error} title="The line was not added" />}
      <div className="actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Adding…' : 'Add line'}
        </button>
      </div>
      <p role="status" className="muted">
        {added}
      </p>
    </form>
  );
}

/**
 * What issuing today would charge, quoted live by the tax engine (`taxQuote`, the same rules an issue
 * applies: today's rates in the invoice's zone, its place of supply, the trainer's registrations) for
 * the draft's lines plus the line being typed. The draft's own totals (re-quoted by the API whenever
 * its lines change) are shown until the quote answers.
 */
function TaxPreview({ invoice: i, zone, extra }: { invoice: InvoiceDetail; zone: string; extra: { cents: bigint; kind: SupplyKind } | null }) {
  const profile = i.trainer.billingProfile;
  const place = i.placeOfSupply ?? i.studio?.address.province ?? null;
  const deferred = useDeferredValue(extra);
  const input: TaxQuoteInput | null =
    place && profile
      ? {
          supplier: {
            gstHstNumber: profile.gstHstNumber,
            qstNumber: profile.qstNumber,
            pstNumbers: profile.pstNumbers.map((p) => ({ province: p.province, number: p.number })),
          },
          placeOfSupply: place,
          date: todayIn(zone),
          lines: [
            ...i.items.map((l) => ({ amount: l.amount, kind: l.kind, category: l.category })),
            ...(deferred ? [{ amount: fromCents(deferred.cents), kind: deferred.kind }] : []),
          ],
        }
      : null;
  const quote = useQuery(DraftTaxQuery, { variables: { input: input! }, skip: !input || input.lines.length === 0, fetchPolicy: 'cache-first' });
  const shown = quote.data?.taxQuote ?? quote.previousData?.taxQuote;
  const withLine = deferred !== null;
  const taxes = shown?.taxes ?? i.taxLines;
  const total = shown?.total ?? i.total;
  return (
    <div className="tax-preview" aria-live="polite" aria-busy={quote.loading}>
      <p className="preview-title">
        {withLine ? 'With this line, issuing today would charge' : 'Issuing today would charge'} ({zoneLabel(zone)}):
      </p>
      <p className="preview-figures">
        {formatMoney(shown?.subtotal ?? i.subtotal)} before tax
        {taxes.map((t) => (
          <span key={`${t.tax}-${t.jurisdiction}`}>
            {' '}
            + {t.name} {formatMoney(t.amount)}
          </span>
        ))}{' '}
        = <strong>{formatMoney(total)}</strong>
        {withLine && !quote.loading && shown && <span className="muted"> ({formatCents(toCents(total) - toCents(i.total))} more than now)</span>}
      </p>
      {quote.error && <p className="hint">The live preview is not available just now; the draft’s totals above are current.</p>}
    </div>
  );
}

function DraftDetailsForm({ invoice: i, zone }: { invoice: InvoiceDetail; zone: string }) {
  const id = useId();
  const today = todayIn(zone);
  const term = Math.max(0, daysBetween(i.invoiceDate, i.dueDate));
  const [notes, setNotes] = useState(i.notes ?? '');
  const [dueDate, setDueDate] = useState(i.dueDate);
  const [problem, setProblem] = useState<{ field: 'notes' | 'dueDate'; message: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [update, { loading, error, reset }] = useMutation(UpdateInvoiceDraftMutation);
  const server = fieldErrorOf(error, { notes: 'Notes', dueDate: 'Due date' });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    setSaved(null);
    if (notes.length > 2000) return setProblem({ field: 'notes', message: `Notes are at most 2000 characters (${notes.length} now).` });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) return setProblem({ field: 'dueDate', message: 'Enter a due date.' });
    if (dueDate < today) return setProblem({ field: 'dueDate', message: `The due date must be today (${formatDay(today)}) or later.` });
    setProblem(null);
    const input: { notes?: string | null; dueDate?: string } = {};
    if (notes !== (i.notes ?? '')) input.notes = notes.trim() ? notes : null;
    if (dueDate !== i.dueDate) input.dueDate = dueDate;
    if (!Object.keys(input).length) return setSaved('Nothing to save: no change.');
    const { data } = await update({ variables: { invoiceId: i.id, input } }).catch(() => ({ data: undefined }));
    if (data) setSaved('Saved.');
  }

  const notesProblem = problem?.field === 'notes' ? problem.message : server?.field === 'notes' ? server.message : null;
  const dueProblem = problem?.field === 'dueDate' ? problem.message : server?.field === 'dueDate' ? server.message : null;
  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Notes and due date</h2>
      <div className="field">
        <label htmlFor={`${id}-notes`}>Notes (printed on the invoice)</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          aria-invalid={!!notesProblem}
          aria-describedby={notesProblem ? `${id}-notes-error` : undefined}
        />
        {notesProblem && (
          <p id={`${id}-notes-error`} className="field-error" role="alert">
            {notesProblem}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`}>Due date ({zoneLabel(zone)})</label>
        <input
          id={`${id}-due`}
          type="date"
          className="date-input"
          min={today}
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
          aria-invalid={!!dueProblem}
          aria-describedby={dueProblem ? `${id}-due-error` : `${id}-due-hint`}
        />
        {dueProblem ? (
          <p id={`${id}-due-error`} className="field-error" role="alert">
            {dueProblem}
          </p>
        ) : (
          <p id={`${id}-due-hint`} className="hint">
            {term === 0
              ? 'Issuing keeps it due on receipt: due the day it is issued.'
              : `Issuing keeps the term, ${term} days after the invoice date: due ${formatDay(addDays(today, term), { month: 'short', day: 'numeric', year: 'numeric' })} if issued today.`}
          </p>
        )}
      </div>
      {error && !server && <ErrorMessage error={error} title="The draft was not saved" />}
      <div className="actions">
        <button type="submit" disabled={loading}>
          {loading ? 'Saving…' : 'Save notes and due date'}
        </button>
      </div>
      <p role="status" className="muted">
        {saved}
      </p>
    </form>
  );
}

function IssueOrDelete({ invoice: i, pdf }: { invoice: InvoiceDetail; pdf: ReactNode }) {
  const id = useId();
  const navigate = useNavigate();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [issue, issuing] = useMutation(IssueInvoiceMutation, LISTS);
  const [remove, removing] = useMutation(DeleteDraftInvoiceMutation, {
    ...LISTS,
    update(cache, { data }) {
      if (data) cache.evict({ id: cache.identify({ __typename: 'Invoice', id: data.deleteDraftInvoice }) });
    },
  });
  const busy = issuing.loading || removing.loading;
  const billedTo = i.studio?.name ?? i.client?.displayName ?? 'the client';

  async function onIssue() {
    removing.reset();
    // The page says it was issued (the draft's actions give way to the issued invoice's).
    await issue({ variables: { id: i.id } }).catch(() => undefined);
  }

  async function onDelete() {
    issuing.reset();
    const { data } = await remove({ variables: { id: i.id } }).catch(() => ({ data: undefined }));
    if (data) navigate('/trainer/invoices', { state: { deleted: `The draft for ${billedTo} was deleted. Its sessions can be generated again.` } });
  }

  return (
    <section className="card issue-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Issue</h2>
      <p className="hint">
        Issuing gives the invoice the next number of your sequence, dates it today, and freezes it: after that, correct it with a credit note or void it.
        {i.items.length === 0 && ' This draft has no lines yet.'}
      </p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void onIssue()}>
          {issuing.loading ? 'Issuing…' : 'Issue invoice'}
        </button>
        {confirmDelete ? (
          <span className="confirm" role="group" aria-label="Delete this draft?">
            <button type="button" className="danger-button" disabled={busy} onClick={() => void onDelete()}>
              {removing.loading ? 'Deleting…' : 'Yes, delete draft'}
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="danger-button" disabled={busy} onClick={() => setConfirmDelete(true)}>
            Delete draft
          </button>
        )}
      </div>
      {issuing.error && <ErrorMessage error={issuing.error} title="The invoice was not issued" />}
      <div className="issue-preview">{pdf}</div>
      {removing.error && <ErrorMessage error={removing.error} title="The draft was not deleted" />}
    </section>
  );
}
