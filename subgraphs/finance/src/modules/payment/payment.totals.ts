import { Decimal } from '@fitflow/kit';
import { sumMoney } from '../../money.js';
import type { InvoiceEntity } from '../invoice/invoice.entity.js';
import type { PaymentEntity } from './payment.entity.js';

/** CAD received: the sum of the COMPLETED payments among `payments` (pending and failed do not count). */
export const amountReceived = (payments: readonly Pick<PaymentEntity, 'status' | 'amount'>[]): Decimal =>
  sumMoney(payments.filter((p) => p.status === 'completed').map((p) => p.amount));

/**
 * CAD still owed on an invoice (docs/receivables.md, Balance due): its total − its completed
 * `payments` − `credited` (the totals of its issued, non-void credit notes). A void invoice and a
 * credit note owe nothing: 0. Negative only if more was received than owed (a credit). Exact: every
 * term has two decimals, so the balance has two decimals too.
 */
export function balanceOf(
  invoice: Pick<InvoiceEntity, 'total'> & { status: string; documentType?: string },
  payments: readonly Pick<PaymentEntity, 'status' | 'amount'>[],
  credited: Decimal | null | undefined,
): Decimal {
  if (invoice.status === 'void' || invoice.documentType === 'credit_note') return new Decimal(0);
  return invoice.total.minus(amountReceived(payments)).minus(credited ?? 0);
}
