/**
 * The last four digits of an account number, for display ("•••• 6789"); null when it has fewer than
 * four digits. The only part of a bank account number that may leave the finance subgraph.
 */
export function last4(accountNumber: string | null): string | null {
  const digits = (accountNumber ?? '').replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
}
