import { runSql, type Province, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { seesNoBooks } from '../../access/finance-access.js';

/** A postal address as the directories publish it. */
export interface DirectoryAddress {
  line1: string;
  line2?: string | null;
  city: string;
  province: string;
  postal_code: string;
}

/** A row of `studios.studio_billing_directory` (docs/database-contracts/studios.md). */
export interface StudioParty {
  id: string;
  parentStudioId: string | null;
  name: string;
  address: DirectoryAddress | null;
  province: Province;
  /** IANA zone the studio's calendar days are in. */
  timeZone: string;
  /** Payment terms: days after the invoice date. */
  netDays: number;
  /** On a headquarters: the chain's sessions are billed to it, on one invoice per trainer. */
  billingConsolidated: boolean;
  isHeadquarters: boolean;
  businessNumber: string | null;
  qstNumber: string | null;
  status: string;
}

/** A row of `studios.trainer_billing_directory`: who issues the invoice, and their tax registrations. */
export interface TrainerParty {
  id: string;
  parentTrainerId: string | null;
  firstName: string;
  lastName: string;
  businessName: string | null;
  address: DirectoryAddress | null;
  province: Province | null;
  timeZone: string;
  gstNumber: string | null;
  qstNumber: string | null;
  pstNumbers: Partial<Record<Province, string>>;
  /** Up to six characters, e.g. "MC": invoice numbers read `MC-2026-0007`. */
  invoicePrefix: string;
  status: string;
}

/** A client's name as an invoice prints it (opened from {@link SealedClientParty}; never logged). */
export interface ClientParty {
  id: string;
  trainerId: string;
  firstName: string;
  lastName: string;
}

/**
 * A row of `clients.client_billing_directory`: the client's names sealed with their data key (kit
 * envelope ciphertext), and that data key wrapped by a master key (docs/database-contracts/clients.md).
 */
export interface SealedClientParty {
  id: string;
  trainerId: string;
  firstName: string;
  lastName: string;
  dataKeyId: string;
  masterKeyId: string;
  wrapped: string;
}

/**
 * The parties of invoices, as the other subgraphs publish them for billing (read-only views:
 * `studios.studio_billing_directory`, `studios.trainer_billing_directory`,
 * `clients.client_billing_directory`; docs/database-contracts/finance.md, "Reads from others"). Only
 * callers who keep some trainer's books read them (generation and issue are theirs); the rows hold
 * no scope of their own — a service reads the parties of an invoice it has already found in scope.
 */
export class InvoicePartyRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /** The studios `ids` and every studio above them (their chains up to the headquarters), by id. */
  async studiosWithChains(ids: readonly string[]): Promise<Map<string, StudioParty>> {
    if (seesNoBooks(this.scope) || !ids.length) return new Map();
    const rows = await runSql<Record<string, unknown>>(
      this.em,
      `with recursive chain as (
         select d.* from studios.studio_billing_directory d where d.id = any(:ids::uuid[])
         union
         select p.* from studios.studio_billing_directory p join chain on p.id = chain.parent_studio_id
       )
       select id, parent_studio_id, name, address, province, time_zone, net_days, billing_consolidated, is_headquarters,
              business_number, qst_number, status
         from chain`,
      { ids: [...ids] },
    );
    return new Map(
      rows.map((r) => [
        r.id as string,
        {
          id: r.id as string,
          parentStudioId: (r.parent_studio_id as string | null) ?? null,
          name: r.name as string,
          address: (r.address as DirectoryAddress | null) ?? null,
          province: r.province as Province,
          timeZone: r.time_zone as string,
          netDays: Number(r.net_days ?? 30),
          billingConsolidated: r.billing_consolidated === true,
          isHeadquarters: r.is_headquarters === true,
          businessNumber: (r.business_number as string | null) ?? null,
          qstNumber: (r.qst_number as string | null) ?? null,
          status: r.status as string,
        },
      ]),
    );
  }

  /** The trainers `ids`, by id. */
  async trainers(ids: readonly string[]): Promise<Map<string, TrainerParty>> {
    if (seesNoBooks(this.scope) || !ids.length) return new Map();
    const rows = await runSql<Record<string, unknown>>(
      this.em,
      `select id, parent_trainer_id, first_name, last_name, business_name, address, province, time_zone,
              gst_number, qst_number, pst_numbers, invoice_prefix, status
         from studios.trainer_billing_directory
        where id = any(:ids::uuid[])`,
      { ids: [...ids] },
    );
    return new Map(
      rows.map((r) => [
        r.id as string,
        {
          id: r.id as string,
          parentTrainerId: (r.parent_trainer_id as string | null) ?? null,
          firstName: r.first_name as string,
          lastName: r.last_name as string,
          businessName: (r.business_name as string | null) || null,
          address: (r.address as DirectoryAddress | null) ?? null,
          province: (r.province as Province | null) ?? null,
          timeZone: r.time_zone as string,
          gstNumber: (r.gst_number as string | null) || null,
          qstNumber: (r.qst_number as string | null) || null,
          pstNumbers: (r.pst_numbers as Partial<Record<Province, string>> | null) ?? {},
          invoicePrefix: r.invoice_prefix as string,
          status: r.status as string,
        },
      ]),
    );
  }

  /** The client `id`'s sealed names and data key, or null (unknown, soft-deleted or erased). */
  async client(id: string): Promise<SealedClientParty | null> {
    if (seesNoBooks(this.scope)) return null;
    const [row] = await runSql<Record<string, string>>(
      this.em,
      `select id, trainer_id, first_name, last_name, data_key_id, data_key_master_key_id, data_key_wrapped
         from clients.client_billing_directory where id = :id`,
      { id },
    );
    return row
      ? {
          id: row.id!,
          trainerId: row.trainer_id!,
          firstName: row.first_name!,
          lastName: row.last_name!,
          dataKeyId: row.data_key_id!,
          masterKeyId: row.data_key_master_key_id!,
          wrapped: row.data_key_wrapped!,
        }
      : null;
  }
}
