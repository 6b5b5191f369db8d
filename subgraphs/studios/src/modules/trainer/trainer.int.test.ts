import { runSql } from '@fitflow/kit';
import { demoAuth, demoTenant, demoTrainer, execute, openSubgraphDatabase, quietLog, testVerifier, UNKNOWN_ID, useSubgraphTestBed } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { buildStudiosServer } from '../../server.js';

const bed = useSubgraphTestBed('studios', buildStudiosServer);

const TRAINER_QUERY = /* GraphQL */ `
  query Trainer($id: ID!) {
    trainer(id: $id) {
      id
      displayName
      gstNumber
      hourlyRate
      parentTrainer {
        id
      }
      teamTrainers {
        id
      }
      contracts {
        studioId
        role
        commissionRate
        classRates {
          category
          rate
        }
        studio {
          name
          timeZone
          address {
            province
          }
        }
      }
      studios {
        id
        name
        parentStudio {
          id
          name
        }
      }
    }
  }
`;

describe('trainers', () => {
  it('shows a trainer admin their profile, team, contracts and studios as stored', async () => {
    const tenant = demoTenant();
    const maya = demoTrainer('maya');
    const result = await execute(bed.server, TRAINER_QUERY, { id: maya.id }, await demoAuth(maya.email));
    expect(result.errors).toBeUndefined();
    const trainer = result.data!.trainer;
    expect(trainer.displayName).toBe('Maya Chen');
    expect(trainer.hourlyRate).toBe('95.00');
    expect(trainer.teamTrainers.map((t: { id: string }) => t.id).sort()).toEqual(
      tenant.trainers
        .filter((t) => t.parentTrainerId === maya.id)
        .map((t) => t.id)
        .sort(),
    );
    const kits = trainer.contracts.find((c: { studio: { name: string } }) => c.studio.name === 'Kitsilano Flow Studio');
    expect(kits).toMatchObject({ role: 'CONTRACTOR', commissionRate: '12.5', studio: { timeZone: 'America/Vancouver', address: { province: 'BC' } } });
    expect(kits.classRates).toContainEqual({ category: 'INDIVIDUAL', rate: '110.00' });
    expect(trainer.studios.map((s: { name: string }) => s.name).sort()).toEqual(['Harbourfront Movement', 'Kitsilano Flow Studio']);
  });

  it('resolves a User reference with a malformed id to null, never to a database error', async () => {
    const auth = await demoAuth('maya@fitflow.demo');
    const maya = demoTrainer('maya');
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id trainer { displayName } } } }';
    const result = await execute(
      bed.server,
      query,
      {
        r: [
          { __typename: 'User', id: 'not-a-uuid' },
          { __typename: 'User', id: maya.id.toUpperCase() },
        ],
      },
      auth,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([null, { id: maya.id, trainer: { displayName: 'Maya Chen' } }]);
  });
});

const PROFILE = /* GraphQL */ `
  query Profile($id: ID!) {
    trainer(id: $id) {
      id
      billingProfile {
        businessName
        address {
          street
          line2
          city
          province
          postalCode
          country
        }
        gstHstNumber
        qstNumber
        pstNumbers {
          province
          number
        }
        invoicePrefix
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateBillingProfileInput!) {
    updateBillingProfile(input: $input) {
      id
      gstNumber
      billingProfile {
        businessName
        address {
          street
          line2
          city
          province
          postalCode
        }
        gstHstNumber
        qstNumber
        pstNumbers {
          province
          number
        }
        invoicePrefix
      }
    }
  }
`;
const profileAs = async (email: string, key: string) => {
  const result = await execute(bed.server, PROFILE, { id: demoTrainer(key).id }, await demoAuth(email));
  expect(result.errors, email).toBeUndefined();
  return result.data!.trainer.billingProfile;
};
/** A trainer's billing columns as stored. */
const storedProfile = async (key: string) =>
  (
    await runSql<any>(
      bed.owner.manager,
      'select business_name, address, gst_number, qst_number, pst_numbers, invoice_prefix from studios.trainers where id = :id',
      {
        id: demoTrainer(key).id,
      },
    )
  )[0];
const auditCount = async (key: string) =>
  (
    await runSql<{ n: number }>(bed.owner.manager, "select count(*)::int as n from studios.audit_log where table_name = 'trainers' and record_id = :id", {
      id: demoTrainer(key).id,
    })
  )[0].n;
