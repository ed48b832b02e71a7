import pg from 'pg';
import { CentralError, isRowLevelSqlState, toCentralError } from './errors.js';
import type { ConflictResolution, SyncConfig } from './config.js';

export interface TableStats {
  table: string;
  pending: number;
  failed: number;
  oldest_pending_at: string | null;
  last_error: string | null;
}

/** How the worker reaches the centre's apply_batch(); every error comes out as a CentralError. */
export interface CentralTransport {
  readonly kind: 'postgres' | 'rest';
  /** Applies rowsJson (a JSON array, see central.sql) in one centre transaction; returns the centre HLC. */
  applyBatch(site: string, rowsJson: string, opts: { retry: boolean; policy: ConflictResolution }): Promise<string>;
  report(site: string, stats: TableStats[]): Promise<void>;
  /**
   * The centre's rank rules as {table: md5 of the rule}: the edge collapses a table's queued
   * changes only while its own rule is the same. null when the centre's install predates
   * sync_rules() (collapse nothing).
   */
  rules(): Promise<Record<string, string> | null>;
  close(): Promise<void>;
  /**
   * Optional pipelining: applies rowsJson on a second connection, but only once the centre's
   * progress for site has reached `after` (the batch before it committed); otherwise it fails
   * (PS003) and the caller sends the rows again with applyBatch. The centre parses this batch
   * while it still applies the previous one.
   */
  applyBatchAfter?(site: string, rowsJson: string, opts: { policy: ConflictResolution }, after: { txid: string; id: string }): Promise<string>;
}

/** SYNC_TRANSPORT=postgres: one connection to the central Postgres, re-opened after any failure. */
export class PostgresTransport implements CentralTransport {
  readonly kind = 'postgres' as const;
  private client: pg.Client | undefined;
  /** The second connection, for applyBatchAfter (pipelined batches). */
  private ahead: PostgresTransport | undefined;
  /** Which connection the last batch went to: a batch sent ahead goes to the other one. */
  private lastOnAhead = false;

  constructor(
    private readonly url: string,
    private readonly opts: { queryTimeoutMs?: number; connectTimeoutMs?: number } = {},
  ) {}

  private async connection(): Promise<pg.Client> {
    if (this.client) return this.client;
    const c = new pg.Client({
      connectionString: this.url,
      keepAlive: true,
      connectionTimeoutMillis: this.opts.connectTimeoutMs ?? 10_000,
      query_timeout: this.opts.queryTimeoutMs ?? 120_000,
      application_name: 'pmoves-sync',
    });
    // A dropped connection surfaces on the next query; without a listener it would crash the process.
    c.on('error', () => {
      if (this.client === c) this.client = undefined;
    });
    try {
      await c.connect();
    } catch (err) {
      await c.end().catch(() => {});
      throw err;
    }
    this.client = c;
    return c;
  }

  private async run<T extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<pg.QueryResult<T>> {
    let c: pg.Client | undefined;
    try {
      c = await this.connection();
      return await c.query<T>(sql, params);
    } catch (err) {
      const ce = toCentralError(err);
      // After a row-level error the connection is fine; after anything else start afresh.
      if (c && !ce.permanent) {
        if (this.client === c) this.client = undefined;
        c.end().catch(() => {});
      }
      throw ce;
    }
  }

  async applyBatch(site: string, rowsJson: string, opts: { retry: boolean; policy: ConflictResolution }): Promise<string> {
    this.lastOnAhead = false;
    const r = await this.run<{ hlc: string }>('SELECT pmoves_sync.apply_batch($1, $2::jsonb, $3, $4)::text AS hlc', [
      site,
      rowsJson,
      opts.retry,
      opts.policy,
    ]);
    return r.rows[0].hlc;
  }

  async applyBatchAfter(site: string, rowsJson: string, opts: { policy: ConflictResolution }, after: { txid: string; id: string }): Promise<string> {
    this.ahead ??= new PostgresTransport(this.url, this.opts);
    this.lastOnAhead = !this.lastOnAhead;
    const conn = this.lastOnAhead ? this.ahead : this;
    const r = await conn.run<{ hlc: string }>('SELECT pmoves_sync.apply_batch_after($1, $2::jsonb, $3, $4, $5)::text AS hlc', [
      site,
      rowsJson,
      after.txid,
      after.id,
      opts.policy,
    ]);
    return r.rows[0].hlc;
  }

