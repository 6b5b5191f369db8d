import { buildDemoTenant, type DemoTenant } from '@fitflow/demo';
import { bootstrapDatabase, type RolePasswords, type SubgraphUrls } from '@fitflow/devdb';
import { openDatabase } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { SUBGRAPH_MODULES } from './registry.js';

export interface PrepareOptions {
  /** Superuser (or database owner) URL of the FitFlow database. */
  adminUrl: string;
  /** `if-empty`: load the demo tenant when identity has no users (first start). */
  seed: 'if-empty' | 'always' | 'never';
  /** Reference time of the demo tenant (tests pin it). */
  now?: Date;
  /**
   * The tenant to load when seeding, instead of `buildDemoTenant(now)` (`now` is then ignored): e.g. the
   * demo tenant extended for a benchmark (bench/scale.ts). Default: the demo tenant itself.
   */
  tenant?: DemoTenant;
  /** The roles' passwords (a deployment: devdb `rolePasswordsFromEnv`); default: development passwords. */
  passwords?: RolePasswords | null;
}

export interface PreparedDatabase {
  /** Each subgraph's owner (migrations) and runtime (requests) connection URLs. */
  urls: SubgraphUrls;
  /** The demo tenant when it was loaded now. */
  seeded: DemoTenant | null;
}

/**
 * The migrate step (`npm run migrate`, first in `npm start`, the test setup): creates roles and
 * schemas (devdb `bootstrapDatabase`), runs every subgraph's pending migrations as that subgraph's
 * owner role, each in its own transaction, and loads the demo tenant when asked. Subgraphs never
 * migrate: they serve as their runtime role and report pending migrations on `/ready`.
 * @throws the first migration's or seed's error (the migrations before it stay applied).
 */
export async function prepareDatabase(options: PrepareOptions): Promise<PreparedDatabase> {
  const urls = await bootstrapDatabase(options.adminUrl, undefined, options.passwords);
  const opened: [(typeof SUBGRAPH_MODULES)[number], DataSource][] = [];
  try {
    for (const module of SUBGRAPH_MODULES) {
      opened.push([
        module,
        await openDatabase({ url: urls.owner[module.name], schema: module.name, entities: module.entities, migrations: module.migrations, poolSize: 2 }),
      ]);
    }
    let seeded: DemoTenant | null = null;
    const identity = opened[0][1];
    const empty = Number((await identity.query('select count(*)::int as n from identity.users'))[0].n) === 0;
    if (options.seed === 'always' || (options.seed === 'if-empty' && empty)) {
      seeded = options.tenant ?? buildDemoTenant(options.now);
      for (const [module, ds] of opened) await module.seed(ds, seeded);
    }
    return { urls, seeded };
  } finally {
    await Promise.all(opened.map(([, ds]) => ds.destroy()));
  }
}
