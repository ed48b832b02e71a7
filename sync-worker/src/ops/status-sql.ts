import pg from 'pg';
import type { StatusReader } from './monitor.js';
import type { CentralTableStatus, Health, LocalTableStatus } from './status-model.js';

/**
 * The edge half: what waits in the outbox (past the worker's shipped cursor) and what is held
 * in pmoves_sync.failed, per table. Tracked tables with nothing pending still get a row, so
 * the status shows every synced table.
 */
export const LOCAL_STATUS_SQL = `
WITH s AS (SELECT shipped_txid, shipped_id, last_shipped_at FROM pmoves_sync.state),
pending AS (
  SELECT o.table_name, count(*)::bigint AS pending, min(o.created_at) AS oldest
  FROM pmoves_sync.outbox o, s
  WHERE (o.txid, o.id) > (s.shipped_txid, s.shipped_id)
  GROUP BY o.table_name),
failed AS (SELECT table_name, count(*)::bigint AS failed FROM pmoves_sync.failed GROUP BY table_name),
names AS (SELECT table_name FROM pmoves_sync.tracked UNION SELECT table_name FROM pending UNION SELECT table_name FROM failed)
SELECT n.table_name,
       coalesce(p.pending, 0) AS pending,
       coalesce(f.failed, 0) AS failed,
       extract(epoch FROM (clock_timestamp() - p.oldest))::float8 AS oldest_age,
       (SELECT last_shipped_at FROM s) AS last_shipped_at
FROM names n LEFT JOIN pending p USING (table_name) LEFT JOIN failed f USING (table_name)
ORDER BY n.table_name`;

/** The centre half: every site's row of the sync_health view. */
export const CENTRAL_STATUS_SQL = `SELECT *, extract(epoch FROM (clock_timestamp() - oldest_pending_at))::float8 AS oldest_age
FROM public.sync_health ORDER BY 1, 2`;

/** Incoming versions that lost to another site's version (the centre's conflict log). */
export const CONFLICTS_SQL = `SELECT id, at, table_name, pk, site, pmoves_sync.hlc_format(hlc) AS hlc,
       winner_site, pmoves_sync.hlc_format(winner_hlc) AS winner_hlc
FROM pmoves_sync.conflicts ORDER BY id DESC LIMIT $1`;

export interface ConflictRow {
  id: string;
  at: string;
  table: string;
  key: Record<string, unknown>;
  site: string;
  hlc: string;
  winnerSite: string;
  winnerHlc: string;
}

export function parseConflictRows(rows: Array<Record<string, unknown>>): ConflictRow[] {
  return rows.map((r) => ({
    id: String(r.id),
    at: iso(r.at) ?? '',
    table: String(r.table_name),
    key: (r.pk ?? {}) as Record<string, unknown>,
    site: String(r.site),
    hlc: String(r.hlc),
    winnerSite: String(r.winner_site),
    winnerHlc: String(r.winner_hlc),
  }));
}

const HEALTHS = new Set<Health>(['healthy', 'lagging', 'failing', 'stale']);

function iso(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  const ms = Date.parse(String(v));
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

export function parseLocalRows(rows: Array<Record<string, unknown>>): LocalTableStatus[] {
  return rows.map((r) => ({
    table: String(r.table_name),
    pending: Number(r.pending),
    failed: Number(r.failed),
    oldestPendingAgeSeconds: r.oldest_age === null || r.oldest_age === undefined ? null : Math.max(0, Number(r.oldest_age)),
    lastShippedAt: iso(r.last_shipped_at),
  }));
}

/** Reads the view by column name, so extra columns the centre adds later do no harm. */
export function parseCentralRows(rows: Array<Record<string, unknown>>): CentralTableStatus[] {
  return rows.map((r) => {
    const h = String(r.health ?? 'unknown') as Health;
    return {
      site: String(r.site ?? r.service ?? r.site_id ?? ''),
      table: String(r.table_name ?? r.table ?? ''),
      pending: Number(r.pending ?? 0),
      failed: Number(r.failed ?? 0),
      oldestPendingAgeSeconds: r.oldest_age === null || r.oldest_age === undefined ? null : Math.max(0, Number(r.oldest_age)),
      lastSyncAt: iso(r.last_sync_at),
      lastSyncStatus: r.last_sync_status === null || r.last_sync_status === undefined ? null : String(r.last_sync_status),
      lastError: r.last_error === null || r.last_error === undefined ? null : String(r.last_error),
      health: HEALTHS.has(h) ? h : 'unknown',
    };
  });
}

export interface PgStatusReaderOptions {
  localUrl?: string;
  centralUrl?: string;
  /** Status reads must not hang while the centre is cut off. */
  timeoutMs?: number;
}

/** A StatusReader over two small pools of its own (one connection each; never the worker's). */
export function pgStatusReader(opts: PgStatusReaderOptions): StatusReader {
  const timeout = opts.timeoutMs ?? 3000;
  const mk = (url: string | undefined) => {
    if (!url) return undefined;
    const pool = new pg.Pool({
      connectionString: url,
      max: 1,
      connectionTimeoutMillis: timeout,
      query_timeout: timeout,
      idleTimeoutMillis: 30_000,
      application_name: 'pmoves-sync-status',
    } as pg.PoolConfig);
    pool.on('error', () => {}); // a dropped idle connection is retried on the next read
    return pool;
  };
  const local = mk(opts.localUrl);
  const central = mk(opts.centralUrl);
  return {
    async readLocal() {
      if (!local) throw new Error('LOCAL_DB_URL is not set');
      return parseLocalRows((await local.query(LOCAL_STATUS_SQL)).rows);
    },
    readCentral: central ? async () => parseCentralRows((await central.query(CENTRAL_STATUS_SQL)).rows) : undefined,
    async readConflicts(limit = 20) {
      if (!central) return [];
      return parseConflictRows((await central.query(CONFLICTS_SQL, [limit])).rows);
    },
    async close() {
      await Promise.all([local?.end().catch(() => {}), central?.end().catch(() => {})]);
    },
  };
}
