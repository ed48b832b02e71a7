import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * The lab's edge workload, shaped like an orchestrator's: workers heartbeat, jobs move from
 * queued to running to completed and leave a result, GPU metrics stream in, tasks progress and
 * old ones are deleted. Every statement goes through the capture triggers like any app write.
 */
export interface LoadStats {
  transactions: number;
  statements: number;
  errors: number;
  lastError?: string;
}

const WORKERS = ['gpu-0', 'gpu-1', 'gpu-2', 'gpu-3'];
const METRIC_NAMES = ['gpu_util', 'gpu_mem_used_mb', 'temp_c', 'tokens_per_s'];
const JOB_KINDS = ['embed', 'transcribe', 'caption', 'rerank', 'chat'];

export class LabLoad {
  readonly stats: LoadStats = { transactions: 0, statements: 0, errors: 0 };
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly pool: pg.Pool;
  private tick = 0;
  private owed = 0;
  private last = Date.now();

  /** `rate` is statements per second, spread over ticks of 100 ms. */
  constructor(url: string, private readonly site: string, private rate = 50) {
    this.pool = new pg.Pool({ connectionString: url, max: 2, application_name: 'pmoves-lab-load' });
    this.pool.on('error', () => {});
  }

  async seed(): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      for (const w of WORKERS) {
        await c.query(
          `INSERT INTO workers (id, host, capabilities, status) VALUES ($1, $2, $3, 'idle') ON CONFLICT (id) DO NOTHING`,
          [w, `${this.site}-host`, JSON.stringify(['cuda', 'fp16'])],
        );
      }
      for (let i = 0; i < 6; i++) {
        await c.query(`INSERT INTO tasks (id, title, status) VALUES ($1, $2, 'queued') ON CONFLICT (id) DO NOTHING`, [`task-${i}`, `sample task ${i}`]);
      }
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  start(): void {
    this.last = Date.now();
    const loop = () => {
      this.running = this.step().finally(() => {
        this.running = undefined;
        if (this.timer) this.timer = setTimeout(loop, 100);
      });
    };
    this.timer = setTimeout(loop, 100);
  }

  async stop(): Promise<void> {
    const t = this.timer;
    this.timer = undefined;
    if (t) clearTimeout(t);
    await this.running;
    await this.pool.end().catch(() => {});
  }

  private async step(): Promise<void> {
    const now = Date.now();
    this.owed += ((now - this.last) / 1000) * this.rate;
    this.last = now;
    const n = Math.floor(this.owed);
    if (n <= 0) return;
    this.owed -= n;
    const c = await this.pool.connect().catch((err: Error) => {
      this.stats.errors++;
      this.stats.lastError = err.message;
      return undefined;
    });
    if (!c) return;
    try {
      await c.query('BEGIN');
      for (let i = 0; i < n; i++) await this.one(c);
      await c.query('COMMIT');
      this.stats.transactions++;
      this.stats.statements += n;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      this.stats.errors++;
      this.stats.lastError = (err as Error).message;
    } finally {
      c.release();
    }
  }

  private async one(c: pg.PoolClient): Promise<void> {
    const k = this.tick++;
    const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];
    switch (k % 10) {
      case 0:
      case 1:
      case 2:
      case 3:
        await c.query(`INSERT INTO metrics (site, name, value, labels) VALUES ($1, $2, $3, $4)`, [
          this.site,
          pick(METRIC_NAMES),
          Math.round(Math.random() * 10000) / 100,
          JSON.stringify({ worker: pick(WORKERS) }),
        ]);
        return;
      case 4:
        await c.query(`INSERT INTO jobs (id, kind, payload) VALUES ($1, $2, $3)`, [randomUUID(), pick(JOB_KINDS), JSON.stringify({ n: k })]);
        return;
      case 5:
        await c.query(
          `UPDATE jobs SET status = 'running', worker_id = $1, updated_at = now()
           WHERE id = (SELECT id FROM jobs WHERE status = 'queued' ORDER BY created_at LIMIT 1)`,
          [pick(WORKERS)],
        );
        return;
      case 6: {
        const r = await c.query<{ id: string }>(
          `UPDATE jobs SET status = 'completed', updated_at = now()
           WHERE id = (SELECT id FROM jobs WHERE status = 'running' ORDER BY updated_at LIMIT 1) RETURNING id`,
        );
        if (r.rows[0]) {
          await c.query(`INSERT INTO results (job_id, output, score) VALUES ($1, $2, $3)`, [
            r.rows[0].id,
            JSON.stringify({ ok: true }),
            Math.random(),
          ]);
        }
        return;
      }
      case 7:
        await c.query(`UPDATE workers SET last_seen_at = now(), status = $2 WHERE id = $1`, [pick(WORKERS), pick(['idle', 'busy', 'busy'])]);
        return;
      case 8: {
        const id = `task-${Math.floor(Math.random() * 12)}`;
        await c.query(
          `INSERT INTO tasks (id, title, status, progress) VALUES ($1, $2, 'queued', 0)
           ON CONFLICT (id) DO UPDATE SET progress = least(100, tasks.progress + 10),
             status = CASE WHEN tasks.progress + 10 >= 100 THEN 'completed' ELSE 'running' END, updated_at = now()`,
          [id, `sample task ${id}`],
        );
        return;
      }
      default:
        // Old metrics go: deletes ship as tombstones.
        await c.query(`DELETE FROM metrics WHERE (site, id) IN (SELECT site, id FROM metrics WHERE site = $1 ORDER BY id LIMIT 1) AND (SELECT count(*) FROM metrics) > 500`, [this.site]);
        if (k % 50 === 9) await c.query(`DELETE FROM tasks WHERE status = 'completed' AND updated_at < now() - interval '20 seconds'`);
    }
  }
}

/**
 * A second site writing through the centre's apply_batch, as another edge would: it claims
 * tasks now and then, so the page shows real conflicts (and the tasks rule: running wins).
 */
export class OtherSite {
  private timer: NodeJS.Timeout | undefined;
  private seq = 0;
  private readonly pool: pg.Pool;
  constructor(centralUrl: string, readonly site: string) {
    this.pool = new pg.Pool({ connectionString: centralUrl, max: 1, application_name: 'pmoves-lab-other-site' });
    this.pool.on('error', () => {});
  }

  start(everyMs = 7000): void {
    this.timer = setInterval(() => void this.claim().catch(() => {}), everyMs);
    this.timer.unref();
  }

  async claim(): Promise<void> {
    const id = `task-${Math.floor(Math.random() * 6)}`;
    this.seq++;
    // An HLC a few seconds in the past: this site's clock lags, so it loses unless its rank wins.
    const hlc = (BigInt(Date.now() - 5000) << 16n).toString();
    const row = { id, title: `sample task ${id}`, status: this.seq % 2 ? 'queued' : 'running', assignee: this.site, progress: 0, updated_at: new Date().toISOString() };
    const rows = [{ i: String(this.seq), x: String(this.seq), t: 'tasks', o: 'update', k: { id }, r: row, h: hlc, g: 0 }];
    await this.pool.query('SELECT pmoves_sync.apply_batch($1, $2::jsonb)', [this.site, JSON.stringify(rows)]);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.pool.end().catch(() => {});
  }
}
