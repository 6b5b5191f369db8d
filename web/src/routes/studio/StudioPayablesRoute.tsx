import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../__generated__';
import type { StudioPayablesRouteQueryQuery } from '../../__generated__/graphql';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { formatMoney, toCents } from '../../lib/money';
import { BUCKETS, BUCKET_WORDS, payablesCsv, payablesFileName, payablesRows } from '../../lib/payables';
import { formatDay, formatMonth, zoneLabel } from '../../lib/time';
import '../../books.css';
import { useStudio } from './StudioArea';

/** What the studio owes its trainers. No Client field is selected (web/test/codegen.test.ts checks every Studio* operation). */
const StudioPayablesRouteQuery = graphql(`
  query StudioPayablesRouteQuery($studioId: ID!, $asOf: LocalDate) {
    studio(id: $studioId) {
      id
      name
      timeZone
      childStudios {
        id
      }
      payables(asOf: $asOf) {
        asOf
        total
        ageing {
          days0To30
          days31To60
          days61To90
          over90
        }
        months {
          month
          balance
        }
        trainers {
          total
          ageing {
            days0To30
            days31To60
            days61To90
            over90
          }
          months {
            month
            balance
          }
          invoices {
            ageDays
            balanceDue
            invoice {
              id
              invoiceNumber
              invoiceDate
              dueDate
              studio {
                id
                name
              }
            }
          }
          trainer {
            id
            displayName
          }
        }
      }
    }
  }
`);