/** Puts a demo trainer's billing profile back as the demo tenant has it. */
async function restoreProfile(key: string) {
  const t = demoTrainer(key);
  await runSql(
    bed.owner.manager,
    `update studios.trainers set business_name = :businessName, address = :address::jsonb, gst_number = :gst, qst_number = :qst,
            pst_numbers = :pst::jsonb, invoice_prefix = :prefix where id = :id`,
    {
      id: t.id,
      businessName: t.businessName,
      address: JSON.stringify({
        line1: t.address.street,
        ...(t.address.line2 ? { line2: t.address.line2 } : {}),
        city: t.address.city,
        province: t.address.province,
        postal_code: t.address.postalCode,
      }),
      gst: t.gstNumber,
      qst: t.qstNumber,
      pst: JSON.stringify(t.pstNumbers),
      prefix: t.invoicePrefix,
    },
  );
}

describe('a trainer’s billing profile', () => {
  it('shows a trainer what their invoices say about them: business, address, registrations, invoice prefix', async () => {
    expect(await profileAs('maya@fitflow.demo', 'maya')).toEqual({
      businessName: 'Chen Wellness Collective',
      address: { street: '401 Richmond St W', line2: 'Suite 212', city: 'Toronto', province: 'ON', postalCode: 'M5V 3A8', country: 'CA' },
      gstHstNumber: demoTrainer('maya').gstNumber,
      qstNumber: null,
      pstNumbers: [],
      invoicePrefix: 'MC',
    });
    expect(await profileAs('noah@fitflow.demo', 'noah')).toMatchObject({ pstNumbers: [{ province: 'BC', number: 'PST-4821-7730' }], invoicePrefix: 'NT' });
    // Sofia is an unregistered small supplier.
    expect(await profileAs('sofia@fitflow.demo', 'sofia')).toMatchObject({ gstHstNumber: null, invoicePrefix: 'SR' });
  });

  it('shows it to the trainer admin above, super admins and the admins of a studio the trainer works at — to nobody else', async () => {
    const who: Record<string, boolean> = {
      'liam@fitflow.demo': true,
      'maya@fitflow.demo': true,
      'admin@fitflow.demo': true,
      'studio@harbourfront.demo': true,
      'studio@kitsflow.demo': false,
      'sofia@fitflow.demo': false,
      'noah@fitflow.demo': false,
      'emma.wilson@example.com': false,
    };
    for (const [email, sees] of Object.entries(who)) expect((await profileAs(email, 'liam')) !== null, email).toBe(sees);
    // Harbourfront's admin sees the trainers of Midtown, its location, too; Kitsilano's those who teach there.
    expect(await profileAs('studio@harbourfront.demo', 'sofia')).not.toBeNull();
    expect(await profileAs('studio@kitsflow.demo', 'noah')).toMatchObject({ businessName: 'Tremblay Performance' });
    expect(await profileAs('studio@harbourfront.demo', 'noah')).toBeNull();
  });

  it('lets a trainer change their own profile, normalising what they type, with an audit row (the address redacted)', async () => {
    const audits = await auditCount('liam');
    try {
      const result = await execute(
        bed.server,
        UPDATE,
        {
          input: {
            businessName: '  Patel Mobility Inc.  ',
            address: { street: '12 Queen St E', line2: 'Unit 4', city: 'Toronto', province: 'ON', postalCode: 'm5c1r7' },
            gstHstNumber: ' 823456785rt 0002 ',
            qstNumber: '1234567890tq0001',
            pstNumbers: [
              { province: 'MB', number: '123 4567' },
              { province: 'BC', number: 'pst 1234 5678' },
              { province: 'SK', number: '765-4321' },
            ],
            invoicePrefix: 'lpt',
          },
        },
        await demoAuth('liam@fitflow.demo'),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.updateBillingProfile).toEqual({
        id: demoTrainer('liam').id,
        gstNumber: '823456785 RT0002',
        billingProfile: {
          businessName: 'Patel Mobility Inc.',
          address: { street: '12 Queen St E', line2: 'Unit 4', city: 'Toronto', province: 'ON', postalCode: 'M5C 1R7' },
          gstHstNumber: '823456785 RT0002',
          qstNumber: '1234567890 TQ0001',
          pstNumbers: [
            { province: 'BC', number: 'PST-1234-5678' },
            { province: 'SK', number: '7654321' },
            { province: 'MB', number: '123456-7' },
          ],
          invoicePrefix: 'LPT',
        },
      });
      expect(await storedProfile('liam')).toMatchObject({
        address: { line1: '12 Queen St E', line2: 'Unit 4', city: 'Toronto', province: 'ON', postal_code: 'M5C 1R7' },
        pst_numbers: { BC: 'PST-1234-5678', SK: '7654321', MB: '123456-7' },
      });
      const [audit] = await runSql<any>(
        bed.owner.manager,
        "select user_id, action, old_values, new_values from studios.audit_log where table_name = 'trainers' and record_id = :id order by created_at desc limit 1",
        { id: demoTrainer('liam').id },
      );
      expect(await auditCount('liam')).toBe(audits + 1);
      expect(audit).toMatchObject({
        user_id: demoTrainer('liam').id,
        action: 'update',
        old_values: { businessName: 'Liam Patel Training', gstNumber: demoTrainer('liam').gstNumber, invoicePrefix: 'LP', address: '[redacted]' },
        new_values: { businessName: 'Patel Mobility Inc.', gstNumber: '823456785 RT0002', invoicePrefix: 'LPT', address: '[redacted]' },
      });
      // Fields left out stay; null clears them, and a null prefix is the initials again.
      const cleared = await execute(
        bed.server,
        UPDATE,
        { input: { trainerId: demoTrainer('liam').id, gstHstNumber: null, pstNumbers: null, invoicePrefix: null } },
        await demoAuth('maya@fitflow.demo'),
      );
      expect(cleared.errors).toBeUndefined();
      expect(cleared.data!.updateBillingProfile.billingProfile).toMatchObject({
        businessName: 'Patel Mobility Inc.',
        gstHstNumber: null,
        qstNumber: '1234567890 TQ0001',
        pstNumbers: [],
        invoicePrefix: 'LP',
      });
    } finally {
      await restoreProfile('liam');
    }
  });

  it('runs as the runtime role', async () => {
    const app = await openSubgraphDatabase('studios', undefined, 'app');
    try {
      const appServer = await buildStudiosServer({ ds: app, verifier: await testVerifier(), log: quietLog });
      const result = await execute(appServer, UPDATE, { input: { invoicePrefix: 'NT2' } }, await demoAuth('noah@fitflow.demo'));
      expect(result.errors).toBeUndefined();
      expect(result.data!.updateBillingProfile.billingProfile.invoicePrefix).toBe('NT2');
    } finally {
      await app.destroy();
      await restoreProfile('noah');
    }
  });

  it('refuses another trainer, a studio admin and a client (FORBIDDEN), an unknown trainer (NOT_FOUND) and anonymous callers', async () => {
    const before = await storedProfile('liam');
    const input = { trainerId: demoTrainer('liam').id, invoicePrefix: 'XX' };
    for (const email of ['sofia@fitflow.demo', 'noah@fitflow.demo', 'studio@harbourfront.demo', 'emma.wilson@example.com']) {
      const result = await execute(bed.server, UPDATE, { input }, await demoAuth(email));
      expect(result.errors?.[0].extensions?.code, email).toBe('FORBIDDEN');
    }
    const liamOnMaya = await execute(
      bed.server,
      UPDATE,
      { input: { trainerId: demoTrainer('maya').id, invoicePrefix: 'XX' } },
      await demoAuth('liam@fitflow.demo'),
    );
    expect(liamOnMaya.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await execute(bed.server, UPDATE, { input: { trainerId: UNKNOWN_ID, invoicePrefix: 'XX' } }, await demoAuth('admin@fitflow.demo'));
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Trainer not found.', extensions: { code: 'NOT_FOUND' } });
    const anonymous = await execute(bed.server, UPDATE, { input });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const noProfile = await execute(bed.server, UPDATE, { input: { invoicePrefix: 'XX' } }, await demoAuth('admin@fitflow.demo'));
    expect(noProfile.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trainerId' });
    expect(await storedProfile('liam')).toEqual(before);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const auth = await demoAuth('maya@fitflow.demo');
    const before = await storedProfile('maya');
    const audits = await auditCount('maya');
    const address = { street: '401 Richmond St W', city: 'Toronto', province: 'ON', postalCode: 'M5V 3A8' };
    const cases: [Record<string, unknown>, string][] = [
      [{ trainerId: 'not-an-id' }, 'trainerId'],
      [{ businessName: 'x'.repeat(256) }, 'businessName'],
      [{ gstHstNumber: '812345678 RT0001' }, 'gstHstNumber'], // check digit does not match
      [{ gstHstNumber: '81234567 RT0001' }, 'gstHstNumber'],
      [{ gstHstNumber: '812345676 RC0001' }, 'gstHstNumber'],
      [{ qstNumber: '123456789 TQ0001' }, 'qstNumber'],
      [{ pstNumbers: [{ province: 'ON', number: '1234567' }] }, 'pstNumbers[0].province'],
      [
        {
          pstNumbers: [
            { province: 'BC', number: 'PST-1234-5678' },
            { province: 'BC', number: 'PST-1234-5679' },
          ],
        },
        'pstNumbers[1].province',
      ],
      [{ pstNumbers: [{ province: 'BC', number: 'PST-1234' }] }, 'pstNumbers[0].number'],
      [{ pstNumbers: [{ province: 'SK', number: '123456' }] }, 'pstNumbers[0].number'],
      [{ pstNumbers: [{ province: 'MB', number: '123456-78' }] }, 'pstNumbers[0].number'],
      [{ address: { ...address, street: '  ' } }, 'address.street'],
      [{ address: { ...address, city: '' } }, 'address.city'],
      [{ address: { ...address, postalCode: 'M5V 3A' } }, 'address.postalCode'],
      [{ address: { ...address, postalCode: 'D5V 3A8' } }, 'address.postalCode'],
      [{ address: { ...address, postalCode: 'V6K 1N6' } }, 'address.postalCode'], // a Vancouver code in Ontario
      [{ invoicePrefix: 'MCHEN01' }, 'invoicePrefix'],
      [{ invoicePrefix: 'M-C' }, 'invoicePrefix'],
      [{ invoicePrefix: '' }, 'invoicePrefix'],
    ];
    for (const [input, field] of cases) {
      const result = await execute(bed.server, UPDATE, { input }, auth);
      expect(result.errors?.[0].extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const checkDigit = await execute(bed.server, UPDATE, { input: { gstHstNumber: '812345678 RT0001' } }, auth);
    expect(checkDigit.errors?.[0].message).toMatch(/check digit does not match/);
    const wrongProvince = await execute(bed.server, UPDATE, { input: { address: { ...address, postalCode: 'V6K 1N6' } } }, auth);
    expect(wrongProvince.errors?.[0].message).toBe('A postal code in ON begins with K or L or M or N or P.');
    expect(await storedProfile('maya')).toEqual(before);
    expect(await auditCount('maya')).toBe(audits);
  });

  it('gives a new trainer their initials as invoice prefix, and the database refuses a malformed address or number', async () => {
    const id = '5b1f0c7e-2d6a-4c1e-9f3a-7e8d9c0b1a2f';
    try {
      await runSql(bed.owner.manager, "insert into studios.trainers (id, first_name, last_name) values (:id, 'Élodie', 'Côté')", { id });
      expect((await runSql<any>(bed.owner.manager, 'select invoice_prefix from studios.trainers where id = :id', { id }))[0].invoice_prefix).toBe('EC');
      await expect(
        runSql(bed.owner.manager, `update studios.trainers set address = '{"line1": "1 Main St", "city": "Montréal", "province": "QC"}' where id = :id`, {
          id,
        }),
      ).rejects.toThrow(/trainers_address_shape/);
      await expect(runSql(bed.owner.manager, "update studios.trainers set qst_number = '1234567890TQ0001' where id = :id", { id })).rejects.toThrow(
        /trainers_qst_number_format/,
      );
      await expect(runSql(bed.owner.manager, `update studios.trainers set pst_numbers = '{"ON": "1234567"}' where id = :id`, { id })).rejects.toThrow(
        /trainers_pst_numbers_format/,
      );
      await expect(runSql(bed.owner.manager, "update studios.trainers set invoice_prefix = 'mc' where id = :id", { id })).rejects.toThrow(
        /trainers_invoice_prefix_format/,
      );
    } finally {
      await runSql(bed.owner.manager, 'delete from studios.trainers where id = :id', { id });
    }
  });
});
