import type pg from 'pg';
import type { TableStats } from './transport.js';

export type Op = 'insert' | 'update' | 'delete';

/** One captured change as read from pmoves_sync.outbox (bigints and JSON kept as text). */
export interface OutboxRow {
  txid: string;
  id: string;
  table: string;
  op: Op;
  /** Canonical jsonb text of the primary key: equal keys have equal text. */
  pk: string;
  /** jsonb text of the row image; null for a delete. */
  image: string | null;
  hlc: string;
  gen: number;
}

export interface Cursor {
  txid: string;
  id: string;
}

type Db = Pick<pg.Client, 'query'>;

export const keyOf = (r: { table: string; pk: string }): string => `${r.table}\u0000${r.pk}`;

/** The apply_batch() payload for rows, built from the stored JSON text without re-parsing it. */
export function batchPayload(rows: OutboxRow[]): string {
  const parts = rows.map(
    (r) =>
      `{"i":"${r.id}","x":"${r.txid}","t":${JSON.stringify(r.table)},"o":"${r.op}","k":${r.pk},"r":${r.image ?? 'null'},"h":"${r.hlc}","g":${r.gen}}`,
  );
  return `[${parts.join(',')}]`;
}

export async function readCursor(db: Db): Promise<Cursor> {
  const r = await db.query<{ txid: string; id: string }>('SELECT shipped_txid::text AS txid, shipped_id::text AS id FROM pmoves_sync.state');
  if (r.rows.length === 0) throw new Error('pmoves_sync.state is empty: run pmoves-sync install');
  return r.rows[0];
}

/**
 * The next rows to ship, in (txid, id) order after the cursor. Gap-safe: only transactions
 * older than the oldest one still running (pg_snapshot_xmin) are read. A transaction still open
 * may hold rows with lower ids than rows already committed, and it commits (or not) later; all
 * of its rows then sort after the cursor, because the cursor never passed its txid.
 *
 * Collapse (uncollapsed not null): a change is skipped when a later committed change of the
 * same key in the outbox would beat it at the centre, i.e. orders above it by (gen, rank, hlc)
 * under this edge's rank rules (pmoves_sync.rank_of). Without a rule, every later change does
 * (same or higher gen, higher HLC, same site), so a key updated a thousand times while offline
 * is shipped once whatever the batch size; under a rule (tasks: running wins), a change a later
 * one would lose to (running, then queued) still ships. Either way the centre ends in the
 * state it would reach from every change, because the skipped ones would have lost there.
 * Tables in `uncollapsed` (rules that differ from the centre's) ship every change. Skipped
 * rows lie inside the shipped (txid, id) range and go with it when the batch is marked.
 */
export async function readBatch(db: Db, cursor: Cursor, limit: number, uncollapsed: readonly string[] | null = null): Promise<OutboxRow[]> {
  const r = await db.query<OutboxRow>({
    name: 'pmoves_sync_read_batch_v4', // prepared once per connection
    text: `SELECT txid::text AS txid, id::text AS id, table_name AS "table", op, pk::text AS pk, image::text AS image,
            hlc::text AS hlc, gen
       FROM pmoves_sync.outbox o
      WHERE (o.txid, o.id) > ($1::xid8, $2::bigint)
        AND o.txid < pg_snapshot_xmin(pg_current_snapshot())
        AND ($4::text[] IS NULL OR o.table_name = ANY ($4::text[]) OR NOT EXISTS (
              SELECT 1 FROM pmoves_sync.outbox l
               WHERE l.kh = o.kh AND (l.txid, l.id) > (o.txid, o.id)
                 AND l.table_name = o.table_name AND l.pk = o.pk
                 AND l.txid < pg_snapshot_xmin(pg_current_snapshot())
                 AND (l.gen, pmoves_sync.rank_of(l.table_name, l.image), l.hlc)
                     > (o.gen, pmoves_sync.rank_of(o.table_name, o.image), o.hlc)))
      ORDER BY o.txid, o.id
      LIMIT $3`,
    values: [cursor.txid, cursor.id, limit, uncollapsed],
  });
  return r.rows;
}

/** This edge's rank rules as {table: md5 of the rule}, to compare with the centre's (sync_rules()). */
export async function edgeRules(db: Db): Promise<Record<string, string>> {
  const r = await db.query<{ r: Record<string, string> }>(
    "SELECT coalesce(jsonb_object_agg(table_name, md5(rank_sql)), '{}') AS r FROM pmoves_sync.rules",
  );
  return r.rows[0].r;
}

