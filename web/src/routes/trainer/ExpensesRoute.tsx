import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__';
import type { ExpenseCategory, ExpensesRouteQueryQuery, Province } from '../../__generated__/graphql';
import { QuarterPicker, useQuarterParam } from '../../components/QuarterPicker';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { PROVINCE_NAMES, PROVINCES } from '../../lib/canada';
import { fieldProblemOf, moneyInput, type FieldProblem } from '../../lib/forms';
import { formatCents, formatMoney, toCents } from '../../lib/money';
import { quarterDays, quarterLabel, quarterOf } from '../../lib/quarters';
import { formatDay, zoneLabel } from '../../lib/time';
import '../../books.css';
import { useTrainerZone } from './useTrainerZone';

const ExpensesRouteQuery = graphql(`
  query ExpensesRouteQuery($from: LocalDate!, $to: LocalDate!) {
    me {
      id
      trainer {
        id
        billingProfile {
          address {
            province
          }
        }
        expenses(first: 100, from: $from, to: $to) {
          edges {
            node {
              id
              expenseDate
              vendor
              description
              category
              amountBeforeTax
              gstHstPaid
              qstPaid
              pstPaid
              total
              province
              receiptReference
              itcEligible
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

const RecordExpenseMutation = graphql(`
  mutation RecordExpenseMutation($input: RecordExpenseInput!) {
    recordExpense(input: $input) {
      id
      expenseDate
    }
  }
`);

const CorrectExpenseMutation = graphql(`
  mutation CorrectExpenseMutation($id: ID!, $input: ExpenseInput!) {
    correctExpense(id: $id, input: $input) {
      id
      expenseDate
      vendor
      description
      category
      amountBeforeTax
      gstHstPaid
      qstPaid
      pstPaid
      total
      province
      receiptReference
      itcEligible
    }
  }
`);

type Expense = NonNullable<ExpensesRouteQueryQuery['me']['trainer']>['expenses']['edges'][number]['node'];

/** The API's expense categories, as the schema describes them. */
const CATEGORY_WORDS: Record<ExpenseCategory, string> = {
  EQUIPMENT: 'Equipment',
  SUPPLIES: 'Supplies',
  TRAVEL: 'Travel',
  RENT: 'Studio or room rental',
  EDUCATION: 'Courses and certifications',
  MARKETING: 'Advertising and marketing',
  SOFTWARE: 'Software and subscriptions',
  INSURANCE: 'Insurance',
  OTHER: 'Other',
};

/** The API's field names as this form labels them, for its messages (lib/forms.ts `withLabels`). */
const LABELS: Record<string, string> = {
  expenseDate: 'the date',
  vendor: 'the vendor',
  description: 'the description',
  category: 'the category',
  province: 'the province',
  amountBeforeTax: 'the amount before tax',
  gstHstPaid: 'GST/HST paid',
  qstPaid: 'QST paid',
  pstPaid: 'PST/RST paid',
  receiptReference: 'the receipt number',
};

interface Values {
  expenseDate: string;
  vendor: string;
  description: string;
  category: ExpenseCategory;
  province: Province;
  amountBeforeTax: string;
  gstHstPaid: string;
  qstPaid: string;
  pstPaid: string;
  receiptReference: string;
  itcEligible: boolean;
}
type Field = Exclude<keyof Values, 'itcEligible'>;
const AMOUNTS = ['amountBeforeTax', 'gstHstPaid', 'qstPaid', 'pstPaid'] as const;

const hasQst = (p: Province) => p === 'QC';
const hasPst = (p: Province) => p === 'BC' || p === 'SK' || p === 'MB';

const valuesOf = (e: Expense | null, today: string, province: Province): Values => ({
  expenseDate: e?.expenseDate ?? today,
  vendor: e?.vendor ?? '',
  description: e?.description ?? '',
  category: e?.category ?? 'EQUIPMENT',
  province: e?.province ?? province,
  amountBeforeTax: e?.amountBeforeTax ?? '',
  gstHstPaid: e?.gstHstPaid ?? '',
  qstPaid: e?.qstPaid ?? '',
  pstPaid: e?.pstPaid ?? '',
  receiptReference: e?.receiptReference ?? '',
  itcEligible: e?.itcEligible ?? true,
});

/**
 * What the form checks before asking: only what the API could not say in words (an amount it cannot
 * read, a missing date). Everything else — blank text, a tax above its highest rate, QST outside
 * Québec, a future date — is the API's to refuse, and its message is shown beside the field.
 */
function readableProblems(v: Values): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.expenseDate)) problems.expenseDate = 'Enter the day on the receipt.';
  for (const field of AMOUNTS) {
    const optional = field !== 'amountBeforeTax';
    if (optional && !v[field].trim()) continue;
    if (moneyInput(v[field]) === null) problems[field] = 'Enter an amount in dollars, like 120 or 120.50.';
  }
  return problems;
}

/** The amounts a person means: blank optional taxes are 0, and a tax the province does not levy is not sent. */
function amountsOf(v: Values) {
  const amount = (text: string) => (text.trim() ? moneyInput(text) : '0.00');
  return {
    amountBeforeTax: moneyInput(v.amountBeforeTax),
    gstHstPaid: amount(v.gstHstPaid),
    qstPaid: hasQst(v.province) ? amount(v.qstPaid) : '0.00',
    pstPaid: hasPst(v.province) ? amount(v.pstPaid) : '0.00',
  };
}

/** What was paid, as typed so far (cents; null until every amount reads). */
function totalOf(v: Values): bigint | null {
  const amounts = Object.values(amountsOf(v));
  return amounts.every((a) => a !== null) ? amounts.reduce((sum, a) => sum + toCents(a!), 0n) : null;
}

const longDay = (day: string) => formatDay(day, { month: 'short', day: 'numeric', year: 'numeric' });

/**
 * The trainer's business expenses and the sales taxes paid on them (docs/remittance.md, Expenses): record
 * one, list a quarter's, correct one (expenses are kept, never deleted). The GST/HST and QST of those
 * bought for the business are claimed back on the quarter's return (Taxes).
 */
export function ExpensesRoute() {
  const zone = useTrainerZone();
  const today = zone.home?.today ?? '';
  const [quarter, setQuarter] = useQuarterParam(quarterOf(today || '2000-01-01'));
  const { start, end } = quarterDays(quarter);
  const { data, loading, error, refetch } = useQuery(ExpensesRouteQuery, { variables: { from: start, to: end }, skip: !zone.home });
  const [recording, setRecording] = useState(false);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const trainer = data?.me.trainer;
  const homeProvince = trainer?.billingProfile?.address?.province ?? 'ON';
  const expenses = trainer?.expenses.edges.map((e) => e.node) ?? [];
  const sum = (pick: (e: Expense) => string, of = expenses) => of.reduce((total, e) => total + toCents(pick(e)), 0n);
  const claimable = expenses.filter((e) => e.itcEligible);

  return (
    <>
      <div className="page-head">
        <h1>Expenses</h1>
        {zone.home && trainer && (
          <button
            type="button"
            className="primary"
            aria-expanded={recording}
            onClick={() => {
              setRecording(!recording);
              setAnnouncement('');
            }}
          >
            Record an expense
          </button>
        )}
      </div>
      <p className="lede">
        What you bought for your business and the sales taxes you paid on it. The GST/HST (and QST) on these purchases is claimed back on your tax return.
        {zone.home && ` Dates are days in ${zoneLabel(zone.home.zone)}.`}
      </p>
      <p role="status" className={announcement ? 'notice success' : 'sr-only'}>
        {announcement}
      </p>
      {recording && zone.home && trainer && (
        <ExpenseForm
          expense={null}
          today={today}
          province={homeProvince}
          onDone={(saved) => {
            setRecording(false);
            if (!saved) return;
            setAnnouncement(`Expense recorded (${longDay(saved)}).`);
            // Show the quarter it went into.
            setQuarter(quarterOf(saved));
          }}
        />
      )}
      {!data || !zone.home ? (
        zone.loading || loading ? (
          <Loading label="Loading your expenses…" />
        ) : (
          <ErrorMessage error={zone.error ?? error} onRetry={() => (zone.error ? zone.refetch() : void refetch())} />
        )
      ) : !trainer ? (
        <Empty>Your account has no trainer profile.</Empty>
      ) : (
        <section aria-labelledby="expenses-title">
          <div className="page-head">
            <h2 id="expenses-title">{quarterLabel(quarter)}</h2>
            <QuarterPicker value={quarter} today={today} onChange={setQuarter} />
          </div>
          {error && <ErrorMessage error={error} title="Could not refresh" onRetry={() => void refetch()} />}
          {trainer.expenses.pageInfo.hasNextPage && <p className="notice">Showing the 100 newest expenses of this quarter.</p>}
          {expenses.length === 0 ? (
            <Empty>No expenses recorded in this quarter.</Empty>
          ) : (
            <>
              <dl className="stats">
                <div>
                  <dt>Spent</dt>
                  <dd>{formatCents(sum((e) => e.total))}</dd>
                </div>
                <div>
                  <dt>GST/HST to claim</dt>
                  <dd>{formatCents(sum((e) => e.gstHstPaid, claimable))}</dd>
                </div>
                {expenses.some((e) => toCents(e.qstPaid) > 0n) && (
                  <div>
                    <dt>QST to claim</dt>
                    <dd>{formatCents(sum((e) => e.qstPaid, claimable))}</dd>
                  </div>
                )}
              </dl>
              <div className="table-scroll" tabIndex={0} role="region" aria-label="Expenses of the quarter">
                <table className="expenses">
                  <caption className="sr-only">Expenses, {quarterLabel(quarter)}, newest first (CAD)</caption>
                  <thead>
                    <tr>
                      <th scope="col">Date</th>
                      <th scope="col">Expense</th>
                      <th scope="col">Province</th>
                      <th scope="col" className="num">
                        Before tax
                      </th>
                      <th scope="col" className="num">
                        GST/HST
                      </th>
                      <th scope="col" className="num">
                        QST
                      </th>
                      <th scope="col" className="num">
                        PST/RST
                      </th>
                      <th scope="col" className="num">
                        Total
                      </th>
                      <th scope="col">Claim back</th>
                      <th scope="col">
                        <span className="sr-only">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {expenses.map((e) => (
                      <tr key={e.id}>
                        <td className="nowrap">{longDay(e.expenseDate)}</td>
                        <th scope="row">
                          {e.vendor}
                          <div className="muted">
                            {CATEGORY_WORDS[e.category]} · {e.description}
                            {e.receiptReference && ` · receipt ${e.receiptReference}`}
                          </div>
                        </th>
                        <td>{e.province}</td>
                        <td className="num">{formatMoney(e.amountBeforeTax)}</td>
                        <td className="num">{formatMoney(e.gstHstPaid)}</td>
                        <td className="num">{formatMoney(e.qstPaid)}</td>
                        <td className="num">{formatMoney(e.pstPaid)}</td>
                        <td className="num">{formatMoney(e.total)}</td>
                        <td>{e.itcEligible ? 'Yes' : 'No'}</td>
                        <td>
                          <button
                            type="button"
                            aria-label={`Correct ${e.vendor}, ${longDay(e.expenseDate)}`}
                            aria-expanded={correcting === e.id}
                            onClick={() => {
                              setCorrecting(correcting === e.id ? null : e.id);
                              setAnnouncement('');
                            }}
                          >
                            Correct
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row" colSpan={3}>
                        Total
                      </th>
                      <td className="num">{formatCents(sum((e) => e.amountBeforeTax))}</td>
                      <td className="num">{formatCents(sum((e) => e.gstHstPaid))}</td>
                      <td className="num">{formatCents(sum((e) => e.qstPaid))}</td>
                      <td className="num">{formatCents(sum((e) => e.pstPaid))}</td>
                      <td className="num">{formatCents(sum((e) => e.total))}</td>
                      <td colSpan={2} />
                    </tr>
                  </tfoot>
                </table>
              </div>
              {expenses
                .filter((e) => e.id === correcting)
                .map((e) => (
                  <ExpenseForm
                    key={e.id}
                    expense={e}
                    today={today}
                    province={homeProvince}
                    onDone={(saved) => {
                      setCorrecting(null);
                      if (saved) setAnnouncement(`Expense from ${e.vendor} corrected.`);
                    }}
                  />
                ))}
            </>
          )}
        </section>
      )}
    </>
  );
}

/**
 * Records a new expense (`expense` null) or corrects one. Shows the total as it is typed, and each
 * refusal of the API beside the field it names, in the form's own words for the field.
 * `onDone(day)`: the saved expense's date, or null when cancelled.
 */
function ExpenseForm({ expense, today, province, onDone }: { expense: Expense | null; today: string; province: Province; onDone(saved: string | null): void }) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(() => valuesOf(expense, today, province));
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [apiProblem, setApiProblem] = useState<FieldProblem | null>(null);
  const refresh = { refetchQueries: ['ExpensesRouteQuery', 'TaxesRouteQuery'], awaitRefetchQueries: true };
  const [record, recorded] = useMutation(RecordExpenseMutation, refresh);
  const [correct, corrected] = useMutation(CorrectExpenseMutation, refresh);
  const busy = recorded.loading || corrected.loading;
  const failure = recorded.error ?? corrected.error;
  const total = totalOf(values);

  // The field the API refused gets the focus, so its message is read out.
  useEffect(() => {
    if (apiProblem) form.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-${apiProblem.field}`)}`)?.focus();
  }, [apiProblem, id]);

  const set = (key: keyof Values) => (e: { target: { value: string; checked?: boolean; type?: string } }) => {
    const value = e.target.type === 'checkbox' ? !!e.target.checked : e.target.value;
    setValues((v) => ({ ...v, [key]: value }));
    setProblems((p) => ({ ...p, [key]: undefined }));
    if (apiProblem?.field === key) setApiProblem(null);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = readableProblems(values);
    setProblems(found);
    setApiProblem(null);
    if (Object.values(found).some(Boolean)) return;
    const amounts = amountsOf(values);
    const input = {
      expenseDate: values.expenseDate,
      vendor: values.vendor,
      description: values.description,
      category: values.category,
      province: values.province,
      ...amounts,
      amountBeforeTax: amounts.amountBeforeTax!,
      receiptReference: values.receiptReference.trim() || null,
      itcEligible: values.itcEligible,
    };
    try {
      const done = expense ? await correct({ variables: { id: expense.id, input } }) : await record({ variables: { input } });
      const saved = done.data && ('recordExpense' in done.data ? done.data.recordExpense : done.data.correctExpense);
      if (saved) onDone(saved.expenseDate);
    } catch (error) {
      const problem = fieldProblemOf(error, LABELS);
      if (problem && problem.field in LABELS) setApiProblem(problem);
    }
  }

  const messageOf = (name: Field) => problems[name] ?? (apiProblem?.field === name ? apiProblem.message : undefined);
  const field = (name: Field) => ({
    id: `${id}-${name}`,
    name,
    value: values[name],
    onChange: set(name),
    'aria-invalid': !!messageOf(name),
    'aria-describedby': messageOf(name) ? `${id}-${name}-error` : undefined,
  });
  const problem = (name: Field) =>
    messageOf(name) && (
      <p id={`${id}-${name}-error`} className="field-error">
        {messageOf(name)}
      </p>
    );
  const title = expense ? `Correct the expense from ${expense.vendor}` : 'Record an expense';
  const shownElsewhere = apiProblem !== null;

  return (
    <form ref={form} className="card form" onSubmit={onSubmit} noValidate aria-label={title}>
      <h2>{title}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-expenseDate`}>Date on the receipt</label>
          <input type="date" className="date-input" max={today} {...field('expenseDate')} />
          {problem('expenseDate')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-vendor`}>Vendor</label>
          <input autoComplete="organization" maxLength={255} placeholder="Running Room" {...field('vendor')} />
          {problem('vendor')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-category`}>Category</label>
          <select {...field('category')}>
            {(Object.keys(CATEGORY_WORDS) as ExpenseCategory[]).map((c) => (
              <option key={c} value={c}>
                {CATEGORY_WORDS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-province`}>Province of purchase</label>
          <select {...field('province')}>
            {PROVINCES.map((p) => (
              <option key={p} value={p}>
                {PROVINCE_NAMES[p]}
              </option>
            ))}
          </select>
          {problem('province')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>What it was</label>
        <input maxLength={1000} placeholder="Resistance bands for group classes" {...field('description')} />
        {problem('description')}
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-amountBeforeTax`}>Amount before tax (CAD)</label>
          <input inputMode="decimal" placeholder="120.00" {...field('amountBeforeTax')} />
          {problem('amountBeforeTax')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-gstHstPaid`}>GST/HST paid (CAD)</label>
          <input inputMode="decimal" placeholder="0.00" {...field('gstHstPaid')} />
          {problem('gstHstPaid')}
        </div>
        {hasQst(values.province) && (
          <div className="field">
            <label htmlFor={`${id}-qstPaid`}>QST paid (CAD)</label>
            <input inputMode="decimal" placeholder="0.00" {...field('qstPaid')} />
            {problem('qstPaid')}
          </div>
        )}
        {hasPst(values.province) && (
          <div className="field">
            <label htmlFor={`${id}-pstPaid`}>{values.province === 'MB' ? 'RST' : 'PST'} paid (CAD)</label>
            <input inputMode="decimal" placeholder="0.00" {...field('pstPaid')} />
            {problem('pstPaid')}
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-receiptReference`}>Receipt number (optional)</label>
          <input maxLength={255} {...field('receiptReference')} />
          {problem('receiptReference')}
        </div>
      </div>
      <label className="choice">
        <input type="checkbox" checked={values.itcEligible} onChange={set('itcEligible')} />
        Bought for my business: claim its GST/HST{hasQst(values.province) ? ' and QST' : ''} back
      </label>
      <p className="muted total-paid" aria-live="polite">
        Total paid: <strong>{total === null ? '—' : formatCents(total)}</strong>
        {hasPst(values.province) && ` (the ${values.province === 'MB' ? 'RST' : 'PST'} is a cost: it is never claimed back)`}
      </p>
      {failure && !shownElsewhere && <ErrorMessage error={failure} title="The expense was not saved" />}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : expense ? 'Save correction' : 'Record expense'}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
