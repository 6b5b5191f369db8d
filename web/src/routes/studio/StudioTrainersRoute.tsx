import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__';
import type { ClassCategory, StudioTrainersRouteQueryQuery } from '../../__generated__/graphql';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { StatusBadge } from '../../components/StatusBadge';
import { fieldProblemOf, moneyInput } from '../../lib/forms';
import { formatMoney } from '../../lib/money';
import { addDays, formatDay, todayIn, zoneLabel } from '../../lib/time';
import '../../books.css';
import { useStudio } from './StudioArea';

const StudioTrainersRouteQuery = graphql(`
  query StudioTrainersRouteQuery($studioId: ID!) {
    studio(id: $studioId) {
      id
      name
      contracts {
        id
        trainerId
        studioId
        role
        status
        commissionRate
        startDate
        endDate
        classRates {
          category
          rate
        }
        ratePeriods {
          effectiveFrom
          effectiveUntil
          classRates {
            category
            rate
          }
          attendeeBonus {
            threshold
            rate
          }
          billNoShows
          billLateCancellations
        }
        trainer {
          id
          displayName
          specializations
        }
      }
    }
  }
`);

const StudioSetContractRates = graphql(`
  mutation StudioSetContractRates($input: SetContractRatesInput!) {
    setContractRates(input: $input) {
      id
      classRates {
        category
        rate
      }
      ratePeriods {
        effectiveFrom
        effectiveUntil
        classRates {
          category
          rate
        }
        attendeeBonus {
          threshold
          rate
        }
        billNoShows
        billLateCancellations
      }
    }
  }
`);

type Contract = StudioTrainersRouteQueryQuery['studio']['contracts'][number];
type RatePeriod = Contract['ratePeriods'][number];

const CATEGORIES = ['GROUP', 'INDIVIDUAL', 'TRIAL'] as const;
const CATEGORY_LABEL = { GROUP: 'Group', INDIVIDUAL: 'Individual', TRIAL: 'Trial' };
const longDay = (day: string) => formatDay(day, { month: 'short', day: 'numeric', year: 'numeric' });
const bonusWords = (b: RatePeriod['attendeeBonus']) => (b ? `${formatMoney(b.rate)} per attendee above ${b.threshold}` : 'None');
const yesNo = (billed: boolean) => (billed ? 'Billed' : 'Not billed');

