import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { parseQuarterKey, quarterKey, quarterLabel, recentQuarters, type Quarter } from '../lib/quarters';

/** `?quarter=2026-Q3` → that quarter; `fallback` otherwise. The setter keeps the other parameters. */
export function useQuarterParam(fallback: Quarter): [Quarter, (q: Quarter) => void] {
  const [params, setParams] = useSearchParams();
  const quarter = parseQuarterKey(params.get('quarter')) ?? fallback;
  return [quarter, (next) => setParams((p) => (p.set('quarter', quarterKey(next)), p))];
}

/**
 * A select of the last `count` calendar quarters up to today's (`today` in the screen's zone), newest
 * first — and the quarter shown, when it is older.
 */
export function QuarterPicker({ value, today, onChange, count = 8 }: { value: Quarter; today: string; onChange(q: Quarter): void; count?: number }) {
  const id = useId();
  const choices = recentQuarters(today, count);
  if (!choices.some((q) => quarterKey(q) === quarterKey(value))) choices.push(value);
  return (
    <div className="field inline">
      <label htmlFor={id}>Quarter</label>
      <select id={id} value={quarterKey(value)} onChange={(e) => onChange(parseQuarterKey(e.target.value)!)}>
        {choices.map((q) => (
          <option key={quarterKey(q)} value={quarterKey(q)}>
            {quarterLabel(q)}
          </option>
        ))}
      </select>
    </div>
  );
}
