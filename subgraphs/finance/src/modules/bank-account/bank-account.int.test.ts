import { demoAuth, demoTrainer as trainer, execute } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { useFinanceTestBed } from '../../test-bed.js';

const bed = useFinanceTestBed();
const as = (email: string) => demoAuth(email);
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
const auditOf = (recordId: string): Promise<{ action: string; table_name: string; user_id: string; old_values: any; new_values: any }[]> =>
  bed.owner.query('select action, table_name, user_id, old_values, new_values from finance.audit_log where record_id = $1 order by created_at, id', [recordId]);

const ADD_ACCOUNT = /* GraphQL */ `
  mutation ($input: AddBankAccountInput!) {
    addBankAccount(input: $input) {
      id
      accountName
      bankName
      accountType
      isPrimary
      accountNumberLast4
    }
  }
`;
const ACCOUNT = {
  accountName: 'Liam Okafor Training',
  bankName: 'RBC Royal Bank',
  institutionNumber: '003',
  transitNumber: '01234',
  accountNumber: '0009876543',
  accountType: 'CHECKING',
};
const BANK_ACCOUNTS = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { bankAccounts { id accountNumberLast4 } } } }';

describe("finance subgraph: a trainer's books", () => {
  it('shows a trainer their bank account with only the last four digits, and nobody else', async () => {
    const noah = trainer('noah');
    const added = await execute(
      bed.server,
      'mutation($input: AddBankAccountInput!) { addBankAccount(input: $input) { id } }',
      {
        input: {
          accountName: 'Tremblay Performance',
          bankName: 'Banque Exemple',
          accountNumber: '000123456789',
          transitNumber: '54321',
          institutionNumber: '815',
          accountType: 'CHECKING',
          makePrimary: true,
        },
      },
      await demoAuth('noah@fitflow.demo'),
    );
    expect(added.errors).toBeUndefined();
    const account = added.data!.addBankAccount;
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { bankAccounts { id accountName bankName accountType currency isPrimary accountNumberLast4 } } } }';
    const r = [{ __typename: 'Trainer', id: noah.id }];
    const own = await execute(bed.server, query, { r }, await demoAuth('noah@fitflow.demo'));
    expect(own.errors).toBeUndefined();
    expect(own.data!._entities[0].bankAccounts).toContainEqual({
      id: account.id,
      accountName: 'Tremblay Performance',
      bankName: 'Banque Exemple',
      accountType: 'CHECKING',
      currency: 'CAD',
      isPrimary: true,
      accountNumberLast4: '6789',
    });
    expect(JSON.stringify(own)).not.toMatch(/123456789|54321|815/);

    const liam = await execute(bed.server, query, { r }, await demoAuth('liam@fitflow.demo'));
    expect(liam.data!._entities[0].bankAccounts).toEqual([]);
    const studioAdmin = await execute(bed.server, query, { r }, await demoAuth('studio@kitsflow.demo'));
    expect(studioAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe("a Trainer Admin sees the team's bank accounts, but only their holder changes them", () => {
  it("shows Maya the last four digits of Liam's new account, but only Liam may deactivate it", async () => {
    const added = await execute(bed.server, ADD_ACCOUNT, { input: ACCOUNT }, await as('liam@fitflow.demo'));
    expect(added.errors).toBeUndefined();
    const account = added.data!.addBankAccount;
    const r = [{ __typename: 'Trainer', id: trainer('liam').id }];

    const maya = await execute(bed.server, BANK_ACCOUNTS, { r }, await as('maya@fitflow.demo'));
    expect(maya.data!._entities[0].bankAccounts).toContainEqual({ id: account.id, accountNumberLast4: '6543' });
    const noah = await execute(bed.server, BANK_ACCOUNTS, { r }, await as('noah@fitflow.demo'));
    expect(noah.data!._entities[0].bankAccounts).toEqual([]);
    const studioAdmin = await execute(bed.server, BANK_ACCOUNTS, { r }, await as('studio@harbourfront.demo'));
    expect(codeOf(studioAdmin)).toBe('FORBIDDEN');

    const deactivate = 'mutation($id: ID!) { deactivateBankAccount(id: $id) { id isPrimary } }';
    expect(codeOf(await execute(bed.server, deactivate, { id: account.id }, await as('maya@fitflow.demo')))).toBe('FORBIDDEN');
    expect(codeOf(await execute(bed.server, deactivate, { id: account.id }, await as('noah@fitflow.demo')))).toBe('NOT_FOUND');
    const own = await execute(bed.server, deactivate, { id: account.id }, await as('liam@fitflow.demo'));
    expect(own.errors).toBeUndefined();
    expect((await execute(bed.server, BANK_ACCOUNTS, { r }, await as('liam@fitflow.demo'))).data!._entities[0].bankAccounts).not.toContainEqual(
      expect.objectContaining({ id: account.id }),
    );
    expect((await auditOf(account.id)).map((a) => [a.action, a.old_values?.status ?? null, a.new_values.status])).toEqual([
      ['create', null, 'active'],
      ['update', 'active', 'inactive'],
    ]);
  });
});

describe('bank account numbers are sealed', () => {
  it('stores no number in clear, keeps the last four digits for display, and opens only with the key', async () => {
    const added = await execute(
      bed.server,
      ADD_ACCOUNT,
      { input: { ...ACCOUNT, accountNumber: '1234567890', makePrimary: false } },
      await as('noah@fitflow.demo'),
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addBankAccount).toMatchObject({ accountNumberLast4: '7890', isPrimary: false });
    const id = added.data!.addBankAccount.id;

    const [raw] = await bed.owner.query('select * from finance.bank_accounts where id = $1', [id]);
    const stored = JSON.stringify(raw);
    for (const secret of ['1234567890', '01234', '"003"']) expect(stored).not.toContain(secret);
    expect(raw.account_number).toMatch(/^v1:bank:trainer:/);
    expect(raw.account_number_last4).toBe('7890');

    const opened = await bed.owner.transaction(async (em) => {
      const sealer = await bed.server.keys.bankAccount(em, trainer('noah').id, id);
      return [
        sealer.openText('account_number', raw.account_number),
        sealer.openText('transit_number', raw.transit_number),
        sealer.openText('institution_number', raw.institution_number),
      ];
    });
    expect(opened).toEqual(['1234567890', '01234', '003']);

    const [audit] = await auditOf(id);
    expect(audit).toMatchObject({ action: 'create', table_name: 'bank_accounts', new_values: { accountNumberLast4: '7890', isPrimary: false } });
    expect(JSON.stringify(audit)).not.toMatch(/1234567890|01234/);
  });

  it('rejects malformed numbers, naming the field, and writes nothing', async () => {
    const [{ count: before }] = await bed.owner.query('select count(*)::int as count from finance.bank_accounts');
    for (const [field, value] of [
      ['transitNumber', '12'],
      ['institutionNumber', 'RBC'],
      ['accountNumber', '12-34'],
    ] as const) {
      const result = await execute(bed.server, ADD_ACCOUNT, { input: { ...ACCOUNT, [field]: value } }, await as('liam@fitflow.demo'));
      expect(codeOf(result), field).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toContain(field);
    }
    const other = await execute(bed.server, ADD_ACCOUNT, { input: { ...ACCOUNT, trainerId: trainer('liam').id } }, await as('maya@fitflow.demo'));
    expect(codeOf(other)).toBe('FORBIDDEN');
    const [{ count: after }] = await bed.owner.query('select count(*)::int as count from finance.bank_accounts');
    expect(after).toBe(before);
  });
});
