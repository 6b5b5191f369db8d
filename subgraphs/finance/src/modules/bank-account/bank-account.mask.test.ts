import { describe, expect, it } from 'vitest';
import { last4 } from './bank-account.mask.js';

describe('bank account masking', () => {
  it('keeps only the last four digits', () => {
    expect(last4('1234567')).toBe('4567');
    expect(last4('12-3456-789')).toBe('6789');
  });

  it('shows nothing for a short or missing number', () => {
    expect(last4('123')).toBeNull();
    expect(last4(null)).toBeNull();
  });
});
