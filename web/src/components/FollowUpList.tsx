import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import { daysBetween, formatDay } from '../lib/time';
import { Empty } from './StateViews';

export const FollowUpList_client = graphql(`
  fragment FollowUpList_client on Client {
    id
    displayName
    status
    latestSessionNote {
      id
      sessionDate
    }
    upcomingAppointments(first: 1) {
      id
      startTime
    }
  }
`);

/** Days without a session after which an active client needs a call. */
export const FOLLOW_UP_AFTER_DAYS = 21;

/**
 * Active clients who need a follow-up: nothing booked, or no session (note) for
 * {@link FOLLOW_UP_AFTER_DAYS} days.
 */
export function FollowUpList(props: { clients: FragmentType<typeof FollowUpList_client>[]; today: string }) {
  const clients = getFragmentData(FollowUpList_client, props.clients);
  const due = clients
    .filter((c) => c.status === 'ACTIVE')
    .map((c) => {
      const reasons: string[] = [];
      const last = c.latestSessionNote?.sessionDate;
      if (!last) reasons.push('no session yet');
      else if (daysBetween(last, props.today) >= FOLLOW_UP_AFTER_DAYS) reasons.push(`last session ${formatDay(last)}`);
      if (c.upcomingAppointments.length === 0) reasons.push('nothing booked');
      return { client: c, reasons };
    })
    .filter((c) => c.reasons.length > 0);
  if (due.length === 0) return <Empty>Everyone is booked and seen recently.</Empty>;
  return (
    <ul className="plain-list">
      {due.map(({ client, reasons }) => (
        <li key={client.id}>
          <Link to={`/trainer/clients/${client.id}`}>{client.displayName}</Link> <span className="muted">— {reasons.join(', ')}</span>
        </li>
      ))}
    </ul>
  );
}
