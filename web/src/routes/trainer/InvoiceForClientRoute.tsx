import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../__generated__';
import type { InvoiceForClientSessionsQueryQuery, Province, SupplyKind } from '../../__generated__/graphql';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { fieldErrorOf, lineAmountCents, monthPeriod, parseMoneyInput, parseQuantityInput, previousMonth, PROVINCE_NAMES } from '../../lib/invoices';
import { formatCents, formatMoney, toCents } from '../../lib/money';
import { coveringRange, formatDay, formatMonth, formatTime, lastMonths, localDay, zoneLabel } from '../../lib/time';
import { useTrainerZone } from './useTrainerZone';
import './invoices.css';

const InvoiceForClientQuery = graphql(`
  query InvoiceForClientQuery {
    me {
      id
      trainer {
        id
        displayName
        billingProfile {
          address {
            province
          }
        }
        clients(first: 100) {
          edges {
            node {
              id
              displayName
              status
            }
          }
        }
        teamTrainers {
          id
          displayName
          clients(first: 100) {
            edges {
              node {
                id
                displayName
                status
              }
            }
          }
        }
      }
    }
  }
`);

/** The client's trainer's sessions of a month and the sessions already on their live invoices. */
const InvoiceForClientSessionsQuery = graphql(`
  query InvoiceForClientSessionsQuery($trainerId: ID!, $from: DateTime!, $to: DateTime!) {
    trainer(id: $trainerId) {
      id
      timeZone
      appointments(from: $from, to: $to, first: 100) {
        edges {
          node {
            id
            startTime
            status
            rate
            locationType
            classType {
              id
              name
            }
            studio {
              id
              name
            }
            participants {
              id
              status
              attended
              client {
                id
              }
            }
          }
        }
        pageInfo {
          hasNextPage
        }
      }
      invoices(first: 100) {
        edges {
          node {
            id
            invoiceNumber
            status
            items {
              id
              appointment {
                id
              }
            }
          }
        }
      }
    }
  }
`);

const CreateClientInvoiceMutation = graphql(`
  mutation CreateClientInvoiceMutation($input: CreateClientInvoiceInput!) {
    createClientInvoice(input: $input) {
      id
    }
  }
`);

type Sessions = NonNullable<InvoiceForClientSessionsQueryQuery['trainer']>;
type Session = Sessions['appointments']['edges'][number]['node'];

interface ExtraLine {
  key: number;
  description: string;
  quantity: string;
  unitPrice: string;
  kind: SupplyKind;
}

/**
 * The client's completed sessions of `month` that they attended and that are on no live invoice yet
 * (a void invoice frees its sessions), and those already invoiced, by invoice number — worked out from
 * the trainer's schedule and invoices, which is what the API offers (docs/receivables.md, "Client invoices").
 */
function billableSessions(data: Sessions, clientId: string, month: string, zone: string) {
  const invoiced = new Map<string, string>();
  for (const { node: invoice } of data.invoices.edges) {
    if (invoice.status === 'VOID') continue;
    for (const item of invoice.items) if (item.appointment) invoiced.set(item.appointment.id, invoice.invoiceNumber ?? 'a draft');
  }
  const attended = data.appointments.edges
    .map((e) => e.node)
    .filter((s) => s.status === 'COMPLETED' && localDay(s.startTime, zone).startsWith(month))
    .filter((s) => s.participants.some((p) => p.client.id === clientId && p.status.toLowerCase() === 'confirmed' && p.attended !== false));
  return {
    open: attended.filter((s) => !invoiced.has(s.id)),
    taken: attended.filter((s) => invoiced.has(s.id)).map((s) => ({ session: s, invoice: invoiced.get(s.id)! })),
  };
}

const placeOf = (s: Session) => s.studio?.name ?? (s.locationType.toLowerCase() === 'online' ? 'Online' : 'At the client’s location');

/**
 * A new invoice to a client: pick the client, tick their completed sessions of a month not yet
 * invoiced, add packages or goods, say where the client lives (the place of supply of online and
 * at-home sessions); the API drafts it (`createClientInvoice`) and the draft opens.
 */
