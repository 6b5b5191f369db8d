import { createHash } from 'node:crypto';

/**
 * The hash chain of the security logs (docs/security.md, "Audit trail").
 *
 * Every subgraph schema holds three security logs: `audit_log`, `access_log` (kit `auditTablesSql`)
 * and `refusal_log` (kit `refusalLogTableSql`). Each is **append-only** — triggers refuse UPDATE,
 * DELETE and TRUNCATE for every role, the owner included — and **hash-chained**: each row carries
 *
 * - `chain_seq` — its position in the table's chain, 1, 2, 3… without gaps (unique);
 * - `prev_hash` — the `row_hash` of the row at `chain_seq - 1` (32 zero bytes for the first row);
 * - `row_hash` — SHA-256 of `prev_hash` (32 bytes) followed by the row's **canonical content**.
 *
 * **Canonical content** ({@link canonicalLogContent}): the fields `chain_seq` and then the table's
 * columns in the order of {@link SECURITY_LOG_TABLES}, each encoded as
 *
 * - SQL NULL → the single byte `0x00`;
 * - a value → the byte `0x01`, its text's length in bytes as a 4-byte big-endian unsigned integer, then
 *   its text in UTF-8.
 *
 * A value's text is PostgreSQL's output of its type (`uuid` lower-case with dashes, `varchar`/`text`
 * as stored, `jsonb` as PostgreSQL prints it — keys sorted, `", "` and `": "` separators —, `inet` as
 * `192.0.2.1` or `2001:db8::/64`, `bigint` in decimal), except `timestamptz`, which is the UTC instant
 * written `YYYY-MM-DDTHH:MM:SS.ffffffZ` (always six fractional digits), independent of the session's
 * `TimeZone` and `DateStyle`. Non-finite timestamps (`infinity`) are refused on insert.
 *
 * The chain is filled **when the inserting transaction commits**: a row is inserted with its three
 * chain columns NULL, and a deferred constraint trigger (run at COMMIT, in insert order) takes one
 * transaction-scoped advisory lock per schema (`pg_advisory_xact_lock`), reads the head of the log's
 * chain and UPDATEs the row's chain columns — the one UPDATE the append-only triggers let through.
 * The lock is held only from that moment to the end of the commit, so a transaction never holds it
 * while it waits for anything else (no deadlock with row locks), writers queue only for one another's
 * commit, and the chain order is the commit order; a rolled-back row never reaches the chain. The
 * price: each log row is written twice (one extra tuple version, non-HOT since `chain_seq` is
 * indexed, left for vacuum). See {@link logChainSql}. Verification (`npm run audit:verify`) recomputes
 * every hash in Node from the columns, never with a function stored in the database, and reports a
 * committed row without chain values as `unchained`.
 */

/** How a column is rendered in the canonical content: PostgreSQL's output text, or an instant. */
export type LogColumnKind = 'text' | 'instant';

export interface LogColumn {
  name: string;
  kind: LogColumnKind;
}

const text = (name: string): LogColumn => ({ name, kind: 'text' });
const instant = (name: string): LogColumn => ({ name, kind: 'instant' });

/**
 * The security logs of every subgraph schema and, per log, the columns its canonical content covers,
 * in order (after `chain_seq`). A column added to a log later must be added here, with a new chain
 * version: `audit:verify` refuses a log whose columns differ from this list.
 */
export const SECURITY_LOG_TABLES = {
  audit_log: [
    text('id'),
    text('user_id'),
    text('action'),
    text('table_name'),
    text('record_id'),
    text('old_values'),
    text('new_values'),
    text('reason'),
    text('ip_address'),
    text('user_agent'),
    text('request_id'),
    instant('created_at'),
  ],
  access_log: [
    text('id'),
    text('user_id'),
    text('resource_type'),
    text('resource_id'),
    text('subject_client_id'),
    text('action'),
    text('purpose'),
    text('ip_address'),
    text('request_id'),
    instant('created_at'),
  ],
  refusal_log: [
    text('id'),
    text('kind'),
    text('user_id'),
    text('app_id'),
    text('resource_type'),
    text('field'),
    text('resource_id'),
    text('ip_address'),
    text('request_id'),
    instant('created_at'),
  ],
} as const satisfies Record<string, readonly LogColumn[]>;

