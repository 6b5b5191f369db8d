import { badUserInput } from './errors.js';

/**
 * Canadian sales-tax registration numbers: reading them as people type them, refusing what cannot be
 * one, and writing them one way. See docs/tax.md, "Registration numbers".
 *
 * Both parsers accept any case and any spacing ("123456782rt0001", " 123456782  RT 0001 ") and return
 * the printed form: the digits, one space, the program identifier and its four-digit reference
 * ("123456782 RT0001"). Neither says whether the account exists or is active: only CRA's GST/HST
 * Registry and Revenu Québec's QST registry can.
 */

/** Longer inputs are refused before any parsing (a paste of the wrong thing, not a number). */
const MAX_LENGTH = 40;

/** Digits, then two letters, then four digits, with any spaces between the parts. */
const PROGRAM_ACCOUNT = /^(\d+)\s*([A-Z]{2})\s*(\d+)$/;

/**
 * Whether `digits` passes the Luhn (mod 10) check: from the right, every second digit is doubled (a
 * product above 9 counts as its digit sum) and the total must be a multiple of 10.
 *
 * The Business Number's last digit is such a check digit. CRA does not publish the algorithm in its
 * taxpayer guides (RC2, "The Business Number and your Canada Revenue Agency program accounts",
 * describes the nine digits, program identifier and reference number only); the mod-10 rule is the
 * one implemented by python-stdnum's `stdnum.ca.bn` (Arthur de Jong) and its TypeScript port
 * `stdnum-js` (`src/ca/bn.ts`), and by Microsoft Dynamics AX 2012's
 * `TaxRegistration_CA::isValidBusinessNumber` ("validates … by using mod10 format"). It is the same
 * Luhn rule as the Social Insurance Number's.
 */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}

interface ProgramAccountRule {
  /** What the number is called in messages: "A GST/HST number". */
  what: string;
  digits: number;
  program: string;
  example: string;
}

function readProgramAccount(value: string, field: string, rule: ProgramAccountRule): { digits: string; reference: string } {
  const shape = `${rule.digits} digits, then ${rule.program} and a 4-digit reference number, e.g. "${rule.example}"`;
  if (typeof value !== 'string' || value.length > MAX_LENGTH) {
    throw badUserInput(`${field}: ${rule.what} is ${shape}.`, field);
  }
  const match = PROGRAM_ACCOUNT.exec(value.trim().toUpperCase());
  if (!match) throw badUserInput(`${field}: ${rule.what} is ${shape}.`, field);
  const [, digits, program, reference] = match as unknown as [string, string, string, string];
  if (digits.length !== rule.digits) {
    throw badUserInput(`${field}: ${rule.what} starts with ${rule.digits} digits (${digits.length} given), e.g. "${rule.example}".`, field);
  }
  if (program !== rule.program) {
    throw badUserInput(`${field}: ${rule.what} has the program identifier ${rule.program} after the digits (${program} given), e.g. "${rule.example}".`, field);
  }
  if (reference.length !== 4) {
    throw badUserInput(
      `${field}: ${rule.what} ends with a 4-digit reference number after ${rule.program} (${reference.length} digits given), e.g. "${rule.example}".`,
      field,
    );
  }
  return { digits, reference };
}

/**
 * A GST/HST registration number (CRA program account): the 9-digit Business Number, the program
 * identifier `RT` and a 4-digit reference number (RC2, "The Business Number and your Canada Revenue
 * Agency program accounts"). The Business Number's ninth digit is a Luhn mod-10 check digit (see
 * `passesLuhn` above for the sources).
 *
 * @param value as typed: "123456782 RT0001", "123456782RT0001", "123456782 rt 0001", extra spaces.
 * @param field the input field named in the error, e.g. `input.supplier.gstHstNumber`.
 * @returns the number as printed on invoices: "123456782 RT0001".
 * @throws GraphQLError BAD_USER_INPUT naming `field` when the value is not nine digits + RT + four
 *   digits, or when the check digit does not match ("check for a typo").
 */
export function parseGstHstNumber(value: string, field: string): string {
  const rule = { what: 'a GST/HST number', digits: 9, program: 'RT', example: '123456782 RT0001' };
  const { digits, reference } = readProgramAccount(value, field, rule);
  if (!passesLuhn(digits)) {
    throw badUserInput(`${field}: the business number's check digit does not match: check for a typo (e.g. "123456782 RT0001").`, field);
  }
  return `${digits} RT${reference}`;
}

/**
 * A Québec sales tax (QST) registration number: 10 digits, `TQ` and a 4-digit reference number
 * ("1234567890 TQ0001"), as Revenu Québec prints it on registration confirmations and in its QST
 * registry.
 *
 * Format only: Revenu Québec publishes no check-digit rule for the ten digits, and we found no
 * reliable public source for one, so none is applied (docs/tax.md, "Registration numbers").
 *
 * @param value as typed: "1234567890 TQ0001", "1234567890tq0001", extra spaces.
 * @param field the input field named in the error, e.g. `input.supplier.qstNumber`.
 * @returns the number as printed on invoices: "1234567890 TQ0001".
 * @throws GraphQLError BAD_USER_INPUT naming `field` when the value is not ten digits + TQ + four digits.
 */
export function parseQstNumber(value: string, field: string): string {
  const rule = { what: 'a QST number', digits: 10, program: 'TQ', example: '1234567890 TQ0001' };
  const { digits, reference } = readProgramAccount(value, field, rule);
  return `${digits} TQ${reference}`;
}
