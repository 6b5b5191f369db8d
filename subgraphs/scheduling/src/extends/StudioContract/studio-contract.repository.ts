import { runSql, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';

/** The terms of a contract that say when the trainer may work at the studio. */
export interface ContractTerm {
  /** `active` or `ended`. */
  status: string;
  /** Calendar days `YYYY-MM-DD` (the studio's); `endDate` (inclusive) null while open-ended. */
  startDate: string;
  endDate: string | null;
}

/**
 * Whether a contract lets the trainer work at the studio on `day` (`YYYY-MM-DD`, the studio's local
 * day): it is active and the day lies between its start and end dates, both included.
 */
export const contractActiveOn = (contract: ContractTerm, day: string): boolean =>
  contract.status === 'active' && contract.startDate <= day && (contract.endDate === null || day <= contract.endDate);

/** A trainer's contract with a studio as studios publishes it (`studios.contract_directory`). */
export interface ContractFacts extends ContractTerm {
  trainerId: string;
  studioId: string;
  /** CAD per session by class category, decimal strings: `{ group, individual, trial }`. */
  classRates: Record<string, string>;
}

/**
 * Reads studios' published `studios.contract_directory` view (docs/database-contracts/studios.md):
 * whether a trainer may teach at a studio on a day, and at which class rate. Contracts are facts the
 * scheduling service checks before it writes; the caller's scope has already been checked on the trainer.
 */
export class ContractDirectoryRepository {
  constructor(
    private readonly em: EntityManager,
    /** The caller's scope; the service decides whose contracts it reads. */
    readonly scope: ViewerScope,
  ) {}

  /** The contract between a trainer and a studio (lower-case ids), or null when there is none. */
  async between(trainerId: string, studioId: string): Promise<ContractFacts | null> {
    const [row] = await runSql<ContractFacts>(
      this.em,
      `select trainer_id as "trainerId", studio_id as "studioId", status,
              to_char(start_date, 'YYYY-MM-DD') as "startDate", to_char(end_date, 'YYYY-MM-DD') as "endDate",
              class_rates as "classRates"
         from studios.contract_directory where trainer_id = :trainerId and studio_id = :studioId`,
      { trainerId, studioId },
    );
    return row ?? null;
  }
}
