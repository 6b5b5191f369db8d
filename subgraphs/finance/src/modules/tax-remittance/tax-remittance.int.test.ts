import { demoAuth, demoTrainer as trainer, execute } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { useFinanceTestBed } from '../../test-bed.js';

const bed = useFinanceTestBed();

describe("a trainer's tax remittances", () => {
  it('shows a trainer their tax remittances, with net tax owing as stored', async () => {
    const maya = trainer('maya');
    const [row]: { id: string }[] = await bed.owner.query(
      `insert into finance.tax_remittances (trainer_id, tax_type, jurisdiction, period_start, period_end, gross_revenue, taxable_revenue, tax_collected, input_tax_credits, net_tax_owing)
       values ($1, 'gst_hst', 'CA', '2026-07-01', '2026-09-30', 12500.00, 12500.00, 1625.00, 212.37, 1412.63) returning id`,
      [maya.id],
    );
    try {
      const result = await execute(
        bed.server,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { taxRemittances { id kind jurisdiction periodStart periodEnd grossRevenue taxableRevenue taxCollected inputTaxCredits netTaxOwing status } } } }',
        { r: [{ __typename: 'Trainer', id: maya.id }] },
        await demoAuth('maya@fitflow.demo'),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities[0].taxRemittances).toEqual([
        {
          id: row.id,
          kind: 'GST_HST',
          jurisdiction: 'CA',
          periodStart: '2026-07-01',
          periodEnd: '2026-09-30',
          grossRevenue: '12500.00',
          taxableRevenue: '12500.00',
          taxCollected: '1625.00',
          inputTaxCredits: '212.37',
          netTaxOwing: '1412.63',
          status: 'CALCULATED',
        },
      ]);
    } finally {
      await bed.owner.query('delete from finance.tax_remittances where id = $1', [row.id]);
    }
  });
});
