import { badUserInput, ClassCategory, Decimal, DecimalScalar, MoneyScalar, parseId } from '@fitflow/kit';
import { Allow } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

/** Highest rate a studio may pay per session, CAD (a typo guard: ten thousand dollars). */
export const MAX_CLASS_RATE = new Decimal('10000');
/** Commission is a percentage: 0 to 100. */
export const MAX_COMMISSION_RATE = new Decimal('100');
/** Rates and commissions are stored as NUMERIC with two decimals: more would be rounded silently. */
const MAX_DECIMAL_PLACES = 2;

// Fields carry `@Allow()` so that type-graphql's whitelisting validator keeps them; the rules
// themselves are checked by `parseContractRates`, which names the field at fault.

@InputType('ClassRateInput', { description: 'What the studio pays the trainer per session of a class category.' })
export class ClassRateInput {
  @Field(() => ClassCategory)
  @Allow()
  category: ClassCategory;

  @Field(() => MoneyScalar, { description: 'CAD per session, before tax: more than 0, at most 10000, at most 2 decimals, e.g. "55.00".' })
  @Allow()
  rate: Decimal;
}

@InputType('SetContractRatesInput', { description: "New rates of a trainer's contract with a studio." })
export class SetContractRatesInput {
  @Field(() => ID)
  @Allow()
  trainerId: string;

  @Field(() => ID)
  @Allow()
  studioId: string;

  @Field(() => [ClassRateInput], {
    description:
      'The per-session rates, one per class category (at least one). They replace all the current class rates: a category left out has no rate any more.',
  })
  @Allow()
  rates: ClassRateInput[];

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Percent of session revenue the studio keeps, 0 to 100, at most 2 decimals; omitted or null: unchanged.',
  })
  @Allow()
  commissionRate?: Decimal | null;
}

/** A checked {@link SetContractRatesInput}, in the shape it is stored. */
export interface ContractRatesChange {
  trainerId: string;
  studioId: string;
  /** CAD per session by category, as 2-decimal strings (`studios.trainer_studios.class_rates`). */
  classRates: Partial<Record<`${ClassCategory}`, string>>;
  /** New commission percentage, or undefined to leave it as it is. */
  commissionRate: Decimal | undefined;
}

const isDecimal = (value: unknown): value is Decimal => value instanceof Decimal || Decimal.isDecimal(value);

/**
 * Checks and normalizes the input of `setContractRates`. Amounts are decimal.js values (the Decimal
 * scalar), never floats.
 * @throws BAD_USER_INPUT naming the field at fault (`trainerId`, `studioId`, `rates`,
 * `rates[i].category`, `rates[i].rate`, `commissionRate`): malformed ids; no rate; a category given
 * twice; a rate that is not more than 0 and at most 10000 CAD, or has more than 2 decimals; a
 * commission outside 0–100 or with more than 2 decimals.
 */
export function parseContractRates(input: SetContractRatesInput): ContractRatesChange {
  const trainerId = parseId(input.trainerId, 'trainerId');
  const studioId = parseId(input.studioId, 'studioId');
  if (!input.rates?.length) throw badUserInput('Give at least one class rate.', 'rates');
  const classRates: ContractRatesChange['classRates'] = {};
  input.rates.forEach(({ category, rate }, i) => {
    if (!Object.values(ClassCategory).includes(category)) throw badUserInput('Unknown class category.', `rates[${i}].category`);
    if (classRates[category] !== undefined) throw badUserInput(`The ${category} rate is given more than once.`, `rates[${i}].category`);
    const field = `rates[${i}].rate`;
    if (!isDecimal(rate) || !rate.isFinite()) throw badUserInput('A rate is a decimal amount such as "55.00".', field);
    if (rate.decimalPlaces() > MAX_DECIMAL_PLACES) throw badUserInput('A rate has at most 2 decimals (cents).', field);
    if (!rate.greaterThan(0) || rate.greaterThan(MAX_CLASS_RATE)) throw badUserInput('A rate is more than 0 and at most 10000 CAD per session.', field);
    classRates[category] = rate.toFixed(MAX_DECIMAL_PLACES);
  });
  let commissionRate: Decimal | undefined;
  if (input.commissionRate != null) {
    const value = input.commissionRate;
    if (!isDecimal(value) || !value.isFinite()) throw badUserInput('The commission is a decimal percentage such as "12.50".', 'commissionRate');
    if (value.decimalPlaces() > MAX_DECIMAL_PLACES) throw badUserInput('The commission has at most 2 decimals.', 'commissionRate');
    if (value.lessThan(0) || value.greaterThan(MAX_COMMISSION_RATE)) throw badUserInput('The commission is a percentage from 0 to 100.', 'commissionRate');
    commissionRate = new Decimal(value.toFixed(MAX_DECIMAL_PLACES));
  }
  return { trainerId, studioId, classRates, commissionRate };
}
