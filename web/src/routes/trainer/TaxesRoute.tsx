import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../__generated__';
import type { SalesTaxReturnKind, TaxesRouteQueryQuery, TaxRemittanceStatus } from '../../__generated__/graphql';
import { QuarterPicker, useQuarterParam } from '../../components/QuarterPicker';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { fieldProblemOf, type FieldProblem } from '../../lib/forms';
import { formatCents, formatMoney, toCents } from '../../lib/money';
import { periodLabel, quarterDays, quarterLabel, quarterOf, shiftQuarter } from '../../lib/quarters';
import { formatDay, zoneLabel } from '../../lib/time';
import '../../books.css';
import { useTrainerZone } from './useTrainerZone';

export const TaxReturnCard_return = graphql(`
  fragment TaxReturnCard_return on SalesTaxReturn {
    kind
    jurisdiction
    authority
    form
    registered
    registrationNumber
    lines {
      line
      description
      amount
    }
    netTax
  }
`);

const TaxesRouteQuery = graphql(`
  query TaxesRouteQuery($periodStart: LocalDate!, $periodEnd: LocalDate!) {
    taxReturn(periodStart: $periodStart, periodEnd: $periodEnd) {
      periodStart
      periodEnd
      gstHst {
        kind
        ...TaxReturnCard_return
      }
      qst {
        kind
        ...TaxReturnCard_return
      }
      provincialSalesTaxes {
        kind
        ...TaxReturnCard_return
      }
      invoiceCount
      creditNoteCount
      expenseCount
      notices {
        code
        message
      }
    }
    me {
      id
      trainer {
        id
        taxRemittances {
          id
          kind
          periodStart
          periodEnd
          netTaxOwing
          status
          reference
          filedOn
          paidOn
        }
      }
    }
  }
`);

const SaveTaxReturnMutation = graphql(`
  mutation SaveTaxReturnMutation($periodStart: LocalDate!, $periodEnd: LocalDate!) {
    saveTaxReturn(periodStart: $periodStart, periodEnd: $periodEnd) {
      id
      kind
      status
    }
  }
`);

const MarkTaxReturnFiledMutation = graphql(`
  mutation MarkTaxReturnFiledMutation($id: ID!, $reference: String!, $filedOn: LocalDate!) {
    markTaxReturnFiled(id: $id, reference: $reference, filedOn: $filedOn) {
      id
      status
      reference
      filedOn
    }
  }
`);

const MarkTaxReturnPaidMutation = graphql(`
  mutation MarkTaxReturnPaidMutation($id: ID!, $paidOn: LocalDate!) {
    markTaxReturnPaid(id: $id, paidOn: $paidOn) {
      id
      status
      paidOn
    }
  }
`);

type Remittance = NonNullable<TaxesRouteQueryQuery['me']['trainer']>['taxRemittances'][number];

/** Each return as people name it. */
const KIND_WORDS: Record<SalesTaxReturnKind, string> = {
  GST_HST: 'GST/HST return',
  QST: 'QST return',
  BC_PST: 'British Columbia PST return',
  SK_PST: 'Saskatchewan PST return',
  MB_RST: 'Manitoba RST return',
};
const STATUS_WORDS: Record<TaxRemittanceStatus, string> = { CALCULATED: 'Ready to file', FILED: 'Filed', PAID: 'Paid' };
const STATUS_BADGE: Record<TaxRemittanceStatus, string> = { CALCULATED: 'badge', FILED: 'badge badge-sent', PAID: 'badge badge-paid' };
const REFRESH = { refetchQueries: ['TaxesRouteQuery'], awaitRefetchQueries: true };

const longDay = (day: string) => formatDay(day, { month: 'short', day: 'numeric', year: 'numeric' });
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** "$123.45 to pay", "$12.00 refund due", "Nothing to pay". */
function netWords(amount: string): string {
  const cents = toCents(amount);
  if (cents === 0n) return 'Nothing to pay';
  return cents > 0n ? `${formatCents(cents)} to pay` : `${formatCents(-cents)} refund due`;
}

/**
 * A quarter's sales taxes (docs/remittance.md): the GST/HST return worksheet (lines 101–109), the QST
 * return for a QST registrant, PST/RST by province — computed by the API from the quarter's issued
 * invoices, credit notes and expenses. "Save return" keeps the figures; the trainer files the return
 * with the tax authority and records it here ("Mark filed"), then its payment ("Mark paid").
 */
