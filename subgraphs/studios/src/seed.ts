import type { DemoTenant } from '@fitflow/demo';
import { ScopedDb, systemScope } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { TrainerStudioEntity } from './modules/contract/contract.entity.js';
import { StudioEntity } from './modules/studio/studio.entity.js';
import { TrainerEntity } from './modules/trainer/trainer.entity.js';

/**
 * Writes the studios slice of the demo tenant in one unit of work as kit's system actor; rows that
 * already exist are left as they are. Parents are written before their children (studio chains, teams).
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
        address: s.address,
        timeZone: s.timeZone,
        contactInfo: { phone: s.phone, email: s.email },
        paymentTerms: { netDays: s.netDays, frequency: 'monthly', preferredMethod: 'e-transfer' },
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
          gstNumber: t.gstNumber,
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
        classRates: Object.fromEntries(Object.entries(c.classRates).map(([k, v]) => [k, v.toFixed(2)])),
        startDate: c.startDate,
        status: 'active',
      })),
    );
  });
}
