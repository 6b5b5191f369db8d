import { Link } from 'react-router';
import { clashesOf } from '../lib/errors';
import { formatDay, localDay, sessionTimes } from '../lib/time';

/**
 * The sessions a CONFLICT answer names, each with its day and times as the trainer reads them
 * (`homeZone`; the studio's local time beside them when it differs) and a link to open it. Renders
 * nothing when the error is not a clash. `studios` names the studios by id.
 */
export function ClashList({ error, homeZone, studios }: { error: unknown; homeZone: string; studios: { id: string; name: string; timeZone: string }[] }) {
  const clashes = clashesOf(error);
  if (clashes.length === 0) return null;
  return (
    <div className="clashes">
      <p className="state-title">It clashes with:</p>
      <ul>
        {clashes.slice(0, 20).map((c, i) => {
          const studio = studios.find((s) => s.id === c.studioId);
          const times = sessionTimes(c.startTime, c.endTime, homeZone, studio?.timeZone ?? null);
          const text = `${formatDay(localDay(c.startTime, homeZone))}, ${times.home}${times.local ? ` (${times.local})` : ''} ${studio ? `at ${studio.name}` : ''}`;
          return <li key={i}>{c.appointmentId ? <Link to={`/trainer/sessions/${c.appointmentId}`}>{text}</Link> : text}</li>;
        })}
      </ul>
      {clashes.length > 20 && <p>…and {clashes.length - 20} more.</p>}
    </div>
  );
}
