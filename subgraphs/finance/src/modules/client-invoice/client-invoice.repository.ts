import { keyset, runSql, scopeParams, type PageRequest, type Province, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { booksScopeSql, invoiceScopeSql, seesNoBooks, seesNoInvoices } from '../../access/finance-access.js';
import { InvoiceEntity } from '../invoice/invoice.entity.js';
import { OPEN_STATUSES, overdueSql } from '../invoice/invoice.repository.js';

/** A client's session as a client invoice bills it (ids and facts only: no names). */
export interface ClientSession {
  id: string;
  status: 'scheduled' | 'completed' | 'cancelled' | 'no-show';
  locationType: 'studio' | 'online' | 'client-location';
  studioId: string | null;
  studioProvince: Province | null;
  studioName: string | null;
  classTypeName: string;
  category: string | null;
  /** The day it started, `YYYY-MM-DD` in the invoice's zone. */
  serviceDate: string;
  /** CAD, two decimals (a string as PostgreSQL prints it), or null when the session has none. */
  rate: string | null;
  bookingStatus: 'confirmed' | 'waitlisted' | 'cancelled';
  attended: boolean | null;
}

/** Which client invoices one page covers. */
export interface ClientInvoicePageQuery extends PageRequest {
  clientIds: readonly string[];
  /** A status as the API shows it (`overdue` included), or null for any. */
  status: string | null;
  now: Date;
}

/** Client invoice lists run newest first: invoice date (`YYYY-MM-DD`), then id, both descending. */
const NEWEST_FIRST = { key: 'w.invoice_date', id: 'w.id', direction: 'desc', kind: 'date' } as const;

/**
 * What a client invoice reads from the other subgraphs' published views (docs/database-contracts/
 * finance.md, "Reads from others") and the pages of `Client.invoices`. Only whoever keeps the client's
 * trainer's books reaches a client or their sessions here.
 */
export class ClientInvoiceRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /**
   * The client `clientId` and their trainer, when the caller keeps that trainer's books (the trainer,
   * their Trainer Admin, a super admin); null otherwise (unknown, deleted, or another trainer's).
   */
  async clientOf(clientId: string): Promise<{ id: string; trainerId: string } | null> {
    if (seesNoBooks(this.scope)) return null;
    const [row] = await runSql<{ id: string; trainerId: string }>(
      this.em,
      `select c.id, c.trainer_id as "trainerId" from clients.client_directory c where c.id = :clientId and ${booksScopeSql('c.trainer_id')}`,
      { ...scopeParams(this.scope), clientId },
    );
    return row ?? null;
  }

  /**
   * The sessions among `ids` that client `clientId` was booked on with trainer `trainerId` (any
   * booking status: the service says why one is not billable), each dated in zone `zone`. One statement.
   */
  async sessionsOf(clientId: string, trainerId: string, ids: readonly string[], zone: string): Promise<ClientSession[]> {
    if (seesNoBooks(this.scope) || !ids.length) return [];
    return runSql<ClientSession>(
      this.em,
      `select b.id, b.status, b.location_type as "locationType", b.studio_id as "studioId", s.province as "studioProvince",
              s.name as "studioName", b.class_type_name as "classTypeName", b.category,
              to_char((b.start_time at time zone :zone)::date, 'YYYY-MM-DD') as "serviceDate",
              a.rate::text as rate, att.booking_status as "bookingStatus", att.attended
         from scheduling.billable_session_directory b
         join scheduling.appointment_directory a on a.id = b.id
         join scheduling.attendance_directory att on att.appointment_id = b.id and att.client_id = :clientId
         left join studios.studio_directory s on s.id = b.studio_id
        where b.id = any(:ids::uuid[]) and b.trainer_id = :trainerId and ${booksScopeSql('b.trainer_id')}`,
      { ...scopeParams(this.scope), clientId, trainerId, ids: [...ids], zone },
    );
  }

  /**
   * The live invoice lines among sessions `ids` (a session is on at most one live invoice): which
   * invoice holds each, and its number (null: a draft).
   */
  async billedSessions(ids: readonly string[]): Promise<{ appointmentId: string; invoiceId: string; invoiceNumber: string | null }[]> {
    if (seesNoBooks(this.scope) || !ids.length) return [];
    return runSql(
      this.em,
      `select it.appointment_id as "appointmentId", i.id as "invoiceId", i.invoice_number as "invoiceNumber"
         from finance.invoice_items it join finance.invoices i on i.id = it.invoice_id
        where it.appointment_id = any(:ids::uuid[]) and it.live and ${invoiceScopeSql('i')}`,
      { ...scopeParams(this.scope), ids: [...ids] },
    );
  }

  /**
   * One page of the visible invoices billed to each client among `clientIds`, every client in ONE
   * statement (as `Trainer.invoices`): newest invoice date first, then id. A client sees theirs once
   * issued; the trainer (their team admin, a super admin) drafts too.
   */
  async findPages(q: ClientInvoicePageQuery): Promise<InvoiceEntity[]> {
    if (seesNoInvoices(this.scope) || !q.clientIds.length) return [];
    const order = keyset(NEWEST_FIRST, q.after);
    const conditions = [`w.client_id = any(:clientIds::uuid[])`, `w.invoice_type = 'client'`, invoiceScopeSql('w'), order.after];
    const params: Record<string, unknown> = { ...scopeParams(this.scope), ...order.params, clientIds: [...q.clientIds], limit: q.first + 1 };
    if (q.status === 'overdue') {
      conditions.push(overdueSql('w'));
      params.now = q.now.toISOString();
    } else if (q.status && (OPEN_STATUSES as readonly string[]).includes(q.status)) {
      conditions.push(`w.status = :status and not ${overdueSql('w')}`);
      params.status = q.status;
      params.now = q.now.toISOString();
    } else if (q.status) {
      conditions.push('w.status = :status');
      params.status = q.status;
    }
    return this.em
      .getRepository(InvoiceEntity)
      .createQueryBuilder('i')
      .where(
        `i.id in (
           select ranked.id from (
             select w.id, row_number() over (partition by w.client_id order by ${order.orderBy}) as n
               from finance.invoices w
              where ${conditions.join(' and ')}
           ) ranked
            where ranked.n <= :limit)`,
        params,
      )
      .orderBy('i.invoiceDate', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .getMany();
  }
}
