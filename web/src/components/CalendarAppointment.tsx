import { Link } from 'react-router';
import { graphql } from '../__generated__';
import type { CalendarAppointment_AppointmentFragment } from '../__generated__/graphql';
import { classColor, sessionTimes } from '../lib/time';
import { StatusBadge } from './StatusBadge';

export const CalendarAppointment_appointment = graphql(`
  fragment CalendarAppointment_appointment on Appointment {
    id
    startTime
    endTime
    timeZone
    status
    headCount
    capacity
    waitlistCount
    classType {
      id
      name
      category
      color
    }
    studio {
      id
      name
    }
  }
`);

/**
 * One appointment in the trainer's calendar, coloured by its class type: its times in the trainer's zone
 * (`homeZone`, IANA id), and the studio's local time beside them when the studio's clock differs; its
 * bookings against capacity. The whole entry is a link to the session (`/trainer/sessions/:id`).
 */
export function CalendarAppointment({ appointment: a, homeZone }: { appointment: CalendarAppointment_AppointmentFragment; homeZone: string }) {
  const times = sessionTimes(a.startTime, a.endTime, homeZone, a.timeZone);
  return (
    <article className={`appointment status-${a.status.toLowerCase()}`} style={{ borderLeftColor: classColor(a.classType.color) }}>
      <p className="appointment-time">
        <time dateTime={a.startTime}>{times.home}</time>
        {times.local && <span className="local-time">{times.local}</span>}
      </p>
      <p className="appointment-title">
        <Link to={`/trainer/sessions/${a.id}`} className="appointment-link">
          {a.classType.name}
        </Link>
      </p>
      <p className="muted">
        {a.studio?.name ?? 'Off-site'} · {a.headCount}/{a.capacity} booked
        {a.waitlistCount > 0 && ` · ${a.waitlistCount} waitlisted`}
      </p>
      {a.status !== 'SCHEDULED' && <StatusBadge status={a.status} />}
    </article>
  );
}
