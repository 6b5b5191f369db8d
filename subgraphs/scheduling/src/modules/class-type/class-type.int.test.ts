import { demoAuth, demoEmma, demoStudio, demoTenant, demoTrainer, executeAsJson, UNKNOWN_ID, useSubgraphTestBed } from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSchedulingServer } from '../../server.js';

/**
 * Class types (docs/scheduling.md, "Class types"): a trainer manages their own, a Trainer Admin their
 * team's; capacity never drops below the confirmed head count of an upcoming session; archiving keeps
 * what is scheduled. Every class type and session made here is removed afterwards.
 */

const bed = useSubgraphTestBed('scheduling', buildSchedulingServer, { as: 'app' });
const run = executeAsJson;

const maya = () => demoTrainer('maya');
const liam = () => demoTrainer('liam');

const CREATE = /* GraphQL */ `
  mutation ($input: CreateClassTypeInput!) {
    createClassType(input: $input) {
      id
      name
      category
      durationMinutes
      maxParticipants
      defaultRate
      color
      description
      status
      cancellationWindowMinutes
      trainer {
        id
      }
    }
  }
`;
const UPDATE = 'mutation ($id: ID!, $input: UpdateClassTypeInput!) { updateClassType(id: $id, input: $input) { id name maxParticipants category status } }';
const ARCHIVE = 'mutation ($id: ID!) { archiveClassType(id: $id) { id status } }';
const OFFER = /* GraphQL */ `
  query ($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Trainer {
        active: classTypes {
          id
        }
        all: classTypes(includeArchived: true) {
          id
          status
        }
      }
    }
  }
`;

const created: string[] = [];
const sessions: string[] = [];
const group = (overrides: Record<string, unknown> = {}) => ({
  name: 'Sunrise strength',
  category: 'GROUP',
  durationMinutes: 60,
  maxParticipants: 12,
  ...overrides,
});

async function create(email: string, input: Record<string, unknown>) {
  const result = await run(bed.server, CREATE, { input }, await demoAuth(email));
  if (result.data?.createClassType) created.push(result.data.createClassType.id);
  return result;
}

const classTypeCount = async () => Number((await bed.owner.query('select count(*)::int as n from scheduling.class_types'))[0].n);

afterAll(async () => {
  if (sessions.length) {
    await bed.owner.query('delete from scheduling.appointment_participants where appointment_id = any($1::uuid[])', [sessions]);
    await bed.owner.query('delete from scheduling.appointments where id = any($1::uuid[])', [sessions]);
  }
  if (created.length) await bed.owner.query('delete from scheduling.class_types where id = any($1::uuid[])', [created]);
});