type Payables = StudioPayablesRouteQueryQuery['studio']['payables'];
const longDay = (day: string) => formatDay(day, { month: 'short', day: 'numeric', year: 'numeric' });
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Offers `text` as a file named `fileName` (a CSV made here, from what the page shows: nothing is asked of the server). */
function saveFile(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * What the studio — a headquarters with every location below it — owes each trainer on the invoices it
 * received (`Studio.payables`, docs/receivables.md): by age (days from the invoice date: 0–30, 31–60,
 * 61–90, over 90) and by invoice month, as of a day in the studio's zone (today by default), with a CSV
 * export of one row per trainer and month.
 */
export function StudioPayablesRoute() {
  const { id: studioId, name, timeZone } = useStudio();
  const [params, setParams] = useSearchParams();
  const asked = params.get('asOf');
  const asOf = asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : null;
  const { data, loading, error, refetch } = useQuery(StudioPayablesRouteQuery, { variables: { studioId, asOf } });
  const [downloaded, setDownloaded] = useState('');
  const asOfId = useId();

  if (!data) {
    return (
      <>
        <h1>{name} — payables</h1>
        {loading ? <Loading label="Loading payables…" /> : <ErrorMessage error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  const { studio } = data;
  const payables = studio.payables;

  function download() {
    const fileName = payablesFileName(studio.name, payables.asOf);
    saveFile(payablesCsv(payablesRows(payables.trainers)), fileName);
    setDownloaded(`Downloaded ${fileName}.`);
  }

  return (
    <>
      <div className="page-head">
        <h1>{studio.name} — payables</h1>
        <button type="button" className="primary" onClick={download} disabled={payables.trainers.length === 0}>
          Download CSV
        </button>
      </div>
      <p className="lede">
        What {studio.name}
        {studio.childStudios.length > 0 && ' and its locations'} owe{studio.childStudios.length > 0 ? '' : 's'} trainers on the invoices received, as of{' '}
        {longDay(payables.asOf)} in {zoneLabel(timeZone)}. An invoice’s age counts the days since its date.
      </p>
      {error && <ErrorMessage error={error} title="Could not refresh" onRetry={() => void refetch()} />}
      <p role="status" className={downloaded ? 'notice success' : 'sr-only'}>
        {downloaded}
      </p>
      <div className="page-head">
        <dl className="stats">
          <div>
            <dt>Owed in all</dt>
            <dd>{formatMoney(payables.total)}</dd>
          </div>
          {BUCKETS.map((b) => (
            <div key={b}>
              <dt>{BUCKET_WORDS[b]}</dt>
              <dd className={b !== 'days0To30' && toCents(payables.ageing[b]) > 0n ? 'danger' : undefined}>{formatMoney(payables.ageing[b])}</dd>
            </div>
          ))}
        </dl>
        <div className="field inline">
          <label htmlFor={asOfId}>As of</label>
          <input
            id={asOfId}
            type="date"
            className="date-input"
            value={payables.asOf}
            onChange={(e) => {
              setDownloaded('');
              if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) setParams((p) => (p.set('asOf', e.target.value), p));
            }}
          />
        </div>
      </div>
      {payables.trainers.length === 0 ? (
        <Empty>Nothing is owed to trainers on {longDay(payables.asOf)}.</Empty>
      ) : (
        <>
          <ByAge payables={payables} />
          <ByMonth payables={payables} />
          <OpenInvoices payables={payables} studioId={studio.id} />
        </>
      )}
    </>
  );
}

function ByAge({ payables }: { payables: Payables }) {
  return (
    <section aria-labelledby="by-age-title">
      <h2 id="by-age-title">By trainer and age</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Owed by trainer and age">
        <table>
          <caption className="sr-only">Owed by trainer and age of the invoices (CAD), most owed first</caption>
          <thead>
            <tr>
              <th scope="col">Trainer</th>
              {BUCKETS.map((b) => (
                <th scope="col" className="num" key={b}>
                  {BUCKET_WORDS[b]}
                </th>
              ))}
              <th scope="col" className="num">
                Owed
              </th>
            </tr>
          </thead>
          <tbody>
            {payables.trainers.map((t) => (
              <tr key={t.trainer.id}>
                <th scope="row">{t.trainer.displayName}</th>
                {BUCKETS.map((b) => (
                  <td className="num" key={b}>
                    {formatMoney(t.ageing[b])}
                  </td>
                ))}
                <td className="num">{formatMoney(t.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {BUCKETS.map((b) => (
                <td className="num" key={b}>
                  {formatMoney(payables.ageing[b])}
                </td>
              ))}
              <td className="num">{formatMoney(payables.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function ByMonth({ payables }: { payables: Payables }) {
  const months = payables.months.map((m) => m.month);
  return (
    <section aria-labelledby="by-month-title">
      <h2 id="by-month-title">By trainer and month</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Owed by trainer and month">
        <table>
          <caption className="sr-only">Owed by trainer and month of the invoices (CAD)</caption>
          <thead>
            <tr>
              <th scope="col">Trainer</th>
              {months.map((m) => (
                <th scope="col" className="num" key={m}>
                  {formatMonth(m)}
                </th>
              ))}
              <th scope="col" className="num">
                Owed
              </th>
            </tr>
          </thead>
          <tbody>
            {payables.trainers.map((t) => (
              <tr key={t.trainer.id}>
                <th scope="row">{t.trainer.displayName}</th>
                {months.map((m) => {
                  const owed = t.months.find((x) => x.month === m);
                  return (
                    <td className="num" key={m}>
                      {owed ? formatMoney(owed.balance) : '—'}
                    </td>
                  );
                })}
                <td className="num">{formatMoney(t.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {payables.months.map((m) => (
                <td className="num" key={m.month}>
                  {formatMoney(m.balance)}
                </td>
              ))}
              <td className="num">{formatMoney(payables.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function OpenInvoices({ payables, studioId }: { payables: Payables; studioId: string }) {
  const count = payables.trainers.reduce((n, t) => n + t.invoices.length, 0);
  return (
    <section aria-labelledby="open-title">
      <div className="page-head">
        <h2 id="open-title">Open invoices</h2>
        <Link to={`/studio/${studioId}/invoices`}>Approve or record a payment in Invoices</Link>
      </div>
      <p className="muted">{plural(count, 'invoice')} with a balance due, oldest first for each trainer.</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Open invoices by trainer">
        <table>
          <caption className="sr-only">Open invoices by trainer, with their age and the balance due (CAD)</caption>
          <thead>
            <tr>
              <th scope="col">Invoice</th>
              <th scope="col">Trainer</th>
              <th scope="col">Billed to</th>
              <th scope="col">Dated</th>
              <th scope="col">Due</th>
              <th scope="col" className="num">
                Age (days)
              </th>
              <th scope="col" className="num">
                Balance due
              </th>
            </tr>
          </thead>
          <tbody>
            {payables.trainers.flatMap((t) =>
              t.invoices.map((p) => (
                <tr key={p.invoice.id}>
                  <th scope="row" className="nowrap">
                    {p.invoice.invoiceNumber}
                  </th>
                  <td>{t.trainer.displayName}</td>
                  <td>{p.invoice.studio?.name}</td>
                  <td className="nowrap">{longDay(p.invoice.invoiceDate)}</td>
                  <td className="nowrap">{longDay(p.invoice.dueDate)}</td>
                  <td className="num">{p.ageDays}</td>
                  <td className="num">{formatMoney(p.balanceDue)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
