import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../__generated__';
import type { GenerateInvoicesMutationMutation } from '../../__generated__/graphql';
import { ErrorMessage } from '../../components/StateViews';
import { describeGeneration, fieldErrorOf, monthPeriod, periodProblem, previousMonth } from '../../lib/invoices';
import { formatMoney } from '../../lib/money';
import { formatDay, formatMonth, lastMonths, zoneLabel } from '../../lib/time';

const GenerateInvoicesMutation = graphql(`
  mutation GenerateInvoicesMutation($periodStart: LocalDate!, $periodEnd: LocalDate!) {
    generateStudioInvoices(periodStart: $periodStart, periodEnd: $periodEnd) {
      invoicesCreated
      sessionsAdded
      invoices {
        id
        total
        items {
          id
        }
        studio {
          id
          name
        }
        trainer {
          id
          displayName
        }
      }
      skipped {
        serviceDate
        reason
        message
        appointment {
          id
        }
        studio {
          id
          name
        }
        trainer {
          id
          displayName
        }
      }
    }
  }
`);

type Outcome = GenerateInvoicesMutationMutation['generateStudioInvoices'];
const OTHER = 'other';
const longDay = (day: string) => formatDay(day, { month: 'short', day: 'numeric', year: 'numeric' });

/**
 * Month-end: turns the sessions taught in a period (last month by default, in the trainer's zone) into
 * draft invoices, one per studio billed, and says what it did — drafts created or updated, sessions
 * added, sessions left off and why (docs/invoices.md, "Generating studio invoices").
 */
export function GenerateInvoicesForm({ today, zone, trainerId, team }: { today: string; zone: string; trainerId: string; team: string[] }) {
  const id = useId();
  const months = lastMonths(today, 12).reverse();
  const [month, setMonth] = useState(previousMonth(today));
  const [dates, setDates] = useState(monthPeriod(previousMonth(today)));
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ period: string; result: Outcome } | null>(null);
  const [generate, { loading, error, reset }] = useMutation(GenerateInvoicesMutation, {
    refetchQueries: ['InvoicesRouteQuery', 'InvoicesRevenueQuery'],
    awaitRefetchQueries: true,
  });
  const period = month === OTHER ? dates : monthPeriod(month);
  const server = fieldErrorOf(error, { periodStart: 'The first day', periodEnd: 'The last day' });
  const shownProblem = problem ?? server?.message ?? null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    setOutcome(null);
    const wrong = periodProblem(period.start, period.end);
    setProblem(wrong);
    if (wrong) return;
    const named = month === OTHER ? `${longDay(period.start)} to ${longDay(period.end)}` : formatMonth(month);
    const { data } = await generate({ variables: { periodStart: period.start, periodEnd: period.end } }).catch(() => ({ data: undefined }));
    if (data) setOutcome({ period: named, result: data.generateStudioInvoices });
  }

  return (
    <form className="card form generate-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Month-end</h2>
      <p className="hint">
        Turns the sessions you taught in the period into draft invoices — one per studio billed, at each contract’s rates of the session’s day
        {team.length > 0 && <>, for you and your team ({team.join(', ')})</>}. Generating again only adds sessions not yet invoiced. Days are in each studio’s
        zone; “last month” is {zoneLabel(zone)}’s.
      </p>
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-month`}>Period</label>
          <select id={`${id}-month`} value={month} onChange={(e) => setMonth(e.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>
                {formatMonth(m)}
                {m === previousMonth(today) ? ' (last month)' : m === today.slice(0, 7) ? ' (this month, so far)' : ''}
              </option>
            ))}
            <option value={OTHER}>Other dates…</option>
          </select>
        </div>
        {month === OTHER && (
          <>
            <div className="field">
              <label htmlFor={`${id}-start`}>From</label>
              <input
                id={`${id}-start`}
                type="date"
                value={dates.start}
                onChange={(e) => setDates((d) => ({ ...d, start: e.target.value }))}
                aria-invalid={!!shownProblem}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-end`}>To (included)</label>
              <input
                id={`${id}-end`}
                type="date"
                value={dates.end}
                onChange={(e) => setDates((d) => ({ ...d, end: e.target.value }))}
                aria-invalid={!!shownProblem}
                aria-describedby={shownProblem ? `${id}-problem` : undefined}
              />
            </div>
          </>
        )}
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Generating…' : 'Generate invoices'}
        </button>
      </div>
      {shownProblem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {shownProblem}
        </p>
      )}
      {error && !server && <ErrorMessage error={error} title="No invoices were generated" />}
      <div role="status" className="generate-outcome">
        {outcome && <GenerationSummary period={outcome.period} result={outcome.result} trainerId={trainerId} />}
      </div>
    </form>
  );
}

function GenerationSummary({ period, result, trainerId }: { period: string; result: Outcome; trainerId: string }) {
  return (
    <div className="notice success">
      <p className="outcome-sentence">
        {period}: {describeGeneration(result)}
      </p>
      {result.invoices.length > 0 && (
        <ul className="outcome-list">
          {result.invoices.map((invoice) => (
            <li key={invoice.id}>
              <Link to={`/trainer/invoices/${invoice.id}`}>
                {invoice.studio?.name ?? 'Client'} draft{invoice.trainer.id !== trainerId ? ` (${invoice.trainer.displayName})` : ''}
              </Link>{' '}
              — {invoice.items.length} line{invoice.items.length === 1 ? '' : 's'}, {formatMoney(invoice.total)}
            </li>
          ))}
        </ul>
      )}
      {result.skipped.length > 0 && (
        <details className="skipped">
          <summary>Sessions left off ({result.skipped.length})</summary>
          <ul>
            {result.skipped.map((s) => (
              <li key={s.appointment.id}>
                <Link to={`/trainer/sessions/${s.appointment.id}`}>
                  {formatDay(s.serviceDate)} at {s.studio.name}
                </Link>
                {s.trainer.id !== trainerId && ` (${s.trainer.displayName})`}: {s.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
