import type { DemoTenant } from '@fitflow/demo';
import type { DataSource } from 'typeorm';

/** Writes the clients slice of the demo tenant. */
export async function seedClients(_ds: DataSource, _tenant: DemoTenant): Promise<void> {}
