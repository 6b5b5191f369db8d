import { demoAppAuth, demoAuth, demoStudio as studio, demoTrainer as trainer, executeAsJson as run, useSubgraphTestBed } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { buildStudiosServer } from '../../server.js';

/** Third-party apps at the studios subgraph, called directly: field scopes, then the owner's walls (docs/scopes.md). */
const bed = useSubgraphTestBed('studios', buildStudiosServer);

const HARBOURFRONT_ADMIN = 'studio@harbourfront.demo';
const MAYA = 'maya@fitflow.demo';

const STUDIO = 'query($id: ID!) { studio(id: $id) { id name timeZone isHeadquarters address { street city province postalCode } childStudios { id name } } }';
const refusal = (coordinate: string, scope?: string) => ({
  message: scope
    ? `This app may not use ${coordinate}: it needs the scope ${scope}, which the app was not granted.`
    : `This app may not use ${coordinate}: no app scope reaches it.`,
  extensions: { code: 'FORBIDDEN' },
});

describe('an app with schedule:read, at the studios subgraph', () => {
  it("reads its owner's studio as its owner does: name, time zone, address, locations", async () => {
    const harbourfront = studio('harbourfront');
    const app = await run(bed.server, STUDIO, { id: harbourfront.id }, await demoAppAuth(HARBOURFRONT_ADMIN, ['schedule:read']));
    expect(app.errors).toBeUndefined();
    expect(app.data!.studio).toMatchObject({
      id: harbourfront.id,
      name: 'Harbourfront Movement',
      timeZone: harbourfront.timeZone,
      address: { city: harbourfront.address.city },
      childStudios: [{ id: studio('midtown').id, name: 'Harbourfront Movement Midtown' }],
    });
    expect(app).toEqual(await run(bed.server, STUDIO, { id: harbourfront.id }, await demoAuth(HARBOURFRONT_ADMIN)));
  });

  it('is refused a studio’s tax numbers, contracts and status, which no scope reaches; its owner is not', async () => {
    const auth = await demoAppAuth(HARBOURFRONT_ADMIN, ['schedule:read', 'invoices:read', 'clients:read', 'bookings:write']);
    const id = studio('harbourfront').id;
    for (const [selection, coordinate] of [
      ['businessNumber', 'Studio.businessNumber'],
      ['status', 'Studio.status'],
      ['contracts { id }', 'Studio.contracts'],
    ]) {
      const result = await run(bed.server, `query($id: ID!) { studio(id: $id) { name ${selection} } }`, { id }, auth);
      expect(result.errors).toEqual([expect.objectContaining(refusal(coordinate))]);
      expect(JSON.stringify(result)).not.toContain(studio('harbourfront').businessNumber);
    }
    const owner = await run(bed.server, 'query($id: ID!) { studio(id: $id) { businessNumber contracts { id } } }', { id }, await demoAuth(HARBOURFRONT_ADMIN));
    expect(owner.errors).toBeUndefined();
    expect(owner.data!.studio.businessNumber).toBe(studio('harbourfront').businessNumber);
  });

  it("reads a trainer's name, never their profile, contracts or billing details", async () => {
    const maya = trainer('maya');
    const auth = await demoAppAuth(MAYA, ['schedule:read']);
    const name = await run(bed.server, 'query($id: ID!) { trainer(id: $id) { id displayName } }', { id: maya.id }, auth);
    expect(name).toEqual({ data: { trainer: { id: maya.id, displayName: `${maya.firstName} ${maya.lastName}` } } });
    for (const [selection, coordinate] of [
      ['firstName', 'Trainer.firstName'],
      ['gstNumber', 'Trainer.gstNumber'],
      ['hourlyRate', 'Trainer.hourlyRate'],
      ['billingProfile { invoicePrefix }', 'Trainer.billingProfile'],
      ['contracts { id }', 'Trainer.contracts'],
      ['teamTrainers { id }', 'Trainer.teamTrainers'],
    ]) {
      const result = await run(bed.server, `query($id: ID!) { trainer(id: $id) { ${selection} } }`, { id: maya.id }, auth);
      expect(result.errors).toEqual([expect.objectContaining(refusal(coordinate))]);
    }
  });

  it("answers an app of Maya's about another tenant exactly as it answers Maya", async () => {
    const app = await demoAppAuth(MAYA, ['schedule:read']);
    const maya = await demoAuth(MAYA);
    const noah = trainer('noah');
    const profile = 'query($id: ID!) { trainer(id: $id) { id displayName } }';
    expect(await run(bed.server, profile, { id: noah.id }, app)).toEqual(await run(bed.server, profile, { id: noah.id }, maya));
    const studios = '{ studios { id name } }';
    expect(await run(bed.server, studios, {}, app)).toEqual(await run(bed.server, studios, {}, maya));
  });
});

describe('an app with invoices:read only, at the studios subgraph', () => {
  it("names the studio and trainer an invoice is about, and nothing of the timetable's", async () => {
    const auth = await demoAppAuth(HARBOURFRONT_ADMIN, ['invoices:read']);
    const harbourfront = studio('harbourfront');
    expect(await run(bed.server, 'query($id: ID!) { studio(id: $id) { id name } }', { id: harbourfront.id }, auth)).toEqual({
      data: { studio: { id: harbourfront.id, name: 'Harbourfront Movement' } },
    });
    const timeZone = await run(bed.server, 'query($id: ID!) { studio(id: $id) { name timeZone } }', { id: harbourfront.id }, auth);
    expect(timeZone.errors).toEqual([expect.objectContaining(refusal('Studio.timeZone', 'schedule:read'))]);
    const list = await run(bed.server, '{ studios { id } }', {}, auth);
    expect(list.errors).toEqual([expect.objectContaining(refusal('Query.studios', 'schedule:read'))]);
  });

  it('may not reach the User entity: apps never read accounts', async () => {
    const user = await run(
      bed.server,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { trainer { id } } } }',
      { r: [{ __typename: 'User', id: trainer('maya').id }] },
      await demoAppAuth(MAYA, ['schedule:read', 'invoices:read', 'clients:read', 'bookings:write']),
    );
    expect(user.errors).toEqual([expect.objectContaining(refusal('User.trainer'))]);
  });
});
