import { logChainDownSql, logChainSql } from '@fitflow/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The finance schema's security logs (`audit_log`, `access_log`, `refusal_log`) become append-only for
 * every role, the owner included, and hash-chained (kit `logChainSql`, docs/security.md, "Audit
 * trail"); rows already there are chained in order of `created_at`, `id`.
 */
export class FinanceAuditChain1733900000005 implements MigrationInterface {
  name = 'FinanceAuditChain1733900000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(logChainSql('finance'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(logChainDownSql('finance'));
  }
}
