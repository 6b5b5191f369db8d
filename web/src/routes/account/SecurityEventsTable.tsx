import { getFragmentData, graphql, type FragmentType } from '../../__generated__';
import type { SecurityEventKind } from '../../__generated__/graphql';
import { inHowLong } from '../../lib/errors';
import { browserTimeZone, formatDateTime, zoneLabel } from '../../lib/time';

export const SecurityEventsTable_event = graphql(`
  fragment SecurityEventsTable_event on SecurityEvent {
    id
    kind
    occurredAt
    sourceAddress
    knownDevice
    retryAfterSeconds
    actorName
    reason
  }
`);

/** Each kind of event as the account holder would say it. */
export const EVENT_LABEL: Record<SecurityEventKind, string> = {
  SIGNED_IN: 'Signed in',
  SIGN_IN_FAILED: 'Wrong password',
  MFA_CODE_REJECTED: 'Wrong authenticator code',
  SIGN_IN_THROTTLED: 'Sign-ins from this place slowed down',
  SIGN_IN_REFUSED_SUSPENDED: 'Sign-in refused: account suspended',
  ACCOUNT_UNLOCKED: 'Sign-in delays cleared by support',
  ACCOUNT_SUSPENDED: 'Account suspended by support',
  ACCOUNT_REINSTATED: 'Account reinstated by support',
};

const WARNING: ReadonlySet<SecurityEventKind> = new Set([
  'SIGN_IN_FAILED',
  'MFA_CODE_REJECTED',
  'SIGN_IN_THROTTLED',
  'SIGN_IN_REFUSED_SUSPENDED',
  'ACCOUNT_SUSPENDED',
]);

/** "30 seconds", "2 minutes". */

function details(event: { kind: SecurityEventKind; retryAfterSeconds: number | null; actorName: string | null; reason: string | null }) {
  if (event.kind === 'SIGN_IN_THROTTLED' && event.retryAfterSeconds) return `Next try allowed ${inHowLong(event.retryAfterSeconds)}.`;
  if (event.actorName || event.reason)
    return [event.actorName && `By ${event.actorName}.`, event.reason && `Reason: ${event.reason}`].filter(Boolean).join(' ');
  return '';
}

/**
 * An account's security log as a table, newest first. Times are shown in the browser's zone, named
 * in the caption ("Toronto (ET)").
 */
export function SecurityEventsTable({ events, label }: { events: FragmentType<typeof SecurityEventsTable_event>[]; label: string }) {
  const rows = getFragmentData(SecurityEventsTable_event, events);
  const zone = browserTimeZone();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table>
        <caption className="sr-only">
          {label}, newest first. Times in {zoneLabel(zone)}.
        </caption>
        <thead>
          <tr>
            <th scope="col">When ({zoneLabel(zone)})</th>
            <th scope="col">What happened</th>
            <th scope="col">From</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt, zone)}</time>
              </td>
              <th scope="row" className={WARNING.has(e.kind) ? 'danger' : undefined}>
                {EVENT_LABEL[e.kind]}
              </th>
              <td>
                {e.sourceAddress ?? (e.actorName ? 'FitFlow support' : '—')}
                {e.sourceAddress && <span className="muted">{e.knownDevice ? ' · a device you used before' : ' · a new device'}</span>}
              </td>
              <td>{details(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
