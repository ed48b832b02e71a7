import { MetricsRegistry } from './metrics.js';
import { describeError, type AppliedEvent, type CollapsedEvent, type FailedEvent, type SyncEvents, type WorkerState } from './events.js';
import {
  mergeStatus,
  type CentralTableStatus,
  type HealthThresholds,
  type LocalTableStatus,
  type StatusReport,
  type TableStatus,
} from './status-model.js';

/** Reads the two halves of the status; see status-sql.ts for the SQL. */
export interface StatusReader {
  readLocal(): Promise<LocalTableStatus[]>;
  /** Absent when the centre's database cannot be read from here (SYNC_TRANSPORT=rest). */
  readCentral?(): Promise<CentralTableStatus[]>;
  /** The centre's recent conflicts (optional: not every reader can see them). */
  readConflicts?(limit?: number): Promise<Array<{ id: string; at: string; table: string; key: Record<string, unknown>; site: string; hlc: string; winnerSite: string; winnerHlc: string }>>;
  close(): Promise<void>;
}

export interface HistoryPoint {
  t: number;
  pending: number;
  lagSeconds: number;
}

export interface RecentEvent {
  at: string;
  kind: 'failed' | 'error' | 'conflict' | 'state' | 'note';
  table?: string;
  key?: Record<string, unknown>;
  outboxId?: string;
  message: string;
}

export interface MonitorSnapshot extends StatusReport {
  worker: {
    state: WorkerState | 'unknown';
    stateSince: string;
    appliedTotal: number;
    failedTotal: number;
    /** Changes superseded while queued at the edge, never shipped (their key's later change was). */
    collapsedTotal: number;
    batches: number;
    lastBatch: { at: string; changes: number; durationMs: number } | null;
    /** Changes applied per second over the last history window. */
    rate: number;
  };
  history: Record<string, HistoryPoint[]>;
  recent: RecentEvent[];
  extra: Record<string, unknown>;
}

export interface MonitorOptions {
  site: string;
  reader: StatusReader;
  /** How often to poll the outbox (and the centre, every `centralEvery` polls). */
  intervalMs?: number;
  centralEvery?: number;
  /** Points kept per table (the chart's window). */
  historyPoints?: number;
  thresholds?: HealthThresholds;
  metrics?: MetricsRegistry;
  now?: () => number;
}

const STATE_VALUES: WorkerState[] = ['running', 'backoff', 'offline', 'stopped'];

/**
 * Watches a worker (events) and its databases (polling) and keeps what the status page,
 * /metrics and /healthz show: live per-table status, a short history for the chart and the
 * recent failures, conflicts and transient errors.
 */
export class SyncMonitor {
  readonly metrics: MetricsRegistry;
  private readonly opts: Required<Omit<MonitorOptions, 'thresholds' | 'metrics'>> & { thresholds?: HealthThresholds };
  private state: WorkerState | 'unknown' = 'unknown';
  private stateSince = new Date().toISOString();
  private appliedTotal = 0;
  private failedTotal = 0;
  private collapsedTotal = 0;
  private batches = 0;
  private lastBatch: MonitorSnapshot['worker']['lastBatch'] = null;
  private appliedAt: Array<{ t: number; n: number }> = [];
  private history = new Map<string, HistoryPoint[]>();
  private recent: RecentEvent[] = [];
  private conflicts: RecentEvent[] = [];
  private local: LocalTableStatus[] | null = null;
  private central: CentralTableStatus[] | null = null;
  private localError: string | undefined;
  private centralError: string | undefined;
  private polls = 0;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private detachers: Array<() => void> = [];
  /** Set by the lab or the NATS publisher: shown as-is on the page and in /api/status. */
  readonly extra: Record<string, unknown> = {};

  private readonly m;

  constructor(opts: MonitorOptions) {
    this.opts = {
      intervalMs: 2000,
      centralEvery: 3,
      historyPoints: 300,
      now: () => Date.now(),
      ...opts,
    } as SyncMonitor['opts'];
    this.metrics = opts.metrics ?? new MetricsRegistry();
    const r = this.metrics;
    this.m = {
      applied: r.counter('pmoves_sync_applied_changes_total', 'Changes the centre committed, by table and operation.'),
      failed: r.counter('pmoves_sync_failed_changes_total', 'Changes marked failed (permanent error), by table.'),
      collapsed: r.counter('pmoves_sync_collapsed_changes_total', 'Changes not shipped because a later change of the same key, queued behind them, superseded them.'),
      errors: r.counter('pmoves_sync_transient_errors_total', 'Transient errors (the worker retries with backoff).'),
      batches: r.counter('pmoves_sync_batches_total', 'Batches the centre committed.'),
      batchSeconds: r.histogram('pmoves_sync_batch_duration_seconds', 'Time to apply one batch at the centre.', [
        0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
      ]),
      pending: r.gauge('pmoves_sync_pending_changes', 'Changes waiting in the outbox, by site and table.'),
      failedNow: r.gauge('pmoves_sync_failed_changes', 'Changes currently marked failed, by site and table.'),
      oldest: r.gauge('pmoves_sync_oldest_pending_age_seconds', 'Age of the oldest waiting change, by site and table.'),
      lastSync: r.gauge('pmoves_sync_last_sync_timestamp_seconds', 'Unix time of the last successful sync, by site and table.'),
      health: r.gauge('pmoves_sync_table_health', 'Health of each site/table (1 for the current health label).'),
      state: r.gauge('pmoves_sync_worker_state', 'Worker state (1 for the current state label).'),
      centralUp: r.gauge('pmoves_sync_central_reachable', 'Whether the last status read of the centre succeeded.'),
      localUp: r.gauge('pmoves_sync_local_reachable', 'Whether the last status read of the edge outbox succeeded.'),
    };
    this.setState('unknown');
  }

