import type { DataKey } from '@fitflow/kit';
import type { ClientsTx } from '../../data.js';
import { RowSealer } from '../../protection/keys.js';
import type { TrainingPlanEntity, TrainingPlanRecord } from './training-plan.entity.js';

/** Opens a plan with its client's data key. */
export function openTrainingPlan(row: TrainingPlanEntity, key: DataKey): TrainingPlanRecord {
  const s = new RowSealer(key, row.id);
  return {
    ...row,
    planDetails: s.openJson<Record<string, unknown>>('plan_details', row.planDetails) ?? {},
    progressMetrics: s.openJson<Record<string, unknown>>('progress_metrics', row.progressMetrics) ?? {},
  };
}

/** Seals the JSON columns of plan `id` of a client whose data key is `key`. */
export function sealTrainingPlan(plan: Pick<TrainingPlanRecord, 'planDetails' | 'progressMetrics'>, key: DataKey, id: string) {
  const s = new RowSealer(key, id);
  return { planDetails: s.json('plan_details', plan.planDetails ?? {}), progressMetrics: s.json('progress_metrics', plan.progressMetrics ?? {}) };
}

/** Opens plan rows in unit of work `tx`; plans of clients whose key is gone (erased) are dropped. */
export async function openTrainingPlans(tx: Pick<ClientsTx, 'dataKeys'>, rows: readonly TrainingPlanEntity[]): Promise<TrainingPlanRecord[]> {
  if (rows.length === 0) return [];
  const byClient = await tx.dataKeys.forClients(rows.map((r) => r.clientId));
  return rows.flatMap((row) => {
    const key = byClient.get(row.clientId);
    return key ? [openTrainingPlan(row, key)] : [];
  });
}
