import { browserTimeZone } from '../../lib/time';
import { useManagedStudios } from '../studio/StudioArea';
import { useTrainerZone } from '../trainer/useTrainerZone';

/**
 * The zone the Apps & API pages show times in (docs/time-zones.md): a trainer's home zone, else the
 * zone of the studio a studio admin manages (headquarters first), else — a super admin, who acts for
 * no tenant — the browser's, as the support console does. `zone` is undefined while it is being asked.
 */
export function useAppsZone(): { zone: string | undefined; loading: boolean } {
  const trainer = useTrainerZone();
  const studios = useManagedStudios();
  if (trainer.home) return { zone: trainer.home.zone, loading: false };
  if (trainer.loading) return { zone: undefined, loading: true };
  return { zone: studios[0]?.timeZone ?? browserTimeZone(), loading: false };
}