  /** Listens to a worker's events; returns a function that stops listening. */
  attach(worker: SyncEvents): () => void {
    const onApplied = (e: AppliedEvent) => this.onApplied(e);
    const onCollapsed = (e: CollapsedEvent) => this.onCollapsed(e);
    const onFailed = (e: FailedEvent) => this.onFailed(e);
    const onState = (s: WorkerState) => this.setState(s);
    const onError = (e: unknown) => this.onError(e);
    worker.on('applied', onApplied);
    worker.on('collapsed', onCollapsed);
    worker.on('failed', onFailed);
    worker.on('state', onState);
    worker.on('error', onError);
    const detach = () => {
      worker.off('applied', onApplied);
      worker.off('collapsed', onCollapsed);
      worker.off('failed', onFailed);
      worker.off('state', onState);
      worker.off('error', onError);
    };
    this.detachers.push(detach);
    return detach;
  }

  onApplied(e: AppliedEvent): void {
    const now = this.opts.now();
    this.batches++;
    this.appliedTotal += e.changes.length;
    this.appliedAt.push({ t: now, n: e.changes.length });
    this.lastBatch = { at: new Date(now).toISOString(), changes: e.changes.length, durationMs: e.durationMs };
    this.m.batches.inc();
    this.m.batchSeconds.observe({}, e.durationMs / 1000);
    const byKey = new Map<string, { table: string; op: string; n: number }>();
    for (const c of e.changes) {
      const k = `${c.table}\u0000${c.op}`;
      const cur = byKey.get(k);
      if (cur) cur.n++;
      else byKey.set(k, { table: c.table, op: c.op, n: 1 });
    }
    for (const v of byKey.values()) this.m.applied.inc({ table: v.table, op: v.op }, v.n);
  }

  onCollapsed(e: CollapsedEvent): void {
    this.collapsedTotal += e.changes;
    this.m.collapsed.inc({}, e.changes);
  }

  onFailed(e: FailedEvent): void {
    this.failedTotal++;
    this.m.failed.inc({ table: e.table });
    this.note({ kind: 'failed', table: e.table, key: e.key, outboxId: e.outboxId, message: e.error });
  }

  onError(e: unknown): void {
    const d = describeError(e);
    this.m.errors.inc();
    const retry = d.retryInMs !== undefined ? ` (retry in ${Math.round(d.retryInMs)} ms)` : '';
    // A centre that is down produces one error per retry: keep one line, not hundreds.
    const last = this.recent[0];
    const message = d.message + retry;
    if (last && last.kind === 'error' && last.message.replace(/ \(retry in \d+ ms\)$/, '') === d.message) {
      last.at = new Date(this.opts.now()).toISOString();
      last.message = message;
      return;
    }
    this.note({ kind: 'error', message });
  }

  /** Conflicts are reported by whoever can see them (the centre's ledger, the lab). */
  onConflict(c: { table: string; key: Record<string, unknown>; message: string; at?: string }): void {
    this.note({ kind: 'conflict', table: c.table, key: c.key, message: c.message, at: c.at });
  }

  note(e: Omit<RecentEvent, 'at'> & { at?: string }): void {
    this.recent.unshift({ ...e, at: e.at ?? new Date(this.opts.now()).toISOString() });
    if (this.recent.length > 50) this.recent.length = 50;
  }

  setState(s: WorkerState | 'unknown'): void {
    if (s !== this.state) {
      this.state = s;
      this.stateSince = new Date(this.opts.now()).toISOString();
      if (s !== 'unknown' && s !== 'running') this.note({ kind: 'state', message: `worker ${s}` });
    }
    this.m.state.replace(STATE_VALUES.map((v) => ({ labels: { state: v }, value: v === s ? 1 : 0 })));
  }

