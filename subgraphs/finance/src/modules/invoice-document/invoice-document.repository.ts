import { runSql, scopeParams, type ViewerScope, type WrappedDataKey } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { belowVisibleInvoiceSql, seesNoBooks, seesNoInvoices } from '../../access/finance-access.js';
import type { PartySnapshot } from '../invoice/invoice.entity.js';
import { InvoiceDocumentEntity } from './invoice-document.entity.js';
import type { DocumentParty } from './invoice-document.model.js';

/** A client's names as `clients.client_billing_directory` publishes them: sealed, with the client's wrapped data key. */
export interface SealedClientName {
  clientId: string;
  firstName: string;
  lastName: string;
  dataKey: WrappedDataKey;
}

/** An address as the studios directories publish it (jsonb, snake_case). */
interface DirectoryAddress {
  line1?: string;
  line2?: string | null;
  city?: string;
  province?: string;
  postal_code?: string;
}

const snapshotAddress = (address: DirectoryAddress | null): PartySnapshot['address'] =>
  address ? { line1: address.line1, line2: address.line2 ?? null, city: address.city, province: address.province, postalCode: address.postal_code } : null;

/**
 * Data access to `finance.invoice_documents` (stored PDFs of issued invoices), and the directory
 * facts a document prints that finance does not keep itself: studio names for line groups, and a
 * draft's parties (a draft has no snapshot yet). Documents are filtered by the caller's scope like
 * their invoice (row-level security filters the same rows again).
 */
export class InvoiceDocumentRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /** The stored document of invoice `invoiceId`, when the caller may see the invoice and it has one. */
  async find(invoiceId: string): Promise<InvoiceDocumentEntity | null> {
    if (seesNoInvoices(this.scope)) return null;
    return this.em
      .getRepository(InvoiceDocumentEntity)
      .createQueryBuilder('d')
      .where('d.invoice_id = :invoiceId', { invoiceId })
      .andWhere(belowVisibleInvoiceSql('d.invoice_id'), scopeParams(this.scope))
      .getOne();
  }

  /**
   * Stores an issued invoice's document. Only whoever keeps the trainer's books may (row-level
   * security refuses anyone else); PostgreSQL checks the hash and size, and refuses a second document
   * for one invoice (primary key) or one for a draft (trigger). `rendered_at` is the transaction's time.
   * @throws Error when the caller keeps no books at all (no SQL is sent).
   */
  async insert(row: Pick<InvoiceDocumentEntity, 'invoiceId' | 'language' | 'sha256' | 'content' | 'byteSize'>): Promise<void> {
    if (seesNoBooks(this.scope)) throw new Error('only whoever keeps the books may store an invoice document');
    await this.em.createQueryBuilder().insert().into(InvoiceDocumentEntity).values(row).execute();
  }

  /** Names of studios by id (`studios.studio_directory`), for the titles of a consolidated invoice's line groups. */
  async studioNames(studioIds: readonly string[]): Promise<Map<string, string>> {
    if (!studioIds.length) return new Map();
    const rows = await runSql<{ id: string; name: string }>(this.em, 'select id, name from studios.studio_directory where id = any(:ids::uuid[])', {
      ids: [...studioIds],
    });
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /**
   * The trainer as a draft's supplier today (`studios.trainer_billing_directory`): name, business
   * name, address, registration numbers; null when unknown.
   */
  async currentSupplier(trainerId: string): Promise<DocumentParty | null> {
    const [row] = await runSql<{
      first_name: string;
      last_name: string;
      business_name: string | null;
      address: DirectoryAddress | null;
      gst_number: string | null;
      qst_number: string | null;
      pst_numbers: Record<string, string> | null;
    }>(
      this.em,
      `select first_name, last_name, business_name, address, gst_number, qst_number, pst_numbers
         from studios.trainer_billing_directory where id = :trainerId`,
      { trainerId },
    );
    if (!row) return null;
    return {
      name: `${row.first_name} ${row.last_name}`.trim(),
      businessName: row.business_name,
      address: snapshotAddress(row.address),
      gstHstNumber: row.gst_number,
      qstNumber: row.qst_number,
      pstNumbers: row.pst_numbers ?? {},
    };
  }

  /** The studio billed, as a draft's recipient today (`studios.studio_billing_directory`); null when unknown. */
  async currentStudioRecipient(studioId: string): Promise<PartySnapshot | null> {
    const [row] = await runSql<{ name: string; address: DirectoryAddress | null }>(
      this.em,
      'select name, address from studios.studio_billing_directory where id = :studioId',
      { studioId },
    );
    return row ? { name: row.name, address: snapshotAddress(row.address) } : null;
  }

  /**
   * The client billed, as a draft's recipient today (`clients.client_billing_directory`): their names
   * sealed with their data key, and that key wrapped by a master key — opened in process by the
   * service (docs/database-contracts/clients.md); null when unknown, soft-deleted or erased.
   */
  async currentClientRecipient(clientId: string): Promise<SealedClientName | null> {
    const [row] = await runSql<{ first_name: string; last_name: string; data_key_id: string; data_key_master_key_id: string; data_key_wrapped: string }>(
      this.em,
      `select first_name, last_name, data_key_id, data_key_master_key_id, data_key_wrapped
         from clients.client_billing_directory where id = :clientId`,
      { clientId },
    );
    return row
      ? {
          clientId,
          firstName: row.first_name,
          lastName: row.last_name,
          dataKey: { id: row.data_key_id, masterKeyId: row.data_key_master_key_id, wrapped: row.data_key_wrapped },
        }
      : null;
  }
}
