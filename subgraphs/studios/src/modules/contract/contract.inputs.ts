import { badUserInput, ClassCategory, Decimal, DecimalScalar, LocalDateScalar, MoneyScalar, parseId } from '@fitflow/kit';
import { Allow } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { ClassRates } from './contract.entity.js';
import type { AttendeeBonus } from './contract.repository.js';

/** Highest rate a studio may pay per session, CAD (a typo guard: ten thousand dollars). */
export const MAX_CLASS_RATE = new Decimal('10000');
/** Commission is a percentage: 0 to 100. */
export const MAX_COMMISSION_RATE = new Decimal('100');
/** Highest per-attendee bonus, CAD (a typo guard). */
export const MAX_ATTENDEE_BONUS_RATE = new Decimal('1000');
/** Largest head count a bonus threshold may name: a class holds at most 500 people (scheduling's `class_types_capacity`). */
export const MAX_ATTENDEE_BONUS_THRESHOLD = 500;
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

@InputType('AttendeeBonusInput', { description: 'A bonus the studio pays per attendee above a head count, on top of the class rate.' })
export class AttendeeBonusInput {
  @Field(() => Int, { description: 'Attendees up to this number earn no bonus; each one above it earns `rate`. 0 to 500.' })
  @Allow()
  threshold: number;

  @Field(() => MoneyScalar, { description: 'CAD per attendee above the threshold, before tax: more than 0, at most 1000.' })
  @Allow()
  rate: Decimal;
}

@InputType('SetContractRatesInput', {
  description:
    "New rates of a trainer's contract with a studio, from a given day on: a new rate period (or the one beginning that day, replaced). Earlier periods are kept, so past sessions are billed at the rates of their day.",
})
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
    description: 'Percent of session revenue the studio keeps, 0 to 100, at most 2 decimals; omitted or null: unchanged. Not dated: it applies from now on.',
  })
  @Allow()
  commissionRate?: Decimal | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "First day the new rates apply (the studio's local date), from the contract's start date to its end date; omitted or null: today in the studio's time zone.",
  })
  @Allow()
  effectiveFrom?: string | null;

  @Field(() => AttendeeBonusInput, {
    nullable: true,
    description: 'A per-attendee bonus above a head count; null: no bonus; omitted: as in the period in force on `effectiveFrom`.',
  })
  @Allow()
  attendeeBonus?: AttendeeBonusInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether a session whose clients did not come is billed at its rate; omitted or null: as in the period in force on `effectiveFrom` (billed, for a contract's first period).",
  })
  @Allow()
  billNoShows?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether a late-cancelled booking is billed; omitted or null: as in the period in force on `effectiveFrom` (billed, for a contract's first period).",
  })
  @Allow()
  billLateCancellations?: boolean | null;
}

/** A checked {@link SetContractRatesInput}, in the shape it is stored. */
export interface ContractRatesChange {
  trainerId: string;
  studioId: string;
  /** CAD per session by category, as 2-decimal strings (`studios.contract_rates.class_rates`). */
  classRates: ClassRates;
  /** New commission percentage, or undefined to leave it as it is. */
  commissionRate: Decimal | undefined;
  /** First day of the new period (`YYYY-MM-DD`, the studio's zone), or undefined for today there. */
  effectiveFrom: string | undefined;
  /** The bonus; null for none; undefined to keep the one in force on `effectiveFrom`. */
  attendeeBonus: AttendeeBonus | null | undefined;
  /** Undefined: as in the period in force on `effectiveFrom`. */
  billNoShows: boolean | undefined;
  billLateCancellations: boolean | undefined;
}

const isDecimal = (value: unknown): value is Decimal => value instanceof Decimal || Decimal.isDecimal(value);

/**
 * Checks and normalizes the input of `setContractRates`. Amounts are decimal.js values (the Decimal
 * scalar), never floats.
 * @throws BAD_USER_INPUT naming the field at fault (`trainerId`, `studioId`, `rates`,
 * `rates[i].category`, `rates[i].rate`, `commissionRate`, `attendeeBonus.threshold`,
 * `attendeeBonus.rate`): malformed ids; no rate; a category given twice; a rate that is not more than
 * 0 and at most 10000 CAD, or has more than 2 decimals; a commission outside 0–100 or with more than 2
 * decimals; a bonus threshold that is not a whole number from 0 to 500, or a bonus rate that is not
 * more than 0 and at most 1000 CAD. (`effectiveFrom` is a calendar date by its scalar; whether it
 * falls within the contract is checked against the contract, {@link checkEffectiveFrom}.)
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
  let attendeeBonus: AttendeeBonus | null | undefined;
  if (input.attendeeBonus === null) attendeeBonus = null;
  else if (input.attendeeBonus !== undefined) {
    const { threshold, rate } = input.attendeeBonus;
    if (!Number.isInteger(threshold) || threshold < 0 || threshold > MAX_ATTENDEE_BONUS_THRESHOLD)
      throw badUserInput('The bonus threshold is a whole number of attendees from 0 to 500.', 'attendeeBonus.threshold');
    if (!isDecimal(rate) || !rate.isFinite() || rate.decimalPlaces() > MAX_DECIMAL_PLACES)
      throw badUserInput('The bonus is an amount such as "5.00".', 'attendeeBonus.rate');
    if (!rate.greaterThan(0) || rate.greaterThan(MAX_ATTENDEE_BONUS_RATE))
      throw badUserInput('The bonus is more than 0 and at most 1000 CAD per attendee.', 'attendeeBonus.rate');
    attendeeBonus = { threshold, rate: new Decimal(rate.toFixed(MAX_DECIMAL_PLACES)) };
  }
  return {
    trainerId,
    studioId,
    classRates,
    commissionRate,
    effectiveFrom: input.effectiveFrom ?? undefined,
    attendeeBonus,
    billNoShows: input.billNoShows ?? undefined,
    billLateCancellations: input.billLateCancellations ?? undefined,
  };
}

/**
 * Checks the first day of a new rate period against its contract: not before the contract starts,
 * not after it ends (both the studio's local dates, `YYYY-MM-DD`, which compare as strings).
 * @throws BAD_USER_INPUT naming `effectiveFrom`.
 */
export function checkEffectiveFrom(effectiveFrom: string, contract: { startDate: string; endDate: string | null }): void {
  if (effectiveFrom < contract.startDate) throw badUserInput(`New rates cannot apply before the contract starts (${contract.startDate}).`, 'effectiveFrom');
  if (contract.endDate !== null && effectiveFrom > contract.endDate)
    throw badUserInput(`New rates cannot apply after the contract ends (${contract.endDate}).`, 'effectiveFrom');
}