export function InvoiceForClientRoute() {
  const zone = useTrainerZone();
  const { data, loading, error, refetch } = useQuery(InvoiceForClientQuery);
  if (!data || !zone.home) {
    return (
      <>
        <p>
          <Link to="/trainer/invoices">← Invoices</Link>
        </p>
        <h1>New client invoice</h1>
        {loading || zone.loading ? (
          <Loading label="Loading your clients…" />
        ) : (
          <ErrorMessage error={error ?? zone.error} onRetry={() => (zone.error ? zone.refetch() : void refetch())} />
        )}
      </>
    );
  }
  const trainer = data.me.trainer;
  if (!trainer) {
    return (
      <>
        <h1>New client invoice</h1>
        <Empty>Your account has no trainer profile.</Empty>
      </>
    );
  }
  const groups = [
    { trainerId: trainer.id, name: 'Your clients', clients: trainer.clients.edges.map((e) => e.node) },
    ...trainer.teamTrainers.map((t) => ({ trainerId: t.id, name: `${t.displayName}’s clients`, clients: t.clients.edges.map((e) => e.node) })),
  ];
  return <ClientInvoiceForm groups={groups} today={zone.home.today} defaultProvince={trainer.billingProfile?.address?.province ?? 'ON'} />;
}

function ClientInvoiceForm({
  groups,
  today,
  defaultProvince,
}: {
  groups: { trainerId: string; name: string; clients: { id: string; displayName: string; status: string }[] }[];
  today: string;
  defaultProvince: Province;
}) {
  const id = useId();
  const navigate = useNavigate();
  const [clientId, setClientId] = useState('');
  const [month, setMonth] = useState(previousMonth(today));
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [province, setProvince] = useState<Province>(defaultProvince);
  const [lines, setLines] = useState<ExtraLine[]>([]);
  const [notes, setNotes] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [create, { loading, error, reset }] = useMutation(CreateClientInvoiceMutation, { refetchQueries: ['InvoicesRouteQuery'] });

  const trainerId = groups.find((g) => g.clients.some((c) => c.id === clientId))?.trainerId ?? '';
  const period = monthPeriod(month);
  const range = coveringRange(period.start, period.end);
  const sessions = useQuery(InvoiceForClientSessionsQuery, { variables: { trainerId, ...range }, skip: !trainerId });
  const sessionZone = sessions.data?.trainer.timeZone ?? 'UTC';
  const found = sessions.data ? billableSessions(sessions.data.trainer, clientId, month, sessionZone) : null;
  const chosen = found?.open.filter((s) => picked.has(s.id)) ?? [];
  const sessionsIndex = new Map(chosen.map((s, n) => [s.id, n]));

  const labels: Record<string, string> = { clientId: 'Client', notes: 'Notes' };
  chosen.forEach((s, n) => (labels[`sessions[${n}]`] = `The session of ${formatDay(localDay(s.startTime, sessionZone))}`));
  lines.forEach((_, n) => {
    labels[`lines[${n}].description`] = `Line ${n + 1}’s description`;
    labels[`lines[${n}].quantity`] = `Line ${n + 1}’s quantity`;
    labels[`lines[${n}].unitPrice`] = `Line ${n + 1}’s unit price`;
  });
  const server = fieldErrorOf(error, labels);
  const problemOf = (key: string) => problems[key] ?? (server?.field === key ? server.message : undefined);

  const nextKey = Math.max(0, ...lines.map((l) => l.key)) + 1;
  const updateLine = (key: number, change: Partial<ExtraLine>) => setLines((all) => all.map((l) => (l.key === key ? { ...l, ...change } : l)));
  const sessionsCents = chosen.reduce((sum, s) => sum + (s.rate ? toCents(s.rate) : 0n), 0n);
  const linesCents = lines.reduce((sum, l) => {
    const q = parseQuantityInput(l.quantity);
    const p = parseMoneyInput(l.unitPrice, { allowZero: true });
    return q.ok && p.ok ? sum + lineAmountCents(q.value, p.value) : sum;
  }, 0n);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    const wrong: Record<string, string> = {};
    if (!clientId) wrong.clientId = 'Choose the client to bill.';
    const parsedLines = lines.map((l, n) => {
      const quantity = parseQuantityInput(l.quantity);
      const unitPrice = parseMoneyInput(l.unitPrice, { allowZero: true });
      if (!l.description.trim()) wrong[`lines[${n}].description`] = 'Say what is billed, e.g. “10-session pack”.';
      if (!quantity.ok) wrong[`lines[${n}].quantity`] = quantity.problem;
      if (!unitPrice.ok) wrong[`lines[${n}].unitPrice`] = unitPrice.problem;
      return {
        description: l.description.trim(),
        quantity: quantity.ok ? quantity.value : '1',
        unitPrice: unitPrice.ok ? unitPrice.value : '0.00',
        kind: l.kind,
      };
    });
    if (clientId && chosen.length === 0 && lines.length === 0) wrong.sessions = 'Tick at least one session, or add a line (a package, goods).';
    if (notes.length > 2000) wrong.notes = `Notes are at most 2000 characters (${notes.length} now).`;
    setProblems(wrong);
    if (Object.keys(wrong).length) return;
    const input = { clientId, sessions: chosen.map((s) => s.id), lines: parsedLines, clientProvince: province, notes: notes.trim() || null };
    const { data } = await create({ variables: { input } }).catch(() => ({ data: undefined }));
    if (data) navigate(`/trainer/invoices/${data.createClientInvoice.id}`);
  }

  return (
    <div className="invoice-page">
      <p>
        <Link to="/trainer/invoices">← Invoices</Link>
      </p>
      <h1>New client invoice</h1>
      <p className="lede">A draft to a client: their completed sessions not yet invoiced, and packages or goods. You review and issue it next.</p>
      <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="sr-only">
          The invoice
        </h2>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-client`}>Client</label>
            <select
              id={`${id}-client`}
              value={clientId}
              onChange={(e) => (setClientId(e.target.value), setPicked(new Set()))}
              aria-invalid={!!problemOf('clientId')}
              aria-describedby={problemOf('clientId') ? `${id}-client-error` : undefined}
            >
              <option value="">Choose a client</option>
              {groups.map((g) => (
                <optgroup key={g.trainerId} label={g.name}>
                  {g.clients.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.displayName}
                      {c.status.toUpperCase() !== 'ACTIVE' ? ' (inactive)' : ''}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            {problemOf('clientId') && (
              <p id={`${id}-client-error`} className="field-error" role="alert">
                {problemOf('clientId')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-province`}>Where the client lives</label>
            <select id={`${id}-province`} value={province} onChange={(e) => setProvince(e.target.value as Province)} aria-describedby={`${id}-province-hint`}>
              {(Object.entries(PROVINCE_NAMES) as [Province, string][]).map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
            <p id={`${id}-province-hint`} className="hint">
              Online and at-home sessions, packages and goods are taxed there; a session at a studio where the studio is.
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-month`}>Sessions of</label>
            <select id={`${id}-month`} value={month} onChange={(e) => (setMonth(e.target.value), setPicked(new Set()))}>
              {lastMonths(today, 12)
                .reverse()
                .map((m) => (
                  <option key={m} value={m}>
                    {formatMonth(m)}
                  </option>
                ))}
            </select>
          </div>
        </div>

        <fieldset aria-describedby={problemOf('sessions') ? `${id}-sessions-error` : undefined}>
          <legend>Completed sessions not yet invoiced</legend>
          {!clientId ? (
            <p className="hint">Choose a client to see their sessions.</p>
          ) : sessions.loading && !sessions.data ? (
            <Loading label="Loading the client’s sessions…" />
          ) : sessions.error ? (
            <ErrorMessage error={sessions.error} title="The sessions could not be loaded" onRetry={() => void sessions.refetch()} />
          ) : found && found.open.length === 0 ? (
            <p className="state state-empty">No completed session of {formatMonth(month)} left to invoice for this client.</p>
          ) : (
            <ul className="attendance-list">
              {found?.open.map((s) => {
                const day = localDay(s.startTime, sessionZone);
                const index = sessionsIndex.get(s.id);
                const sessionProblem = index !== undefined ? problemOf(`sessions[${index}]`) : undefined;
                return (
                  <li key={s.id}>
                    <label className="check-row">
                      <input
                        type="checkbox"
                        checked={picked.has(s.id)}
                        disabled={!s.rate}
                        onChange={(e) =>
                          setPicked((all) => {
                            const next = new Set(all);
                            if (e.target.checked) next.add(s.id);
                            else next.delete(s.id);
                            return next;
                          })
                        }
                      />
                      <span>
                        {formatDay(day)}, {formatTime(s.startTime, sessionZone)} — {s.classType.name}
                        <span className="cell-note">{placeOf(s)}</span>
                      </span>
                      <span className="check-state">{s.rate ? formatMoney(s.rate) : 'No rate: add it as a line'}</span>
                    </label>
                    {sessionProblem && (
                      <p className="field-error" role="alert">
                        {sessionProblem}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {found && found.taken.length > 0 && (
            <p className="hint">
              Already invoiced: {found.taken.map((t) => `${formatDay(localDay(t.session.startTime, sessionZone))} (${t.invoice})`).join(', ')}.
            </p>
          )}
          {sessions.data?.trainer.appointments.pageInfo.hasNextPage && <p className="notice">Only the month’s first 100 sessions are listed.</p>}
          {clientId && <p className="hint">Times in {zoneLabel(sessionZone)}.</p>}
          {problemOf('sessions') && (
            <p id={`${id}-sessions-error`} className="field-error" role="alert">
              {problemOf('sessions')}
            </p>
          )}
        </fieldset>

        <fieldset>
          <legend>Packages and goods</legend>
          {lines.map((line, n) => (
            <div className="credit-line client-line" key={line.key} role="group" aria-label={`Line ${n + 1}`}>
              {(['description', 'quantity', 'unitPrice'] as const).map((name) => {
                const key = `lines[${n}].${name}`;
                const inputId = `${id}-${line.key}-${name}`;
                return (
                  <div className={`field${name === 'description' ? ' credit-description' : ''}`} key={name}>
                    <label htmlFor={inputId}>{name === 'description' ? 'Description' : name === 'quantity' ? 'Quantity' : 'Unit price (CAD)'}</label>
                    <input
                      id={inputId}
                      type="text"
                      inputMode={name === 'description' ? undefined : 'decimal'}
                      value={line[name]}
                      onChange={(e) => updateLine(line.key, { [name]: e.target.value })}
                      aria-invalid={!!problemOf(key)}
                      aria-describedby={problemOf(key) ? `${inputId}-error` : undefined}
                    />
                    {problemOf(key) && (
                      <p id={`${inputId}-error`} className="field-error" role="alert">
                        {problemOf(key)}
                      </p>
                    )}
                  </div>
                );
              })}
              <div className="field">
                <label htmlFor={`${id}-${line.key}-kind`}>Kind</label>
                <select id={`${id}-${line.key}-kind`} value={line.kind} onChange={(e) => updateLine(line.key, { kind: e.target.value as SupplyKind })}>
                  <option value="SERVICE">Service</option>
                  <option value="GOODS">Goods</option>
                </select>
              </div>
              <button
                type="button"
                className="small-button"
                aria-label={`Remove line ${n + 1}`}
                onClick={() => setLines(lines.filter((l) => l.key !== line.key))}
              >
                Remove
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setLines([...lines, { key: nextKey, description: '', quantity: '1', unitPrice: '', kind: 'SERVICE' }])}>
            Add a line
          </button>
        </fieldset>

        <div className="field">
          <label htmlFor={`${id}-notes`}>Notes (printed on the invoice)</label>
          <textarea
            id={`${id}-notes`}
            rows={2}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            aria-invalid={!!problemOf('notes')}
            aria-describedby={problemOf('notes') ? `${id}-notes-error` : undefined}
          />
          {problemOf('notes') && (
            <p id={`${id}-notes-error`} className="field-error" role="alert">
              {problemOf('notes')}
            </p>
          )}
        </div>

        <p className="muted">
          Before tax: {formatCents(sessionsCents + linesCents)} ({chosen.length} session{chosen.length === 1 ? '' : 's'}
          {lines.length ? `, ${lines.length} other line${lines.length === 1 ? '' : 's'}` : ''}). The draft shows the taxes; it is dated today and due on receipt
          unless you change it.
        </p>
        {error && !server && <ErrorMessage error={error} title="The invoice was not created" />}
        <div className="actions">
          <button type="submit" className="primary" disabled={loading}>
            {loading ? 'Creating…' : 'Create draft'}
          </button>
        </div>
      </form>
    </div>
  );
}
