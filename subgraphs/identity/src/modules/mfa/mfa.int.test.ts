import { DEMO_PASSWORD } from '@fitflow/demo';
import { execute, openSubgraphDatabase } from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import { generate } from 'otplib';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbStore, identityServer, LOGIN, newUser, PASSWORD } from '../../test-bed.js';

let ds: DataSource;
beforeAll(async () => {
  ds = await openSubgraphDatabase('identity');
});
afterAll(async () => {
  await ds?.destroy();
});
const serverWith = (store: typeof dbStore) => identityServer(ds, store);

describe('account security', () => {
  it('enrols a trainer in TOTP MFA; signing in then needs a code', async () => {
    const server = await serverWith(dbStore);
    const { email } = await newUser(ds);
    const first = (await execute(server, LOGIN, { email, password: PASSWORD })).data!.login;
    const auth = `Bearer ${first.accessToken}`;
    const enrollment = (await execute(server, 'mutation { startMfaEnrollment { secret otpauthUri } }', {}, auth)).data!.startMfaEnrollment;
    expect(enrollment.otpauthUri).toMatch(/^otpauth:\/\/totp\/FitFlow:/);
    const [{ mfa_pending_secret: stored }] = await ds.query('select mfa_pending_secret from identity.users where email = $1', [email]);
    expect(stored).not.toContain(enrollment.secret);
    const wrong = await execute(server, 'mutation { confirmMfaEnrollment(code: "000000") }', {}, auth);
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const code = await generate({ secret: enrollment.secret });
    expect((await execute(server, 'mutation($c: String!) { confirmMfaEnrollment(code: $c) }', { c: code }, auth)).data).toEqual({ confirmMfaEnrollment: true });

    const step1 = (
      await execute(
        server,
        `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken mfaRequired mfaToken user { id } } }`,
        { email, password: PASSWORD },
      )
    ).data!.login;
    expect(step1).toMatchObject({ accessToken: null, mfaRequired: true, user: null });
    const VERIFY = 'mutation($t: String!, $c: String!) { verifyMfa(mfaToken: $t, code: $c) { accessToken user { email } } }';
    const bad = await execute(server, VERIFY, { t: step1.mfaToken, c: '123456' });
    expect(bad.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const good = await execute(server, VERIFY, { t: step1.mfaToken, c: await generate({ secret: enrollment.secret }) });
    expect(good.data!.verifyMfa.user).toEqual({ email });
    expect(good.data!.verifyMfa.accessToken).toEqual(expect.any(String));
  });

  it('lets a trainer admin require MFA for the team: a member must enrol before doing anything else', async () => {
    const server = await serverWith(dbStore);
    const studios = await openSubgraphDatabase('studios');
    const adminId = randomUUID();
    const memberId = randomUUID();
    try {
      await studios.query("insert into studios.trainers (id, first_name, last_name) values ($1, 'Test', 'Admin')", [adminId]);
      await studios.query("insert into studios.trainers (id, parent_trainer_id, first_name, last_name) values ($1, $2, 'Test', 'Member')", [memberId, adminId]);
    } finally {
      await studios.destroy();
    }
    const admin = await newUser(
      ds,
      [
        { role: 'trainer_admin', scopeType: 'trainer', scopeId: adminId },
        { role: 'trainer', scopeType: 'trainer', scopeId: adminId },
      ],
      adminId,
    );
    const member = await newUser(ds, [{ role: 'trainer', scopeType: 'trainer', scopeId: memberId }], memberId);
    const adminAuth = `Bearer ${(await execute(server, LOGIN, { email: admin.email, password: PASSWORD })).data!.login.accessToken}`;
    const set = await execute(server, 'mutation { setTeamMfaRequired(required: true) { trainerAdminId mfaRequired } }', {}, adminAuth);
    expect(set.data).toEqual({ setTeamMfaRequired: { trainerAdminId: adminId, mfaRequired: true } });

    const memberLogin = (
      await execute(
        server,
        `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken mfaEnrollmentRequired } }`,
        { email: member.email, password: PASSWORD },
      )
    ).data!.login;
    expect(memberLogin.mfaEnrollmentRequired).toBe(true);
    const memberAuth = `Bearer ${memberLogin.accessToken}`;
    const blocked = await execute(server, '{ user(id: "' + memberId + '") { id } }', {}, memberAuth);
    expect(blocked.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(blocked.errors?.[0].message).toMatch(/requires two-factor authentication/);
    expect((await execute(server, 'mutation { startMfaEnrollment { secret } }', {}, memberAuth)).errors).toBeUndefined();

    const noah = (await execute(server, LOGIN, { email: 'noah@fitflow.demo', password: DEMO_PASSWORD })).data!.login;
    const notAdmin = await execute(server, 'mutation { setTeamMfaRequired(required: true) { mfaRequired } }', {}, `Bearer ${noah.accessToken}`);
    expect(notAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
