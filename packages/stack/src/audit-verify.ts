import {
  CHAIN_COLUMNS,
  ConfigError,
  GENESIS_HASH,
  SECURITY_LOG_NAMES,
  SECURITY_LOG_TABLES,
  SUBGRAPHS,
  canonicalLogContent,
  logRowHash,
  type SecurityLogTable,
  type SubgraphName,
} from '@fitflow/kit';
import { resolve } from 'node:path';
import pg from 'pg';
import { withAdminDatabase } from './admin-db.js';

/** One security log: a subgraph schema and one of its logs. */
export interface LogChain {
  schema: SubgraphName;
  table: SecurityLogTable;
}

/**
 * Where a chain breaks:
 * - `content`: the row's `row_hash` is not SHA-256(`prev_hash` ‖ its content): the row was changed;
 * - `missing`: `chain_seq` skips positions: rows there were deleted (`rowId` is the next row found);
 * - `link`: the row's `prev_hash` is not the `row_hash` of the row before it: that row was rewritten
 *   with a recomputed hash, or rows were inserted with the triggers off;
 * - `unchained`: a committed row has no chain values (NULL `chain_seq`, `prev_hash`, `row_hash`): it was
 *   inserted with the triggers off (the chaining at commit never ran). Reported only when the chain
 *   itself holds.
 */
export interface ChainBreak {
  kind: 'content' | 'link' | 'missing' | 'unchained';
  /** The chain position (`chain_seq`) where the chain breaks; null for `unchained` (the row has none). */
  position: number | null;
  /** The id of the row at (or, for `missing`, right after) that position; for `unchained`, the earliest such row (`created_at`, `id`). */
  rowId: string;
  /** What differs, for a person: expected and found values (hashes in hex, positions). */
  detail: string;
}

export interface ChainReport extends LogChain {
  /** Rows checked: the whole chain when it holds, the rows up to the break otherwise. */
  rows: number;
  /** The last link checked (position and `row_hash` in hex): record it elsewhere to detect a rewritten tail later. */
  head: { position: number; hash: string } | null;
  break: ChainBreak | null;
}

export interface VerifyOptions {
  /** Only these chains (default: every subgraph schema × every security log, 15 chains). */
  chains?: readonly LogChain[];
  /** Rows read per statement (keyset paging on `chain_seq`; default 5000). */
  pageSize?: number;
}

/** Every chain: the five subgraph schemas × `audit_log`, `access_log`, `refusal_log`. */
export const ALL_CHAINS: readonly LogChain[] = SUBGRAPHS.flatMap((schema) => SECURITY_LOG_NAMES.map((table) => ({ schema, table })));

/** Values as PostgreSQL prints them: no parsing, so microseconds, jsonb and inet text are kept exactly. */
const RAW_TEXT = { getTypeParser: () => (value: string) => value } as unknown as pg.CustomTypesConfig;

const hex = (b: Buffer) => b.toString('hex');
const fromBytea = (text: string) => Buffer.from(text.replace(/^\\x/, ''), 'hex');

/**
 * Walks every security log's hash chain (docs/security.md, "Audit trail") and reports, per chain, the
 * rows checked and the first broken link. Each hash is recomputed here (node:crypto) from the columns
 * as PostgreSQL prints them (kit `canonicalLogContent`), never with a function stored in the database.
 * Rows are read in chain order, `pageSize` at a time, up to the last position present when the walk
 * of that chain began (rows appended meanwhile are left for the next run). When the chain holds, the
 * log is then searched for committed rows outside the chain (`unchained`); run it outside any
 * transaction that inserted log rows itself (those are chained only when it commits).
 *
 * Sets `TimeZone`, `DateStyle` and `bytea_output` on `client`'s session (the canonical rendering of
 * instants and hashes depends on them); `client` should be a superuser or the schemas' owners.
 *
 * @throws Error when a log lacks the chain columns (the chain migrations were not applied) or has
 *   columns the canonical content does not cover
 */
export async function verifyAuditChains(client: pg.ClientBase, options: VerifyOptions = {}): Promise<ChainReport[]> {
  await client.query(`set TimeZone = 'UTC'; set DateStyle = 'ISO, YMD'; set bytea_output = 'hex'`);
  const pageSize = options.pageSize ?? 5000;
  const reports: ChainReport[] = [];
  for (const chain of options.chains ?? ALL_CHAINS) reports.push(await verifyChain(client, chain, pageSize));
  return reports;
}

