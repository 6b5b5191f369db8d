import { ScopedDb, scopeOf, type Viewer } from '@fitflow/kit';
import { demoEmma as emma, demoTrainer as trainer } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { clientsOf, notesOf, useClientsTestBed, viewerOf } from '../test-bed.js';

/** Row-level security, the third wall: what the runtime role sees and writes when the application’s own filters are bypassed. */
const bed = useClientsTestBed();

describe('row-level security, the third wall', () => {
  const count = (viewer: Viewer | null, sql: string) => new ScopedDb(bed.ds, scopeOf(viewer)).run(async (em) => Number((await em.query(sql))[0].n));

  it('lets a raw query without any repository filter see only the caller’s rows', async () => {
    const stored = async (trainerIds: string[]) =>
      Number(
        (await bed.owner.query('select count(*)::int as n from clients.clients where trainer_id = any($1::uuid[]) and erased_at is null', [trainerIds]))[0].n,
      );
    const all = 'select count(*)::int as n from clients.clients';
    expect(await count(viewerOf('noah@fitflow.demo'), all)).toBe(await stored([trainer('noah').id]));
    expect(await count(viewerOf('liam@fitflow.demo'), all)).toBe(await stored([trainer('liam').id]));
    expect(await count(viewerOf('maya@fitflow.demo'), all)).toBe(await stored(['maya', 'liam', 'sofia'].map((k) => trainer(k).id)));
    expect(await count(viewerOf('emma.wilson@example.com'), all)).toBe(1);
    expect(await count(viewerOf('studio@harbourfront.demo'), all)).toBe(0);
    expect(await count(viewerOf('admin@fitflow.demo'), all)).toBe(0);
    expect(await count(null, all)).toBe(0);
    expect(Number((await bed.ds.query(all))[0].n)).toBe(0); // no claims set at all
    expect(await count(viewerOf('emma.wilson@example.com'), 'select count(*)::int as n from clients.session_notes')).toBe(notesOf(emma().id).length);
    expect(await count(viewerOf('noah@fitflow.demo'), `select count(*)::int as n from clients.session_notes where client_id = '${emma().id}'`)).toBe(0);
  });

  it('refuses writes outside the caller’s scope, whatever the application asks', async () => {
    const liam = new ScopedDb(bed.ds, scopeOf(viewerOf('liam@fitflow.demo')));
    const changed = await liam.run((em) => em.query(`update clients.clients set status = 'inactive' where id = $1`, [clientsOf('maya')[0].id]));
    expect(changed[1]).toBe(0);
    await expect(
      liam.run((em) =>
        em.query(`insert into clients.clients (id, trainer_id, first_name, last_name, medical_info) values (gen_random_uuid(), $1, 'x', 'y', 'z')`, [
          trainer('maya').id,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
    const deleted = await new ScopedDb(bed.ds, scopeOf(viewerOf('maya@fitflow.demo'))).run((em) =>
      em.query('delete from clients.session_notes where client_id = $1', [clientsOf('maya')[0].id]),
    );
    expect(deleted[1]).toBe(0);
  });
});
