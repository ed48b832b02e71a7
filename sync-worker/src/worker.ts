import { EventEmitter } from 'node:events';
import pg from 'pg';
import { UserError } from '../../src/core/errors.js';
import { backoffDelay } from './backoff.js';
import type { SyncConfig } from './config.js';
import { isConnectionError, toCentralError, type CentralError } from './errors.js';
import { silentSyncLogger, type SyncLogger } from './log.js';
import {
  batchPayload,
  edgeRules,
  keyOf,
  markShipped,
  readBatch,
  readCursor,
  readHeldKeys,
  recordPoison,
  tableStats,
  type Cursor,
  type HeldKey,
  type Op,
  type OutboxRow,
  uncollapsedTables,
} from './outbox.js';
import { retryFailed } from './retry.js';
import { createTransport, type CentralTransport } from './transport.js';

export type WorkerState = 'running' | 'backoff' | 'offline' | 'stopped';

export interface AppliedChange {
  outboxId: string;
  table: string;
  op: Op;
  key: Record<string, unknown>;
  row: Record<string, unknown> | null;
  hlc: string;
}

export interface AppliedEvent {
  site: string;
  batchId: string;
  centralHlc: string;
  changes: AppliedChange[];
  durationMs: number;
}

export interface FailedEvent {
  outboxId: string;
  table: string;
  key: Record<string, unknown>;
  error: string;
}

/** Changes skipped at the edge because a later change of their key superseded them (shipped with a batch). */
export interface CollapsedEvent {
  site: string;
  changes: number;
}

export interface TransientErrorEvent {
  error: Error;
  retryInMs: number;
  attempt: number;
}

/** Test hook: kill -9 this process at a given point (PMOVES_SYNC_TEST_CRASH=after-commit:3). */
export interface CrashPoint {
  at: 'before-commit' | 'after-commit' | 'after-mark';
  count: number;
}

export interface SyncWorkerOptions {
  transport?: CentralTransport;
  logger?: SyncLogger;
  /** Longest backoff between retries (ms); default 30 s. */
  maxBackoffMs?: number;
  crash?: CrashPoint;
  /** How often sync_status is refreshed while busy (ms); default 1000. */
  reportEveryMs?: number;
}

/** Growth of the read size while a backlog drains (see SyncWorker.readSize). */
const GROW_AFTER = 4;
const MAX_GROWTH = 4;
const GROWN_CAP = 20_000;

/** Lock ids on the edge: 3 = one worker per edge database (held for the session). */
const WORKER_LOCK = [7370861, 3] as const;

/**
 * The dual-write worker: drains pmoves_sync.outbox into the centre's apply_batch(), marking
 * rows shipped only after the centre committed. Events: 'applied', 'collapsed', 'failed', 'state', 'error'
 * (transient, with retryInMs), 'idle' (the outbox is drained; used by tests and the lab).
 */
export class SyncWorker extends EventEmitter {
  private readonly cfg: SyncConfig;
  private readonly transport: CentralTransport;
  private readonly logger: SyncLogger;
  private edge: pg.Client | undefined;
  private cursor: Cursor | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private wake: (() => void) | undefined;
  private notified = false;
  private state: WorkerState = 'stopped';
  private commits = 0;
  private lastReport = 0;
  private statsMs = 0;
  private batchSeq = 0;
  private failures = 0;
  private dirtyStatus = true;
  /** The next batch, read from the edge while the centre applies the current one. */
  private prefetch: { from: Cursor; limit: number; rows: Promise<OutboxRow[]> } | undefined;
  /**
   * Rows per read: SYNC_BATCH_SIZE; once GROW_AFTER batches in a row came back full (a
   * backlog), doubled after each further full batch up to MAX_GROWTH times it (at most
   * GROWN_CAP); back to SYNC_BATCH_SIZE as soon as a batch is not full. Larger batches cost
   * less per row at both ends; a steady trickle and short backlogs keep the configured size.
   */
  private readSize = 0;
  private fullStreak = 0;
  /**
   * Pipelining (transports with applyBatchAfter): the next batch, already sent to the centre on
   * a second connection while the current one was applied, so the centre parses it meanwhile.
   * The centre applies it only after the current batch committed; any failure of it is
   * discarded and the batch is sent again the ordinary way (bisection, held keys and all).
   */
  private ahead: { from: Cursor; limit: number; batch: Promise<AheadBatch> } | undefined;
  /** The centre lacks apply_batch_after (older install): no pipelining for this worker. */
  private aheadOff = false;
  /**
   * Edge marks run behind the centre: batch N is marked on the edge connection while batch N+1
   * is applied at the centre. this.cursor is the in-memory read position; the persisted one
   * (pmoves_sync.state) trails it by at most the marks in this chain. Any error resets the
   * read position to the persisted cursor; the centre's progress ledger absorbs the replay.
   */
  private markChain: Promise<void> = Promise.resolve();
  /** Keys with failed rows (their later changes are held); only this worker changes them while it runs. */
  private held = new Map<string, HeldKey>();
  /** `pmoves-sync retry` asked (NOTIFY pmoves_sync, 'retry'; also checked when idle). */
  private retryWanted = false;
  /**
   * Tables whose rank rule differs between edge and centre: their queued changes are not
   * collapsed at the edge (readBatch). undefined: not asked yet; null: unknown (an older
   * centre, or not reachable when asked), so nothing is collapsed. Asked again with each
   * status report, so a rule changed on both sides takes effect within one report interval.
   */
  private uncollapsed: string[] | null | undefined;
  private collapseSaid = '';

