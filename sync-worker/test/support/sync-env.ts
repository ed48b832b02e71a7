import pg from 'pg';
import { startPostgres, type TestPostgres } from '../../../test/support/postgres.js';
import { loadSyncConfig, type SyncConfig } from '../../src/config.js';
import { installCentral, installEdge, sqlFile } from '../../src/install.js';

export const SAMPLE_TABLES = ['jobs', 'results', 'metrics', 'workers', 'tasks'];

export interface SyncPair {
  edgeServer: TestPostgres;
  centralServer: TestPostgres;
  edgeUrl: string;
  centralUrl: string;
  edge: pg.Pool;
  central: pg.Pool;
  config(extra?: Record<string, string>): SyncConfig;
  env(extra?: Record<string, string>): NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * Two real PostgreSQL 15 servers (edge and centre), the sample schema on both, capture
 * installed on the edge and apply_batch at the centre.
 */
export async function startSyncPair(opts: { siteId?: string; tables?: string[] } = {}): Promise<SyncPair> {
  const [edgeServer, centralServer] = await Promise.all([startPostgres(), startPostgres()]);
  const edgeUrl = edgeServer.url;
  const centralUrl = centralServer.url;
  const siteId = opts.siteId ?? 'edge-1';
  const tables = opts.tables ?? SAMPLE_TABLES;
  await withClient(edgeUrl, async (c) => {
    await c.query(sqlFile('sample-schema'));
    await installEdge(c, { siteId, tables });
  });
  await withClient(centralUrl, async (c) => {
    await c.query(sqlFile('sample-schema'));
    await installCentral(c);
  });
  const edge = new pg.Pool({ connectionString: edgeUrl, max: 6 });
  const central = new pg.Pool({ connectionString: centralUrl, max: 4 });
  edge.on('error', () => {});
  central.on('error', () => {});
  const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    SYNC_SITE_ID: siteId,
    LOCAL_DB_URL: edgeUrl,
    CENTRAL_DB_URL: centralUrl,
    SYNC_TABLES: tables.join(','),
    SYNC_BATCH_SIZE: '500',
    SYNC_INTERVAL_SECONDS: '1',
    ...extra,
  });
  return {
    edgeServer,
    centralServer,
    edgeUrl,
    centralUrl,
    edge,
    central,
    env,
    config: (extra) => loadSyncConfig(env(extra)),
    async stop() {
      await edge.end().catch(() => {});
      await central.end().catch(() => {});
      await Promise.all([edgeServer.stop(), centralServer.stop()]);
    },
  };
}

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client(url);
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export interface TableDigest {
  table: string;
  rows: number;
  checksum: string;
}

type Q = { query: (sql: string) => Promise<pg.QueryResult<any>> };

/** Row count and an md5 over the sorted row images of each table. */
export async function digest(db: Q, tables: string[] = SAMPLE_TABLES): Promise<TableDigest[]> {
  const out: TableDigest[] = [];
  for (const t of tables) {
    const r = await db.query(
      `SELECT count(*)::int AS n, coalesce(md5(string_agg(to_jsonb(x)::text, E'\\n' ORDER BY to_jsonb(x)::text)), '') AS sum FROM ${t} x`,
    );
    out.push({ table: t, rows: r.rows[0].n, checksum: r.rows[0].sum });
  }
  return out;
}

/** Pending outbox rows at the edge (after the worker's cursor). */
export async function pendingAtEdge(db: Q): Promise<number> {
  const r = await db.query(
    'SELECT count(*)::int AS n FROM pmoves_sync.outbox o WHERE (o.txid, o.id) > (SELECT shipped_txid, shipped_id FROM pmoves_sync.state)',
  );
  return r.rows[0].n;
}

export async function waitFor(cond: () => Promise<boolean> | boolean, timeoutMs: number, what: string, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await cond()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
