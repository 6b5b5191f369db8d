import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseGstHstNumber, parseQstNumber } from './tax-numbers.js';

const FIELD = 'input.supplier.gstHstNumber';

function refusal(work: () => unknown): { code: unknown; field: unknown; message: string } {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const { extensions, message } = error as GraphQLError;
    return { code: extensions.code, field: extensions.field, message };
  }
  throw new Error('expected a refusal');
}

describe('GST/HST registration numbers', () => {
  it('accepts the number however it is typed and prints it one way', () => {
    for (const typed of ['123456782 RT0001', '123456782RT0001', '123456782rt0001', '  123456782   RT 0001 ', '123456782 Rt0001']) {
      expect(parseGstHstNumber(typed, FIELD)).toBe('123456782 RT0001');
    }
    expect(parseGstHstNumber('046454286 RT0002', FIELD)).toBe('046454286 RT0002');
    expect(parseGstHstNumber('000000000 RT0001', FIELD)).toBe('000000000 RT0001');
  });

  it('refuses a business number whose check digit does not match, saying it is probably a typo', () => {
    const refused = refusal(() => parseGstHstNumber('123456789 RT0001', FIELD));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: FIELD });
    expect(refused.message).toContain("the business number's check digit does not match: check for a typo");
    // one digit changed, and two neighbours swapped: the mistakes a check digit is for
    expect(refusal(() => parseGstHstNumber('123456783 RT0001', FIELD)).message).toContain('check digit');
    expect(refusal(() => parseGstHstNumber('213456782 RT0001', FIELD)).message).toContain('check digit');
  });

  it('refuses anything of the wrong shape, naming the field and what a number looks like', () => {
    const cases: [string, RegExp][] = [
      ['12345678 RT0001', /starts with 9 digits \(8 given\)/],
      ['1234567820 RT0001', /starts with 9 digits \(10 given\)/],
      ['123456782 RP0001', /program identifier RT .*\(RP given\)/],
      ['123456782 RT001', /4-digit reference number .*\(3 digits given\)/],
      ['123456782 RT00011', /4-digit reference number .*\(5 digits given\)/],
      ['123456782', /9 digits, then RT and a 4-digit reference number/],
      ['123-456-782 RT0001', /9 digits, then RT/],
      ['', /9 digits, then RT/],
      ['１２３４５６７８２ RT0001', /9 digits, then RT/],
      ['1'.repeat(200), /9 digits, then RT/],
    ];
    for (const [typed, message] of cases) {
      const refused = refusal(() => parseGstHstNumber(typed, FIELD));
      expect(refused, typed).toMatchObject({ code: 'BAD_USER_INPUT', field: FIELD });
      expect(refused.message, typed).toMatch(message);
      expect(refused.message, typed).toContain(FIELD);
    }
  });
});

describe('QST registration numbers', () => {
  const QST_FIELD = 'input.supplier.qstNumber';

  it('accepts ten digits, TQ and a 4-digit reference however typed, and prints them one way', () => {
    for (const typed of ['1234567890 TQ0001', '1234567890TQ0001', '1234567890tq0001', ' 1234567890  TQ 0001 ']) {
      expect(parseQstNumber(typed, QST_FIELD)).toBe('1234567890 TQ0001');
    }
  });

  it('refuses anything else, naming the field', () => {
    const cases: [string, RegExp][] = [
      ['123456789 TQ0001', /starts with 10 digits \(9 given\)/],
      ['1234567890 RT0001', /program identifier TQ .*\(RT given\)/],
      ['1234567890 TQ01', /4-digit reference number .*\(2 digits given\)/],
      ['TQ0001', /10 digits, then TQ/],
      ['1234567890-TQ-0001', /10 digits, then TQ/],
    ];
    for (const [typed, message] of cases) {
      const refused = refusal(() => parseQstNumber(typed, QST_FIELD));
      expect(refused, typed).toMatchObject({ code: 'BAD_USER_INPUT', field: QST_FIELD });
      expect(refused.message, typed).toMatch(message);
    }
  });
});