  constructor(cfg: SyncConfig, private readonly opts: SyncWorkerOptions = {}) {
    super();
    this.cfg = cfg;
    this.transport = opts.transport ?? createTransport(cfg);
    this.logger = opts.logger ?? silentSyncLogger;
  }

  get currentState(): WorkerState {
    return this.state;
  }

  /** Connects to the edge, takes the one-worker lock and starts draining in the background. */
  async start(): Promise<void> {
    if (this.loop) return;
    this.stopping = false;
    await this.connectEdge(true);
    this.logger.log('info', 'pmoves-sync started', {
      site: this.cfg.siteId,
      transport: this.transport.kind,
      batchSize: this.cfg.batchSize,
      tables: this.cfg.tables,
    });
    this.loop = this.run();
  }

  /** Graceful: the batch in flight finishes (centre commit and edge mark), then everything closes. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
    await this.markChain.catch(() => {});
    await this.closeEdge();
    await this.transport.close();
    this.setState('stopped');
  }

  private setState(s: WorkerState) {
    if (s === this.state) return;
    this.state = s;
    this.emit('state', s);
    this.logger.log('info', `state ${s}`, { site: this.cfg.siteId });
  }

  private async connectEdge(first: boolean): Promise<void> {
    const c = new pg.Client({ connectionString: this.cfg.localDbUrl, keepAlive: true, application_name: 'pmoves-sync' });
    c.on('error', () => {
      if (this.edge === c) this.edge = undefined;
      this.wake?.();
    });
    c.on('notification', (n) => {
      if (n.payload === 'retry') this.retryWanted = true;
      this.notified = true;
      this.wake?.();
    });
    await c.connect();
    try {
      const installed = await c.query(
        "SELECT to_regclass('pmoves_sync.outbox') IS NOT NULL AS ok, to_regprocedure('pmoves_sync.rank_of(text,jsonb)') IS NOT NULL AS current",
      );
      if (!installed.rows[0].ok) {
        throw new UserError('capture is not installed in the edge database (LOCAL_DB_URL)', {
          hint: 'run pmoves-sync install (and pmoves-sync install --central against the centre)',
        });
      }
      if (!installed.rows[0].current) {
        throw new UserError('the edge schema was installed by an older pmoves-sync', {
          hint: 'run pmoves-sync install again (idempotent; it keeps the queued changes)',
        });
      }
      const lock = await c.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [...WORKER_LOCK]);
      if (!lock.rows[0].ok) {
        throw new UserError('another pmoves-sync run is already draining this edge database', {
          hint: 'one worker per site: stop the other one first (it holds an advisory lock on LOCAL_DB_URL)',
        });
      }
      await c.query('LISTEN pmoves_sync');
      this.cursor = await readCursor(c);
      this.held = await readHeldKeys(c);
      this.retryWanted = [...this.held.values()].some((h) => h.retryRequested);
    } catch (err) {
      await c.end().catch(() => {});
      if (first || err instanceof UserError) throw err;
      throw err;
    }
    this.edge = c;
  }

  private async closeEdge(): Promise<void> {
    const c = this.edge;
    this.edge = undefined;
    if (c) await c.end().catch(() => {});
  }

  /** Waits ms; stop() always ends the wait, a NOTIFY only when wakeOnNotify (idle, not backoff). */
  private async sleep(ms: number, wakeOnNotify: boolean): Promise<void> {
    if (this.stopping) return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wake = () => {
        if (wakeOnNotify || this.stopping) done();
      };
    });
    this.wake = undefined;
  }

  private async run(): Promise<void> {
    this.setState('running');
    while (!this.stopping || this.ahead) {
      try {
        if (!this.edge) await this.connectEdge(false);
        const worked = await this.cycle();
        // Back to normal only once the centre answered (a batch, or a status report when idle):
        // an idle cycle that never reached it must not reset the backoff.
        const reached = worked || (await this.report(true));
        if (reached && this.failures > 0) {
          this.logger.log('info', 'centre reachable again', { site: this.cfg.siteId, after: this.failures });
          this.failures = 0;
        }
        if (reached || this.failures === 0) this.setState('running');
        if (!worked) {
          this.emit('idle');
          if (!this.notified) await this.sleep(this.cfg.intervalSeconds * 1000, true);
          this.notified = false;
        }
      } catch (err) {
        if (err instanceof UserError && !this.edge) {
          // e.g. another worker took the lock while we were away: keep trying, loudly.
          this.logger.log('error', err.message, { hint: err.hint });
        }
        this.prefetch = undefined;
        // A batch sent ahead is dropped unread: whatever the centre did with it, its rows are
        // read again from the persisted cursor and the centre's ledgers absorb the replay.
        this.ahead = undefined;
        await this.settleMarks();
        if (this.stopping) break;
        this.failures++;
        const delay = backoffDelay(this.failures, { maxMs: this.opts.maxBackoffMs });
        const e = err instanceof Error ? err : new Error(String(err));
        const offline = isConnectionError(err);
        this.setState(offline ? 'offline' : 'backoff');
        this.logger.log('warn', `sync paused: ${e.message}`, { site: this.cfg.siteId, retryInMs: delay, attempt: this.failures });
        const ev: TransientErrorEvent = { error: e, retryInMs: delay, attempt: this.failures };
        if (this.listenerCount('error') > 0) this.emit('error', ev);
        if (this.edge && isConnectionError(err) && !(err as CentralError).name?.startsWith('Central')) await this.closeEdge();
        await this.sleep(delay, false);
      }
    }
  }

  /** Waits for queued edge marks; after a failure, re-reads the persisted cursor. */
  private async settleMarks(): Promise<void> {
    const chain = this.markChain;
    this.markChain = Promise.resolve();
    try {
      await chain;
    } catch {
      // the mark did not happen: its rows are read again from the persisted cursor
    }
    if (this.edge) {
      try {
        this.cursor = await readCursor(this.edge);
      } catch {
        await this.closeEdge();
      }
    }
  }

  /** One step: retries requested by `pmoves-sync retry`, then one batch. Returns false when idle. */
  private async cycle(): Promise<boolean> {
    const edge = this.edge!;
    if (this.retryWanted && !this.ahead) {
      this.retryWanted = false;
      await this.settleMarks();
      const res = await retryFailed(edge, this.transport, { site: this.cfg.siteId, policy: this.cfg.conflictResolution, onlyRequested: true });
      this.logger.log('info', 'retried failed rows', { cleared: res.cleared, stillFailing: res.stillFailing.length });
      this.held = await readHeldKeys(edge);
      this.dirtyStatus = true;
      return true;
    }
    const held = this.held;
    const pre = this.prefetch;
    this.prefetch = undefined;
    const ahead = this.ahead;
    this.ahead = undefined;
    const at = (c: Cursor | undefined) => c !== undefined && c.txid === this.cursor!.txid && c.id === this.cursor!.id;
    if (ahead && !at(ahead.from)) {
      this.ahead = ahead;
      await this.dropAhead();
    }
    const sentAhead = ahead && at(ahead.from) ? await ahead.batch : undefined;
    const base = this.cfg.batchSize;
    const limit = sentAhead ? ahead!.limit : at(pre?.from) ? pre!.limit : this.readSize || base;
    if (this.uncollapsed === undefined && !sentAhead && !at(pre?.from)) this.uncollapsed = await this.collapseRules(edge).catch(() => undefined);
    const rows = sentAhead ? sentAhead.rows : at(pre?.from) ? await pre!.rows : await readBatch(edge, this.cursor!, limit, this.uncollapsed ?? null);
    const full = rows.length === limit;
    this.fullStreak = full ? this.fullStreak + 1 : 0;
    const cap = Math.max(base, Math.min(base * MAX_GROWTH, GROWN_CAP));
    this.readSize = !full ? base : this.fullStreak >= GROW_AFTER ? Math.min(limit * 2, cap) : limit;
    if (rows.length === 0) {
      await this.markChain;
      // Idle: a cheap look for retry requests whose NOTIFY was missed (e.g. while reconnecting).
      this.held = await readHeldKeys(edge);
      if ([...this.held.values()].some((h) => h.retryRequested)) {
        this.retryWanted = true;
        return true;
      }
      return false;
    }
    if (full && !this.stopping) {
      const last = rows[rows.length - 1];
      const from = { txid: last.txid, id: last.id };
      const next = readBatch(edge, from, this.readSize, this.uncollapsed ?? null);
      next.catch(() => {}); // a failure surfaces when (if) it is awaited
      this.prefetch = { from, limit: this.readSize, rows: next };
    }
    try {
      await this.ship(edge, rows, held, sentAhead);
    } catch (err) {
      this.prefetch = undefined;
      throw err;
    }
    return true;
  }

  private crashIf(at: CrashPoint['at'], n: number) {
    const c = this.opts.crash;
    if (c && c.at === at && n >= c.count) process.kill(process.pid, 'SIGKILL');
  }

  /**
   * Sends the prefetched next batch to the centre now (second connection), to be applied only
   * once `after` (the last row of the batch being applied) is the centre's progress.
   */
  private sendAhead(held: Map<string, HeldKey>, after: OutboxRow): void {
    const t = this.transport;
    const pre = this.prefetch;
    if (!t.applyBatchAfter || this.aheadOff || !pre || this.stopping || this.retryWanted) return;
    this.prefetch = undefined;
    const batch = pre.rows.then((rows): AheadBatch => {
      const sent = rows.filter((r) => !held.has(keyOf(r)));
      if (sent.length === 0) return { rows, sent, hlc: undefined };
      const hlc = t.applyBatchAfter!(this.cfg.siteId, batchPayload(sent), { policy: this.cfg.conflictResolution }, { txid: after.txid, id: after.id });
      hlc.catch((err) => {
        // 42883: the centre's install predates apply_batch_after (pmoves-sync install --central adds it).
        if ((err as { code?: string })?.code === '42883') this.aheadOff = true;
      });
      return { rows, sent, hlc };
    });
    batch.catch(() => {}); // a failed read surfaces when (if) the batch is awaited
    this.ahead = { from: pre.from, limit: pre.limit, batch };
  }

  /** Waits until a batch sent ahead is settled (its outcome is not used). */
  private async dropAhead(): Promise<void> {
    const a = this.ahead;
    this.ahead = undefined;
    if (!a) return;
    const b = await a.batch.catch(() => undefined);
    await b?.hlc?.catch(() => {});
  }

  private async ship(edge: pg.Client, rows: OutboxRow[], held: Map<string, HeldKey>, sentAhead?: AheadBatch): Promise<void> {
    const started = Date.now();
    const diverted: OutboxRow[] = [];
    let centralHlc: string | undefined;
    const batchId = `${this.cfg.siteId}:${rows[0].txid}.${rows[0].id}-${rows[rows.length - 1].txid}.${rows[rows.length - 1].id}`;

    // Applies rows in order; a row-level rejection is narrowed by bisection to the poison row,
    // which is recorded at once; later rows of its key are held; all others are applied.
    const applyRange = async (range: OutboxRow[], top = false): Promise<void> => {
      const send: OutboxRow[] = [];
      for (const r of range) (held.has(keyOf(r)) ? diverted : send).push(r);
      if (send.length === 0) return;
      this.crashIf('before-commit', this.commits + 1);
      // Sent ahead with exactly these rows and applied after the previous batch: done.
      let hlc: string | undefined;
      if (top && sentAhead?.hlc && sentAhead.sent.length === send.length && sentAhead.sent.every((r, i) => r.id === send[i].id && r.txid === send[i].txid)) {
        // The following batch goes ahead now; it waits at the centre for this one in any case.
        this.sendAhead(held, send[send.length - 1]);
        hlc = await sentAhead.hlc.catch(() => undefined);
      }
      try {
        if (hlc === undefined) {
          const applied = this.transport.applyBatch(this.cfg.siteId, batchPayload(send), {
            retry: false,
            policy: this.cfg.conflictResolution,
          });
          if (top && !this.ahead) this.sendAhead(held, send[send.length - 1]);
          hlc = await applied;
        }
        centralHlc = hlc;
      } catch (err) {
        const ce = toCentralError(err);
        if (!ce.permanent) throw ce;
        // Bisection changes what is held: the batch sent ahead must not be applied (it waits
        // for this batch, which failed, so the centre refuses it); settle it before going on.
        await this.dropAhead();
        if (send.length === 1) {
          const bad = send[0];
          await recordPoison(edge, bad, ce.message);
          held.set(keyOf(bad), { retryRequested: false });
          this.dirtyStatus = true;
          const ev: FailedEvent = { outboxId: bad.id, table: bad.table, key: JSON.parse(bad.pk), error: ce.message };
          this.logger.log('error', 'change rejected by the centre; its key is held', { ...ev, code: ce.code });
          this.emit('failed', ev);
          return;
        }
        const mid = send.length >> 1;
        await applyRange(send.slice(0, mid));
        await applyRange(send.slice(mid));
        return;
      }
      this.commits++;
      if (this.listenerCount('applied') > 0) {
        const ev: AppliedEvent = {
          site: this.cfg.siteId,
          batchId: `${batchId}#${this.batchSeq++}`,
          centralHlc: centralHlc,
          durationMs: Date.now() - started,
          changes: send.map((r) => ({
            outboxId: r.id,
            table: r.table,
            op: r.op,
            key: JSON.parse(r.pk),
            row: r.image === null ? null : JSON.parse(r.image),
            hlc: r.hlc,
          })),
        };
        this.emit('applied', ev);
      }
      this.crashIf('after-commit', this.commits);
    };

    await applyRange(rows, true);
    const last = rows[rows.length - 1];
    const prev = this.cursor!;
    const next = { txid: last.txid, id: last.id };
    this.cursor = next;
    if (diverted.length > 0) this.dirtyStatus = true;
    const commits = this.commits;
    const mark = this.markChain.then(async () => {
      const dropped = await markShipped(edge, prev, next, diverted, centralHlc);
      this.crashIf('after-mark', commits);
      // Rows the read skipped as superseded went with the batch's range.
      if (dropped > rows.length) {
        const ev: CollapsedEvent = { site: this.cfg.siteId, changes: dropped - rows.length };
        this.emit('collapsed', ev);
      }
      this.logger.log('debug', 'batch shipped', { site: this.cfg.siteId, rows: rows.length, held: diverted.length, ms: Date.now() - started });
    });
    mark.catch(() => {}); // awaited (and its failure handled) by the next ship or settleMarks()
    // At most one mark in flight: wait for the previous one (it ran during this apply).
    await this.markChain;
    this.markChain = mark;
    await this.report(false);
  }

  /** Compares the edge's rank rules with the centre's: the tables not to collapse, or null. */
  private async collapseRules(edge: pg.Client): Promise<string[] | null> {
    const [mine, theirs] = await Promise.all([edgeRules(edge), this.transport.rules()]);
    const out = uncollapsedTables(mine, theirs);
    // Said once per change of the set: a maintainer sees why a table's changes all ship.
    const said = out === null ? 'unknown' : out.join(',');
    if (said !== this.collapseSaid) {
      this.collapseSaid = said;
      if (out === null) this.logger.log('warn', 'the centre does not list its rank rules (older install): no change is collapsed at the edge', { hint: 'run pmoves-sync install --central' });
      else if (out.length > 0) {
        this.logger.log('warn', `rank rule differs between edge and centre for ${out.join(', ')}: every change of ${out.length === 1 ? 'it' : 'them'} ships, uncollapsed`, {
          hint: 'make pmoves_sync.rules the same on both sides',
        });
      }
    }
    return out;
  }

  /** Refreshes sync_status at the centre: throttled while busy, always when caught up. True when it did. */
  private async report(idle: boolean): Promise<boolean> {
    // Counting a large backlog costs time: while busy, keep that under ~5% of the drain.
    const every = Math.max(this.opts.reportEveryMs ?? 1000, this.statsMs * 20);
    const due = Date.now() - this.lastReport >= (idle ? (this.dirtyStatus ? 0 : this.cfg.intervalSeconds * 1000) : every);
    if (!due || !this.edge) return false;
    const t0 = Date.now();
    const stats = await tableStats(this.edge);
    this.statsMs = Date.now() - t0;
    await this.transport.report(this.cfg.siteId, stats);
    this.uncollapsed = await this.collapseRules(this.edge);
    this.lastReport = Date.now();
    this.dirtyStatus = !idle;
    return true;
  }
}

interface AheadBatch {
  rows: OutboxRow[];
  /** The rows sent (the batch less the rows of held keys), and the centre's answer. */
  sent: OutboxRow[];
  hlc: Promise<string> | undefined;
}

export function parseCrashPoint(spec: string | undefined): CrashPoint | undefined {
  if (!spec) return undefined;
  const m = /^(before-commit|after-commit|after-mark):(\d+)$/.exec(spec);
  if (!m) return undefined;
  return { at: m[1] as CrashPoint['at'], count: Number(m[2]) };
}
