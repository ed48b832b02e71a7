import { hostname } from 'node:os';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import type { CentralTransport } from '../transport.js';
import type { AppliedChange, AppliedEvent, SyncEvents } from './events.js';

export const DEFAULT_STREAM = 'SUPABASE_SYNC';
export const SUBJECT_PREFIX = 'supabase.sync';
export const ANNOUNCE_SUBJECT = 'service.announce';

/**
 * `supabase.sync.<table>.<op>`. Tables in `public` keep their bare name; other schemas become
 * `<schema>_<table>` because a dot would add a subject token. Characters NATS reserves in a
 * token (space, `*`, `>`) become `_`.
 */
export function subjectFor(table: string, op: string): string {
  const bare = table.startsWith('public.') ? table.slice('public.'.length) : table;
  const token = bare.replace(/["]/g, '').replace(/[.\s*>]/g, '_') || '_';
  return `${SUBJECT_PREFIX}.${token}.${op}`;
}

/** JetStream drops a second message with the same id inside the duplicate window. */
export function messageIdFor(site: string, outboxId: string): string {
  return `${site}:${outboxId}`;
}

export interface ChangeMessage {
  site: string;
  outboxId: string;
  batchId: string;
  table: string;
  op: AppliedChange['op'];
  key: Record<string, unknown>;
  row: Record<string, unknown> | null;
  hlc: string;
  centralHlc: string;
}

export interface NatsPublisherOptions {
  url: string;
  site: string;
  stream?: string;
  /** Replays inside this window are dropped by the server (default 2 h). */
  duplicateWindowMs?: number;
  /** How long the stream keeps messages (default 7 days; must be >= the duplicate window). */
  maxAgeMs?: number;
  /** Messages published concurrently before waiting for their acks. */
  inflight?: number;
  /** Queue cap: beyond it the oldest messages are dropped (and counted) rather than exhausting memory. */
  maxQueued?: number;
  log?: (msg: string) => void;
  connection?: NatsConnection;
}

export interface PublisherStats {
  published: number;
  duplicates: number;
  queued: number;
  dropped: number;
  errors: number;
  /** Batches whose acks did not come within the transport wrapper's timeout. */
  lateBatches: number;
  lastError?: string;
  connected: boolean;
}

/**
 * Publishes every change the centre committed to JetStream, in the order the worker reported
 * them. The queue is in memory: a change whose publish was lost in a crash is published again
 * when the worker replays its batch (the id makes the server drop the copies it already has).
 */
export class NatsPublisher {
  private conn: NatsConnection | undefined;
  private js: JetStreamClient | undefined;
  private readonly opts: Required<Omit<NatsPublisherOptions, 'connection' | 'log'>> & { log: (m: string) => void };
  private queue: ChangeMessage[] = [];
  /** True while pump() runs; cleared by pump itself before it wakes waiters (see kick). */
  private pumping = false;
  private closed = false;
  /** Messages ever queued / acked (or dropped): a waiter for message n resolves once acked >= n. */
  private queuedSeq = 0;
  private ackedSeq = 0;
  private waiters: Array<{ seq: number; resolve: () => void }> = [];
  private ownsConnection = true;
  private onConnected: Array<(nc: NatsConnection) => void> = [];
  readonly stats: PublisherStats = { published: 0, duplicates: 0, queued: 0, dropped: 0, errors: 0, lateBatches: 0, connected: false };

  private constructor(opts: NatsPublisherOptions) {
    this.opts = {
      stream: DEFAULT_STREAM,
      duplicateWindowMs: 2 * 3600_000,
      maxAgeMs: 7 * 86_400_000,
      inflight: 512,
      maxQueued: 500_000,
      log: () => {},
      ...opts,
    } as NatsPublisher['opts'];
  }

  /** The connection, once there is one. */
  get nc(): NatsConnection | undefined {
    return this.conn;
  }

  /** Runs fn with the connection now, or as soon as the first connection is made. */
  whenConnected(fn: (nc: NatsConnection) => void): void {
    if (this.conn) fn(this.conn);
    else this.onConnected.push(fn);
  }

  private static dial(opts: NatsPublisherOptions): Promise<NatsConnection> {
    return connect({
      servers: opts.url,
      name: `pmoves-sync@${opts.site}`,
      // The worker outlives NATS outages: keep trying, the queue holds the messages meanwhile.
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1000,
    });
  }

  private async use(nc: NatsConnection, owns: boolean): Promise<void> {
    this.ownsConnection = owns;
    this.conn = nc;
    this.js = jetstream(nc);
    this.stats.connected = true;
    void (async () => {
      for await (const s of nc.status()) {
        if (s.type === 'disconnect') this.stats.connected = false;
        if (s.type === 'reconnect') this.stats.connected = true;
      }
    })().catch(() => {});
    await this.ensureStream();
    for (const fn of this.onConnected.splice(0)) fn(nc);
    this.kick();
  }

  /** Connects (the first connection must succeed) and ensures the stream. */
  static async connect(opts: NatsPublisherOptions): Promise<NatsPublisher> {
    const p = new NatsPublisher(opts);
    await p.use(opts.connection ?? (await NatsPublisher.dial(opts)), !opts.connection);
    return p;
  }

  /**
   * Returns at once and connects in the background, retrying until NATS answers: a worker must
   * not refuse to sync because the message bus is down. Changes queue (bounded) meanwhile.
   */
  static start(opts: NatsPublisherOptions): NatsPublisher {
    const p = new NatsPublisher(opts);
    void (async () => {
      let delay = 1000;
      while (!p.closed) {
        try {
          const nc = await NatsPublisher.dial(opts);
          if (p.closed) {
            await nc.close();
            return;
          }
          await p.use(nc, true);
          return;
        } catch (err) {
          p.stats.lastError = (err as Error).message;
          p.opts.log(`nats: cannot connect to ${opts.url} (${p.stats.lastError}); retrying in ${delay / 1000}s`);
          await new Promise((r) => setTimeout(r, delay));
          delay = Math.min(delay * 2, 30_000);
        }
      }
    })();
    return p;
  }

  /** Creates the stream, or widens an existing one's duplicate window to ours. */
  async ensureStream(): Promise<void> {
    const jsm = await jetstreamManager(this.conn!);
    const name = this.opts.stream;
    const subjects = [`${SUBJECT_PREFIX}.>`];
    const dup = nanos(this.opts.duplicateWindowMs);
    const maxAge = nanos(Math.max(this.opts.maxAgeMs, this.opts.duplicateWindowMs));
    let info;
    try {
      info = await jsm.streams.info(name);
    } catch {
      info = undefined;
    }
    if (!info) {
      try {
        await jsm.streams.add({ name, subjects, duplicate_window: dup, max_age: maxAge });
        this.opts.log(`nats: created stream ${name} (${subjects.join(', ')}, duplicate window ${this.opts.duplicateWindowMs / 1000}s)`);
      } catch (err) {
        // Another stream already captures these subjects: publishing still lands there.
        this.opts.log(`nats: could not create stream ${name}: ${(err as Error).message}; publishing to whichever stream owns ${subjects[0]}`);
      }
      return;
    }
    if (info.config.duplicate_window < dup) {
      await jsm.streams.update(name, { duplicate_window: dup, max_age: Math.max(info.config.max_age, dup) });
      this.opts.log(`nats: widened the duplicate window of ${name} to ${this.opts.duplicateWindowMs / 1000}s`);
    }
  }

  attach(worker: SyncEvents): () => void {
    const on = (e: AppliedEvent) => this.enqueue(e);
    worker.on('applied', on);
    return () => worker.off('applied', on);
  }

  enqueue(e: AppliedEvent): void {
    this.push(
      e.changes.map((c) => ({
        site: e.site,
        outboxId: String(c.outboxId),
        batchId: e.batchId,
        table: c.table,
        op: c.op,
        key: c.key,
        row: c.row,
        hlc: c.hlc,
        centralHlc: e.centralHlc,
      })),
    );
  }

  /** Queues messages; the promise resolves when all of them are acked by JetStream. */
  push(msgs: ChangeMessage[]): Promise<void> {
    if (this.closed || msgs.length === 0) return Promise.resolve();
    this.queue.push(...msgs);
    this.queuedSeq += msgs.length;
    const target = this.queuedSeq;
    if (this.queue.length > this.opts.maxQueued) {
      const drop = this.queue.length - this.opts.maxQueued;
      this.queue.splice(0, drop);
      this.stats.dropped += drop;
      this.ackedSeq += drop;
      this.opts.log(`nats: queue over ${this.opts.maxQueued} messages, dropped the ${drop} oldest`);
    }
    this.stats.queued = this.queue.length;
    const p = new Promise<void>((resolve) => this.waiters.push({ seq: target, resolve }));
    this.release();
    this.kick();
    return p;
  }

  private release(): void {
    if (this.waiters.length === 0) return;
    const keep: typeof this.waiters = [];
    for (const w of this.waiters) (w.seq <= this.ackedSeq ? w.resolve() : keep.push(w));
    this.waiters = keep;
  }

  /**
   * Starts the pump unless it runs. The flag is cleared synchronously by the pump before it
   * resolves waiters, so a waiter that pushes the next batch at once always finds either a
   * running pump (which will see the new messages) or none (and starts one).
   */
  private kick(): void {
    if (!this.js || this.pumping) return;
    this.pumping = true;
    void this.pump();
  }

  private async pump(): Promise<void> {
    let backoff = 250;
    try {
      await this.drainQueue(backoff);
    } finally {
      this.pumping = false;
    }
    this.release();
    // Messages pushed while the last acks were awaited, after the loop saw an empty queue.
    if (this.queue.length > 0) this.kick();
  }

  private async drainQueue(backoff: number): Promise<void> {
    while (this.queue.length > 0) {
      const chunk = this.queue.slice(0, this.opts.inflight);
      const js = this.js!;
      const results = await Promise.allSettled(
        chunk.map((m) =>
          js.publish(subjectFor(m.table, m.op), JSON.stringify(m), { msgID: messageIdFor(m.site, m.outboxId), timeout: 10_000 }),
        ),
      );
      // Acks come back per message; the acked prefix leaves the queue, the rest is retried
      // (a retried message that did land is dropped by the server as a duplicate).
      let ok = 0;
      for (const r of results) {
        if (r.status !== 'fulfilled') break;
        ok++;
        if (r.value.duplicate) this.stats.duplicates++;
        else this.stats.published++;
      }
      this.queue.splice(0, ok);
      this.ackedSeq += ok;
      this.stats.queued = this.queue.length;
      this.release();
      if (ok < chunk.length) {
        const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        this.stats.errors++;
        this.stats.lastError = (failed.reason as Error)?.message ?? String(failed.reason);
        if (this.closed && this.conn?.isClosed()) return;
        this.opts.log(`nats: publish failed (${this.stats.lastError}); retrying in ${backoff} ms`);
        await new Promise((r) => setTimeout(r, backoff));
        backoff = Math.min(backoff * 2, 15_000);
        if (/no responders|stream not found/i.test(this.stats.lastError)) await this.ensureStream().catch(() => {});
      } else backoff = 250;
    }
    this.release();
  }

  /** Resolves true when everything queued so far is acked, false after timeoutMs. */
  async flush(timeoutMs = 10_000): Promise<boolean> {
    if (this.queue.length === 0) return true;
    return withTimeout(new Promise<void>((resolve) => this.waiters.push({ seq: this.queuedSeq, resolve })), timeoutMs);
  }

  async close(timeoutMs = 10_000): Promise<void> {
    const flushed = await this.flush(timeoutMs);
    if (!flushed) this.opts.log(`nats: ${this.queue.length} messages not published at shutdown (they are re-published when the worker replays)`);
    this.closed = true;
    for (const w of this.waiters.splice(0)) w.resolve();
    const nc = this.conn;
    if (nc && this.ownsConnection && !nc.isClosed()) await nc.drain().catch(() => nc.close());
  }
}

async function withTimeout(p: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const ok = await Promise.race([p.then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)))]);
  clearTimeout(timer);
  return ok;
}

