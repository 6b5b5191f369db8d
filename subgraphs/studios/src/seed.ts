import type { DemoAddress, DemoTenant } from '@fitflow/demo';
import { ScopedDb, SYSTEM_USER_ID, systemScope } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { ContractRateEntity, TrainerStudioEntity } from './modules/contract/contract.entity.js';
import { StudioEntity, type StoredAddress } from './modules/studio/studio.entity.js';
import { TrainerEntity } from './modules/trainer/trainer.entity.js';

/**
 * Writes the studios slice of the demo tenant in one unit of work as kit's system actor; rows that
 * already exist are left as they are. Parents are written before their children (studio chains, teams).
 * Contracts get their rate history (`contract_rates`), trainers their billing profile.
 */
export async function seedStudios(ds: DataSource, tenant: DemoTenant): Promise<void> {
  await new ScopedDb(ds, systemScope()).run(async (em) => {
    const insert = (entity: Function, rows: object[]) => em.createQueryBuilder().insert().into(entity).values(rows).orIgnore().execute();
    const parentsFirst = [...tenant.studios].sort((a, b) => Number(!!a.parentStudioId) - Number(!!b.parentStudioId));
    await insert(
      StudioEntity,
      parentsFirst.map((s) => ({
        id: s.id,
        parentStudioId: s.parentStudioId,
        name: s.name,
        businessNumber: s.businessNumber,
        address: storedAddress(s.address),
        timeZone: s.timeZone,
        contactInfo: { phone: s.phone, email: s.email },
        paymentTerms: { net_days: s.netDays, frequency: 'monthly', preferred_method: 'e-transfer' },
        isHeadquarters: s.isHeadquarters,
        billingConsolidated: true,
        status: 'active',
      })),
    );
    const admins = tenant.trainers.filter((t) => !t.parentTrainerId);
    const team = tenant.trainers.filter((t) => t.parentTrainerId);
    for (const group of [admins, team]) {
      await insert(
        TrainerEntity,
        group.map((t) => ({
          id: t.id,
          parentTrainerId: t.parentTrainerId,
          firstName: t.firstName,
          lastName: t.lastName,
          businessName: t.businessName,
          address: storedAddress(t.address),
          gstNumber: t.gstNumber,
          qstNumber: t.qstNumber,
          pstNumbers: t.pstNumbers,
          invoicePrefix: t.invoicePrefix,
          licenseNumber: t.licenseNumber,
          specializations: t.specializations,
          bio: t.bio,
          hourlyRate: t.hourlyRate,
          commissionRate: t.commissionRate,
          timeZone: t.timeZone,
          status: 'active',
        })),
      );
    }
    await insert(
      TrainerStudioEntity,
      tenant.contracts.map((c) => ({
        id: c.id,
        trainerId: c.trainerId,
        studioId: c.studioId,
        role: c.role,
        commissionRate: c.commissionRate,
        startDate: c.startDate,
        status: 'active',
      })),
    );
    await insert(
      ContractRateEntity,
      tenant.contracts.flatMap((c) =>
        c.ratePeriods.map((p) => ({
          contractId: c.id,
          effectiveFrom: p.effectiveFrom,
          classRates: Object.fromEntries(Object.entries(p.classRates).map(([k, v]) => [k, v.toFixed(2)])),
          attendeeBonusThreshold: p.attendeeBonus?.threshold ?? null,
          attendeeBonusRate: p.attendeeBonus?.rate ?? null,
          billNoShows: p.billNoShows,
          billLateCancellations: p.billLateCancellations,
          createdBy: SYSTEM_USER_ID,
        })),
      ),
    );
  });
}

/** A demo address as studios stores addresses (`studios.is_billing_address`). */
const storedAddress = (a: DemoAddress): StoredAddress => ({
  line1: a.street,
  ...(a.line2 ? { line2: a.line2 } : {}),
  city: a.city,
  province: a.province,
  postal_code: a.postalCode,
});
