import type { DemoTenant } from '@fitflow/demo';
import { createLogger, DataAccess, Decimal, systemContext } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { financeRepositories } from './data.js';
import { invoiceTotals } from './money.js';
import type { StoredTaxLine } from './modules/invoice/invoice.entity.js';

/**
 * Writes the finance slice of the demo tenant: the studio invoices of the previous month (sent or
 * still drafts, dated in the studio's zone) and their lines, in one unit of work of kit's system
 * context; rows that already exist are left as they are. Amounts are recomputed with the money
 * helpers and must agree with the demo tenant's.
 * @throws Error when a demo invoice's totals disagree with {@link invoiceTotals} (nothing is written).
 */
export async function seedFinance(ds: DataSource, tenant: DemoTenant): Promise<void> {
  const data = new DataAccess(ds, systemContext('finance-seed', createLogger('finance', 'warn')), 'finance', financeRepositories());
  await data.run(async (tx) => {
    const invoices = tenant.invoices.map((invoice) => {
      const totals = invoiceTotals({
        items: invoice.items.map((i) => ({ quantity: new Decimal(i.quantity.toFixed()), unitPrice: new Decimal(i.unitPrice.toFixed()) })),
        taxes: invoice.taxDetails.lines.map((l) => ({ tax: l.tax, rate: new Decimal(l.rate) })),
      });
      if (!totals.subtotal.eq(invoice.subtotal.toFixed()) || !totals.total.eq(invoice.total.toFixed())) {
        throw new Error(`demo invoice ${invoice.id}: totals disagree with the money helpers`);
      }
      return { invoice, totals };
    });
    await tx.invoices.insertMissing(
      invoices.map(({ invoice, totals }) => ({
        id: invoice.id,
        trainerId: invoice.trainerId,
        studioId: invoice.studioId,
        clientId: null,
        invoiceType: 'studio',
        invoiceDate: invoice.invoiceDate,
        dueDate: invoice.dueDate,
        periodStart: invoice.periodStart,
        periodEnd: invoice.periodEnd,
        subtotal: totals.subtotal,
        taxDetails: {
          province: invoice.taxDetails.province,
          lines: totals.taxes.map((t) => ({ tax: t.tax as StoredTaxLine['tax'], rate: t.rate.toFixed(), amount: t.amount.toFixed(2) })),
        },
        total: totals.total,
        // Written as drafts: lines can only be added to a draft; the sent ones are issued below.
        invoiceNumber: null,
        status: 'draft' as const,
        timeZone: invoice.timeZone,
      })),
    );
    await tx.invoiceItems.insertMissing(
      invoices.flatMap(({ invoice, totals }) =>
        invoice.items.map((item, position) => ({
          id: item.id,
          invoiceId: invoice.id,
          position,
          appointmentId: item.appointmentId,
          description: item.description,
          quantity: new Decimal(item.quantity.toFixed()),
          unitPrice: new Decimal(item.unitPrice.toFixed()),
          amount: totals.itemAmounts[position],
          taxRate: new Decimal(item.taxRate.toFixed()),
        })),
      ),
    );
    for (const { invoice } of invoices.filter(({ invoice }) => invoice.status !== 'draft')) {
      await tx.invoices.update(invoice.id, { invoiceNumber: invoice.invoiceNumber, status: invoice.status, issuedAt: invoice.sentAt, sentAt: invoice.sentAt });
    }
  });
}