async function verifyChain(client: pg.ClientBase, { schema, table }: LogChain, pageSize: number): Promise<ChainReport> {
  const name = `${schema}.${table}`;
  const columns = SECURITY_LOG_TABLES[table].map((c) => c.name);
  const present = (
    await client.query<{ name: string }>(
      'select column_name as name from information_schema.columns where table_schema = $1 and table_name = $2 order by ordinal_position',
      [schema, table],
    )
  ).rows.map((r) => r.name);
  if (!present.length) throw new Error(`${name} does not exist: run the migrations first.`);
  if (CHAIN_COLUMNS.some((c) => !present.includes(c))) throw new Error(`${name} is not hash-chained: run the migrations first.`);
  const uncovered = present.filter((c) => !columns.includes(c) && !(CHAIN_COLUMNS as readonly string[]).includes(c));
  const absent = columns.filter((c) => !present.includes(c));
  if (uncovered.length || absent.length) {
    throw new Error(
      `${name} has columns the chain does not cover (${[...uncovered, ...absent.map((c) => `-${c}`)].join(', ')}): update kit SECURITY_LOG_TABLES.`,
    );
  }
  const last = (await client.query<{ n: string | null }>(`select max(chain_seq)::text as n from ${schema}.${table}`)).rows[0].n;
  const end = last === null ? 0n : BigInt(last);
  const report: ChainReport = { schema, table, rows: 0, head: null, break: null };
  let expected = 1n;
  let prev = GENESIS_HASH;
  const select = `select chain_seq, prev_hash, row_hash, ${columns.join(', ')} from ${schema}.${table}
                   where chain_seq > $1 and chain_seq <= $2 order by chain_seq limit $3`;
  while (expected <= end) {
    const { rows } = await client.query<Record<string, string | null>>({
      text: select,
      values: [(expected - 1n).toString(), end.toString(), pageSize],
      types: RAW_TEXT,
    });
    if (!rows.length) break;
    for (const row of rows) {
      const seq = BigInt(row.chain_seq!);
      const rowId = row.id!;
      const storedPrev = fromBytea(row.prev_hash!);
      const storedHash = fromBytea(row.row_hash!);
      if (seq !== expected) {
        const gap = seq - expected === 1n ? `row ${expected} is missing` : `rows ${expected}–${seq - 1n} are missing`;
        report.break = { kind: 'missing', position: Number(expected), rowId, detail: `${gap}: the chain goes on at ${seq} (row ${rowId}).` };
        return report;
      }
      if (!storedPrev.equals(prev)) {
        report.break = {
          kind: 'link',
          position: Number(seq),
          rowId,
          detail: `prev_hash ${hex(storedPrev)} is not the hash of row ${seq - 1n} (${hex(prev)}): the row before was rewritten, or this row was inserted with the triggers off.`,
        };
        return report;
      }
      let content: Buffer;
      try {
        content = canonicalLogContent(table, row);
      } catch (error) {
        report.break = { kind: 'content', position: Number(seq), rowId, detail: `its content cannot be rendered canonically: ${(error as Error).message}` };
        return report;
      }
      const recomputed = logRowHash(storedPrev, content);
      if (!recomputed.equals(storedHash)) {
        report.break = {
          kind: 'content',
          position: Number(seq),
          rowId,
          detail: `row_hash ${hex(storedHash)} ≠ SHA-256 of its content ${hex(recomputed)}: the row was changed after it was written.`,
        };
        return report;
      }
      report.rows += 1;
      report.head = { position: Number(seq), hash: hex(storedHash) };
      prev = storedHash;
      expected = seq + 1n;
    }
  }
  const unchained = await client.query<{ id: string; created_at: string; n: string }>({
    text: `select id, created_at, (select count(*) from ${schema}.${table} where chain_seq is null) as n
             from ${schema}.${table} where chain_seq is null order by created_at, id limit 1`,
    types: RAW_TEXT,
  });
  if (unchained.rows.length) {
    const { id, created_at, n } = unchained.rows[0];
    report.break = {
      kind: 'unchained',
      position: null,
      rowId: id,
      detail: `${n === '1' ? '1 row has' : `${n} rows have`} no chain values (the first: row ${id}, written ${created_at}): inserted with the triggers off, outside the chain.`,
    };
  }
  return report;
}

/** One line per chain: `studios.audit_log  1204 rows  OK  (head 1204 ab12…)`, or where it breaks. */
export function formatChainReport(report: ChainReport): string {
  const name = `${report.schema}.${report.table}`.padEnd(24);
  const rows = `${report.rows} rows`.padStart(12);
  if (!report.break) return `${name} ${rows}  OK${report.head ? `  (head ${report.head.position} ${report.head.hash})` : ''}`;
  const b = report.break;
  const where = b.position === null ? `row ${b.rowId}` : `position ${b.position}, row ${b.rowId}`;
  return `${name} ${rows}  BROKEN at ${where} (${b.kind}): ${b.detail}`;
}

/** `npm run audit:verify`: prints each chain's report; exits 1 when any chain is broken (or cannot be read). */
async function main() {
  await withAdminDatabase(async (adminUrl) => {
    const client = new pg.Client({ connectionString: adminUrl, application_name: 'fitflow-audit-verify' });
    try {
      await client.connect();
      const reports = await verifyAuditChains(client);
      for (const report of reports) console.log(formatChainReport(report));
      const broken = reports.filter((r) => r.break).length;
      console.log(broken ? `${broken} of ${reports.length} chains are broken.` : `All ${reports.length} chains verify.`);
      process.exitCode = broken ? 1 : 0;
    } finally {
      await client.end().catch(() => undefined);
    }
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `audit:verify failed: ${(error as Error).message}`);
    process.exit(1);
  });
}
