import { ConnectionType, DateTimeScalar, LocalDateScalar, MoneyScalar, ProvinceCode, type Decimal } from '@fitflow/kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ExpenseEntity, StoredExpenseCategory } from './expense.entity.js';

export enum ExpenseCategory {
  EQUIPMENT = 'equipment',
  SUPPLIES = 'supplies',
  TRAVEL = 'travel',
  RENT = 'rent',
  EDUCATION = 'education',
  MARKETING = 'marketing',
  SOFTWARE = 'software',
  INSURANCE = 'insurance',
  OTHER = 'other',
}
registerEnumType(ExpenseCategory, {
  name: 'ExpenseCategory',
  description: 'What a business expense was for.',
  valuesConfig: {
    EQUIPMENT: { description: 'Equipment: weights, mats, bands, a massage table.' },
    SUPPLIES: { description: 'Consumable supplies.' },
    TRAVEL: { description: 'Travel between studios and to clients: fares, fuel, parking, lodging.' },
    RENT: { description: 'Studio or room rental.' },
    EDUCATION: { description: 'Courses, certifications, conferences.' },
    MARKETING: { description: 'Advertising, website, printing.' },
    SOFTWARE: { description: 'Software and subscriptions.' },
    INSURANCE: { description: 'Liability insurance (usually exempt from GST/HST).' },
    OTHER: { description: 'Anything else.' },
  },
});

@ObjectType('Expense', {
  description:
    "A trainer's business expense and the sales taxes paid on it. Money is CAD with two decimals; expenseDate is the receipt's day. See docs/remittance.md.",
})
export class ExpenseType {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar, { description: "The receipt's day: the return whose period holds it counts it." }) expenseDate: string;
  @Field(() => String) vendor: string;
  @Field(() => String) description: string;
  @Field(() => ExpenseCategory) category: ExpenseCategory;
  @Field(() => MoneyScalar, { description: 'CAD before sales taxes.' }) amountBeforeTax: Decimal;
  @Field(() => MoneyScalar, { description: 'GST or HST paid: an input tax credit (GST/HST return line 106) when itcEligible.' }) gstHstPaid: Decimal;
  @Field(() => MoneyScalar, { description: 'QST paid: an input tax refund (QST return line 206) when itcEligible.' }) qstPaid: Decimal;
  @Field(() => MoneyScalar, { description: 'PST or RST paid: a cost, never recovered.' }) pstPaid: Decimal;
  @Field(() => MoneyScalar, { description: 'What was paid: the amount before tax plus every tax.' }) total: Decimal;
  @Field(() => ProvinceCode, { description: 'Province or territory of the purchase.' }) province: ProvinceCode;
  @Field(() => String, { nullable: true, description: "The receipt's or invoice's number." }) receiptReference: string | null;
  @Field(() => Boolean, { description: 'Bought for commercial activities: its GST/HST (and QST) may be claimed back.' }) itcEligible: boolean;
  @Field(() => String, { description: 'ISO 4217 currency of every amount: always "CAD".' }) currency: string;
  @Field(() => DateTimeScalar, { description: 'When it was recorded (UTC).' }) createdAt: Date;
  trainerId: string;

  static from(e: ExpenseEntity): ExpenseType {
    return Object.assign(new ExpenseType(), {
      id: e.id,
      expenseDate: e.expenseDate,
      vendor: e.vendor,
      description: e.description,
      category: e.category as StoredExpenseCategory as ExpenseCategory,
      amountBeforeTax: e.amountBeforeTax,
      gstHstPaid: e.gstHstPaid,
      qstPaid: e.qstPaid,
      pstPaid: e.pstPaid,
      total: e.amountBeforeTax.plus(e.gstHstPaid).plus(e.qstPaid).plus(e.pstPaid),
      province: e.province as ProvinceCode,
      receiptReference: e.receiptReference,
      itcEligible: e.itcEligible,
      currency: 'CAD',
      createdAt: e.createdAt,
      trainerId: e.trainerId,
    });
  }
}

export const ExpenseConnection = ConnectionType(ExpenseType, 'Expense');
