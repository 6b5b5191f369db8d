import type { DemoTenant } from '@fitflow/demo';
import type { DataSource } from 'typeorm';

/** Writes the scheduling slice of the demo tenant. */
export async function seedScheduling(_ds: DataSource, _tenant: DemoTenant): Promise<void> {}
