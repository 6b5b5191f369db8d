import { RowSealer, unwrapDataKey, type KeyRing, type Province } from '@fitflow/kit';
import { DateTime } from 'luxon';
import type { InvoiceItemEntity } from '../invoice-item/invoice-item.entity.js';
import type { SupplierRegistrations, TaxableLine, TaxQuote } from '../tax/tax.engine.js';
import type { InvoiceEntity, PartySnapshot, StoredTaxLine, TaxDetails } from './invoice.entity.js';
import type { ClientParty, DirectoryAddress, SealedClientParty, StudioParty, TrainerParty } from './invoice-party.repository.js';

/**
 * What an invoice's taxes and dates are made of, as plain functions: today in the invoice's zone,
 * the payment term kept when a draft is re-dated, the supplier's registrations and the lines as the
 * tax engine takes them, the quote as `tax_details` stores it, and the parties as the issued document
 * shows them. docs/invoices.md explains the rules; the tax rules themselves are the engine's
 * (src/modules/tax/tax.engine.ts, docs/tax.md).
 */

/** Today's calendar day `YYYY-MM-DD` in IANA zone `zone` at instant `now`. */
export function todayIn(zone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone }).toISODate()!;
}

/** `day` plus `days` calendar days (`YYYY-MM-DD`). */
export function plusDays(day: string, days: number): string {
  return DateTime.fromISO(day, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

/** Calendar days from `from` to `to` (`YYYY-MM-DD` both; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days);
}

/**
 * The dates of a draft re-dated to `today`: a draft is dated the day it last changed (or is issued),
 * and keeps its payment term — the days between its date and its due date — so a draft generated on
 * the 1st, due net 30, and issued on the 5th is due 30 days after the 5th.
 */
export function redated(invoice: Pick<InvoiceEntity, 'invoiceDate' | 'dueDate'>, today: string): { invoiceDate: string; dueDate: string } {
  return { invoiceDate: today, dueDate: plusDays(today, Math.max(0, daysBetween(invoice.invoiceDate, invoice.dueDate))) };
}

/** The trainer's registrations as the tax engine takes them (`studios.trainer_billing_directory`). */
export function supplierOf(trainer: TrainerParty): SupplierRegistrations {
  return { gstHstNumber: trainer.gstNumber, qstNumber: trainer.qstNumber, pstNumbers: { ...trainer.pstNumbers } };
}

/** The registrations the issued invoice's supplier snapshot recorded (a credit note applies the same). */
export function supplierOfSnapshot(snapshot: PartySnapshot | null): SupplierRegistrations {
  return { gstHstNumber: snapshot?.gstHstNumber ?? null, qstNumber: snapshot?.qstNumber ?? null, pstNumbers: { ...(snapshot?.pstNumbers ?? {}) } };
}

/** The invoice's lines as the tax engine takes them: amount, SERVICE or GOODS, category. */
export function taxableLines(items: readonly Pick<InvoiceItemEntity, 'amount' | 'kind' | 'category'>[]): TaxableLine[] {
  return items.map((item) => ({ amount: item.amount, kind: item.kind === 'goods' ? 'GOODS' : 'SERVICE', category: item.category }));
}

/**
 * Where an invoice's supply is made (docs/invoices.md, "Place of supply"): the draft's own
 * `place_of_supply` when set (a client invoice gets it when created), else the province of the studio
 * billed. Null when neither is known.
 */
export function placeOfSupplyOf(invoice: Pick<InvoiceEntity, 'placeOfSupply'>, studio: StudioParty | null | undefined): Province | null {
  return (invoice.placeOfSupply as Province | null) ?? studio?.province ?? null;
}

/** A quote as `invoices.tax_details` stores it (docs/database-contracts/finance.md). */
export function taxDetailsOf(quote: TaxQuote, placeOfSupply: Province, taxPoint: string): TaxDetails {
  return {
    province: placeOfSupply,
    placeOfSupply,
    taxPoint,
    lines: quote.taxes.map((t): StoredTaxLine => ({
      tax: t.tax,
      jurisdiction: t.jurisdiction,
      rate: t.rate.toFixed(),
      base: t.base.toFixed(2),
      amount: t.amount.toFixed(2),
    })),
    notices: [...quote.notices],
  };
}

const addressOf = (address: DirectoryAddress | null): PartySnapshot['address'] =>
  address && { line1: address.line1, line2: address.line2 ?? null, city: address.city, province: address.province, postalCode: address.postal_code };

/**
 * The trainer as an issued invoice shows them forever: name, business name, address and the
 * registrations in force at issue (the PST/RST number of the place of supply, when they hold one).
 */
export function supplierSnapshot(trainer: TrainerParty, placeOfSupply: Province): PartySnapshot {
  return {
    name: `${trainer.firstName} ${trainer.lastName}`,
    businessName: trainer.businessName,
    address: addressOf(trainer.address),
    gstHstNumber: trainer.gstNumber,
    qstNumber: trainer.qstNumber,
    pstNumber: trainer.pstNumbers[placeOfSupply] ?? null,
    pstNumbers: { ...trainer.pstNumbers },
  };
}

/** The studio billed as an issued invoice shows it: name, address, business number (and QST number). */
export function studioSnapshot(studio: StudioParty): PartySnapshot {
  return { name: studio.name, address: addressOf(studio.address), businessNumber: studio.businessNumber, qstNumber: studio.qstNumber };
}

/**
 * Opens a client's names as `clients.client_billing_directory` publishes them: unwraps the client's
 * data key with the master key ring, then opens each name as the clients subgraph sealed it (AAD
 * `clients.<column>:<client id>`, the key named `client.<id>` inside the ciphertext) —
 * docs/database-contracts/clients.md. In this process only; the names are never logged.
 * @throws Error when a name was altered or the key ring cannot unwrap the key.
 */
export function openClientParty(sealed: SealedClientParty, ring: KeyRing): ClientParty {
  const key = unwrapDataKey({ id: sealed.dataKeyId, masterKeyId: sealed.masterKeyId, wrapped: sealed.wrapped }, ring.byId);
  const sealer = new RowSealer({ id: key.id.replaceAll(':', '.'), key: key.key }, 'clients', sealed.id);
  return {
    id: sealed.id,
    trainerId: sealed.trainerId,
    firstName: sealer.openText('first_name', sealed.firstName) ?? '',
    lastName: sealer.openText('last_name', sealed.lastName) ?? '',
  };
}

/** The client billed as an issued invoice shows them: their name only (never logged). */
export function clientSnapshot(client: ClientParty): PartySnapshot {
  return { name: `${client.firstName} ${client.lastName}` };
}

/**
 * The language of the issued document: French when the recipient is in Québec (Charter of the French
 * Language, CQLR c. C-11, s. 57: invoices are drawn up in French), else English. A studio is in Québec
 * when its province is QC; a client invoice follows its place of supply.
 */
export function languageFor(studio: StudioParty | null | undefined, placeOfSupply: Province): 'en' | 'fr' {
  return (studio ? studio.province : placeOfSupply) === 'QC' ? 'fr' : 'en';
}

/** `MC-2026-0007`: the trainer's prefix, the year of the invoice date, the number on four digits (or more). */
export function invoiceNumber(prefix: string, year: number, n: number): string {
  return `${prefix}-${year}-${String(n).padStart(4, '0')}`;
}
