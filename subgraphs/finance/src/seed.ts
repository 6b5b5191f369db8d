import type { DemoAddress, DemoInvoice, DemoStudio, DemoTenant, DemoTrainer } from '@fitflow/demo';
import { createLogger, DataAccess, Decimal, systemContext, type Province } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { financeRepositories } from './data.js';
import type { InvoiceEntity, StoredInvoiceStatus } from './modules/invoice/invoice.entity.js';
import type { DirectoryAddress, StudioParty, TrainerParty } from './modules/invoice/invoice-party.repository.js';
import { studioSnapshot, supplierSnapshot, taxDetailsOf } from './modules/invoice/invoice.taxes.js';
import { quoteTaxes, type TaxRateTable } from './modules/tax/tax.engine.js';
import { lineAmount } from './money.js';

/**
 * Writes the finance slice of the demo tenant (docs/invoices.md, "The demo tenant"): its studio
 * invoices — drafts, and issued ones with their numbers, snapshots, payments, approval — their lines,
 * and each trainer's invoice sequences, in one unit of work of kit's system context. Invoices that
 * already exist (by id, or a number the trainer already used) are left as they are, and a sequence
 * only moves forward. The demo's amounts are checked against the money helpers and the tax engine
 * (the seeded rate table): they must be what FitFlow itself would have computed.
 * @throws Error when a demo invoice's lines, taxes or totals disagree with what FitFlow computes
 *   (nothing is written).
 */
export async function seedFinance(ds: DataSource, tenant: DemoTenant): Promise<void> {
  const data = new DataAccess(ds, systemContext('finance-seed', createLogger('finance', 'warn')), 'finance', financeRepositories());
  await data.run(async (tx) => {
    const table = await tx.taxRates.table();
    for (const invoice of tenant.invoices) checkAmounts(invoice, tenant, table);
    const existing = new Set((await tx.invoices.findByIds(tenant.invoices.map((i) => i.id))).map((i) => i.id));
    const usedNumbers = await tx.invoices.numbersOf(tenant.trainers.map((t) => t.id));
    const fresh = tenant.invoices.filter((i) => !existing.has(i.id) && !(i.invoiceNumber && usedNumbers.has(`${i.trainerId}:${i.invoiceNumber}`)));

    // Written as drafts first: lines can only be added to a draft; the issued ones are issued below.
    for (const invoice of fresh) {
      await tx.invoices.insert({
        id: invoice.id,
        trainerId: invoice.trainerId,
        studioId: invoice.studioId,
        clientId: null,
        invoiceType: 'studio',
        documentType: 'invoice',
        invoiceNumber: null,
        invoiceDate: invoice.invoiceDate,
        dueDate: invoice.dueDate,
        periodStart: invoice.periodStart,
        periodEnd: invoice.periodEnd,
        subtotal: new Decimal(invoice.subtotal.toFixed(2)),
        taxDetails: invoice.taxDetails,
        total: new Decimal(invoice.total.toFixed(2)),
        status: 'draft',
        timeZone: invoice.timeZone,
      });
      await tx.invoiceItems.append(
        invoice.id,
        invoice.items.map((item) => ({
          id: item.id,
          invoiceId: invoice.id,
          appointmentId: item.appointmentId,
          description: item.description,
          quantity: new Decimal(item.quantity.toFixed()),
          unitPrice: new Decimal(item.unitPrice.toFixed(2)),
          amount: new Decimal(item.amount.toFixed(2)),
          kind: item.kind,
          category: item.category,
          serviceDate: item.serviceDate,
          locationStudioId: item.locationStudioId,
          attendees: item.attendees,
          billingBasis: item.billingBasis,
        })),
      );
    }
    for (const invoice of fresh.filter((i) => i.status !== 'draft')) {
      const trainer = tenant.trainers.find((t) => t.id === invoice.trainerId)!;
      const studio = tenant.studios.find((s) => s.id === invoice.studioId)!;
      const placeOfSupply = invoice.taxDetails.placeOfSupply;
      const settled = invoice.status === 'paid' ? invoice.payments.at(-1) : undefined;
      const approver = invoice.approvedAt
        ? tenant.users.find((u) => u.roles.some((r) => r.role === 'studio_admin' && r.scopeId === invoice.studioId))
        : undefined;
      const values: Partial<InvoiceEntity> = {
        status: invoice.status as StoredInvoiceStatus,
        invoiceNumber: invoice.invoiceNumber,
        issuedAt: invoice.issuedAt,
        sentAt: invoice.sentAt,
        placeOfSupply,
        language: 'en',
        supplier: supplierSnapshot(trainerParty(trainer), placeOfSupply),
        recipient: studioSnapshot(studioParty(studio)),
        approvedAt: invoice.approvedAt,
        approvedBy: approver?.id ?? null,
        paidAt: invoice.paidAt,
        paymentMethod: settled?.paymentMethod ?? null,
        paymentReference: settled?.referenceNumber ?? null,
      };
      await tx.invoices.writeDemoState(invoice.id, values);
      for (const payment of invoice.payments) {
        await tx.payments.insert({
          id: payment.id,
          invoiceId: invoice.id,
          trainerId: invoice.trainerId,
          studioId: invoice.studioId,
          clientId: null,
          amount: new Decimal(payment.amount.toFixed(2)),
          paymentDate: payment.paymentDate,
          paymentMethod: payment.paymentMethod,
          referenceNumber: payment.referenceNumber,
          bankAccountId: null,
          status: 'completed',
          notes: null,
        });
      }
    }
    await tx.invoiceSequences.insertMissing(tenant.invoiceSequences);
  });
}

