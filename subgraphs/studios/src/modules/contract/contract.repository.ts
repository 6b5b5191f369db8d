import { Decimal, runSql, scopeParams, type ViewerScope } from '@fitflow/kit';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { contractAccessSql, seesNoContract, visibleContractSql, type ContractAccess } from '../../access/contract-access.js';
import { TrainerStudioEntity, type ClassRates } from './contract.entity.js';

/** A trainer–studio pair: the key of a contract. */
export interface ContractPair {
  trainerId: string;
  studioId: string;
}

/** A per-attendee bonus: CAD `rate` for each attendee above `threshold` attendees. */
export interface AttendeeBonus {
  threshold: number;
  rate: Decimal;
}

/**
 * One rate period of a contract (`studios.contract_rates`) as read: in force from `effectiveFrom`
 * until `effectiveUntil` (exclusive: the next period's first day; null while no later period exists),
 * both `YYYY-MM-DD` in the studio's zone.
 */
export interface RatePeriod {
  id: string;
  contractId: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  classRates: ClassRates;
  attendeeBonus: AttendeeBonus | null;
  billNoShows: boolean;
  billLateCancellations: boolean;
  /** Today in the studio's zone when it was read (`YYYY-MM-DD`): which period is in force now. */
  today: string;
}

/** A rate period to write: `effectiveFrom` is the studio's local date; `createdBy` the user who sets it. */
export type RatePeriodWrite = Omit<RatePeriod, 'id' | 'effectiveUntil' | 'today'> & { createdBy: string | null };

/**
 * Data access to `studios.trainer_studios` and its rate periods (`studios.contract_rates`) on behalf of one caller: every query is filtered by the
 * caller's scope (access/contract-access.ts), so a contract outside it looks exactly like one that does not exist.
 */
