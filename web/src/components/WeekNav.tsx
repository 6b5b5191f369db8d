import { useSearchParams } from 'react-router';
import { addDays, browserTimeZone, formatDay, mondayOf, todayIn } from '../lib/time';

/**
 * Previous / current / next buttons for a calendar showing one day or one week, with the period shown
 * as a label (announced when it changes). `anchor` is the day shown, or the Monday of the week shown;
 * `today` is today's date in the screen's zone (docs/time-zones.md).
 */
export function PeriodNav({ unit, anchor, today, onChange }: { unit: 'day' | 'week'; anchor: string; today: string; onChange(anchor: string): void }) {
  const step = unit === 'day' ? 1 : 7;
  const current = unit === 'day' ? today : mondayOf(today);
  return (
    <div className="week-nav" role="group" aria-label={unit === 'day' ? 'Day' : 'Week'}>
      <button type="button" onClick={() => onChange(addDays(anchor, -step))}>
        ← Previous<span className="nav-unit"> {unit}</span>
      </button>
      <button type="button" onClick={() => onChange(current)} disabled={anchor === current}>
        {unit === 'day' ? 'Today' : 'This week'}
      </button>
      <button type="button" onClick={() => onChange(addDays(anchor, step))}>
        Next<span className="nav-unit"> {unit}</span> →
      </button>
      <span className="week-label" aria-live="polite">
        {unit === 'day'
          ? formatDay(anchor, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' })
          : `${formatDay(anchor, { month: 'short', day: 'numeric' })} – ${formatDay(addDays(anchor, 6), { month: 'short', day: 'numeric', year: 'numeric' })}`}
      </span>
    </div>
  );
}

/**
 * Previous / this / next week buttons, with the week shown as a heading-like label. `today` is today in
 * the screen's zone (docs/time-zones.md): a studio's schedule passes the studio's; the browser's otherwise.
 */
export function WeekNav({ monday, onChange, today = todayIn(browserTimeZone()) }: { monday: string; onChange(monday: string): void; today?: string }) {
  return <PeriodNav unit="week" anchor={monday} today={today} onChange={onChange} />;
}

/** `?week=YYYY-MM-DD` (any day of it) → that week's Monday; the week of `today` (default: the browser's) otherwise. */
export function useWeekParam(today: string = todayIn(browserTimeZone())): [string, (monday: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('week');
  const monday = mondayOf(asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : today);
  return [monday, (next) => setParams((p) => (p.set('week', next), p))];
}