describe('creating a class type', () => {
  it('lets Maya add her own, with the 12-hour cancellation window by default, and audits it', async () => {
    const result = await create('maya@fitflow.demo', group({ defaultRate: '25', color: '#2e86ab', description: 'Strength before work.' }));
    expect(result.errors).toBeUndefined();
    const classType = result.data!.createClassType;
    expect(classType).toEqual({
      id: expect.any(String),
      name: 'Sunrise strength',
      category: 'GROUP',
      durationMinutes: 60,
      maxParticipants: 12,
      defaultRate: '25.00',
      color: '#2E86AB',
      description: 'Strength before work.',
      status: 'ACTIVE',
      cancellationWindowMinutes: 720,
      trainer: { id: maya().id },
    });
    const [audit] = await bed.owner.query('select action, user_id, new_values from scheduling.audit_log where table_name = $1 and record_id = $2', [
      'class_types',
      classType.id,
    ]);
    expect(audit).toMatchObject({
      action: 'create',
      new_values: expect.objectContaining({ name: 'Sunrise strength', maxParticipants: 12, defaultRate: '25.00' }),
    });
  });

  it('lets Maya add one for Liam (her team), but not Liam one for Maya, nor Noah one for Liam', async () => {
    const forLiam = await create('maya@fitflow.demo', group({ trainerId: liam().id, name: 'Running form' }));
    expect(forLiam.errors).toBeUndefined();
    expect(forLiam.data!.createClassType.trainer.id).toBe(liam().id);
    const before = await classTypeCount();
    for (const [email, trainerId] of [
      ['liam@fitflow.demo', maya().id],
      ['noah@fitflow.demo', liam().id],
    ]) {
      const refused = await create(email, group({ trainerId }));
      expect(refused.errors?.[0].extensions?.code, email).toBe('FORBIDDEN');
    }
    expect(await classTypeCount()).toBe(before);
  });

  it('refuses studio admins and clients, and answers NOT_FOUND for a trainer that does not exist', async () => {
    for (const email of ['studio@harbourfront.demo', demoEmma().email]) {
      const refused = await create(email, group());
      expect(refused.errors?.[0].extensions?.code, email).toBe('FORBIDDEN');
    }
    const unknown = await create('admin@fitflow.demo', group({ trainerId: UNKNOWN_ID }));
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Trainer not found.', extensions: { code: 'NOT_FOUND' } });
  });

  it('refuses bad input, saying what to change, and writes nothing', async () => {
    const before = await classTypeCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ category: 'INDIVIDUAL', maxParticipants: 8 }, 'maxParticipants'],
      [{ category: 'GROUP', maxParticipants: null }, 'maxParticipants'],
      [{ durationMinutes: 721 }, 'durationMinutes'],
      [{ durationMinutes: 4 }, 'durationMinutes'],
      [{ maxParticipants: 501 }, 'maxParticipants'],
      [{ color: 'red' }, 'color'],
      [{ defaultRate: '10000.01' }, 'defaultRate'],
      [{ defaultRate: '-1' }, 'defaultRate'],
      [{ name: '   ' }, 'name'],
      [{ name: 'x'.repeat(101) }, 'name'],
      [{ cancellationWindowMinutes: 10081 }, 'cancellationWindowMinutes'],
      [{ description: 'x'.repeat(2001) }, 'description'],
    ];
    for (const [overrides, field] of cases) {
      const result = await create('maya@fitflow.demo', group(overrides));
      const error = result.errors?.[0];
      expect(error?.extensions?.code, JSON.stringify(overrides)).toBe('BAD_USER_INPUT');
      expect([error?.extensions?.field, ...(error?.extensions?.fields ?? [])], JSON.stringify(overrides)).toContain(field);
    }
    const individual = await create('maya@fitflow.demo', group({ category: 'INDIVIDUAL', maxParticipants: 8 }));
    expect(individual.errors?.[0].message).toBe('An individual session is for one client: set maxParticipants to 1, or make it a GROUP class.');
    expect(await classTypeCount()).toBe(before);
  });

  it('gives a trial session one participant when none is given', async () => {
    const result = await create('maya@fitflow.demo', { name: 'Try it', category: 'TRIAL', durationMinutes: 30 });
    expect(result.data!.createClassType).toMatchObject({ maxParticipants: 1, defaultRate: null, color: null });
  });
});

