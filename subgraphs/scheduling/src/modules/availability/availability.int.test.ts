import { QueryCounter } from '@fitflow/kit';
import { DateTime } from 'luxon';
import { demoAuth, demoEmma, demoStudio, demoTenant, demoTrainer, executeAsJson, UNKNOWN_ID, useSubgraphTestBed } from '@fitflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchedulingServer } from '../../server.js';

/**
 * Availability and open slots (docs/scheduling.md): weekly windows per studio in the studio's local
 * time, and the start times they give once every session of the trainer, at any studio and in any
 * zone, and the travel buffer are taken out. Everything happens in March 2027, after the demo's
 * sessions; the trainers' availability and settings are put back as they were afterwards.
 */

const counter = new QueryCounter();
const bed = useSubgraphTestBed('scheduling', buildSchedulingServer, { counter, as: 'app' });
const run = executeAsJson;

const maya = () => demoTrainer('maya');
const harbourfront = () => demoStudio('harbourfront');
const kits = () => demoStudio('kits');
/** Maya's 60-minute personal training. */
const personal = () => demoTenant().classTypes.find((c) => c.trainerId === maya().id && c.category === 'individual')!;

const SET = /* GraphQL */ `
  mutation ($input: SetAvailabilityInput!) {
    setAvailability(input: $input) {
      id
      studio {
        id
      }
      weekday
      startTime
      endTime
      effectiveFrom
      effectiveUntil
      timeZone
    }
  }
`;
const AVAILABILITY = /* GraphQL */ `
  query ($r: [_Any!]!, $studioId: ID, $on: LocalDate) {
    _entities(representations: $r) {
      ... on Trainer {
        id
        availability(studioId: $studioId, on: $on) {
          studio {
            id
          }
          weekday
          startTime
          endTime
          effectiveFrom
          effectiveUntil
          timeZone
        }
      }
    }
  }
`;
const SLOTS = /* GraphQL */ `
  query ($trainerId: ID!, $classTypeId: ID!, $from: DateTime!, $to: DateTime!, $studioId: ID!) {
    openSlots(trainerId: $trainerId, classTypeId: $classTypeId, from: $from, to: $to, studioId: $studioId) {
      startTime
      endTime
      timeZone
      localStart
    }
  }
`;
const BUFFER = 'mutation ($minutes: Int!, $trainerId: ID) { setTravelBuffer(minutes: $minutes, trainerId: $trainerId) { id travelBufferMinutes } }';

const everyDay = (startTime: string, endTime: string) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime, endTime }));

async function setAvailability(email: string, input: Record<string, unknown>) {
  return run(bed.server, SET, { input }, await demoAuth(email));
}

async function slots(email: string, vars: Partial<Record<'trainerId' | 'classTypeId' | 'from' | 'to' | 'studioId', string>> = {}) {
  return run(
    bed.server,
    SLOTS,
    { trainerId: maya().id, classTypeId: personal().id, studioId: harbourfront().id, from: '2027-03-13T00:00:00Z', to: '2027-03-20T00:00:00Z', ...vars },
    await demoAuth(email),
  );
}

/** Local starts of one local day ("2027-03-16") among the slots. */
const startsOn = (result: Awaited<ReturnType<typeof slots>>, day: string) =>
  (result.data!.openSlots as { localStart: string }[]).filter((s) => s.localStart.startsWith(day)).map((s) => s.localStart.slice(11));

let savedAvailability: Record<string, unknown>[] = [];
let savedSettings: Record<string, unknown>[] = [];
const sessions: string[] = [];
const availabilityCount = async () => Number((await bed.owner.query('select count(*)::int as n from scheduling.trainer_availability'))[0].n);

/** A one-hour session of Maya's at `studioId` from `start` (UTC), written as a fixture. */
async function mayaSession(studioId: string, start: string) {
  const [{ id }] = await bed.owner.query(
    `insert into scheduling.appointments (trainer_id, studio_id, class_type_id, start_time, end_time)
     values ($1, $2, $3, $4::timestamptz, $4::timestamptz + interval '1 hour') returning id`,
    [maya().id, studioId, personal().id, start],
  );
  sessions.push(id);
  return id as string;
}

