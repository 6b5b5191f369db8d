import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../__generated__';
import type { SupplyKind } from '../../__generated__/graphql';
import { InvoiceStatusBadge } from '../../components/InvoiceStatusBadge';
import { ErrorMessage } from '../../components/StateViews';
import { fieldErrorOf, parseMoneyInput } from '../../lib/invoices';
import { formatCents, formatMoney, toCents } from '../../lib/money';
import { formatDay } from '../../lib/time';
import type { InvoiceDetail } from './InvoiceFragment';

const VoidInvoiceMutation = graphql(`
  mutation VoidInvoiceMutation($id: ID!, $reason: String!) {
    voidInvoice(id: $id, reason: $reason) {
      id
      ...InvoiceRoute_invoice
    }
  }
`);

const CreateCreditNoteMutation = graphql(`
  mutation CreateCreditNoteMutation($invoiceId: ID!, $input: CreditNoteInput!) {
    createCreditNote(invoiceId: $invoiceId, input: $input) {
      id
      invoiceNumber
      total
    }
  }
`);

const REFRESH = { refetchQueries: ['InvoiceRouteQuery', 'InvoicesRouteQuery', 'InvoicesRevenueQuery'], awaitRefetchQueries: true };

/**
 * Correcting an issued invoice, which is never edited (docs/invoices.md, "Void or credit"): void it
 * (with a reason; the API refuses once money was paid or credited, and says why) or issue a credit
 * note (lines and a reason); the credit notes issued so far are listed.
 */
export function InvoiceCorrections({ invoice: i }: { invoice: InvoiceDetail }) {
  const id = useId();
  const [open, setOpen] = useState<'void' | 'credit' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const isVoid = i.status === 'VOID';
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Corrections</h2>
      {i.creditNotes.length > 0 && (
        <>
          <h3 id={`${id}-credits`}>Credit notes</h3>
          <ul className="plain-list" aria-labelledby={`${id}-credits`}>
            {i.creditNotes.map((c) => (
              <li key={c.id} className="credit-note-row">
                <Link to={`/trainer/invoices/${c.id}`}>{c.invoiceNumber ?? 'Draft credit note'}</Link>{' '}
                <span className="muted">{formatDay(c.invoiceDate, { month: 'short', day: 'numeric', year: 'numeric' })}</span> · {formatMoney(c.total)}{' '}
                <InvoiceStatusBadge status={c.status} />
              </li>
            ))}
          </ul>
        </>
      )}
      {isVoid ? (
        <p className="muted">A void invoice is not corrected further.</p>
      ) : (
        <>
          <p className="hint">
            An issued invoice is never edited. Void it if it should not have been issued (only before any payment), or credit part or all of it.
          </p>
          <div className="actions">
            <button type="button" aria-expanded={open === 'void'} onClick={() => (setDone(null), setOpen(open === 'void' ? null : 'void'))}>
              Void invoice
            </button>
            <button type="button" aria-expanded={open === 'credit'} onClick={() => (setDone(null), setOpen(open === 'credit' ? null : 'credit'))}>
              Create credit note
            </button>
          </div>
          {open === 'void' && <VoidForm invoice={i} onDone={(message) => (setOpen(null), setDone(message))} />}
          {open === 'credit' && <CreditNoteForm invoice={i} onDone={(message) => (setOpen(null), setDone(message))} />}
        </>
      )}
      <p role="status" className="muted">
        {done}
      </p>
    </section>
  );
}

function VoidForm({ invoice: i, onDone }: { invoice: InvoiceDetail; onDone(message: string): void }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [voidInvoice, { loading, error, reset }] = useMutation(VoidInvoiceMutation, REFRESH);
  const server = fieldErrorOf(error, { reason: 'Reason' });
  const shown = problem ?? server?.message ?? null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    if (!reason.trim()) return setProblem('Say why the invoice is void, e.g. “Billed to the wrong studio”.');
    setProblem(null);
    const { data } = await voidInvoice({ variables: { id: i.id, reason: reason.trim() } }).catch(() => ({ data: undefined }));
    if (data) onDone(`${i.invoiceNumber} is void. It keeps its number; its sessions can be generated onto a new invoice.`);
  }

  return (
    <form className="form correction-form" onSubmit={onSubmit} noValidate aria-label="Void invoice">
      <div className="field">
        <label htmlFor={`${id}-reason`}>Why is it void? (kept with the invoice)</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={!!shown}
          aria-describedby={shown ? `${id}-reason-error` : undefined}
        />
        {shown && (
          <p id={`${id}-reason-error`} className="field-error" role="alert">
            {shown}
          </p>
        )}
      </div>
      {error && !server && <ErrorMessage error={error} title="The invoice was not voided" />}
      <div className="actions">
        <button type="submit" className="danger-button" disabled={loading}>
          {loading ? 'Voiding…' : `Void ${i.invoiceNumber}`}
        </button>
      </div>
    </form>
  );
}

interface CreditLine {
  key: number;
  description: string;
  amount: string;
  kind: SupplyKind;
  category: string | null;
}

