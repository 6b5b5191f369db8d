import type { DataSource, EntityManager } from 'typeorm';
import { recordAccess, recordAudit, type AccessEntry, type AuditEntry } from './audit.js';
import type { RequestContext } from './context.js';
import type { RequestTransaction } from './request-transaction.js';
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
  /** The claims, as {@link RequestTransaction.accepts} compares them. */
  private readonly claimsKey: string;

  constructor(
    private readonly ds: DataSource,
    readonly request: RequestContext,
    private readonly schema: string,
    private readonly repositories: (em: EntityManager, request: RequestContext) => Repos,
  ) {
    this.db = new ScopedDb(ds, request.scope);
    this.claimsKey = JSON.stringify(this.db.claims);
  }

  /**
   * Runs `work` as one transaction with the caller's claims set: all of its writes land, or none. In a
   * read request (the request's {@link RequestTransaction} is shared) it runs in the request's one
   * transaction instead, and its access-log rows are written when that transaction ends.
   */
  run<T>(work: (tx: UnitOfWork<Repos>) => Promise<T>): Promise<T> {
    const shared = this.request.transaction;
    if (shared?.accepts(this.ds, this.claimsKey)) return shared.run(this.ds, this.db.claims, (em) => this.unitOfWork(em, work, shared));
    return this.db.run((em) => this.unitOfWork(em, work));
  }

  /** `work` on the repositories bound to `em`; access-log rows go to `shared` when given, else straight to `em`. */
  private unitOfWork<T>(em: EntityManager, work: (tx: UnitOfWork<Repos>) => Promise<T>, shared?: RequestTransaction): Promise<T> {
    const audit: AuditTrail = {
      record: (entry) => recordAudit(em, this.request, this.schema, entry),
      access: async (entry) => (shared ? shared.deferAccess(this.schema, entry) : recordAccess(em, this.request, this.schema, entry)),
    };
    return work(Object.assign(this.repositories(em, this.request), { audit }));
  }
}