/**
 * Checks a demo invoice against FitFlow's own arithmetic: each line is quantity × unit price, the
 * subtotal their sum, and the taxes, notices and total what the tax engine quotes for its place of
 * supply, tax point and the trainer's registrations.
 * @throws Error naming the invoice when they disagree.
 */
function checkAmounts(invoice: DemoInvoice, tenant: DemoTenant, table: TaxRateTable): void {
  const trainer = tenant.trainers.find((t) => t.id === invoice.trainerId)!;
  const amounts = invoice.items.map((i) => lineAmount(new Decimal(i.quantity.toFixed()), new Decimal(i.unitPrice.toFixed())));
  const quote = quoteTaxes(
    {
      supplier: { gstHstNumber: trainer.gstNumber, qstNumber: trainer.qstNumber, pstNumbers: { ...trainer.pstNumbers } },
      placeOfSupply: invoice.taxDetails.placeOfSupply,
      taxPoint: invoice.taxDetails.taxPoint,
      lines: invoice.items.map((item, n) => ({ amount: amounts[n]!, kind: 'SERVICE' as const, category: item.category })),
    },
    table,
  );
  const expected = taxDetailsOf(quote, invoice.taxDetails.placeOfSupply, invoice.taxDetails.taxPoint);
  const agrees =
    invoice.items.every((item, n) => amounts[n]!.eq(item.amount.toFixed())) &&
    quote.subtotal.eq(invoice.subtotal.toFixed()) &&
    quote.total.eq(invoice.total.toFixed()) &&
    JSON.stringify(expected) === JSON.stringify(invoice.taxDetails);
  if (!agrees) throw new Error(`demo invoice ${invoice.id}: amounts or taxes disagree with the money helpers and the tax engine`);
}

const directoryAddress = (a: DemoAddress): DirectoryAddress => ({
  line1: a.street,
  line2: a.line2 ?? null,
  city: a.city,
  province: a.province,
  postal_code: a.postalCode,
});

/** A demo trainer as `studios.trainer_billing_directory` publishes them. */
const trainerParty = (t: DemoTrainer): TrainerParty => ({
  id: t.id,
  parentTrainerId: t.parentTrainerId,
  firstName: t.firstName,
  lastName: t.lastName,
  businessName: t.businessName,
  address: directoryAddress(t.address),
  province: t.address.province as Province,
  timeZone: t.timeZone,
  gstNumber: t.gstNumber,
  qstNumber: t.qstNumber,
  pstNumbers: { ...t.pstNumbers },
  invoicePrefix: t.invoicePrefix,
  status: 'active',
});

/** A demo studio as `studios.studio_billing_directory` publishes it. */
const studioParty = (s: DemoStudio): StudioParty => ({
  id: s.id,
  parentStudioId: s.parentStudioId,
  name: s.name,
  address: directoryAddress(s.address),
  province: s.province as Province,
  timeZone: s.timeZone,
  netDays: s.netDays,
  billingConsolidated: true,
  isHeadquarters: s.isHeadquarters,
  businessNumber: s.businessNumber,
  qstNumber: null,
  status: 'active',
});
