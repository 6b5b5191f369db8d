import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { BankAccountEntity } from './bank-account.entity.js';

export enum BankAccountKind {
  CHECKING = 'checking',
  SAVINGS = 'savings',
}
registerEnumType(BankAccountKind, { name: 'BankAccountKind', description: 'Chequing or savings account.' });

/**
 * A trainer's bank account, masked: the full account, transit and institution numbers are not part
 * of the API (they stay sealed in the entity).
 */
@ObjectType('BankAccount', { description: "A bank account a trainer is paid into. Only the account number's last four digits are shown." })
export class BankAccountType {
  @Field(() => ID) id: string;
  @Field(() => String) accountName: string;
  @Field(() => String) bankName: string;
  @Field(() => BankAccountKind, { nullable: true }) accountType: BankAccountKind | null;
  @Field(() => String, { description: 'ISO 4217, e.g. "CAD".' }) currency: string;
  @Field(() => Boolean) isPrimary: boolean;
  @Field(() => String, { nullable: true, description: 'Last four digits of the account number, e.g. "6789".' }) accountNumberLast4: string | null;

  static from(e: BankAccountEntity): BankAccountType {
    return Object.assign(new BankAccountType(), {
      id: e.id,
      accountName: e.accountName,
      bankName: e.bankName,
      accountType: e.accountType as BankAccountKind | null,
      currency: e.currency,
      isPrimary: e.isPrimary,
      accountNumberLast4: e.accountNumberLast4,
    });
  }
}