  async report(site: string, stats: TableStats[]): Promise<void> {
    await this.run('SELECT pmoves_sync.report_status($1, $2::jsonb)', [site, JSON.stringify(stats)]);
  }

  async rules(): Promise<Record<string, string> | null> {
    try {
      const r = await this.run<{ r: Record<string, string> }>('SELECT public.sync_rules() AS r', []);
      return r.rows[0].r;
    } catch (err) {
      if ((err as CentralError).code === '42883') return null;
      throw err;
    }
  }

  async close(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    const a = this.ahead;
    this.ahead = undefined;
    await Promise.all([c?.end().catch(() => {}), a?.close()]);
  }
}

interface RpcError {
  code?: string;
  message?: string;
  details?: string | null;
  hint?: string | null;
}

class NoRealtime {
  constructor() {
    throw new Error('pmoves-sync does not use Supabase realtime');
  }
}

/**
 * SYNC_TRANSPORT=rest: supabase-js rpc('apply_batch') through the centre's API gateway
 * (Kong -> PostgREST), for sites that only reach the centre over HTTPS.
 */
export class RestTransport implements CentralTransport {
  readonly kind = 'rest' as const;
  private clientPromise: Promise<{ rpc: (fn: string, args: Record<string, unknown>) => PromiseLike<{ data: unknown; error: RpcError | null; status: number }> }> | undefined;

  constructor(
    private readonly url: string,
    private readonly serviceRoleKey: string,
  ) {}

  private client() {
    this.clientPromise ??= import('@supabase/supabase-js').then(({ createClient }) =>
      createClient(this.url, this.serviceRoleKey, {
        auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
        // Only rpc() is used. On Node 20 (no global WebSocket) supabase-js refuses to build its
        // realtime client unless given a transport: give it one that is never opened.
        realtime: { transport: NoRealtime as never },
      }) as never,
    );
    return this.clientPromise;
  }

  private async call(fn: string, args: Record<string, unknown>): Promise<unknown> {
    let res: { data: unknown; error: RpcError | null; status: number };
    try {
      res = await (await this.client()).rpc(fn, args);
    } catch (err) {
      throw toCentralError(err);
    }
    if (res.error) {
      const code = res.error.code || undefined;
      const msg = [res.error.message, res.error.details, res.error.hint].filter(Boolean).join(' — ');
      // PostgREST's own PGRST* codes and HTTP 5xx are the gateway's state: transient.
      throw new CentralError(msg || `HTTP ${res.status}`, code, res.status < 500 && isRowLevelSqlState(code));
    }
    return res.data;
  }

  async applyBatch(site: string, rowsJson: string, opts: { retry: boolean; policy: ConflictResolution }): Promise<string> {
    const data = await this.call('apply_batch', { site, rows: JSON.parse(rowsJson), retry: opts.retry, policy: opts.policy });
    if (typeof data !== 'string' || !/^\d+$/.test(data)) {
      throw new CentralError(`apply_batch answered ${JSON.stringify(data)?.slice(0, 80)}, expected the centre HLC as a string`, undefined, false);
    }
    return data;
  }

  async report(site: string, stats: TableStats[]): Promise<void> {
    await this.call('sync_report', { site, stats });
  }

  async rules(): Promise<Record<string, string> | null> {
    let data: unknown;
    try {
      data = await this.call('sync_rules', {});
    } catch (err) {
      // PostgREST answers PGRST202 (404) for a function its schema cache does not have.
      if ((err as CentralError).code === 'PGRST202' || (err as CentralError).code === '42883') return null;
      throw err;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data) || !Object.values(data).every((v) => typeof v === 'string')) {
      throw new CentralError(`sync_rules answered ${JSON.stringify(data)?.slice(0, 80)}, expected {table: rule hash}`, undefined, false);
    }
    return data as Record<string, string>;
  }

  async close(): Promise<void> {
    this.clientPromise = undefined;
  }
}

export function createTransport(cfg: SyncConfig): CentralTransport {
  if (cfg.transport === 'rest') return new RestTransport(cfg.centralSupabaseUrl!, cfg.serviceRoleKey!);
  return new PostgresTransport(cfg.centralDbUrl!);
}
