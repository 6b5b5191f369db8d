import type { DataSource, EntityManager } from 'typeorm';
import { recordAccess, recordAudit, type AccessEntry, type AuditEntry } from './audit.js';
import type { RequestContext } from './context.js';
import { ScopedDb } from './scoped-db.js';

/** The audit and access logs of one unit of work, written in its transaction (kit's `recordAudit` / `recordAccess`). */
export interface AuditTrail {
  /** Appends an `audit_log` row (who changed what; PHI values already redacted). */
  record(entry: AuditEntry): Promise<void>;
  /** Appends `access_log` rows (who saw which PHI, and why). */
  access(entry: AccessEntry): Promise<void>;
}

/** What one unit of work can reach: the subgraph's repositories, bound to its transaction and scope, and its audit trail. */
export type UnitOfWork<Repos> = Repos & { audit: AuditTrail };

/**
 * The per-request data-access object of a subgraph — the only way to a repository (docs/conventions.md,
 * The scope rule). Built once per request from the request context (or kit's `systemContext` for a
 * job, seed or webhook); each {@link DataAccess.run} is one {@link ScopedDb} transaction, in which
 * `repositories(em, request)` builds the subgraph's repositories for the caller's scope.
 *
 * @example
 * const data = new DataAccess(ds, request, 'finance', (em, { scope }) => ({ invoices: new InvoiceRepository(em, scope) }));
 * const invoice = await data.run((tx) => tx.invoices.findById(id));
 */
export class DataAccess<Repos extends object> {
  private readonly db: ScopedDb;

  constructor(
    ds: DataSource,
    readonly request: RequestContext,
    private readonly schema: string,
    private readonly repositories: (em: EntityManager, request: RequestContext) => Repos,
  ) {
    this.db = new ScopedDb(ds, request.scope);
  }

  /** Runs `work` as one transaction with the caller's claims set: all of its writes land, or none. */
  run<T>(work: (tx: UnitOfWork<Repos>) => Promise<T>): Promise<T> {
    return this.db.run((em) => {
      const audit: AuditTrail = {
        record: (entry) => recordAudit(em, this.request, this.schema, entry),
        access: (entry) => recordAccess(em, this.request, this.schema, entry),
      };
      return work(Object.assign(this.repositories(em, this.request), { audit }));
    });
  }
}