export function TaxesRoute() {
  const zone = useTrainerZone();
  const today = zone.home?.today ?? '';
  // Last quarter by default: the one whose return is due now.
  const [quarter, setQuarter] = useQuarterParam(shiftQuarter(quarterOf(today || '2000-01-01'), -1));
  const { start, end } = quarterDays(quarter);
  const { data, loading, error, refetch } = useQuery(TaxesRouteQuery, { variables: { periodStart: start, periodEnd: end }, skip: !zone.home });
  const [save, saving] = useMutation(SaveTaxReturnMutation, REFRESH);
  const [saved, setSaved] = useState('');
  const [stepped, setStepped] = useState('');

  async function onSave() {
    setSaved('');
    const done = await save({ variables: { periodStart: start, periodEnd: end } }).catch(() => null);
    const returns = done?.data?.saveTaxReturn ?? [];
    if (returns.length)
      setSaved(`Saved for ${quarterLabel(quarter)}: ${returns.map((r) => KIND_WORDS[r.kind]).join(', ')}. File it, then mark it filed below.`);
  }

  const head = (
    <>
      <h1>Taxes</h1>
      <p className="lede">
        Your sales-tax return for a quarter, worked out from the invoices you issued and the expenses you recorded in it. You file the return with the tax
        authority; FitFlow keeps the figures and what you filed.{zone.home && ` Days are in ${zoneLabel(zone.home.zone)}.`}
      </p>
    </>
  );
  if (!data || !zone.home) {
    return (
      <>
        {head}
        {zone.loading || loading ? (
          <Loading label="Working out your return…" />
        ) : (
          <ErrorMessage error={zone.error ?? error} onRetry={() => (zone.error ? zone.refetch() : void refetch())} />
        )}
      </>
    );
  }
  const worksheet = data.taxReturn;
  const returns = [worksheet.gstHst, ...(worksheet.qst ? [worksheet.qst] : []), ...worksheet.provincialSalesTaxes];
  const remittances = data.me.trainer?.taxRemittances ?? [];

  return (
    <>
      {head}
      <section aria-labelledby="worksheet-title">
        <div className="page-head">
          <h2 id="worksheet-title">Worksheet, {quarterLabel(quarter)}</h2>
          <QuarterPicker
            value={quarter}
            today={today}
            onChange={(q) => {
              setSaved('');
              setQuarter(q);
            }}
          />
        </div>
        {error && <ErrorMessage error={error} title="Could not refresh" onRetry={() => void refetch()} />}
        <p className="muted">
          From {plural(worksheet.invoiceCount, 'issued invoice')}, {plural(worksheet.creditNoteCount, 'credit note')} and{' '}
          {plural(worksheet.expenseCount, 'expense')} dated {periodLabel(worksheet.periodStart, worksheet.periodEnd)}. Drafts and void invoices do not count.
        </p>
        {worksheet.notices.map((n) => (
          <p key={n.code} className="notice">
            {n.message}
          </p>
        ))}
        <div className="grid grid-2">
          {returns.map((r) => (
            <TaxReturnCard key={r.kind} taxReturn={r} />
          ))}
        </div>
        <div className="actions save-return">
          <button type="button" className="primary" disabled={saving.loading} onClick={() => void onSave()}>
            {saving.loading ? 'Saving…' : 'Save return'}
          </button>
          <span className="muted">Keeps these figures, ready to file. Saving again updates a return not filed yet.</span>
        </div>
        {saving.error && <ErrorMessage error={saving.error} title="The return was not saved" />}
        <p role="status" className={saved ? 'notice success' : 'sr-only'}>
          {saved}
        </p>
      </section>
      <section aria-labelledby="saved-title" className="saved-returns">
        <h2 id="saved-title">Saved returns</h2>
        <p role="status" className={stepped ? 'notice success' : 'sr-only'}>
          {stepped}
        </p>
        {remittances.length === 0 ? (
          <Empty>No returns saved yet. Save a quarter’s worksheet to keep track of filing and paying it.</Empty>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Saved returns, latest period first">
            <table>
              <caption className="sr-only">Saved returns, latest period first</caption>
              <thead>
                <tr>
                  <th scope="col">Return</th>
                  <th scope="col">Period</th>
                  <th scope="col" className="num">
                    Net tax
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {remittances.map((r) => (
                  <RemittanceRow
                    key={r.id}
                    remittance={r}
                    today={today}
                    onStep={(words) => {
                      setStepped(words);
                      if (words) setSaved('');
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** One return of the worksheet: its form, registration and lines, the net tax last. */
function TaxReturnCard(props: { taxReturn: FragmentType<typeof TaxReturnCard_return> }) {
  const r = getFragmentData(TaxReturnCard_return, props.taxReturn);
  const titleId = useId();
  return (
    <section className="card tax-return" aria-labelledby={titleId}>
      <h3 id={titleId}>{KIND_WORDS[r.kind]}</h3>
      <p className="muted">
        {r.form} · {r.authority}
        <br />
        {r.registrationNumber ? `Registration ${r.registrationNumber}` : r.registered ? 'Registered (no number on file)' : 'Not registered'}
      </p>
      <table className="return-lines">
        <caption className="sr-only">{KIND_WORDS[r.kind]} lines (CAD)</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">What it holds</th>
            <th scope="col" className="num">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {r.lines.map((l) => (
            <tr key={l.line}>
              <td>{/^\d+$/.test(l.line) ? l.line : ''}</td>
              <th scope="row">{l.description}</th>
              <td className="num">{formatMoney(l.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="net-tax">
        <strong>{netWords(r.netTax)}</strong>
      </p>
    </section>
  );
}

/** A saved return: its status, and the next step (mark filed, then mark paid). */
function RemittanceRow({ remittance: r, today, onStep }: { remittance: Remittance; today: string; onStep(words: string): void }) {
  const [open, setOpen] = useState(false);
  const name = `${KIND_WORDS[r.kind]} for ${periodLabel(r.periodStart, r.periodEnd)}`;
  return (
    <>
      <tr>
        <th scope="row">{KIND_WORDS[r.kind]}</th>
        <td>{periodLabel(r.periodStart, r.periodEnd)}</td>
        <td className="num">{netWords(r.netTaxOwing)}</td>
        <td>
          <span className={STATUS_BADGE[r.status]}>{STATUS_WORDS[r.status]}</span>
          {r.filedOn && (
            <div className="muted">
              Filed {longDay(r.filedOn)}
              {r.reference && `, confirmation ${r.reference}`}
            </div>
          )}
          {r.paidOn && <div className="muted">Paid {longDay(r.paidOn)}</div>}
        </td>
        <td>
          {r.status !== 'PAID' && (
            <button
              type="button"
              aria-expanded={open}
              aria-label={`${r.status === 'CALCULATED' ? 'Mark filed' : 'Mark paid'}: ${name}`}
              onClick={() => {
                setOpen(!open);
                onStep('');
              }}
            >
              {r.status === 'CALCULATED' ? 'Mark filed' : 'Mark paid'}
            </button>
          )}
        </td>
      </tr>
      {open && r.status !== 'PAID' && (
        <tr>
          <td colSpan={5}>
            <RemittanceStepForm
              remittance={r}
              name={name}
              today={today}
              onDone={(words) => {
                setOpen(false);
                onStep(`${name} ${words}`);
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}

/** "Mark filed" (confirmation number and day) for a return ready to file; "Mark paid" (day) for a filed one. */
function RemittanceStepForm({ remittance: r, name, today, onDone }: { remittance: Remittance; name: string; today: string; onDone(words: string): void }) {
  const id = useId();
  const filing = r.status === 'CALCULATED';
  const [reference, setReference] = useState('');
  const [day, setDay] = useState(today);
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [markFiled, filed] = useMutation(MarkTaxReturnFiledMutation, REFRESH);
  const [markPaid, paid] = useMutation(MarkTaxReturnPaidMutation, REFRESH);
  const busy = filed.loading || paid.loading;
  const failure = filed.error ?? paid.error;
  const labels = { reference: 'the confirmation number', filedOn: 'the day filed', paidOn: 'the day paid' };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      setProblem({ field: filing ? 'filedOn' : 'paidOn', message: 'Enter the day.' });
      return;
    }
    try {
      if (filing) {
        await markFiled({ variables: { id: r.id, reference, filedOn: day } });
        onDone(`marked filed on ${longDay(day)}.`);
      } else {
        await markPaid({ variables: { id: r.id, paidOn: day } });
        onDone(`marked paid on ${longDay(day)}.`);
      }
    } catch (error) {
      setProblem(fieldProblemOf(error, labels));
    }
  }
  const dayField = filing ? 'filedOn' : 'paidOn';
  const invalid = (field: string) => problem?.field === field;
  const message = (field: string) =>
    invalid(field) && (
      <p id={`${id}-${field}-error`} className="field-error">
        {problem!.message}
      </p>
    );

  return (
    <form className="inline-form form" onSubmit={onSubmit} noValidate aria-label={`${filing ? 'Mark filed' : 'Mark paid'}: ${name}`}>
      {filing && (
        <div className="field">
          <label htmlFor={`${id}-reference`}>Confirmation number</label>
          <input
            id={`${id}-reference`}
            value={reference}
            maxLength={255}
            onChange={(e) => setReference(e.target.value)}
            aria-invalid={invalid('reference')}
            aria-describedby={invalid('reference') ? `${id}-reference-error` : undefined}
          />
          {message('reference')}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-${dayField}`}>{filing ? 'Filed on' : 'Paid on'}</label>
        <input
          id={`${id}-${dayField}`}
          type="date"
          className="date-input"
          value={day}
          max={today}
          onChange={(e) => setDay(e.target.value)}
          aria-invalid={invalid(dayField)}
          aria-describedby={invalid(dayField) ? `${id}-${dayField}-error` : undefined}
        />
        {message(dayField)}
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Saving…' : filing ? 'Mark filed' : 'Mark paid'}
      </button>
      {failure && !problem && <ErrorMessage error={failure} title={filing ? 'Not marked filed' : 'Not marked paid'} />}
    </form>
  );
}
