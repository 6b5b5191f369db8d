import { createTokenVerifier, gatewayKey, GATEWAY_CREDENTIAL_HEADER, signGatewayCredential, type RoleGrant } from '@fitflow/kit';
import { execute, postGraphQL, testKeyRing, tokenFor, TEST_AUDIENCE, TEST_ISSUER, UNKNOWN_ID, useSubgraphTestBed } from '@fitflow/testkit';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdentityServer, DatabaseRefreshTokenStore, loadKeyMaterial } from '../../server.js';
import { keyFile, newUser } from '../../test-bed.js';
import { operationId } from './app-manifest.js';

const GATEWAY_SECRET = 'a-test-gateway-secret-of-at-least-32-characters';
const key = gatewayKey(GATEWAY_SECRET);

const bed = useSubgraphTestBed(
  'identity',
  async ({ ds, verifier, log }) =>
    buildIdentityServer({
      ds,
      log,
      verifier,
      keyRing: testKeyRing(),
      auth: {
        keys: await loadKeyMaterial(undefined, keyFile),
        refreshTokens: new DatabaseRefreshTokenStore(3600),
        issuer: TEST_ISSUER,
        audience: TEST_AUDIENCE,
      },
      gate: { key, required: false },
    }),
  { as: 'app' },
);

let url: string;
let stop: () => Promise<void>;
beforeAll(async () => {
  ({ url, stop } = await bed.server.listen(0));
});
afterAll(async () => {
  await stop?.();
});

const SCOPE_TYPE = { super_admin: 'platform', trainer_admin: 'trainer', trainer: 'trainer', studio_admin: 'studio', client: 'client' } as const;

/** A person of this test: a user row and a token with their grants. */
async function person(roles: RoleGrant[]) {
  const { id } = await newUser(
    bed.owner,
    roles.map((r) => ({ role: r.role, scopeType: SCOPE_TYPE[r.role], scopeId: r.scopeId })),
  );
  return { id, auth: await tokenFor(id, roles) };
}

const TIMETABLE = 'query Timetable { studios { id name timeZone } }';
const CLIENTS = 'query Clients { clients(first: 10) { edges { node { id displayName } } } }';
const codegenManifest = (...bodies: string[]) => JSON.stringify(Object.fromEntries(bodies.map((b) => [operationId(b), b])));

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterAppInput!) {
    registerApp(input: $input) {
      clientSecret
      app {
        id
        name
        clientId
        scopes
        status
        ownerRole
        ownerScopeId
        operations {
          id
          name
          type
          fields {
            coordinate
            scopes
            allowed
          }
        }
      }
    }
  }
