import type { Decimal } from '@fitflow/kit';
import { sumMoney } from '../../money.js';
import type { PaymentEntity } from './payment.entity.js';

/** CAD received: the sum of the COMPLETED payments among `payments` (pending and failed do not count). */
export const amountReceived = (payments: readonly Pick<PaymentEntity, 'status' | 'amount'>[]): Decimal =>
  sumMoney(payments.filter((p) => p.status === 'completed').map((p) => p.amount));
