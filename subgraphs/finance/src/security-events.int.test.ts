import { demoAuth, demoStudio, demoTenant, execute, UNKNOWN_ID } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { useFinanceTestBed } from './test-bed.js';

/** Security events (docs/security.md): a NOT_FOUND answered by finance is recorded in `finance.refusal_log`. */
const bed = useFinanceTestBed();

const INVOICE = 'query($id: ID!) { invoice(id: $id) { id total } }';
const studioAdmin = () => demoTenant().users.find((u) => u.email === 'studio@kitsflow.demo')!;
const rowsOf = (userId: string, resourceId: string): Promise<Record<string, unknown>[]> =>
  bed.owner.query(
    `select kind, user_id, app_id, resource_type, field, resource_id from finance.refusal_log where user_id = $1 and resource_id = $2 order by created_at`,
    [userId, resourceId],
  );

describe('finance records its NOT_FOUND answers', () => {
  it('a studio admin asking for an invoice addressed to another studio: NOT_FOUND, and a finance.refusal_log row', async () => {
    const harbourfronts = demoTenant().invoices.find((i) => i.studioId === demoStudio('harbourfront').id)!;
    const before = await rowsOf(studioAdmin().id, harbourfronts.id);
    const result = await execute(bed.server, INVOICE, { id: harbourfronts.id }, await demoAuth('studio@kitsflow.demo'));
    expect(result).toEqual({ data: null, errors: [expect.objectContaining({ message: 'Invoice not found.', extensions: { code: 'NOT_FOUND' } })] });
    const after = await rowsOf(studioAdmin().id, harbourfronts.id);
    expect(after.slice(before.length)).toEqual([
      { kind: 'not_found', user_id: studioAdmin().id, app_id: null, resource_type: 'Invoice', field: 'Query.invoice', resource_id: harbourfronts.id },
    ]);
  });

  it('an unknown invoice id is recorded the same way', async () => {
    const before = await rowsOf(studioAdmin().id, UNKNOWN_ID);
    const result = await execute(bed.server, INVOICE, { id: UNKNOWN_ID }, await demoAuth('studio@kitsflow.demo'));
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await rowsOf(studioAdmin().id, UNKNOWN_ID)).slice(before.length)).toEqual([
      expect.objectContaining({ resource_type: 'Invoice', field: 'Query.invoice' }),
    ]);
  });
});
