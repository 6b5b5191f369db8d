import { badUserInput, parseGstHstNumber, parseId, parseQstNumber, PROVINCE_NAMES, ProvinceCode, type Province } from '@fitflow/kit';
import { Allow } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { StoredAddress } from '../studio/studio.entity.js';
import type { PstNumbers } from './trainer.entity.js';

// Fields carry `@Allow()` so that type-graphql's whitelisting validator keeps them; the rules
// themselves are checked by `parseBillingProfile`, which names the field at fault.

@InputType('AddressInput', { description: 'A Canadian street address.' })
export class AddressInput {
  @Field(() => String, { description: 'First line: number and street, e.g. "401 Richmond St W". 1 to 200 characters.' })
  @Allow()
  street: string;

  @Field(() => String, { nullable: true, description: 'Second line: suite, unit, floor; omitted, null or blank when there is none.' })
  @Allow()
  line2?: string | null;

  @Field(() => String, { description: '1 to 100 characters.' })
  @Allow()
  city: string;

  @Field(() => ProvinceCode)
  @Allow()
  province: ProvinceCode;

  @Field(() => String, { description: 'Canada Post postal code of that province, e.g. "M5V 3A8" (any case, with or without the space).' })
  @Allow()
  postalCode: string;
}

@InputType('PstRegistrationInput', { description: 'A provincial sales tax registration: BC or SK PST, MB RST.' })
export class PstRegistrationInput {
  @Field(() => ProvinceCode, { description: 'BC, SK or MB: the provinces with a sales tax of their own beside GST.' })
  @Allow()
  province: ProvinceCode;

  @Field(() => String, { description: 'BC "PST-1234-5678"; SK 7 digits "1234567"; MB 7 digits "123456-7" (spaces and dashes optional).' })
  @Allow()
  number: string;
}

@InputType('UpdateBillingProfileInput', {
  description:
    "What a trainer's invoices say about them. Each field left out stays as it is; null clears it (the invoice prefix goes back to the trainer's initials).",
})
export class UpdateBillingProfileInput {
  @Field(() => ID, { nullable: true, description: 'The trainer; omitted: yourself.' })
  @Allow()
  trainerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Business name printed on invoices, 1 to 255 characters; null or blank: none.' })
  @Allow()
  businessName?: string | null;

  @Field(() => AddressInput, { nullable: true, description: 'Business address printed on invoices; null: none.' })
  @Allow()
  address?: AddressInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      'CRA GST/HST registration number, e.g. "123456782 RT0001" (the business number\'s check digit is verified); null or blank: not registered (a small supplier charges no GST/HST).',
  })
  @Allow()
  gstHstNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Revenu Québec QST registration number, e.g. "1234567890 TQ0001"; null or blank: not registered.' })
  @Allow()
  qstNumber?: string | null;

  @Field(() => [PstRegistrationInput], {
    nullable: true,
    description: 'Every PST/RST registration (they replace the current ones; [] or null: none), at most one per province.',
  })
  @Allow()
  pstNumbers?: PstRegistrationInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'First part of your invoice numbers ("MC" in MC-2026-0007): 1 to 6 letters or digits, stored in capitals; null: your initials.',
  })
  @Allow()
  invoicePrefix?: string | null;
}

/** A checked {@link UpdateBillingProfileInput}: each key present is a change, in the shape it is stored. */
export interface BillingProfileChange {
  businessName?: string | null;
  address?: StoredAddress | null;
  /** `123456789 RT0001`. */
  gstNumber?: string | null;
  /** `1234567890 TQ0001`. */
  qstNumber?: string | null;
  pstNumbers?: PstNumbers;
  /** Null: back to the initials (the database's trigger). */
  invoicePrefix?: string | null;
}

/**
 * Canada Post's postal code: letter, digit, letter, space, digit, letter, digit; D, F, I, O, Q and U are
 * never used, nor W and Z as the first letter (Canada Post, Canadian Addressing Guide, "Postal code").
 */
const POSTAL_CODE = /^([ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z]) ?([0-9][ABCEGHJ-NPRSTV-Z][0-9])$/;

/** The first letters of each province's postal codes (Canada Post's forward sortation areas by province). */
const POSTAL_FIRST_LETTERS: Record<Province, string> = {
  NL: 'A',
  NS: 'B',
  PE: 'C',
  NB: 'E',
  QC: 'GHJ',
  ON: 'KLMNP',
  MB: 'R',
  SK: 'S',
  AB: 'T',
  BC: 'V',
  NT: 'X',
  NU: 'X',
  YT: 'Y',
};

/**
 * Provincial sales tax registration numbers, read as people type them and written one way:
 * - **BC** (PST): `PST-1234-5678`, 11 characters, as the B.C. Ministry of Finance assigns it ("Register
 *   to collect PST", gov.bc.ca); "PST 1234 5678" and "12345678" are read as the same number.
 * - **SK** (PST): the Saskatchewan vendor's licence number, 7 digits (Saskatchewan Ministry of Finance,
 *   "Provincial Sales Tax"; no published check digit), written without separators: `1234567`.
 * - **MB** (RST): the Manitoba retail sales tax number, 7 digits (Manitoba Finance, Taxation Division,
 *   The Retail Sales Tax Act registration; no published check digit), written `123456-7`.
 * Format only, like kit's QST number: whether the account exists only the province can say.
 * @throws BAD_USER_INPUT naming `field` for a number that does not have that shape.
 */