  get workerState(): WorkerState | 'unknown' {
    return this.state;
  }

  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.polling = this.poll().finally(() => {
        this.polling = undefined;
        if (this.timer) this.timer = setTimeout(tick, this.opts.intervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    const t = this.timer;
    this.timer = undefined;
    if (t) clearTimeout(t);
    await this.polling;
    for (const d of this.detachers.splice(0)) d();
  }

  /** One poll: the outbox every time, the centre every `centralEvery` polls. */
  async poll(): Promise<void> {
    const readCentral = this.polls % this.opts.centralEvery === 0;
    this.polls++;
    const [l, c, k] = await Promise.allSettled([
      this.opts.reader.readLocal(),
      readCentral && this.opts.reader.readCentral ? this.opts.reader.readCentral() : Promise.resolve(null),
      readCentral && this.opts.reader.readConflicts ? this.opts.reader.readConflicts(20) : Promise.resolve(null),
    ]);
    if (k.status === 'fulfilled' && k.value) {
      this.conflicts = k.value.map((x) => ({
        at: x.at,
        kind: 'conflict' as const,
        table: x.table,
        key: x.key,
        message: `${x.site} @ ${x.hlc} lost to ${x.winnerSite} @ ${x.winnerHlc}`,
      }));
    }
    if (l.status === 'fulfilled') {
      this.local = l.value;
      this.localError = undefined;
    } else {
      this.localError = describeError(l.reason).message;
    }
    if (c.status === 'fulfilled') {
      if (c.value) {
        this.central = c.value;
        this.centralError = undefined;
      }
    } else {
      this.centralError = describeError(c.reason).message;
    }
    this.record();
  }

  private record(): void {
    const now = this.opts.now();
    const rows = this.rows(now);
    for (const r of rows.filter((x) => x.site === this.opts.site)) {
      let h = this.history.get(r.table);
      if (!h) this.history.set(r.table, (h = []));
      h.push({ t: now, pending: r.pending, lagSeconds: r.oldestPendingAgeSeconds ?? 0 });
      if (h.length > this.opts.historyPoints) h.splice(0, h.length - this.opts.historyPoints);
    }
    const labels = (r: TableStatus) => ({ site: r.site, table: r.table });
    this.m.pending.replace(rows.map((r) => ({ labels: labels(r), value: r.pending })));
    this.m.failedNow.replace(rows.map((r) => ({ labels: labels(r), value: r.failed })));
    this.m.oldest.replace(rows.map((r) => ({ labels: labels(r), value: r.oldestPendingAgeSeconds ?? 0 })));
    this.m.lastSync.replace(
      rows.filter((r) => r.lastSyncAt).map((r) => ({ labels: labels(r), value: Date.parse(r.lastSyncAt!) / 1000 })),
    );
    this.m.health.replace(
      rows.flatMap((r) =>
        (['healthy', 'lagging', 'failing', 'stale'] as const).map((h) => ({ labels: { ...labels(r), health: h }, value: r.health === h ? 1 : 0 })),
      ),
    );
    this.m.centralUp.set({}, this.centralError ? 0 : 1);
    this.m.localUp.set({}, this.localError ? 0 : 1);
  }

  private rows(now: number): TableStatus[] {
    return mergeStatus({ site: this.opts.site, local: this.local, central: this.central, now, thresholds: this.opts.thresholds });
  }

  /** Changes per second applied over the last `windowMs`. */
  rate(windowMs = 10_000): number {
    const now = this.opts.now();
    while (this.appliedAt.length && this.appliedAt[0].t < now - 60_000) this.appliedAt.shift();
    const n = this.appliedAt.filter((a) => a.t >= now - windowMs).reduce((s, a) => s + a.n, 0);
    return n / (windowMs / 1000);
  }

  snapshot(): MonitorSnapshot {
    const now = this.opts.now();
    return {
      generatedAt: new Date(now).toISOString(),
      site: this.opts.site,
      central: this.opts.reader.readCentral
        ? { reachable: this.central !== null && !this.centralError, error: this.centralError }
        : { reachable: false, error: 'not read: no CENTRAL_DB_URL here (SYNC_TRANSPORT=rest); see sync_health at the centre' },
      local: { reachable: this.local !== null && !this.localError, error: this.localError },
      rows: this.rows(now),
      worker: {
        state: this.state,
        stateSince: this.stateSince,
        appliedTotal: this.appliedTotal,
        failedTotal: this.failedTotal,
        collapsedTotal: this.collapsedTotal,
        batches: this.batches,
        lastBatch: this.lastBatch,
        rate: this.rate(),
      },
      history: Object.fromEntries(this.history),
      recent: [...this.conflicts, ...this.recent].sort((a, b) => b.at.localeCompare(a.at)).slice(0, 60),
      extra: { ...this.extra },
    };
  }

  /** Alive = the worker is not stopped and its own database answers; the centre may be down. */
  health(): { ok: boolean; state: string; local: boolean; central: boolean; reason?: string } {
    const local = this.local !== null && !this.localError;
    const central = this.central !== null && !this.centralError;
    let reason: string | undefined;
    if (this.state === 'stopped') reason = 'worker stopped';
    else if (!local) reason = `edge database unreachable${this.localError ? `: ${this.localError}` : ''}`;
    return { ok: !reason, state: this.state, local, central, reason };
  }
}
