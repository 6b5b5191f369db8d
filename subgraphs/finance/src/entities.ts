import { BankAccountEntity } from './modules/bank-account/bank-account.entity.js';
import { InvoiceItemEntity } from './modules/invoice-item/invoice-item.entity.js';
import { InvoiceEntity } from './modules/invoice/invoice.entity.js';
import { PaymentEntity } from './modules/payment/payment.entity.js';
import { TaxRemittanceEntity } from './modules/tax-remittance/tax-remittance.entity.js';

/** Every TypeORM entity of the finance schema. */
export const entities = [InvoiceEntity, InvoiceItemEntity, PaymentEntity, BankAccountEntity, TaxRemittanceEntity];