export function parsePstNumber(province: 'BC' | 'SK' | 'MB', value: string, field: string): string {
  const compact = typeof value === 'string' && value.length <= 40 ? value.toUpperCase().replace(/[\s.-]/g, '') : '';
  if (province === 'BC') {
    const digits = /^(?:PST)?(\d{8})$/.exec(compact)?.[1];
    if (!digits) throw badUserInput('A British Columbia PST number is PST and 8 digits, e.g. "PST-1234-5678".', field);
    return `PST-${digits.slice(0, 4)}-${digits.slice(4)}`;
  }
  if (!/^\d{7}$/.test(compact)) {
    const example = province === 'SK' ? '1234567' : '123456-7';
    throw badUserInput(`A ${PROVINCE_NAMES[province]} ${province === 'SK' ? 'PST' : 'RST'} number is 7 digits, e.g. "${example}".`, field);
  }
  return province === 'SK' ? compact : `${compact.slice(0, 6)}-${compact.slice(6)}`;
}

/** Trims `value`; blank is null. @throws BAD_USER_INPUT naming `field` when longer than `max` characters. */
function text(value: string | null | undefined, max: number, field: string, what: string): string | null {
  if (value == null) return null;
  if (typeof value !== 'string') throw badUserInput(`${what} is text.`, field);
  const trimmed = value.trim();
  if (trimmed.length > max) throw badUserInput(`${what} is at most ${max} characters.`, field);
  return trimmed || null;
}

/**
 * Checks an address and returns it as studios stores it (`studios.is_billing_address`).
 * @throws BAD_USER_INPUT naming `<prefix>.street`, `.line2`, `.city`, `.province` or `.postalCode`: a
 * blank or too long line, an unknown province, a postal code that is not Canada Post's `A1A 1A1` or
 * does not belong to the province.
 */
export function parseAddress(input: AddressInput, prefix = 'address'): StoredAddress {
  const line1 = text(input.street, 200, `${prefix}.street`, 'The street line');
  if (!line1) throw badUserInput('Give the street line, e.g. "401 Richmond St W".', `${prefix}.street`);
  const line2 = text(input.line2, 200, `${prefix}.line2`, 'The second line');
  const city = text(input.city, 100, `${prefix}.city`, 'The city');
  if (!city) throw badUserInput('Give the city.', `${prefix}.city`);
  const province = input.province as Province;
  if (!Object.values(ProvinceCode).includes(input.province)) throw badUserInput('Unknown province or territory.', `${prefix}.province`);
  const match = typeof input.postalCode === 'string' ? POSTAL_CODE.exec(input.postalCode.trim().toUpperCase()) : null;
  if (!match) throw badUserInput('A postal code is letter, digit, letter, digit, letter, digit, e.g. "M5V 3A8".', `${prefix}.postalCode`);
  if (!POSTAL_FIRST_LETTERS[province].includes(match[1][0]))
    throw badUserInput(`A postal code in ${province} begins with ${[...POSTAL_FIRST_LETTERS[province]].join(' or ')}.`, `${prefix}.postalCode`);
  return { line1, ...(line2 ? { line2 } : {}), city, province, postal_code: `${match[1]} ${match[2]}` };
}

/**
 * Checks and normalizes `updateBillingProfile`'s input (no SQL): registration numbers by kit's
 * `parseGstHstNumber` (the business number's Luhn check digit) and `parseQstNumber`, PST/RST numbers by
 * {@link parsePstNumber}, the address by {@link parseAddress}.
 * @returns the trainer (undefined: the caller themself) and the changes, one key per field given.
 * @throws BAD_USER_INPUT naming the field: `trainerId` (malformed), `businessName` (over 255
 * characters), `address.*`, `gstHstNumber`, `qstNumber`, `pstNumbers[i].province` (not BC, SK or MB,
 * or given twice), `pstNumbers[i].number`, `invoicePrefix` (not 1–6 letters or digits).
 */
export function parseBillingProfile(input: UpdateBillingProfileInput): { trainerId: string | undefined; change: BillingProfileChange } {
  const trainerId = input.trainerId == null ? undefined : parseId(input.trainerId, 'trainerId');
  const change: BillingProfileChange = {};
  if (input.businessName !== undefined) change.businessName = text(input.businessName, 255, 'businessName', 'The business name');
  if (input.address !== undefined) change.address = input.address === null ? null : parseAddress(input.address);
  if (input.gstHstNumber !== undefined) change.gstNumber = input.gstHstNumber?.trim() ? parseGstHstNumber(input.gstHstNumber, 'gstHstNumber') : null;
  if (input.qstNumber !== undefined) change.qstNumber = input.qstNumber?.trim() ? parseQstNumber(input.qstNumber, 'qstNumber') : null;
  if (input.pstNumbers !== undefined) {
    const numbers: PstNumbers = {};
    (input.pstNumbers ?? []).forEach(({ province, number }, i) => {
      if (province !== 'BC' && province !== 'SK' && province !== 'MB')
        throw badUserInput(
          'Only British Columbia, Saskatchewan (PST) and Manitoba (RST) have a sales tax registration of their own; HST and QST are not PST.',
          `pstNumbers[${i}].province`,
        );
      if (numbers[province] !== undefined) throw badUserInput(`The ${province} number is given more than once.`, `pstNumbers[${i}].province`);
      numbers[province] = parsePstNumber(province, number, `pstNumbers[${i}].number`);
    });
    change.pstNumbers = numbers;
  }
  if (input.invoicePrefix !== undefined) {
    if (input.invoicePrefix === null) change.invoicePrefix = null;
    else {
      const prefix = typeof input.invoicePrefix === 'string' ? input.invoicePrefix.trim().toUpperCase() : '';
      if (!/^[A-Z0-9]{1,6}$/.test(prefix)) throw badUserInput('An invoice prefix is 1 to 6 letters (A–Z) or digits, e.g. "MC".', 'invoicePrefix');
      change.invoicePrefix = prefix;
    }
  }
  return { trainerId, change };
}
