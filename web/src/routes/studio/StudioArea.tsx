import { createContext, useContext } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import type { StudioNavQueryQuery } from '../../__generated__/graphql';
import { NotFoundOrNoAccess } from '../../components/StateViews';

export type ManagedStudio = StudioNavQueryQuery['studios'][number];

/**
 * The studios a studio admin manages: those their roles name, and every location below them
 * (following `parentStudio`, any depth), headquarters first, then by name. The API applies the same
 * rule (a studio admin sees a studio's contracts, schedule and invoices, and its child locations'), so
 * a studio outside this list would only show untrue empty pages.
 */
export function managedStudios(studios: readonly ManagedStudio[], scopeIds: readonly string[]): ManagedStudio[] {
  const byId = new Map(studios.map((s) => [s.id, s]));
  const manages = (studio: ManagedStudio | undefined, seen = new Set<string>()): boolean => {
    if (!studio || seen.has(studio.id)) return false;
    seen.add(studio.id);
    return scopeIds.includes(studio.id) || manages(studio.parentStudio ? byId.get(studio.parentStudio.id) : undefined, seen);
  };
  return studios.filter((s) => manages(s)).toSorted((a, b) => Number(!!a.parentStudio) - Number(!!b.parentStudio) || a.name.localeCompare(b.name));
}

const ManagedStudiosContext = createContext<readonly ManagedStudio[]>([]);
export const ManagedStudiosProvider = ManagedStudiosContext.Provider;
/** The studios the signed-in studio admin manages (empty for everyone else), anywhere in the app. */
export const useManagedStudios = () => useContext(ManagedStudiosContext);

const StudioContext = createContext<ManagedStudio | null>(null);
/** The studio of the current /studio/:studioId page (inside {@link StudioArea}). */
export function useStudio(): ManagedStudio {
  const studio = useContext(StudioContext);
  if (!studio) throw new Error('useStudio outside StudioArea');
  return studio;
}

/**
 * The /studio/:studioId pages: only for a studio the admin manages. Another studio's id, an unknown
 * one or a malformed one gets one "not found or not yours" page, like the API's NOT_FOUND, before any
 * request is made.
 */
export function StudioArea() {
  const { studioId = '' } = useParams();
  const studios = useContext(ManagedStudiosContext);
  const studio = studios.find((s) => s.id === studioId.toLowerCase());
  if (!studio) {
    return (
      <NotFoundOrNoAccess title="Studio not found" back={studios[0] && <Link to={`/studio/${studios[0].id}/schedule`}>Go to {studios[0].name}</Link>}>
        This studio does not exist, or it is not one you manage.
      </NotFoundOrNoAccess>
    );
  }
  return (
    <StudioContext.Provider value={studio}>
      <Outlet />
    </StudioContext.Provider>
  );
}
