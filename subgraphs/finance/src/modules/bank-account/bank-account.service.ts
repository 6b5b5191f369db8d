import { conflict, forbidden, grantedTrainerIds, notFound, parseId } from '@fitflow/kit';
import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import type { FinanceContext } from '../../context.js';
import type { AddBankAccountInput } from './bank-account.inputs.js';
import { last4 } from './bank-account.mask.js';
import { BankAccountType } from './bank-account.type.js';
import type { BankAccountEntity } from './bank-account.entity.js';

/** Audit rows name the table they describe. */
const TABLE = 'bank_accounts';

/** What an audit row records of an account: never the numbers, only that they are sealed. */
const auditValues = (e: Pick<BankAccountEntity, 'trainerId' | 'accountName' | 'bankName' | 'accountType' | 'accountNumberLast4' | 'isPrimary' | 'status'>) => ({
  trainerId: e.trainerId,
  accountName: e.accountName,
  bankName: e.bankName,
  accountType: e.accountType,
  accountNumberLast4: e.accountNumberLast4,
  isPrimary: e.isPrimary,
  status: e.status,
});

/**
 * Adds a bank account to the caller's own books (a trainer's; a Trainer Admin may see the team's
 * accounts but not add to them: bank details are entered by their holder). The three numbers are
 * sealed with the trainer's data key before they reach the database; the audit log records the
 * account without them. The account becomes primary when `makePrimary` is true, or when it is the
 * trainer's first active account.
 * @throws BAD_USER_INPUT for malformed numbers (see {@link AddBankAccountInput}); FORBIDDEN when
 *   `trainerId` is not the caller's own; CONFLICT when another primary account was set at the same time.
 */
export async function addBankAccount(ctx: FinanceContext, input: AddBankAccountInput): Promise<BankAccountType> {
  const own = grantedTrainerIds(ctx.scope);
  const trainerId = input.trainerId ? parseId(input.trainerId, 'trainerId') : own.length === 1 ? own[0] : null;
  if (!trainerId) throw forbidden('Name the trainerId whose books the account belongs to.');
  if (!own.includes(trainerId)) throw forbidden('You may add bank accounts only to your own books.');
  try {
    const entity = await ctx.data.run(async (tx) => {
      const accounts = tx.bankAccounts;
      const id = randomUUID();
      const sealer = await accounts.sealer(trainerId, id);
      const isPrimary = input.makePrimary ?? !(await accounts.hasPrimary(trainerId));
      if (isPrimary) await accounts.clearPrimary(trainerId);
      const row = {
        id,
        trainerId,
        accountName: input.accountName.trim(),
        bankName: input.bankName.trim(),
        accountNumber: sealer.text('account_number', input.accountNumber),
        transitNumber: sealer.text('transit_number', input.transitNumber),
        institutionNumber: sealer.text('institution_number', input.institutionNumber),
        accountNumberLast4: last4(input.accountNumber),
        accountType: input.accountType ?? null,
        currency: 'CAD',
        isPrimary,
        status: 'active' as const,
      };
      await accounts.insert(row);
      await tx.audit.record({ action: 'create', table: TABLE, recordId: id, newValues: auditValues(row) });
      return row;
    });
    return BankAccountType.from(entity as BankAccountEntity);
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
      throw conflict('Another primary account was set for these books at the same moment; try again.');
    }
    throw error;
  }
}

/**
 * Stops paying into an account (it is kept, inactive, for the payments that reference it). Only its
 * holder or a super admin may.
 * @throws BAD_USER_INPUT for a malformed id; FORBIDDEN when the caller sees the account only as the
 *   holder's team admin; NOT_FOUND when it is unknown, already inactive or not the caller's to see.
 */
export async function deactivateBankAccount(ctx: FinanceContext, id: string): Promise<BankAccountType> {
  const accountId = parseId(id);
  const entity = await ctx.data.run(async (tx) => {
    const accounts = tx.bankAccounts;
    const held = await accounts.findHeld(accountId);
    if (!held) {
      if (await accounts.isVisible(accountId)) throw forbidden("Only the account's holder may change it.");
      throw notFound('Bank account');
    }
    await accounts.deactivate(accountId);
    const updated = { ...held, status: 'inactive' as const, isPrimary: false };
    await tx.audit.record({ action: 'update', table: TABLE, recordId: accountId, oldValues: auditValues(held), newValues: auditValues(updated) });
    return updated;
  });
  return BankAccountType.from(entity);
}

/** The trainer's active bank accounts (masked), primary first; empty unless they are the caller's own books, their team's, or a super admin's. */
export async function bankAccountsOf(ctx: FinanceContext, trainerId: string): Promise<BankAccountType[]> {
  return (await ctx.loaders.bankAccountsOfTrainer.load(trainerId)).map(BankAccountType.from);
}