/** Tables whose rule differs between edge and centre (not collapsed); null: the centre's rules are unknown. */
export function uncollapsedTables(edge: Record<string, string>, centre: Record<string, string> | null): string[] | null {
  if (!centre) return null;
  return [...new Set([...Object.keys(edge), ...Object.keys(centre)])].filter((t) => edge[t] !== centre[t]).sort();
}

export interface HeldKey {
  retryRequested: boolean;
}

/** Keys with a failed change: their later changes are held too, everything else flows. */
export async function readHeldKeys(db: Db): Promise<Map<string, HeldKey>> {
  const r = await db.query<{ table: string; pk: string; retry: boolean }>(
    'SELECT table_name AS "table", pk::text AS pk, bool_or(retry_requested) AS retry FROM pmoves_sync.failed GROUP BY 1, 2',
  );
  return new Map(r.rows.map((x) => [keyOf(x), { retryRequested: x.retry }]));
}

/** Records a row the centre rejected, at once (before anything after it is applied). */
export async function recordPoison(db: Db, row: OutboxRow, error: string): Promise<void> {
  await db.query(
    `INSERT INTO pmoves_sync.failed (txid, id, table_name, op, pk, image, hlc, gen, created_at, poison, error)
     SELECT o.txid, o.id, o.table_name, o.op, o.pk, o.image, o.hlc, o.gen, o.created_at, true, $3
       FROM pmoves_sync.outbox o WHERE o.txid = $1::xid8 AND o.id = $2::bigint
     ON CONFLICT (txid, id) DO UPDATE SET poison = true, error = EXCLUDED.error,
       attempts = pmoves_sync.failed.attempts + 1, failed_at = now()`,
    [row.txid, row.id, error],
  );
}

/**
 * After the centre committed: move held rows aside, advance the cursor, drop the shipped
 * rows and advance the clock to the centre's, all in one edge transaction. Crashing before
 * this commits is safe: the rows are read again and the centre's progress ledger skips them.
 */
export async function markShipped(
  db: Db,
  prev: Cursor,
  next: Cursor,
  held: OutboxRow[],
  centralHlc: string | undefined,
): Promise<number> {
  // One round trip: pmoves_sync.mark_shipped() does it all in the statement's transaction.
  // It answers how many outbox rows it dropped (the batch and the changes collapsed into it).
  const r = await db.query<{ dropped: string }>('SELECT pmoves_sync.mark_shipped($1::xid8, $2::bigint, $3::xid8, $4::bigint, $5::xid8[], $6::bigint[], $7::bigint) AS dropped', [
    prev.txid,
    prev.id,
    next.txid,
    next.id,
    held.map((r) => r.txid),
    held.map((r) => r.id),
    centralHlc ?? null,
  ]);
  return Number(r.rows[0].dropped);
}

/** Pending and failed counts per tracked table, as sync_status wants them. */
export async function tableStats(db: Db): Promise<TableStats[]> {
  const r = await db.query<{ table: string; pending: string; failed: string; oldest: Date | null; last_error: string | null }>(
    `SELECT t.table_name AS "table",
            coalesce(p.n, 0) AS pending, coalesce(f.n, 0) AS failed,
            least(p.oldest, f.oldest) AS oldest, f.last_error
       FROM pmoves_sync.tracked t
       LEFT JOIN (SELECT table_name, count(*) AS n, min(created_at) AS oldest
                    FROM pmoves_sync.outbox o
                   WHERE (o.txid, o.id) > (SELECT shipped_txid, shipped_id FROM pmoves_sync.state)
                   GROUP BY 1) p ON p.table_name = t.table_name
       LEFT JOIN (SELECT table_name, count(*) AS n, min(created_at) AS oldest,
                         (array_agg(error ORDER BY poison DESC, failed_at DESC))[1] AS last_error
                    FROM pmoves_sync.failed GROUP BY 1) f ON f.table_name = t.table_name
      ORDER BY 1`,
  );
  return r.rows.map((x) => ({
    table: x.table,
    pending: Number(x.pending),
    failed: Number(x.failed),
    oldest_pending_at: x.oldest ? new Date(x.oldest).toISOString() : null,
    last_error: x.last_error,
  }));
}