/** The trainers under contract at the studio, their per-class rates, each contract's rate history and new rates from a day on. */
export function StudioTrainersRoute() {
  const { id: studioId, name, timeZone } = useStudio();
  const { data, loading, error, refetch } = useQuery(StudioTrainersRouteQuery, { variables: { studioId } });
  if (!data) {
    return (
      <>
        <h1>{name} — trainers</h1>
        {loading ? <Loading label="Loading trainers…" /> : <ErrorMessage error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  const { studio } = data;
  return (
    <>
      <h1>{studio.name} — trainers</h1>
      {error && <ErrorMessage error={error} title="Could not refresh" onRetry={() => void refetch()} />}
      {studio.contracts.length === 0 ? (
        <Empty>No trainers under contract.</Empty>
      ) : (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Trainers and rates">
            <table>
              <caption className="sr-only">Trainers under contract and their rates today (CAD per session, before tax)</caption>
              <thead>
                <tr>
                  <th scope="col">Trainer</th>
                  <th scope="col">Contract</th>
                  {CATEGORIES.map((c) => (
                    <th scope="col" className="num" key={c}>
                      {CATEGORY_LABEL[c]} rate
                    </th>
                  ))}
                  <th scope="col" className="num">
                    Studio commission
                  </th>
                  <th scope="col">Since</th>
                </tr>
              </thead>
              <tbody>
                {studio.contracts.map((contract) => (
                  <tr key={contract.id}>
                    <th scope="row">
                      {contract.trainer.displayName}
                      {contract.trainer.specializations.length > 0 && <div className="muted">{contract.trainer.specializations.join(', ')}</div>}
                    </th>
                    <td>
                      {contract.role === 'EMPLOYEE' ? 'Employee' : 'Contractor'}{' '}
                      {contract.status !== 'active' && <StatusBadge status={contract.status.toUpperCase()} />}
                    </td>
                    {CATEGORIES.map((c) => {
                      const rate = contract.classRates.find((r) => r.category === c);
                      return (
                        <td className="num" key={c}>
                          {rate ? formatMoney(rate.rate) : '—'}
                        </td>
                      );
                    })}
                    <td className="num">{contract.commissionRate != null ? `${Number(contract.commissionRate)}%` : '—'}</td>
                    <td>
                      {longDay(contract.startDate)}
                      {contract.endDate && ` – ${longDay(contract.endDate)}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Rate history</h2>
          <p className="muted">
            Each period’s rates apply to the sessions taught from its first day until the next period begins; invoices bill each session at the rates of its
            day. Days are the studio’s, in {zoneLabel(timeZone)}.
          </p>
          {studio.contracts.map((contract) => (
            <ContractRates key={contract.id} contract={contract} timeZone={timeZone} />
          ))}
        </>
      )}
    </>
  );
}

/** One contract's rate periods, newest first, and the form that starts a new one. */
function ContractRates({ contract, timeZone }: { contract: Contract; timeZone: string }) {
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const trainer = contract.trainer.displayName;
  return (
    <section className="card contract-rates" aria-labelledby={titleId}>
      <div className="page-head">
        <h3 id={titleId}>{trainer}</h3>
        <button
          type="button"
          aria-expanded={editing}
          aria-label={`Set new rates for ${trainer}`}
          onClick={() => {
            setEditing(!editing);
            setAnnouncement('');
          }}
        >
          Set new rates
        </button>
      </div>
      <p role="status" className={announcement ? 'notice success' : 'sr-only'}>
        {announcement}
      </p>
      {editing && (
        <RatesForm
          contract={contract}
          timeZone={timeZone}
          onDone={(from) => {
            setEditing(false);
            if (from) setAnnouncement(`New rates for ${trainer} saved, from ${longDay(from)}.`);
          }}
        />
      )}
      {contract.ratePeriods.length === 0 ? (
        <Empty>No rates recorded.</Empty>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={`Rate history of ${trainer}`}>
          <table className="rate-history">
            <caption className="sr-only">Rate periods of {trainer}, newest first (CAD per session, before tax)</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                {CATEGORIES.map((c) => (
                  <th scope="col" className="num" key={c}>
                    {CATEGORY_LABEL[c]}
                  </th>
                ))}
                <th scope="col">Attendee bonus</th>
                <th scope="col">No-shows</th>
                <th scope="col">Late cancellations</th>
              </tr>
            </thead>
            <tbody>
              {contract.ratePeriods.map((p) => (
                <tr key={p.effectiveFrom}>
                  <th scope="row">
                    From {longDay(p.effectiveFrom)}
                    <div className="muted">{p.effectiveUntil ? `until ${longDay(addDays(p.effectiveUntil, -1))}` : 'no end'}</div>
                  </th>
                  {CATEGORIES.map((c) => {
                    const rate = p.classRates.find((r) => r.category === c);
                    return (
                      <td className="num" key={c}>
                        {rate ? formatMoney(rate.rate) : '—'}
                      </td>
                    );
                  })}
                  <td>{bonusWords(p.attendeeBonus)}</td>
                  <td>{yesNo(p.billNoShows)}</td>
                  <td>{yesNo(p.billLateCancellations)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface RateValues {
  effectiveFrom: string;
  GROUP: string;
  INDIVIDUAL: string;
  TRIAL: string;
  bonus: boolean;
  bonusThreshold: string;
  bonusRate: string;
  billNoShows: boolean;
  billLateCancellations: boolean;
}
type RateField = 'effectiveFrom' | ClassCategory | 'bonusThreshold' | 'bonusRate';

/** The API's field → the form's, given the categories sent in order (`rates[1].rate` → the second). */
function rateFieldOf(apiField: string, sent: readonly ClassCategory[]): RateField | null {
  const rate = /^rates\[(\d+)\]/.exec(apiField);
  if (rate) return sent[Number(rate[1])] ?? null;
  if (apiField === 'rates') return 'GROUP';
  return ({ effectiveFrom: 'effectiveFrom', 'attendeeBonus.threshold': 'bonusThreshold', 'attendeeBonus.rate': 'bonusRate' } as const)[apiField] ?? null;
}

/**
 * New terms for a contract from a day on (`setContractRates`): the per-session rates by category
 * (a category left blank has no rate from then on), an attendee bonus, and whether no-shows and late
 * cancellations are billed. Starts from the terms in force today. Earlier periods are kept.
 */
function RatesForm({ contract, timeZone, onDone }: { contract: Contract; timeZone: string; onDone(from: string | null): void }) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const today = todayIn(timeZone);
  const current = contract.ratePeriods.find((p) => p.effectiveFrom <= today) ?? contract.ratePeriods.at(-1);
  const [values, setValues] = useState<RateValues>(() => ({
    effectiveFrom: today < contract.startDate ? contract.startDate : today,
    GROUP: current?.classRates.find((r) => r.category === 'GROUP')?.rate ?? '',
    INDIVIDUAL: current?.classRates.find((r) => r.category === 'INDIVIDUAL')?.rate ?? '',
    TRIAL: current?.classRates.find((r) => r.category === 'TRIAL')?.rate ?? '',
    bonus: !!current?.attendeeBonus,
    bonusThreshold: String(current?.attendeeBonus?.threshold ?? 10),
    bonusRate: current?.attendeeBonus?.rate ?? '',
    billNoShows: current?.billNoShows ?? true,
    billLateCancellations: current?.billLateCancellations ?? true,
  }));
  const [problems, setProblems] = useState<Partial<Record<RateField, string>>>({});
  const [general, setGeneral] = useState<unknown>(null);
  const [save, { loading }] = useMutation(StudioSetContractRates);

  useEffect(() => {
    const first = (Object.keys(problems) as RateField[]).find((k) => problems[k]);
    if (first) form.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-${first}`)}`)?.focus();
  }, [problems, id]);

  const set = (key: keyof RateValues) => (e: { target: { value: string; checked: boolean; type: string } }) => {
    const value = e.target.type === 'checkbox' ? e.target.checked : e.target.value;
    setValues((v) => ({ ...v, [key]: value }));
    setProblems((p) => ({ ...p, [key]: undefined }));
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    const found: Partial<Record<RateField, string>> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.effectiveFrom)) found.effectiveFrom = 'Enter the first day the new rates apply.';
    const sent = CATEGORIES.filter((c) => values[c].trim());
    for (const c of sent) if (moneyInput(values[c]) === null) found[c] = 'Enter an amount in dollars, like 55 or 55.50.';
    if (!sent.length) found.GROUP = 'Give at least one rate.';
    if (values.bonus) {
      if (!/^\d+$/.test(values.bonusThreshold.trim())) found.bonusThreshold = 'Enter a whole number of attendees.';
      if (moneyInput(values.bonusRate) === null) found.bonusRate = 'Enter an amount in dollars, like 5 or 5.50.';
    }
    setProblems(found);
    if (Object.keys(found).length) return;
    try {
      await save({
        variables: {
          input: {
            trainerId: contract.trainerId,
            studioId: contract.studioId,
            effectiveFrom: values.effectiveFrom,
            rates: sent.map((category) => ({ category, rate: moneyInput(values[category])! })),
            attendeeBonus: values.bonus ? { threshold: Number(values.bonusThreshold.trim()), rate: moneyInput(values.bonusRate)! } : null,
            billNoShows: values.billNoShows,
            billLateCancellations: values.billLateCancellations,
          },
        },
      });
      onDone(values.effectiveFrom);
    } catch (error) {
      const problem = fieldProblemOf(error);
      const field = problem && rateFieldOf(problem.field, sent);
      if (problem && field) setProblems({ [field]: problem.message });
      else setGeneral(error);
    }
  }

  const field = (name: RateField) => ({
    id: `${id}-${name}`,
    value: values[name],
    onChange: set(name),
    'aria-invalid': !!problems[name],
    'aria-describedby': problems[name] ? `${id}-${name}-error` : undefined,
  });
  const problem = (name: RateField) =>
    problems[name] && (
      <p id={`${id}-${name}-error`} className="field-error">
        {problems[name]}
      </p>
    );

  return (
    <form ref={form} className="form subform" onSubmit={onSubmit} noValidate aria-label={`New rates for ${contract.trainer.displayName}`}>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-effectiveFrom`}>Effective from</label>
          <input type="date" className="date-input" min={contract.startDate} max={contract.endDate ?? undefined} {...field('effectiveFrom')} />
          {problem('effectiveFrom')}
        </div>
        {CATEGORIES.map((c) => (
          <div className="field" key={c}>
            <label htmlFor={`${id}-${c}`}>{CATEGORY_LABEL[c]} rate (CAD)</label>
            <input inputMode="decimal" placeholder="none" {...field(c)} />
            {problem(c)}
          </div>
        ))}
      </div>
      <p className="hint">Per session, before tax. Leave a rate blank if the studio no longer pays for that kind of session.</p>
      <fieldset>
        <legend>Attendee bonus</legend>
        <label className="choice">
          <input type="checkbox" checked={values.bonus} onChange={set('bonus')} />
          Pay a bonus for each attendee above a head count
        </label>
        {values.bonus && (
          <div className="form-grid">
            <div className="field">
              <label htmlFor={`${id}-bonusThreshold`}>Above how many attendees</label>
              <input type="number" inputMode="numeric" min={0} max={500} {...field('bonusThreshold')} />
              {problem('bonusThreshold')}
            </div>
            <div className="field">
              <label htmlFor={`${id}-bonusRate`}>Bonus per attendee (CAD)</label>
              <input inputMode="decimal" placeholder="5.00" {...field('bonusRate')} />
              {problem('bonusRate')}
            </div>
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>Billable when the clients do not come</legend>
        <label className="choice">
          <input type="checkbox" checked={values.billNoShows} onChange={set('billNoShows')} />
          Bill no-shows at the session’s rate
        </label>
        <label className="choice">
          <input type="checkbox" checked={values.billLateCancellations} onChange={set('billLateCancellations')} />
          Bill late cancellations
        </label>
      </fieldset>
      {general !== null && <ErrorMessage error={general} title="The new rates were not saved" />}
      <div className="actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Saving…' : 'Save new rates'}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