export type SecurityLogTable = keyof typeof SECURITY_LOG_TABLES;
/** The three security logs of a subgraph schema: `audit_log`, `access_log`, `refusal_log`. */
export const SECURITY_LOG_NAMES = Object.keys(SECURITY_LOG_TABLES) as SecurityLogTable[];

/** The columns the chain adds to each log (not part of the canonical content but `chain_seq`). */
export const CHAIN_COLUMNS = ['chain_seq', 'prev_hash', 'row_hash'] as const;

/** `prev_hash` of a chain's first row: 32 zero bytes. */
export const GENESIS_HASH = Buffer.alloc(32);

/**
 * The canonical text of an instant: `YYYY-MM-DDTHH:MM:SS.ffffffZ` in UTC, from PostgreSQL's own text of
 * a `timestamptz` printed with `TimeZone = UTC` and `DateStyle = ISO` (`2026-12-02 03:41:46.1234+00`).
 * Microseconds survive (a JavaScript `Date` would drop them).
 *
 * @throws Error when `pgText` is not such a text (another time zone or style, BC, infinity)
 */
export function canonicalInstant(pgText: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00$/.exec(pgText);
  if (!match) throw new Error(`not a UTC timestamptz in ISO style: ${JSON.stringify(pgText)}`);
  return `${match[1]}T${match[2]}.${(match[3] ?? '').padEnd(6, '0')}Z`;
}

/**
 * The canonical content of one log row (see the module comment): `chain_seq`, then `table`'s columns
 * in {@link SECURITY_LOG_TABLES} order, length-prefixed, null as `0x00`.
 *
 * @param row the row as PostgreSQL's text output (every value a string or null; `chain_seq` in decimal;
 *   `timestamptz` printed with `TimeZone = UTC`, `DateStyle = ISO`)
 * @throws Error when an instant column is not in that form (see {@link canonicalInstant})
 */
export function canonicalLogContent(table: SecurityLogTable, row: Readonly<Record<string, string | null>>): Buffer {
  const parts: Buffer[] = [];
  const field = (value: string | null | undefined) => {
    if (value == null) {
      parts.push(Buffer.of(0));
      return;
    }
    const bytes = Buffer.from(value, 'utf8');
    const header = Buffer.alloc(5);
    header[0] = 1;
    header.writeUInt32BE(bytes.length, 1);
    parts.push(header, bytes);
  };
  field(row.chain_seq);
  for (const column of SECURITY_LOG_TABLES[table]) {
    const value = row[column.name];
    field(value != null && column.kind === 'instant' ? canonicalInstant(value) : value);
  }
  return Buffer.concat(parts);
}

/** `row_hash` of a row: SHA-256 of `prevHash` (32 bytes) followed by its canonical content. */
export function logRowHash(prevHash: Buffer, content: Buffer): Buffer {
  return createHash('sha256').update(prevHash).update(content).digest();
}

