import type { DemoTenant } from '@fitflow/demo';
import type { DataSource } from 'typeorm';

/** Writes the finance slice of the demo tenant. */
export async function seedFinance(_ds: DataSource, _tenant: DemoTenant): Promise<void> {}
