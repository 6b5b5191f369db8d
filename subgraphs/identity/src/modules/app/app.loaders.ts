import { groupLoader } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { IdentityRequest } from '../../context.js';

/** The caller's relation to an app: its owner, or a super admin who sees every app. */
export type AppRelation = 'owner' | 'super_admin';

/** Per-request loaders of apps (one statement per batch), read as the caller. */
export function createAppLoaders(request: IdentityRequest) {
  return {
    /** The caller's relation to each app id; null when they may not see it (or it does not exist). */
    appRelation: new DataLoader<string, AppRelation | null>(async (ids) => {
      const apps = new Map((await request.data.run((tx) => tx.apps.visible(ids))).map((a) => [a.id, a]));
      return ids.map((id) => {
        const app = apps.get(id);
        if (!app) return null;
        return app.ownerUserId === request.viewer?.userId ? 'owner' : 'super_admin';
      });
    }),
    operationsOfApp: groupLoader(
      (ids) => request.data.run((tx) => tx.apps.operationsOf(ids)),
      (o) => o.appId,
    ),
    lastUsedOfApp: new DataLoader<string, Date | null>(async (ids) => {
      const rows = new Map((await request.data.run((tx) => tx.apps.lastUsedOf(ids))).map((r) => [r.appId, r.lastUsedAt]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
  };
}