/** SQL rendering of one column of record `r` as the canonical text (null stays null). */
function columnTextSql(r: string, column: LogColumn): string {
  const ref = `${r}.${column.name}`;
  return column.kind === 'instant'
    ? `to_char(${ref} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
    : `case when ${ref} is null then null else format('%s', ${ref}) end`;
}

/** SQL expression of the canonical content of record `r` whose position is `seq` (see {@link canonicalLogContent}). */
function contentSql(schema: string, table: SecurityLogTable, r: string, seq: string): string {
  const fields = [`${seq}::text`, ...SECURITY_LOG_TABLES[table].map((column) => columnTextSql(r, column))];
  return fields.map((f) => `${schema}.log_chain_field(${f})`).join('\n        || ');
}

/**
 * The advisory lock key of `schema`'s chains: one lock for its three logs, so a transaction that writes
 * several logs of a schema, in any order, takes one lock and cannot deadlock on them.
 */
const lockKey = (schema: string) => `hashtextextended('fitflow.log-chain:${schema}', 0)`;
const ZERO_HASH_SQL = `decode(repeat('00', 32), 'hex')`;
/** The transaction-local setting under which `refuse_change` lets the chaining function fill a row's chain columns. */
const CHAINING_FLAG = 'fitflow.log_chaining';

/**
 * SQL making `schema`'s three security logs append-only and hash-chained (docs/security.md, "Audit
 * trail"); run by each subgraph's migration as the schema's owner, after the logs exist.
 *
 * 1. adds `chain_seq bigint` (unique), `prev_hash bytea`, `row_hash bytea` (32 bytes each) to
 *    `audit_log`, `access_log`, `refusal_log`: NULL together (a row not chained yet) or set together;
 * 2. chains the rows already there, in order of `created_at`, `id`;
 * 3. a BEFORE INSERT row trigger per log (`chain_prepare`, function `log_chain_prepare()`) refusing a
 *    non-finite `created_at` and setting the three columns to NULL, whatever the inserter sent;
 * 4. a deferred constraint trigger per log (`chain`: AFTER INSERT, DEFERRABLE INITIALLY DEFERRED, FOR
 *    EACH ROW, function `<log>_chain()`, SECURITY DEFINER as the schema's owner), which runs when the
 *    inserting transaction commits: it takes the schema's advisory lock (`pg_advisory_xact_lock`, one
 *    per schema for its three logs, held from then to the end of the commit), reads the head of the
 *    log's chain, and UPDATEs the row's three columns with the flag `fitflow.log_chaining` on. The
 *    rows of a transaction are chained in their insert order and transactions in their commit order;
 *    a rolled-back row never reaches the chain. Each row costs one extra tuple version (the UPDATE);
 * 5. BEFORE UPDATE OR DELETE row triggers (`refuse_change`) and a BEFORE TRUNCATE statement trigger
 *    (`refuse_truncate`) that raise `insufficient_privilege` (42501) for every role, the owner included:
 *    "<schema>.<log> is append-only: UPDATE is refused." The one UPDATE let through is the chaining's:
 *    the flag on, the three chain columns going from NULL to values, every other column unchanged.
 *
 * Functions created in `schema`: `log_chain_field(text)`, `log_chain_prepare()`, `<log>_chain()`,
 * `log_refuse_change()`.
 */
export function logChainSql(schema: string): string {
  const perTable = (table: SecurityLogTable) => `
    alter table ${schema}.${table}
      add column chain_seq bigint,
      add column prev_hash bytea,
      add column row_hash bytea;

    do $chain$
    declare
      r record;
      n bigint := 0;
      prev bytea := ${ZERO_HASH_SQL};
      h bytea;
    begin
      for r in select * from ${schema}.${table} order by created_at, id loop
        n := n + 1;
        h := sha256(prev || ${contentSql(schema, table, 'r', 'n')});
        update ${schema}.${table} set chain_seq = n, prev_hash = prev, row_hash = h where id = r.id;
        prev := h;
      end loop;
    end
    $chain$;

    alter table ${schema}.${table}
      add constraint ${table}_chain_seq_key unique (chain_seq),
      add constraint ${table}_chain_check check (
        (chain_seq is null and prev_hash is null and row_hash is null)
        or (chain_seq > 0 and octet_length(prev_hash) = 32 and octet_length(row_hash) = 32));

    create function ${schema}.${table}_chain() returns trigger
      language plpgsql security definer set search_path = pg_catalog, pg_temp as $fn$
    declare
      last_seq bigint;
      last_hash bytea;
      seq bigint;
      prev bytea;
      updated bigint;
    begin
      perform pg_advisory_xact_lock(${lockKey(schema)});
      select chain_seq, row_hash into last_seq, last_hash from ${schema}.${table}
        where chain_seq is not null order by chain_seq desc limit 1;
      seq := coalesce(last_seq, 0) + 1;
      prev := coalesce(last_hash, ${ZERO_HASH_SQL});
      perform set_config('${CHAINING_FLAG}', 'on', true);
      update ${schema}.${table}
        set chain_seq = seq, prev_hash = prev, row_hash = sha256(prev || ${contentSql(schema, table, 'new', 'seq')})
        where id = new.id;
      get diagnostics updated = row_count;
      perform set_config('${CHAINING_FLAG}', 'off', true);
      if updated <> 1 then
        raise exception '${schema}.${table} row % vanished before its commit', new.id using errcode = 'internal_error';
      end if;
      return null;
    end
    $fn$;
    revoke all on function ${schema}.${table}_chain() from public;

    create trigger chain_prepare before insert on ${schema}.${table} for each row execute function ${schema}.log_chain_prepare();
    create constraint trigger chain after insert on ${schema}.${table} deferrable initially deferred
      for each row execute function ${schema}.${table}_chain();
    create trigger refuse_change before update or delete on ${schema}.${table} for each row execute function ${schema}.log_refuse_change();
    create trigger refuse_truncate before truncate on ${schema}.${table} for each statement execute function ${schema}.log_refuse_change();
  `;
  return `
    create function ${schema}.log_chain_field(v text) returns bytea
      language sql immutable parallel safe set search_path = pg_catalog, pg_temp as $fn$
      select case when v is null then decode('00', 'hex')
                  else decode('01', 'hex') || int4send(octet_length(convert_to(v, 'UTF8'))) || convert_to(v, 'UTF8') end
    $fn$;

    create function ${schema}.log_chain_prepare() returns trigger
      language plpgsql set search_path = pg_catalog, pg_temp as $fn$
    begin
      if not isfinite(new.created_at) then
        raise exception '%.%.created_at must be a finite instant', tg_table_schema, tg_table_name using errcode = 'invalid_datetime_format';
      end if;
      new.chain_seq := null;
      new.prev_hash := null;
      new.row_hash := null;
      return new;
    end
    $fn$;

    create function ${schema}.log_refuse_change() returns trigger
      language plpgsql set search_path = pg_catalog, pg_temp as $fn$
    begin
      if tg_op = 'UPDATE'
         and current_setting('${CHAINING_FLAG}', true) = 'on'
         and old.chain_seq is null and old.prev_hash is null and old.row_hash is null
         and new.chain_seq is not null and new.prev_hash is not null and new.row_hash is not null
         and (to_jsonb(old) - array[${CHAIN_COLUMNS.map((c) => `'${c}'`).join(', ')}])::text
           = (to_jsonb(new) - array[${CHAIN_COLUMNS.map((c) => `'${c}'`).join(', ')}])::text then
        return new;
      end if;
      raise exception '%.% is append-only: % is refused.', tg_table_schema, tg_table_name, tg_op
        using errcode = 'insufficient_privilege',
              hint = 'Audit, access and refusal logs are evidence and are never changed (docs/security.md, "Audit trail").';
    end
    $fn$;
    ${SECURITY_LOG_NAMES.map(perTable).join('\n')}
  `;
}

/** SQL undoing {@link logChainSql} in `schema`: triggers, functions and chain columns go; rows stay. */
export function logChainDownSql(schema: string): string {
  const perTable = (table: SecurityLogTable) => `
    drop trigger refuse_truncate on ${schema}.${table};
    drop trigger refuse_change on ${schema}.${table};
    drop trigger chain on ${schema}.${table};
    drop trigger chain_prepare on ${schema}.${table};
    drop function ${schema}.${table}_chain();
    alter table ${schema}.${table} drop column chain_seq, drop column prev_hash, drop column row_hash;
  `;
  return `
    ${SECURITY_LOG_NAMES.map(perTable).join('\n')}
    drop function ${schema}.log_refuse_change();
    drop function ${schema}.log_chain_prepare();
    drop function ${schema}.log_chain_field(text);
  `;
}