export class ContractRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  private visible(alias = 'c'): SelectQueryBuilder<TrainerStudioEntity> {
    return this.em.getRepository(TrainerStudioEntity).createQueryBuilder(alias).where(visibleContractSql(alias), scopeParams(this.scope));
  }

  /** Visible contracts of each trainer, active first, then by start date. */
  async findByTrainers(trainerIds: readonly string[]): Promise<TrainerStudioEntity[]> {
    if (seesNoContract(this.scope) || trainerIds.length === 0) return [];
    return this.visible()
      .andWhere('c.trainer_id = any(:trainerIds::uuid[])', { trainerIds: [...trainerIds] })
      .orderBy('c.status', 'ASC')
      .addOrderBy('c.startDate', 'ASC')
      .getMany();
  }

  /** Visible contracts at each studio, active first, then by start date. */
  async findByStudios(studioIds: readonly string[]): Promise<TrainerStudioEntity[]> {
    if (seesNoContract(this.scope) || studioIds.length === 0) return [];
    return this.visible()
      .andWhere('c.studio_id = any(:studioIds::uuid[])', { studioIds: [...studioIds] })
      .orderBy('c.status', 'ASC')
      .addOrderBy('c.startDate', 'ASC')
      .getMany();
  }

  /** Visible contracts for (trainer, studio) pairs, in one query. */
  async findByPairs(pairs: readonly ContractPair[]): Promise<TrainerStudioEntity[]> {
    if (seesNoContract(this.scope) || pairs.length === 0) return [];
    return this.visible().andWhere(PAIRS_SQL, pairParams(pairs)).getMany();
  }

  /** The caller's {@link ContractAccess} to each visible contract among `pairs`, in one query. */
  async accessByPairs(pairs: readonly ContractPair[]): Promise<(ContractPair & { access: ContractAccess })[]> {
    if (seesNoContract(this.scope) || pairs.length === 0) return [];
    const rows: { trainer_id: string; studio_id: string; access: ContractAccess }[] = await this.visible()
      .select('c.trainer_id', 'trainer_id')
      .addSelect('c.studio_id', 'studio_id')
      .addSelect(contractAccessSql('c'), 'access')
      .andWhere(PAIRS_SQL, pairParams(pairs))
      .getRawMany();
    return rows.map((r) => ({ trainerId: r.trainer_id, studioId: r.studio_id, access: r.access }));
  }

  /**
   * A visible contract with the caller's access to it and today's date in its studio's zone
   * (`YYYY-MM-DD`), locked until the transaction ends (writes: one writer of a contract's rates at a
   * time); null when it is unknown or outside the scope.
   */
  async lockForUpdate(pair: ContractPair): Promise<{ contract: TrainerStudioEntity; access: ContractAccess; today: string } | null> {
    if (seesNoContract(this.scope)) return null;
    const { entities, raw } = await this.visible()
      .addSelect(contractAccessSql('c'), 'access')
      .addSelect(`(select ${TODAY_SQL} from studios.studios s where s.id = c.studio_id)`, 'today')
      .andWhere('c.trainer_id = :trainerId and c.studio_id = :studioId', { trainerId: pair.trainerId, studioId: pair.studioId })
      .setLock('pessimistic_write')
      .getRawAndEntities<{ access: ContractAccess; today: string }>();
    return entities[0] ? { contract: entities[0], access: raw[0].access, today: raw[0].today } : null;
  }

  /**
   * Every rate period of each visible contract among `contractIds`, newest first within a contract,
   * with its end (the next period's start) and today's date in the studio's zone: one statement.
   */
  async ratePeriodsOf(contractIds: readonly string[]): Promise<RatePeriod[]> {
    if (seesNoContract(this.scope) || contractIds.length === 0) return [];
    const rows = await runSql<RatePeriodRow>(
      this.em,
      `select r.id, r.trainer_studio_id as "contractId", to_char(r.effective_from, 'YYYY-MM-DD') as "effectiveFrom",
              to_char(lead(r.effective_from) over (partition by r.trainer_studio_id order by r.effective_from), 'YYYY-MM-DD') as "effectiveUntil",
              r.class_rates as "classRates", r.attendee_bonus_threshold as "bonusThreshold", r.attendee_bonus_rate::text as "bonusRate",
              r.bill_no_shows as "billNoShows", r.bill_late_cancellations as "billLateCancellations", ${TODAY_SQL} as "today"
         from studios.contract_rates r
         join studios.trainer_studios c on c.id = r.trainer_studio_id
         join studios.studios s on s.id = c.studio_id
        where r.trainer_studio_id = any(:contractIds::uuid[]) and ${visibleContractSql('c')}
        order by r.trainer_studio_id, r.effective_from desc`,
      { contractIds: [...contractIds], ...scopeParams(this.scope) },
    );
    return rows.map(({ bonusThreshold, bonusRate, ...row }) => ({
      ...row,
      attendeeBonus: bonusThreshold === null || bonusRate === null ? null : { threshold: bonusThreshold, rate: new Decimal(bonusRate) },
    }));
  }

  /**
   * Writes the rate period of `period.contractId` that begins on `period.effectiveFrom`: a new row, or
   * the one that already begins that day replaced (the database keeps one period per contract and
   * day). Returns its id. The caller has locked the contract ({@link lockForUpdate}).
   */
  async saveRatePeriod(period: RatePeriodWrite): Promise<string> {
    const [row] = await runSql<{ id: string }>(
      this.em,
      `insert into studios.contract_rates
              (trainer_studio_id, effective_from, class_rates, attendee_bonus_threshold, attendee_bonus_rate, bill_no_shows, bill_late_cancellations, created_by)
       values (:contractId, :effectiveFrom::date, :classRates::jsonb, :bonusThreshold, :bonusRate::numeric, :billNoShows, :billLateCancellations, :createdBy)
       on conflict (trainer_studio_id, effective_from) do update
          set class_rates = excluded.class_rates, attendee_bonus_threshold = excluded.attendee_bonus_threshold,
              attendee_bonus_rate = excluded.attendee_bonus_rate, bill_no_shows = excluded.bill_no_shows,
              bill_late_cancellations = excluded.bill_late_cancellations, created_at = now(), created_by = excluded.created_by
       returning id`,
      {
        contractId: period.contractId,
        effectiveFrom: period.effectiveFrom,
        classRates: JSON.stringify(period.classRates),
        bonusThreshold: period.attendeeBonus?.threshold ?? null,
        bonusRate: period.attendeeBonus?.rate.toFixed(2) ?? null,
        billNoShows: period.billNoShows,
        billLateCancellations: period.billLateCancellations,
        createdBy: period.createdBy,
      },
    );
    return row.id;
  }

  /** Writes `changes` to contract `id` and returns the stored row. */
  async update(id: string, changes: Pick<Partial<TrainerStudioEntity>, 'commissionRate'>): Promise<TrainerStudioEntity> {
    const repository = this.em.getRepository(TrainerStudioEntity);
    await repository.update({ id }, changes as never);
    return repository.findOneByOrFail({ id });
  }
}

/** Today's date in the zone of studio row `s` (`YYYY-MM-DD`): the day a studio's contract terms are read on. */
const TODAY_SQL = "to_char((now() at time zone s.time_zone)::date, 'YYYY-MM-DD')";

interface RatePeriodRow extends Omit<RatePeriod, 'attendeeBonus'> {
  bonusThreshold: number | null;
  bonusRate: string | null;
}

const PAIRS_SQL = '(c.trainer_id, c.studio_id) in (select * from unnest(:pairTrainers::uuid[], :pairStudios::uuid[]))';
const pairParams = (pairs: readonly ContractPair[]) => ({ pairTrainers: pairs.map((p) => p.trainerId), pairStudios: pairs.map((p) => p.studioId) });
