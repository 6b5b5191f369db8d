import { DataKeyStore, RowSealer, type KeyRing } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';

/** Id of the data key sealing one trainer's bank account numbers. */
export const bankKeyId = (trainerId: string) => `bank:trainer:${trainerId}`;

/**
 * The finance schema's data keys (docs/domain.md lists bank account, transit and institution numbers as
 * encrypted): one key per trainer, created on their first bank account, wrapped by the master key
 * and stored in `finance.data_keys`. Unwrapped keys stay in this process's memory only.
 */
export class FinanceKeys {
  private readonly store: DataKeyStore;

  constructor(ring: KeyRing) {
    this.store = new DataKeyStore('finance', ring);
  }

  /**
   * The sealer of one bank account row of `trainerId` (AAD `finance.bank_accounts.<column>:<row id>`);
   * creates the trainer's key on first use.
   */
  async bankAccount(em: EntityManager, trainerId: string, rowId: string): Promise<RowSealer> {
    return new RowSealer(await this.store.getOrCreate(em, bankKeyId(trainerId)), 'finance.bank_accounts', rowId);
  }
}
