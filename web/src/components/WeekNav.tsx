import { useSearchParams } from 'react-router';
import { addDays, browserTimeZone, formatDay, localDay, mondayOf } from '../lib/time';

/** Previous / this / next week buttons, with the week shown as a heading-like label. */
export function WeekNav({ monday, onChange }: { monday: string; onChange(monday: string): void }) {
  const thisWeek = mondayOf(localDay(new Date(), browserTimeZone()));
  return (
    <div className="week-nav" role="group" aria-label="Week">
      <button type="button" onClick={() => onChange(addDays(monday, -7))}>
        ← Previous week
      </button>
      <button type="button" onClick={() => onChange(thisWeek)} disabled={monday === thisWeek}>
        This week
      </button>
      <button type="button" onClick={() => onChange(addDays(monday, 7))}>
        Next week →
      </button>
      <span className="week-label" aria-live="polite">
        {formatDay(monday, { month: 'short', day: 'numeric' })} – {formatDay(addDays(monday, 6), { month: 'short', day: 'numeric', year: 'numeric' })}
      </span>
    </div>
  );
}

/** `?week=YYYY-MM-DD` (any day of it) → that week's Monday; this week otherwise. */
export function useWeekParam(): [string, (monday: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('week');
  const monday = mondayOf(asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : localDay(new Date(), browserTimeZone()));
  return [monday, (next) => setParams((p) => (p.set('week', next), p))];
}