beforeAll(async () => {
  savedAvailability = await bed.owner.query('select * from scheduling.trainer_availability');
  savedSettings = await bed.owner.query('select * from scheduling.trainer_settings');
  await bed.owner.query('delete from scheduling.trainer_settings where trainer_id = $1', [maya().id]);
});

afterAll(async () => {
  await bed.owner.query('delete from scheduling.appointments where id = any($1::uuid[])', [sessions]);
  await bed.owner.query('delete from scheduling.trainer_availability');
  for (const row of savedAvailability) {
    await bed.owner.query(
      `insert into scheduling.trainer_availability (id, trainer_id, studio_id, day_of_week, start_time, end_time, effective_from, effective_until, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        row.id,
        row.trainer_id,
        row.studio_id,
        row.day_of_week,
        row.start_time,
        row.end_time,
        row.effective_from,
        row.effective_until,
        row.created_at,
        row.updated_at,
      ],
    );
  }
  await bed.owner.query('delete from scheduling.trainer_settings');
  for (const row of savedSettings) {
    await bed.owner.query('insert into scheduling.trainer_settings (trainer_id, travel_buffer_minutes, updated_at) values ($1, $2, $3)', [
      row.trainer_id,
      row.travel_buffer_minutes,
      row.updated_at,
    ]);
  }
});

describe('setting availability', () => {
  it("sets Maya's weekly windows at Harbourfront in Toronto time, and audits the change", async () => {
    const result = await setAvailability('maya@fitflow.demo', {
      studioId: harbourfront().id,
      effectiveFrom: '2027-03-01',
      windows: everyDay('07:00', '12:00'),
    });
    expect(result.errors).toBeUndefined();
    const windows = result.data!.setAvailability;
    expect(windows.map((w: { weekday: number }) => w.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(windows[6]).toMatchObject({
      studio: { id: harbourfront().id },
      weekday: 7,
      startTime: '07:00',
      endTime: '12:00',
      effectiveFrom: '2027-03-01',
      effectiveUntil: null,
      timeZone: 'America/Toronto',
    });
    // Sunday is day 0 in the table (ISO 7 in the API).
    const sunday = await bed.owner.query('select day_of_week from scheduling.trainer_availability where id = $1', [windows[6].id]);
    expect(sunday[0].day_of_week).toBe(0);
    const audit = await bed.owner.query('select action, new_values from scheduling.audit_log where table_name = $1 and record_id = $2', [
      'trainer_availability',
      maya().id,
    ]);
    expect(audit.at(-1)).toMatchObject({ action: 'update', new_values: { studioId: harbourfront().id, effectiveFrom: '2027-03-01' } });
    expect(audit.at(-1).new_values.windows).toHaveLength(7);
  });

  it('replaces the windows from a later day: the earlier set ends the day before', async () => {
    const later = await setAvailability('maya@fitflow.demo', {
      studioId: harbourfront().id,
      effectiveFrom: '2027-04-05',
      windows: [{ weekday: 1, startTime: '06:30', endTime: '10:00' }],
    });
    expect(later.errors).toBeUndefined();
    const on = async (day: string) => {
      const result = await run(
        bed.server,
        AVAILABILITY,
        { r: [{ __typename: 'Trainer', id: maya().id }], studioId: harbourfront().id, on: day },
        await demoAuth('maya@fitflow.demo'),
      );
      expect(result.errors).toBeUndefined();
      return result.data!._entities[0].availability as { weekday: number; startTime: string; effectiveUntil: string | null }[];
    };
    const before = await on('2027-04-04');
    expect(before).toHaveLength(7);
    expect(before.every((w) => w.effectiveUntil === '2027-04-04')).toBe(true);
    expect(await on('2027-04-05')).toEqual([
      {
        studio: { id: harbourfront().id },
        weekday: 1,
        startTime: '06:30',
        endTime: '10:00',
        effectiveFrom: '2027-04-05',
        effectiveUntil: null,
        timeZone: 'America/Toronto',
      },
    ]);
  });

  it("sets Maya's windows at Kitsilano in Vancouver time", async () => {
    const result = await setAvailability('maya@fitflow.demo', { studioId: kits().id, effectiveFrom: '2027-03-01', windows: everyDay('07:00', '12:00') });
    expect(result.errors).toBeUndefined();
    expect(result.data!.setAvailability[0].timeZone).toBe('America/Vancouver');
  });

  it('refuses bad input with a message saying what to change, and writes nothing', async () => {
    const before = await availabilityCount();
    const base = { studioId: harbourfront().id, effectiveFrom: '2027-05-01' };
    const cases: [Record<string, unknown>, string][] = [
      [{ windows: [{ weekday: 2, startTime: '12:00', endTime: '07:00' }] }, 'windows[0].endTime'],
      [{ windows: [{ weekday: 2, startTime: '25:00', endTime: '26:00' }] }, 'windows'],
      [{ windows: [{ weekday: 8, startTime: '07:00', endTime: '08:00' }] }, 'windows'],
      [
        {
          windows: [
            { weekday: 2, startTime: '07:00', endTime: '12:00' },
            { weekday: 2, startTime: '11:00', endTime: '13:00' },
          ],
        },
        'windows[1]',
      ],
      [{ windows: Array.from({ length: 51 }, (_, i) => ({ weekday: 1 + (i % 7), startTime: '07:00', endTime: '08:00' })) }, 'windows'],
      [{ effectiveUntil: '2027-04-30', windows: [] }, 'effectiveUntil'],
      [{ effectiveFrom: '2026-01-05', windows: [] }, 'effectiveFrom'],
      // Maya has no contract with Midtown.
      [{ studioId: demoStudio('midtown').id, windows: everyDay('07:00', '08:00') }, 'studioId'],
    ];
    for (const [overrides, field] of cases) {
      const result = await setAvailability('maya@fitflow.demo', { ...base, ...overrides });
      const error = result.errors?.[0];
      expect(error?.extensions?.code, JSON.stringify(overrides).slice(0, 120)).toBe('BAD_USER_INPUT');
      expect([error?.extensions?.field, ...(error?.extensions?.fields ?? [])], JSON.stringify(overrides).slice(0, 120)).toContain(field);
    }
    const reversed = await setAvailability('maya@fitflow.demo', { ...base, windows: [{ weekday: 2, startTime: '12:00', endTime: '07:00' }] });
    expect(reversed.errors?.[0].message).toBe('The Tuesday window ends (07:00) before it starts (12:00): the end must be after the start on the same day.');
    expect(await availabilityCount()).toBe(before);
  });

  it("lets Maya set Liam's (her team), not Liam Maya's nor Noah anyone's; unknown studio is NOT_FOUND", async () => {
    const liams = await setAvailability('maya@fitflow.demo', {
      trainerId: demoTrainer('liam').id,
      studioId: demoStudio('midtown').id,
      effectiveFrom: '2027-03-01',
      windows: [{ weekday: 2, startTime: '07:00', endTime: '09:00' }],
    });
    expect(liams.errors).toBeUndefined();
    for (const [email, trainerId] of [
      ['liam@fitflow.demo', maya().id],
      ['noah@fitflow.demo', maya().id],
    ]) {
      const refused = await setAvailability(email, { trainerId, studioId: harbourfront().id, effectiveFrom: '2027-03-01', windows: [] });
      expect(refused.errors?.[0].extensions?.code, email).toBe('FORBIDDEN');
    }
    for (const email of ['studio@harbourfront.demo', demoEmma().email]) {
      const refused = await setAvailability(email, { trainerId: maya().id, studioId: harbourfront().id, effectiveFrom: '2027-03-01', windows: [] });
      expect(refused.errors?.[0].extensions?.code, email).toBe('FORBIDDEN');
    }
    const unknown = await setAvailability('maya@fitflow.demo', { studioId: UNKNOWN_ID, effectiveFrom: '2027-03-01', windows: [] });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Studio not found.', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('reading availability', () => {
  const read = async (email: string, keys: string[], on = '2027-03-16') =>
    run(bed.server, AVAILABILITY, { r: keys.map((k) => ({ __typename: 'Trainer', id: demoTrainer(k).id })), on }, await demoAuth(email));

  it("shows a studio admin only the windows at their studios, and refuses clients and other trainers' peers", async () => {
    const harbour = await read('studio@harbourfront.demo', ['maya']);
    expect(harbour.errors).toBeUndefined();
    const studios = new Set(harbour.data!._entities[0].availability.map((w: { studio: { id: string } }) => w.studio.id));
    expect([...studios]).toEqual([harbourfront().id]);
    const kitsAdmin = await read('studio@kitsflow.demo', ['maya']);
    expect(new Set(kitsAdmin.data!._entities[0].availability.map((w: { studio: { id: string } }) => w.studio.id))).toEqual(new Set([kits().id]));
    for (const email of [demoEmma().email, 'liam@fitflow.demo', 'noah@fitflow.demo']) {
      const refused = await read(email, ['maya']);
      expect(refused.errors?.[0].extensions?.code, email).toBe('FORBIDDEN');
    }
  });

  it("reads three team members' availability in as many SQL statements as one", async () => {
    const count = async (keys: string[]) => {
      counter.reset();
      const result = await read('maya@fitflow.demo', keys);
      expect(result.errors).toBeUndefined();
      return counter.count;
    };
    expect(await count(['maya', 'liam', 'sofia'])).toBe(await count(['maya']));
  });
});

describe('open slots', () => {
  it('stays at 07:00 Toronto time across the 2027-03-14 change, in UTC with the studio’s zone', async () => {
    const result = await slots('maya@fitflow.demo', { to: '2027-03-16T00:00:00Z' });
    expect(result.errors).toBeUndefined();
    const all = result.data!.openSlots;
    const first = (day: string) => all.find((s: { localStart: string }) => s.localStart.startsWith(day));
    expect(first('2027-03-13')).toEqual({
      startTime: '2027-03-13T12:00:00.000Z',
      endTime: '2027-03-13T13:00:00.000Z',
      timeZone: 'America/Toronto',
      localStart: '2027-03-13T07:00',
    });
    expect(first('2027-03-14')).toMatchObject({ startTime: '2027-03-14T11:00:00.000Z', localStart: '2027-03-14T07:00' });
    expect(first('2027-03-15')).toMatchObject({ startTime: '2027-03-15T11:00:00.000Z', localStart: '2027-03-15T07:00' });
    expect(startsOn(result, '2027-03-14')).toHaveLength(17);
  });

  it('stays at 07:00 Vancouver time across the change at Kitsilano', async () => {
    const result = await slots('maya@fitflow.demo', { studioId: kits().id, to: '2027-03-16T00:00:00Z' });
    expect(result.errors).toBeUndefined();
    const all = result.data!.openSlots as { startTime: string; localStart: string; timeZone: string }[];
    expect(all.find((s) => s.localStart === '2027-03-13T07:00')?.startTime).toBe('2027-03-13T15:00:00.000Z');
    expect(all.find((s) => s.localStart === '2027-03-14T07:00')?.startTime).toBe('2027-03-14T14:00:00.000Z');
    expect(new Set(all.map((s) => s.timeZone))).toEqual(new Set(['America/Vancouver']));
  });

  it('removes the times of a session at another studio in another zone (Vancouver 06:00 is Toronto 09:00)', async () => {
    // Tuesday 16 March 2027, 06:00–07:00 at Kitsilano = 09:00–10:00 in Toronto.
    await mayaSession(kits().id, '2027-03-16T13:00:00Z');
    const result = await slots('maya@fitflow.demo');
    expect(result.errors).toBeUndefined();
    expect(startsOn(result, '2027-03-16')).toEqual(['07:00', '07:15', '07:30', '07:45', '08:00', '10:00', '10:15', '10:30', '10:45', '11:00']);
  });

  it('keeps the travel buffer free around sessions elsewhere, but not around sessions at the same studio', async () => {
    // Wednesday 17 March 2027, 09:00–10:00 at Harbourfront itself.
    await mayaSession(harbourfront().id, '2027-03-17T13:00:00Z');
    const set = await run(bed.server, BUFFER, { minutes: 60 }, await demoAuth('maya@fitflow.demo'));
    expect(set.data!.setTravelBuffer).toEqual({ id: maya().id, travelBufferMinutes: 60 });
    const result = await slots('maya@fitflow.demo');
    expect(startsOn(result, '2027-03-16')).toEqual(['07:00', '11:00']);
    expect(startsOn(result, '2027-03-17')).toEqual(['07:00', '07:15', '07:30', '07:45', '08:00', '10:00', '10:15', '10:30', '10:45', '11:00']);
  });

  it("lets Maya's client Emma read them; not another trainer's client, a studio admin, Noah, or Liam (a team peer)", async () => {
    const emma = await slots(demoEmma().email);
    expect(emma.errors).toBeUndefined();
    expect(startsOn(emma, '2027-03-16')).toEqual(['07:00', '11:00']);
    for (const email of [demoTenant().logins.otherClient, 'studio@harbourfront.demo', 'noah@fitflow.demo', 'liam@fitflow.demo']) {
      const refused = await slots(email);
      expect(refused.errors?.[0].extensions?.code, email).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    }
    const admin = await slots('admin@fitflow.demo');
    expect(startsOn(admin, '2027-03-16')).toEqual(['07:00', '11:00']);
  });

  it('answers NOT_FOUND for an unknown trainer, class type or studio, and BAD_USER_INPUT for what the caller must change', async () => {
    const auth = 'maya@fitflow.demo';
    for (const [vars, message] of [
      [{ trainerId: UNKNOWN_ID }, 'Trainer not found.'],
      [{ classTypeId: UNKNOWN_ID }, 'ClassType not found.'],
      [{ studioId: UNKNOWN_ID }, 'Studio not found.'],
    ] as const) {
      const result = await slots(auth, vars);
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'NOT_FOUND' } });
    }
    const noahs = demoTenant().classTypes.find((c) => c.trainerId === demoTrainer('noah').id)!;
    for (const [vars, field] of [
      [{ classTypeId: noahs.id }, 'classTypeId'],
      [{ to: '2027-04-14T00:00:01Z' }, 'to'],
      [{ to: '2027-03-12T00:00:00Z' }, 'to'],
    ] as const) {
      const result = await slots(auth, vars);
      expect(result.errors?.[0].extensions, JSON.stringify(vars)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('gives nothing where no contract lets the trainer work', async () => {
    const midtown = await slots('maya@fitflow.demo', { studioId: demoStudio('midtown').id });
    expect(midtown.errors).toBeUndefined();
    expect(midtown.data!.openSlots).toEqual([]);
  });

  it('gives only start times still to come (this one replaces the March 2027 windows: it runs last)', async () => {
    const today = DateTime.now().setZone('America/Toronto').toISODate()!;
    const set = await setAvailability('maya@fitflow.demo', { studioId: harbourfront().id, effectiveFrom: today, windows: everyDay('00:00', '24:00') });
    expect(set.errors).toBeUndefined();
    const now = Date.now();
    const result = await slots('maya@fitflow.demo', { from: new Date(now - 2 * 86_400_000).toISOString(), to: new Date(now + 86_400_000).toISOString() });
    expect(result.errors).toBeUndefined();
    const starts = (result.data!.openSlots as { startTime: string }[]).map((s) => Date.parse(s.startTime));
    expect(starts.length).toBeGreaterThan(0);
    expect(Math.min(...starts)).toBeGreaterThan(now);
  });
});

describe('the travel buffer setting', () => {
  it('is set within 0–240 minutes by those who manage the trainer, and read by staff who see their schedule', async () => {
    const maya_ = await demoAuth('maya@fitflow.demo');
    const tooLong = await run(bed.server, BUFFER, { minutes: 241 }, maya_);
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minutes' });
    const forLiam = await run(bed.server, BUFFER, { minutes: 45, trainerId: demoTrainer('liam').id }, maya_);
    expect(forLiam.data!.setTravelBuffer).toEqual({ id: demoTrainer('liam').id, travelBufferMinutes: 45 });
    const liamForMaya = await run(bed.server, BUFFER, { minutes: 0, trainerId: maya().id }, await demoAuth('liam@fitflow.demo'));
    expect(liamForMaya.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const client = await run(bed.server, BUFFER, { minutes: 0 }, await demoAuth(demoEmma().email));
    expect(client.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { travelBufferMinutes } } }';
    const r = [{ __typename: 'Trainer', id: demoTrainer('liam').id }];
    expect((await run(bed.server, query, { r }, await demoAuth('studio@harbourfront.demo'))).data!._entities[0].travelBufferMinutes).toBe(45);
    expect((await run(bed.server, query, { r: [{ __typename: 'Trainer', id: demoTrainer('noah').id }] }, maya_)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await run(bed.server, query, { r }, await demoAuth(demoEmma().email))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