function CreditNoteForm({ invoice: i, onDone }: { invoice: InvoiceDetail; onDone(message: string): void }) {
  const id = useId();
  const [lines, setLines] = useState<CreditLine[]>([{ key: 0, description: '', amount: '', kind: 'SERVICE', category: null }]);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [create, { loading, error, reset }] = useMutation(CreateCreditNoteMutation, REFRESH);
  const labels = Object.fromEntries([
    ['reason', 'Reason'],
    ...lines.flatMap((_, n) => [
      [`lines[${n}].description`, `Line ${n + 1}’s description`],
      [`lines[${n}].amount`, `Line ${n + 1}’s amount`],
    ]),
  ]) as Record<string, string>;
  const server = fieldErrorOf(error, labels);
  const credited = i.creditNotes.filter((c) => c.status !== 'VOID' && c.status !== 'DRAFT').reduce((sum, c) => sum + toCents(c.total), 0n);
  const left = toCents(i.total) - credited;
  const next = Math.max(0, ...lines.map((l) => l.key)) + 1;

  const update = (key: number, change: Partial<CreditLine>) => setLines((all) => all.map((l) => (l.key === key ? { ...l, ...change } : l)));
  function copyLine(itemId: string) {
    const item = i.items.find((it) => it.id === itemId);
    if (!item) return;
    const blank = lines.length === 1 && !lines[0].description && !lines[0].amount;
    const line = { key: next, description: item.description, amount: item.amount, kind: item.kind, category: item.category };
    setLines(blank ? [line] : [...lines, line]);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    const found: Record<string, string> = {};
    const parsed = lines.map((l) => {
      const amount = parseMoneyInput(l.amount);
      if (!l.description.trim()) found[`${l.key}.description`] = 'Say what is credited.';
      if (!amount.ok) found[`${l.key}.amount`] = amount.problem;
      return { description: l.description.trim(), amount: amount.ok ? amount.value : '0', kind: l.kind, category: l.category };
    });
    if (!reason.trim()) found.reason = 'Say why the invoice is credited (printed on the credit note).';
    setProblems(found);
    if (Object.keys(found).length) return;
    const { data } = await create({ variables: { invoiceId: i.id, input: { lines: parsed, reason: reason.trim() } } }).catch(() => ({ data: undefined }));
    if (data) onDone(`Credit note ${data.createCreditNote.invoiceNumber ?? ''} issued for ${formatMoney(data.createCreditNote.total)} (with tax).`);
  }

  // The API names lines[i].description / lines[i].amount (or lines as a whole).
  const problemOf = (key: number, index: number, field: 'description' | 'amount') =>
    problems[`${key}.${field}`] ?? (server?.field === `lines[${index}].${field}` ? server.message : undefined);

  const reasonProblem = problems.reason ?? (server?.field === 'reason' ? server.message : undefined);

  return (
    <form className="form correction-form" onSubmit={onSubmit} noValidate aria-label="Create credit note">
      <p className="hint">
        Amounts are before tax; the credit note bears the taxes the invoice bore, at its rates. Up to {formatCents(left)} (with tax) is left to credit.
      </p>
      <div className="field">
        <label htmlFor={`${id}-copy`}>Credit a line of the invoice</label>
        <select id={`${id}-copy`} value="" onChange={(e) => copyLine(e.target.value)}>
          <option value="">Choose a line to copy…</option>
          {i.items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.description} — {formatMoney(item.amount)}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>Lines credited</legend>
        {lines.map((line, index) => {
          const descriptionProblem = problemOf(line.key, index, 'description');
          const amountProblem = problemOf(line.key, index, 'amount');
          return (
            <div className="credit-line" key={line.key} role="group" aria-label={`Line ${index + 1}`}>
              <div className="field credit-description">
                <label htmlFor={`${id}-${line.key}-description`}>Description</label>
                <input
                  id={`${id}-${line.key}-description`}
                  type="text"
                  maxLength={500}
                  value={line.description}
                  onChange={(e) => update(line.key, { description: e.target.value })}
                  aria-invalid={!!descriptionProblem}
                  aria-describedby={descriptionProblem ? `${id}-${line.key}-description-error` : undefined}
                />
                {descriptionProblem && (
                  <p id={`${id}-${line.key}-description-error`} className="field-error" role="alert">
                    {descriptionProblem}
                  </p>
                )}
              </div>
              <div className="field">
                <label htmlFor={`${id}-${line.key}-amount`}>Amount (CAD, before tax)</label>
                <input
                  id={`${id}-${line.key}-amount`}
                  type="text"
                  inputMode="decimal"
                  value={line.amount}
                  onChange={(e) => update(line.key, { amount: e.target.value })}
                  aria-invalid={!!amountProblem}
                  aria-describedby={amountProblem ? `${id}-${line.key}-amount-error` : undefined}
                />
                {amountProblem && (
                  <p id={`${id}-${line.key}-amount-error`} className="field-error" role="alert">
                    {amountProblem}
                  </p>
                )}
              </div>
              <div className="field">
                <label htmlFor={`${id}-${line.key}-kind`}>Kind</label>
                <select id={`${id}-${line.key}-kind`} value={line.kind} onChange={(e) => update(line.key, { kind: e.target.value as SupplyKind })}>
                  <option value="SERVICE">Service</option>
                  <option value="GOODS">Goods</option>
                </select>
              </div>
              {lines.length > 1 && (
                <button
                  type="button"
                  className="small-button"
                  aria-label={`Remove line ${index + 1}`}
                  onClick={() => setLines(lines.filter((l) => l.key !== line.key))}
                >
                  Remove
                </button>
              )}
            </div>
          );
        })}
        <button type="button" onClick={() => setLines([...lines, { key: next, description: '', amount: '', kind: 'SERVICE', category: null }])}>
          Add another line
        </button>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason (printed on the credit note)</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={!!reasonProblem}
          aria-describedby={reasonProblem ? `${id}-reason-error` : undefined}
        />
        {reasonProblem && (
          <p id={`${id}-reason-error`} className="field-error" role="alert">
            {reasonProblem}
          </p>
        )}
      </div>
      {error && !server && <ErrorMessage error={error} title="No credit note was issued" />}
      <div className="actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Issuing…' : 'Issue credit note'}
        </button>
      </div>
    </form>
  );
}