`;
const TOKEN =
  'mutation($id: String!, $secret: String!, $scope: String) { issueAppToken(clientId: $id, clientSecret: $secret, scope: $scope) { accessToken expiresIn scope } }';

/** Calls identity over HTTP as the gateway does (its credential in the header) or without it. */
async function asGateway(query: string, variables: Record<string, unknown>, credential: 'valid' | 'none' | 'forged' = 'valid') {
  const headers: Record<string, string> = {};
  if (credential === 'valid') headers[GATEWAY_CREDENTIAL_HEADER] = await signGatewayCredential(key, { requestId: `test-${randomUUID()}`, ip: '203.0.113.9' });
  if (credential === 'forged')
    headers[GATEWAY_CREDENTIAL_HEADER] = await signGatewayCredential(gatewayKey('x'.repeat(40)), { requestId: 'test-forged-1', ip: null });
  return postGraphQL(url, query, variables, { headers });
}

async function register(auth: string, input: Record<string, unknown>) {
  return execute(bed.server, REGISTER, { input }, auth);
}

const appRows = (ownerId: string) => bed.owner.query('select * from identity.apps where owner_user_id = $1', [ownerId]);

describe('apps', () => {
  const trainerId = randomUUID();
  const studioId = randomUUID();
  let owner: Awaited<ReturnType<typeof person>>;
  let superAdmin: Awaited<ReturnType<typeof person>>;
  beforeAll(async () => {
    owner = await person([
      { role: 'trainer', scopeId: trainerId },
      { role: 'studio_admin', scopeId: studioId },
    ]);
    superAdmin = await person([{ role: 'super_admin', scopeId: null }]);
  });

  it('registers an app whose manifest stays within its scopes: credentials once, the secret stored only as its SHA-256, audited', async () => {
    const result = await register(owner.auth, {
      name: ' Harbourfront website ',
      scopes: ['SCHEDULE_READ'],
      manifest: codegenManifest(TIMETABLE),
      ownerScopeId: trainerId,
    });
    expect(result.errors).toBeUndefined();
    const { app, clientSecret } = result.data!.registerApp;
    expect(clientSecret).toMatch(/^ffs_[\w-]{43}$/);
    expect(app).toMatchObject({
      name: 'Harbourfront website',
      clientId: expect.stringMatching(/^ffa_[0-9a-f]{32}$/),
      scopes: ['SCHEDULE_READ'],
      status: 'ACTIVE',
      ownerRole: 'TRAINER',
      ownerScopeId: trainerId,
    });
    expect(app.operations).toEqual([
      {
        id: operationId(TIMETABLE),
        name: 'Timetable',
        type: 'query',
        fields: [
          { coordinate: 'Query.studios', scopes: ['SCHEDULE_READ'], allowed: true },
          { coordinate: 'Studio.id', scopes: expect.arrayContaining(['SCHEDULE_READ']), allowed: true },
          { coordinate: 'Studio.name', scopes: expect.arrayContaining(['SCHEDULE_READ']), allowed: true },
          { coordinate: 'Studio.timeZone', scopes: ['SCHEDULE_READ'], allowed: true },
        ],
      },
    ]);
    const [row] = await bed.owner.query('select * from identity.apps where id = $1', [app.id]);
    expect(row.secret_hash).toBe(createHash('sha256').update(clientSecret).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(clientSecret);
    const audit = await bed.owner.query("select user_id, action, new_values from identity.audit_log where table_name = 'apps' and record_id = $1", [app.id]);
    expect(audit).toEqual([
      { user_id: owner.id, action: 'create', new_values: expect.objectContaining({ name: 'Harbourfront website', scopes: ['schedule:read'] }) },
    ]);
    expect(JSON.stringify(audit)).not.toContain(clientSecret);
    expect(JSON.stringify(audit)).not.toContain(row.secret_hash);
  });

  it('refuses bad registrations naming the field and each refused operation and field, storing nothing', async () => {
    const before = (await appRows(owner.id)).length;
    const refused = async (input: Record<string, unknown>, field: string, message: RegExp) => {
      const result = await register(owner.auth, {
        name: 'Refused',
        scopes: ['SCHEDULE_READ'],
        manifest: codegenManifest(TIMETABLE),
        ownerScopeId: trainerId,
        ...input,
      });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
      expect(result.errors?.[0].message).toMatch(message);
    };
    await refused(
      { manifest: codegenManifest(TIMETABLE, CLIENTS) },
      'input.manifest',
      /Operation "Clients" selects Query\.clients, which needs clients:read \(not requested\)\..*Operation "Clients" selects Client\.displayName, which needs clients:read/,
    );
    await refused(
      { manifest: codegenManifest('query Me { me { email } }') },
      'input.manifest',
      /Operation "Me" selects Query\.me, which no app scope reaches\./,
    );
    await refused({ manifest: '{"format":"apollo-persisted-query-manifest"' }, 'input.manifest', /The manifest is not valid JSON/);
    await refused(
      { manifest: codegenManifest('query Bad { studios { colour } }') },
      'input.manifest',
      /Operation "Bad" is not valid against the FitFlow API: Cannot query field "colour"/,
    );
    await refused(
      { manifest: JSON.stringify({ ['0'.repeat(64)]: TIMETABLE }) },
      'input.manifest',
      /is listed with the id 0{64}, which is not the SHA-256 of its text/,
    );
    await refused({ manifest: codegenManifest('subscription S { studios { id } }') }, 'input.manifest', /is a subscription/);
    await refused({ name: '  ' }, 'input.name', /name must be 1 to 80 characters/);
    await refused({ scopes: [] }, 'input.scopes', /at least one scope/);
    await refused({ ownerScopeId: null }, 'input.ownerScopeId', /several trainers or studios/);
    await refused({ ownerScopeId: UNKNOWN_ID }, 'input.ownerScopeId', /must be one of the trainer or studio ids you act for/);
    expect(await appRows(owner.id)).toHaveLength(before);
    expect(await bed.owner.query("select 1 from identity.apps where name = 'Refused'")).toEqual([]);
  });

  it('takes the only tenant by default (a studio admin’s studio); super admins and clients may not register', async () => {
    const studioAdmin = await person([{ role: 'studio_admin', scopeId: studioId }]);
    const result = await register(studioAdmin.auth, { name: 'Studio site', scopes: ['SCHEDULE_READ'], manifest: codegenManifest(TIMETABLE) });
    expect(result.data?.registerApp.app).toMatchObject({ ownerRole: 'STUDIO_ADMIN', ownerScopeId: studioId, status: 'ACTIVE' });
    for (const who of [superAdmin, await person([{ role: 'client', scopeId: randomUUID() }])]) {
      const refused = await register(who.auth, { name: 'Nope', scopes: ['SCHEDULE_READ'], manifest: codegenManifest(TIMETABLE) });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await bed.owner.query("select 1 from identity.apps where name = 'Nope'")).toEqual([]);
  });

  it('analyses a manifest without storing anything', async () => {
    const result = await execute(
      bed.server,
      'query($m: String!, $s: [AppScope!]!) { analyzeAppManifest(manifest: $m, scopes: $s) { valid problems operations { name fields { coordinate allowed } } } }',
      { m: codegenManifest(TIMETABLE, CLIENTS), s: ['SCHEDULE_READ'] },
      owner.auth,
    );
    const analysis = result.data!.analyzeAppManifest;
    expect(analysis.valid).toBe(false);
    expect(analysis.problems).toContain('Operation "Clients" selects Query.clients, which needs clients:read (not requested).');
    expect(analysis.operations[1].fields[0]).toEqual({ coordinate: 'Query.clients', allowed: false });
  });

  describe('credentials and the token grant', () => {
    let app: { id: string; clientId: string };
    let secret: string;
    beforeAll(async () => {
      const result = await register(owner.auth, {
        name: 'Timetable widget',
        scopes: ['SCHEDULE_READ'],
        manifest: codegenManifest(TIMETABLE),
        ownerScopeId: trainerId,
      });
      ({ app, clientSecret: secret } = result.data!.registerApp);
    });

    it("is the gateway's alone: without its credential, or with a forged one, identity refuses", async () => {
      for (const credential of ['none', 'forged'] as const) {
        const answer = await asGateway(TOKEN, { id: app.clientId, secret }, credential);
        expect(answer.data).toBeNull();
        expect(answer.errors?.[0]).toMatchObject({ message: 'This operation is for the FitFlow gateway only.', extensions: { code: 'FORBIDDEN' } });
        const usage = await asGateway('mutation($e: [AppUsageInput!]!) { recordAppUsage(entries: $e) }', { e: [] }, credential);
        expect(usage.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      const inProcess = await execute(bed.server, TOKEN, { id: app.clientId, secret }, owner.auth);
      expect(inProcess.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it("issues a short-lived token acting as the owner in the app's tenant only, with the app's scopes", async () => {
      const answer = await asGateway(TOKEN, { id: app.clientId, secret });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.issueAppToken).toMatchObject({ expiresIn: 600, scope: 'schedule:read' });
      const keys = await loadKeyMaterial(undefined, keyFile);
      const verify = createTokenVerifier({ getKey: keys.publicKey, issuer: TEST_ISSUER, audience: TEST_AUDIENCE });
      const viewer = await verify(`Bearer ${answer.data.issueAppToken.accessToken}`);
      // The owner is also a studio admin elsewhere: that grant is not the app's.
      expect(viewer).toEqual({ userId: owner.id, roles: [{ role: 'trainer', scopeId: trainerId }], app: { id: app.id, scopes: ['schedule:read'] } });
    });

    it('refuses a wrong secret, an unknown client id and a scope the app lacks, each with its OAuth error', async () => {
      for (const [id, wrong] of [
        [app.clientId, `${secret}x`],
        [`ffa_${'0'.repeat(32)}`, secret],
        ['not-a-client', secret],
      ]) {
        const answer = await asGateway(TOKEN, { id, secret: wrong });
        expect(answer.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', oauthError: 'invalid_client' } });
      }
      const beyond = await asGateway(TOKEN, { id: app.clientId, secret, scope: 'schedule:read clients:read' });
      expect(beyond.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^invalid_scope: this app was not granted clients:read/),
        extensions: { code: 'BAD_USER_INPUT', oauthError: 'invalid_scope' },
      });
      const unknown = await asGateway(TOKEN, { id: app.clientId, secret, scope: 'everything' });
      expect(unknown.errors?.[0].message).toBe('invalid_scope: "everything" is not a FitFlow scope.');
    });

    it('rotates the secret: the old one stops working at once, the new one works', async () => {
      const rotated = await execute(
        bed.server,
        'mutation($id: ID!) { rotateAppSecret(appId: $id) { clientSecret app { id secretRotatedAt } } }',
        { id: app.id },
        owner.auth,
      );
      const fresh = rotated.data!.rotateAppSecret.clientSecret;
      expect(fresh).not.toBe(secret);
      expect((await asGateway(TOKEN, { id: app.clientId, secret })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await asGateway(TOKEN, { id: app.clientId, secret: fresh })).data?.issueAppToken.scope).toBe('schedule:read');
      secret = fresh;
    });

    it('looks up an active app’s operation for the gateway, and counts usage the owner then sees', async () => {
      const lookup = 'query($a: ID!, $o: String!) { appOperation(appId: $a, operationId: $o) { id name type body } }';
      expect((await asGateway(lookup, { a: app.id, o: operationId(TIMETABLE) })).data.appOperation).toEqual({
        id: operationId(TIMETABLE),
        name: 'Timetable',
        type: 'query',
        body: TIMETABLE,
      });
      expect((await asGateway(lookup, { a: app.id, o: '1'.repeat(64) })).data.appOperation).toBeNull();
      expect((await asGateway(lookup, { a: app.id, o: operationId(TIMETABLE) }, 'none')).errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const at = new Date();
      const record = 'mutation($e: [AppUsageInput!]!) { recordAppUsage(entries: $e) }';
      const entries = [
        { appId: app.id, operationName: 'Timetable', calls: 5, errors: 1, lastUsedAt: new Date(at.getTime() - 60_000).toISOString() },
        { appId: app.id, operationName: 'Timetable', calls: 2, errors: 0, lastUsedAt: at.toISOString() },
        { appId: UNKNOWN_ID, operationName: 'Timetable', calls: 1, errors: 0, lastUsedAt: at.toISOString() },
      ];
      expect((await asGateway(record, { e: entries })).data).toEqual({ recordAppUsage: true });
      expect((await asGateway(record, { e: [{ ...entries[0], errors: 9 }] })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const seen = await execute(
        bed.server,
        'query($id: ID!) { app(id: $id) { lastUsedAt usage { operationName calls errors lastUsedAt } } }',
        { id: app.id },
        owner.auth,
      );
      expect(JSON.parse(JSON.stringify(seen.data))).toEqual({
        app: { lastUsedAt: at.toISOString(), usage: [{ operationName: 'Timetable', calls: 7, errors: 1, lastUsedAt: at.toISOString() }] },
      });
    });

    it('refuses a token once the owner no longer holds the role in that tenant', async () => {
      const leaver = await person([{ role: 'trainer', scopeId: randomUUID() }]);
      const result = await register(leaver.auth, { name: 'Leaver app', scopes: ['SCHEDULE_READ'], manifest: codegenManifest(TIMETABLE) });
      const { app: leaverApp, clientSecret } = result.data!.registerApp;
      expect((await asGateway(TOKEN, { id: leaverApp.clientId, secret: clientSecret })).errors).toBeUndefined();
      await bed.owner.query('delete from identity.role_memberships where user_id = $1', [leaver.id]);
      const refused = await asGateway(TOKEN, { id: leaverApp.clientId, secret: clientSecret });
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', oauthError: 'unauthorized_client' } });
    });

    it('suspends (super admin, with a reason the owner sees) and reinstates', async () => {
      const SUSPEND = 'mutation($id: ID!, $r: String!) { suspendApp(appId: $id, reason: $r) { status suspendedReason } }';
      expect((await execute(bed.server, SUSPEND, { id: app.id, r: 'Owner asked us to pause it' }, owner.auth)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await execute(bed.server, SUSPEND, { id: app.id, r: 'short' }, superAdmin.auth)).errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'reason' },
      });
      expect((await execute(bed.server, SUSPEND, { id: UNKNOWN_ID, r: 'Scraping far beyond its use' }, superAdmin.auth)).errors?.[0].extensions?.code).toBe(
        'NOT_FOUND',
      );
      const suspended = await execute(bed.server, SUSPEND, { id: app.id, r: 'Scraping far beyond its use' }, superAdmin.auth);
      expect(suspended.data).toEqual({ suspendApp: { status: 'SUSPENDED', suspendedReason: 'Scraping far beyond its use' } });
      const refused = await asGateway(TOKEN, { id: app.clientId, secret });
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/suspended/) });
      const lookup = await asGateway('query($a: ID!, $o: String!) { appOperation(appId: $a, operationId: $o) { id } }', {
        a: app.id,
        o: operationId(TIMETABLE),
      });
      expect(lookup.data.appOperation).toBeNull();
      const seen = await execute(bed.server, 'query($id: ID!) { app(id: $id) { status suspendedReason } }', { id: app.id }, owner.auth);
      expect(seen.data?.app).toEqual({ status: 'SUSPENDED', suspendedReason: 'Scraping far beyond its use' });
      const reinstated = await execute(
        bed.server,
        'mutation($id: ID!) { reinstateApp(appId: $id) { status suspendedReason } }',
        { id: app.id },
        superAdmin.auth,
      );
      expect(reinstated.data).toEqual({ reinstateApp: { status: 'ACTIVE', suspendedReason: null } });
      expect((await asGateway(TOKEN, { id: app.clientId, secret })).errors).toBeUndefined();
      const audit = await bed.owner.query("select action, reason from identity.audit_log where table_name = 'apps' and record_id = $1 and reason is not null", [
        app.id,
      ]);
      expect(audit).toEqual([{ action: 'update', reason: 'Scraping far beyond its use' }]);
    });

    it('revokes for good: the credentials never get a token again', async () => {
      const revoked = await execute(bed.server, 'mutation($id: ID!) { revokeApp(appId: $id) { status } }', { id: app.id }, owner.auth);
      expect(revoked.data).toEqual({ revokeApp: { status: 'REVOKED' } });
      expect((await asGateway(TOKEN, { id: app.clientId, secret })).errors?.[0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        oauthError: 'invalid_client',
      });
      const again = await execute(bed.server, 'mutation($id: ID!) { rotateAppSecret(appId: $id) { clientSecret } }', { id: app.id }, owner.auth);
      expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
      const reinstate = await execute(bed.server, 'mutation($id: ID!) { reinstateApp(appId: $id) { status } }', { id: app.id }, superAdmin.auth);
      expect(reinstate.errors?.[0].extensions?.code).toBe('CONFLICT');
    });
  });

  it("waits for a super admin's approval and a data processing agreement before reading client records", async () => {
    const result = await register(owner.auth, { name: 'Client sync', scopes: ['CLIENTS_READ'], manifest: codegenManifest(CLIENTS), ownerScopeId: trainerId });
    expect(result.errors).toBeUndefined();
    const { app, clientSecret } = result.data!.registerApp;
    expect(app.status).toBe('PENDING_APPROVAL');
    const pending = await asGateway(TOKEN, { id: app.clientId, secret: clientSecret });
    expect(pending.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN', oauthError: 'unauthorized_client' },
      message: expect.stringMatching(/approval/),
    });

    const APPROVE =
      'mutation($id: ID!, $d: String!, $on: LocalDate!) { approveAppClientAccess(appId: $id, dataProcessingAgreement: $d, signedOn: $on) { status dataProcessingAgreement approvedAt } }';
    expect((await execute(bed.server, APPROVE, { id: app.id, d: 'DPA-2026-014', on: '2026-01-05' }, owner.auth)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const future = await execute(bed.server, APPROVE, { id: app.id, d: 'DPA-2026-014', on: '2999-01-01' }, superAdmin.auth);
    expect(future.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'signedOn' } });
    const approved = await execute(bed.server, APPROVE, { id: app.id, d: 'DPA-2026-014', on: '2026-01-05' }, superAdmin.auth);
    expect(approved.data?.approveAppClientAccess).toMatchObject({ status: 'ACTIVE', dataProcessingAgreement: 'DPA-2026-014', approvedAt: expect.any(Date) });
    const [row] = await bed.owner.query('select approved_by, dpa_signed_on::text as signed from identity.apps where id = $1', [app.id]);
    expect(row).toEqual({ approved_by: superAdmin.id, signed: '2026-01-05' });
    expect((await asGateway(TOKEN, { id: app.clientId, secret: clientSecret })).data?.issueAppToken.scope).toBe('clients:read');
    expect((await execute(bed.server, APPROVE, { id: app.id, d: 'DPA-2026-014', on: '2026-01-05' }, superAdmin.auth)).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
  });

  it("answers another tenant's app exactly like an unknown one; a super admin sees every app but changes none of its secrets", async () => {
    const result = await register(owner.auth, {
      name: 'Private app',
      scopes: ['SCHEDULE_READ'],
      manifest: codegenManifest(TIMETABLE),
      ownerScopeId: trainerId,
    });
    const appId = result.data!.registerApp.app.id;
    const other = await person([{ role: 'trainer', scopeId: randomUUID() }]);
    for (const [query, variables] of [
      ['query($id: ID!) { app(id: $id) { id } }', { id: appId }],
      ['mutation($id: ID!) { rotateAppSecret(appId: $id) { clientSecret } }', { id: appId }],
      ['mutation($id: ID!, $m: String!) { updateAppManifest(appId: $id, manifest: $m) { id } }', { id: appId, m: codegenManifest(TIMETABLE) }],
      ['mutation($id: ID!) { revokeApp(appId: $id) { id } }', { id: appId }],
    ] as const) {
      const theirs = await execute(bed.server, query, variables, other.auth);
      const unknown = await execute(bed.server, query, { ...variables, id: UNKNOWN_ID }, other.auth);
      expect(theirs.errors?.[0]).toEqual(unknown.errors?.[0]);
      expect(theirs.errors?.[0]).toMatchObject({ message: 'App not found.', extensions: { code: 'NOT_FOUND' } });
    }
    expect((await execute(bed.server, '{ myApps { id } }', {}, other.auth)).data).toEqual({ myApps: [] });
    const all = await execute(bed.server, '{ myApps { id } }', {}, superAdmin.auth);
    expect(all.data!.myApps.map((a: { id: string }) => a.id)).toContain(appId);
    const rotate = await execute(bed.server, 'mutation($id: ID!) { rotateAppSecret(appId: $id) { clientSecret } }', { id: appId }, superAdmin.auth);
    expect(rotate.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const mine = await execute(bed.server, '{ myApps { id name } }', {}, owner.auth);
    expect(mine.data!.myApps.map((a: { name: string }) => a.name)).toContain('Private app');
  });

  it('updates the manifest with the checks of registration', async () => {
    const result = await register(owner.auth, {
      name: 'Manifest app',
      scopes: ['SCHEDULE_READ'],
      manifest: codegenManifest(TIMETABLE),
      ownerScopeId: trainerId,
    });
    const appId = result.data!.registerApp.app.id;
    const UPDATE = 'mutation($id: ID!, $m: String!) { updateAppManifest(appId: $id, manifest: $m) { operations { name } } }';
    const refused = await execute(bed.server, UPDATE, { id: appId, m: codegenManifest(CLIENTS) }, owner.auth);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'manifest' } });
    const names = 'query Names { studios { name } }';
    const updated = await execute(bed.server, UPDATE, { id: appId, m: codegenManifest(TIMETABLE, names) }, owner.auth);
    expect(updated.data?.updateAppManifest.operations).toEqual([{ name: 'Names' }, { name: 'Timetable' }]);
  });

  it('keeps the internal operations out of the public API schema', () => {
    const api = readFileSync('schema/api.graphql', 'utf8');
    const subgraph = readFileSync('schema/subgraphs/identity.graphql', 'utf8');
    for (const name of ['issueAppToken', 'appOperation(', 'recordAppUsage', 'AppAccessToken', 'AppOperationDocument', 'AppUsageInput']) {
      expect(api).not.toContain(name);
      expect(subgraph).toContain(name);
    }
    expect(api).toContain('registerApp(input: RegisterAppInput!): AppCredentials!');
  });
});
