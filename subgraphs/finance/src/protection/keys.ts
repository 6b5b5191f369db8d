import { DataKeyStore, decryptField, encryptField, type DataKey, type KeyRing } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';

/** Id of the data key sealing one trainer's bank account numbers. */
export const bankKeyId = (trainerId: string) => `bank:trainer:${trainerId}`;

/** Additional authenticated data of a sealed column: `finance.<table>.<column>:<row id>` (a value cannot be moved to another row or column). */
export const aad = (table: string, column: string, rowId: string) => `finance.${table}.${column}:${rowId}`;

/**
 * The finance schema's data keys (seed 004 marks bank account, transit and institution numbers
 * "Encrypted"): one key per trainer, created on their first bank account, wrapped by the master key
 * and stored in `finance.data_keys`. Unwrapped keys stay in this process's memory only.
 */
export class FinanceKeys {
  private readonly store: DataKeyStore;

  constructor(ring: KeyRing) {
    this.store = new DataKeyStore('finance', ring);
  }

  /** The sealer of one bank account row of `trainerId` (creates the trainer's key on first use). */
  async bankAccount(em: EntityManager, trainerId: string, rowId: string): Promise<RowSealer> {
    return new RowSealer(await this.store.getOrCreate(em, bankKeyId(trainerId)), 'bank_accounts', rowId);
  }
}

/** Seals and opens the columns of one row with its owner's data key. */
export class RowSealer {
  constructor(
    private readonly key: DataKey,
    private readonly table: string,
    private readonly rowId: string,
  ) {}

  seal(column: string, value: string | null | undefined): string | null {
    return encryptField(this.key, value, aad(this.table, column, this.rowId));
  }

  /** @throws Error when the value was altered or sealed for another row, column or key. */
  open(column: string, sealed: string | null | undefined): string | null {
    return decryptField(this.key, sealed, aad(this.table, column, this.rowId));
  }
}
