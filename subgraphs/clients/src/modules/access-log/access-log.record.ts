import type { RequestContext, UnitOfWork } from '@fitflow/kit';

/** What kind of PHI was read (the `resource_type` of `clients.access_log`). */
export type PhiResource = 'client' | 'session_note' | 'session_note_addendum' | 'training_plan';

/**
 * Appends access-log rows for PHI the caller is about to receive, in the caller's unit of work `tx`
 * (`tx.audit.access`): one row per record, purpose `self` when it is the caller's own record and
 * `treatment` otherwise (a trainer's reads). One statement per purpose (in practice one per DataLoader
 * batch); none for an anonymous caller or no rows.
 */
export async function logPhiReads(
  tx: Pick<UnitOfWork<object>, 'audit'>,
  request: Pick<RequestContext, 'viewer' | 'scope'>,
  resourceType: PhiResource,
  rows: readonly { id: string; clientId: string }[],
  action: 'view' | 'export' = 'view',
): Promise<void> {
  if (!request.viewer || rows.length === 0) return;
  const own = new Set(request.scope.clientIds);
  const byPurpose = new Map<string, { id: string; clientId: string }[]>();
  for (const row of rows) {
    const purpose = own.has(row.clientId) ? 'self' : 'treatment';
    byPurpose.set(purpose, [...(byPurpose.get(purpose) ?? []), row]);
  }
  for (const [purpose, group] of byPurpose) {
    await tx.audit.access({
      resourceType,
      resourceIds: group.map((r) => r.id),
      subjectClientIds: group.map((r) => r.clientId),
      action,
      purpose,
    });
  }
}