describe('changing a class type', () => {
  /** A one-hour session of `classTypeId` at Harbourfront from `start` (UTC) with `confirmed` confirmed clients (and one cancelled). */
  async function sessionWith(classTypeId: string, confirmed: number, start: string) {
    const [{ id }] = await bed.owner.query(
      `insert into scheduling.appointments (trainer_id, studio_id, class_type_id, start_time, end_time)
       values ($1, $2, $3, $4::timestamptz, $4::timestamptz + interval '1 hour') returning id`,
      [maya().id, demoStudio('harbourfront').id, classTypeId, start],
    );
    sessions.push(id);
    for (let i = 0; i < confirmed; i++) {
      await bed.owner.query('insert into scheduling.appointment_participants (appointment_id, client_id) values ($1, $2)', [id, randomUUID()]);
    }
    await bed.owner.query(
      `insert into scheduling.appointment_participants (appointment_id, client_id, status, cancelled_at) values ($1, $2, 'cancelled', now())`,
      [id, randomUUID()],
    );
    return id as string;
  }

  it('refuses a capacity below the confirmed head count of an upcoming session, naming it, and accepts it at the head count', async () => {
    const classType = (await create('maya@fitflow.demo', group())).data!.createClassType;
    // Wednesday 17 March 2027, 07:00 in Toronto (EDT since the 14th).
    await sessionWith(classType.id, 9, '2027-03-17T11:00:00Z');
    const auth = await demoAuth('maya@fitflow.demo');
    const refused = await run(bed.server, UPDATE, { id: classType.id, input: { maxParticipants: 8 } }, auth);
    expect(refused.errors?.[0]).toMatchObject({
      message:
        'The session on Wednesday 17 March 2027 at 07:00 (Toronto time) already has 9 confirmed: capacity cannot go below 9. Keep maxParticipants at 9 or more, or cancel bookings first.',
      extensions: { code: 'CONFLICT' },
    });
    const [row] = await bed.owner.query('select max_participants from scheduling.class_types where id = $1', [classType.id]);
    expect(row.max_participants).toBe(12);
    // Turning it into a one-to-one class type is the same capacity change.
    const individual = await run(bed.server, UPDATE, { id: classType.id, input: { category: 'INDIVIDUAL' } }, auth);
    expect(individual.errors?.[0].extensions?.code).toBe('CONFLICT');
    const accepted = await run(bed.server, UPDATE, { id: classType.id, input: { maxParticipants: 9, name: 'Sunrise strength (small)' } }, auth);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.updateClassType).toMatchObject({ maxParticipants: 9, name: 'Sunrise strength (small)' });
    const audits = await bed.owner.query('select old_values, new_values from scheduling.audit_log where record_id = $1 and action = $2', [
      classType.id,
      'update',
    ]);
    expect(audits).toEqual([
      { old_values: { maxParticipants: 12, name: 'Sunrise strength' }, new_values: { maxParticipants: 9, name: 'Sunrise strength (small)' } },
    ]);
  });

  it("refuses a change to another trainer's class type (FORBIDDEN), an unknown one (NOT_FOUND) and clearing a required field", async () => {
    const mayas = demoTenant().classTypes.find((c) => c.trainerId === maya().id)!;
    const noah = await run(bed.server, UPDATE, { id: mayas.id, input: { name: 'Mine now' } }, await demoAuth('noah@fitflow.demo'));
    expect(noah.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const liamsOwn = await run(bed.server, UPDATE, { id: mayas.id, input: { name: 'Mine now' } }, await demoAuth('liam@fitflow.demo'));
    expect(liamsOwn.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await run(bed.server, UPDATE, { id: UNKNOWN_ID, input: { name: 'x' } }, await demoAuth('maya@fitflow.demo'));
    expect(unknown.errors?.[0]).toMatchObject({ message: 'ClassType not found.', extensions: { code: 'NOT_FOUND' } });
    const cleared = await run(bed.server, UPDATE, { id: mayas.id, input: { durationMinutes: null } }, await demoAuth('maya@fitflow.demo'));
    expect(cleared.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'durationMinutes' });
    const [row] = await bed.owner.query('select name, duration_minutes from scheduling.class_types where id = $1', [mayas.id]);
    expect(row).toEqual({ name: mayas.name, duration_minutes: mayas.durationMinutes });
  });

  it("archives a class type: gone from the trainer's offer, kept with includeArchived, its sessions untouched", async () => {
    const classType = (await create('maya@fitflow.demo', group({ name: 'Old format' }))).data!.createClassType;
    const session = await sessionWith(classType.id, 2, '2027-03-18T11:00:00Z');
    const auth = await demoAuth('maya@fitflow.demo');
    const archived = await run(bed.server, ARCHIVE, { id: classType.id }, auth);
    expect(archived.data!.archiveClassType).toEqual({ id: classType.id, status: 'ARCHIVED' });
    const again = await run(bed.server, ARCHIVE, { id: classType.id }, auth);
    expect(again.data!.archiveClassType.status).toBe('ARCHIVED');
    const offer = await run(bed.server, OFFER, { r: [{ __typename: 'Trainer', id: maya().id }] }, await demoAuth(demoEmma().email));
    const { active, all } = offer.data!._entities[0];
    expect(active.map((c: { id: string }) => c.id)).not.toContain(classType.id);
    expect(all).toContainEqual({ id: classType.id, status: 'ARCHIVED' });
    const [row] = await bed.owner.query('select status from scheduling.appointments where id = $1', [session]);
    expect(row.status).toBe('scheduled');
    const audits = await bed.owner.query('select count(*)::int as n from scheduling.audit_log where record_id = $1 and action = $2', [classType.id, 'update']);
    expect(audits[0].n).toBe(1);
  });
});