/** The rows of an apply_batch() payload (see outbox.ts batchPayload / central.sql). */
interface PayloadRow {
  i: string;
  t: string;
  o: AppliedChange['op'];
  k: Record<string, unknown>;
  r: Record<string, unknown> | null;
  h: string;
}

/**
 * Wraps the worker's transport so that a batch the centre committed is published — and acked
 * by JetStream — before applyBatch returns, that is before the worker marks it shipped at the
 * edge. A worker killed at any point therefore either replays the batch (and publishes it
 * again; the message ids make JetStream drop the copies) or had it acked already: every applied
 * change reaches the stream once. If NATS does not ack within ackTimeoutMs the batch is not
 * held up: its messages stay queued and are retried in the background (best effort).
 *
 * Pipelining is kept (applyBatchAfter): the next batch is applied at the centre while this
 * one waits for its acks. Batches are queued for publishing in the order the worker sent them
 * (each waits until the one before it was queued or failed), so a key's changes reach the
 * stream in the order the centre applied them (after a crash, a replayed batch may add a
 * message that never got acked after later ones).
 */
export function publishingTransport(inner: CentralTransport, publisher: NatsPublisher, opts: { ackTimeoutMs?: number } = {}): CentralTransport {
  const ackTimeoutMs = opts.ackTimeoutMs ?? 5000;
  let seq = 0;
  /** Settles once the batch sent before the current one is queued for publishing (or failed). */
  let queuedBefore: Promise<void> = Promise.resolve();
  const publishAfter = async (site: string, rowsJson: string, applied: Promise<string>): Promise<string> => {
    const prev = queuedBefore;
    let queued!: () => void;
    queuedBefore = new Promise<void>((r) => (queued = r));
    try {
      const hlc = await applied;
      await prev;
      const rows = JSON.parse(rowsJson) as PayloadRow[];
      const batchId = `${site}:${rows[0]?.i ?? ''}-${rows[rows.length - 1]?.i ?? ''}#${seq++}`;
      const acked = publisher.push(
        rows.map((r) => ({ site, outboxId: String(r.i), batchId, table: r.t, op: r.o, key: r.k, row: r.r, hlc: String(r.h), centralHlc: hlc })),
      );
      queued();
      if (!(await withTimeout(acked, ackTimeoutMs))) publisher.stats.lateBatches++;
      return hlc;
    } finally {
      queued();
    }
  };
  const t: CentralTransport = {
    kind: inner.kind,
    report: (site, stats) => inner.report(site, stats),
    rules: () => inner.rules(),
    close: () => inner.close(),
    applyBatch: (site, rowsJson, o) => publishAfter(site, rowsJson, inner.applyBatch(site, rowsJson, o)),
  };
  if (inner.applyBatchAfter) {
    const after = inner.applyBatchAfter.bind(inner);
    t.applyBatchAfter = (site, rowsJson, o, prev) => publishAfter(site, rowsJson, after(site, rowsJson, o, prev));
  }
  return t;
}

export interface Announcement {
  service: string;
  host: string;
  site: string;
  capabilities: string[];
  supabase_mode: string;
  version?: string;
  status_url?: string;
  state?: string;
  at: string;
}

/**
 * Announces the worker on `service.announce` now and every `intervalMs` (30 s), so a fleet
 * dashboard can tell which sites run a worker and in which mode. Returns a stop function that
 * sends a last announcement with state `stopping`.
 */
export function startAnnouncer(
  nc: NatsConnection,
  info: () => Omit<Announcement, 'at' | 'host' | 'service'> & { host?: string; service?: string },
  intervalMs = 30_000,
): () => Promise<void> {
  const send = (extra: Partial<Announcement> = {}) => {
    if (nc.isClosed()) return;
    const a: Announcement = { service: 'pmoves-sync', host: hostname(), ...info(), ...extra, at: new Date().toISOString() };
    try {
      nc.publish(ANNOUNCE_SUBJECT, JSON.stringify(a));
    } catch {
      // A closed or draining connection: the next tick (or nothing) tries again.
    }
  };
  send();
  const timer = setInterval(send, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    send({ state: 'stopping' });
    if (!nc.isClosed()) await nc.flush().catch(() => {});
  };
}
