import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { formatUserError, isUserError, UserError } from '../../../src/core/errors.js';
import { redact } from '../../../src/core/redact.js';
import { installCentral, installEdge, sqlFile } from '../install.js';
import { loadSyncConfig } from '../config.js';
import { startOps, type OpsHandle } from '../ops/attach.js';
import { formatAge } from '../ops/status-model.js';
import { LabCluster } from './cluster.js';
import { CuttableLink } from './cut.js';
import { LabLoad, OtherSite } from './load.js';
import { LabNats, natsServerInstalled } from './nats-server.js';
import { freePort, portIsFree } from './ports.js';
import { createLabWorker } from './worker.js';

const HELP = `npm start — the two-site sync lab

Starts two real PostgreSQL 15 servers (edge and centre) under ./.pmoves/lab, creates the sample
schema (jobs, results, metrics, workers, tasks) on both, installs sync, runs the worker (and
nats-server when it is installed), writes a steady stream of changes at the edge and serves the
status page on 127.0.0.1. Ctrl-C stops everything.

Options (after \`npm start --\`):
  --offline <s>        cut the centre off for <s> seconds (after --offline-after), then restore it
  --offline-after <s>  seconds of normal running before the cut (default 10)
  --rate <n>           changes per second written at the edge (default 50)
  --port <n>           status page port (default 8464, or a free one if taken)
  --duration <s>       stop by itself after <s> seconds (default: run until Ctrl-C)
  --dir <path>         lab directory (default ./.pmoves/lab)
  --reset              delete the lab directory first (fresh clusters)
  --no-nats            do not start nats-server even when it is installed

Example:
  npm start -- --offline 30     # watch the queue build up for 30 s, then drain
`;

function seconds(name: string, v: string | undefined, def: number): number {
  if (v === undefined) return def;
  if (!/^\d+(\.\d+)?$/.test(v)) throw new UserError(`--${name} ${v}: expected a number of seconds`, { hint: 'npm start -- --help' });
  return Number(v);
}

interface Log {
  (msg: string): void;
}

/** A live node process with that pid (a reused pid of something else is a stale lock). */
function labAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    return /node/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return true; // no /proc (macOS): trust the pid
  }
}

function viaLink(url: string, port: number): string {
  const u = new URL(url);
  u.port = String(port);
  return u.toString();
}

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        offline: { type: 'string' },
        'offline-after': { type: 'string' },
        rate: { type: 'string' },
        port: { type: 'string' },
        duration: { type: 'string' },
        dir: { type: 'string' },
        reset: { type: 'boolean' },
        'no-nats': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (err) {
    throw new UserError((err as Error).message, { hint: 'npm start -- --help' });
  }
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const offline = seconds('offline', args.offline, 0);
  const offlineAfter = seconds('offline-after', args['offline-after'], 10);
  const rate = seconds('rate', args.rate, 50);
  const duration = seconds('duration', args.duration, 0);
  const dir = resolve(args.dir ?? join(process.cwd(), '.pmoves', 'lab'));
  const log: Log = (m) => process.stderr.write(redact(`[lab] ${m}`) + '\n');

  // One lab per directory: a second one would take the first one's servers for orphans.
  const lockFile = join(dir, 'lab.pid');
  const other = Number(existsSync(lockFile) ? readFileSync(lockFile, 'utf8').trim() : NaN);
  if (Number.isInteger(other) && other !== process.pid && labAlive(other)) {
    throw new UserError(`another lab is running in ${dir} (pid ${other})`, {
      hint: 'stop it (Ctrl-C in its terminal), or run a second one elsewhere: npm start -- --dir /tmp/pmoves-lab-2',
    });
  }
  if (args.reset) {
    log(`removing ${dir}`);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(lockFile, `${process.pid}\n`);

  const stack: Array<{ name: string; stop: () => Promise<void> }> = [];
  let stopping: Promise<void> | undefined;
  const shutdown = (why: string) => {
    if (stopping) return stopping;
    log(`${why}: stopping`);
    stopping = (async () => {
      for (const s of stack.reverse()) {
        try {
          await s.stop();
        } catch (err) {
          log(`stopping ${s.name}: ${(err as Error).message}`);
        }
      }
    })();
    return stopping;
  };
  const onSignal = (sig: NodeJS.Signals) => {
    if (stopping) {
      log('second interrupt: exiting now (servers still running are stopped by the next npm start)');
      process.exit(130);
    }
    void shutdown(sig === 'SIGINT' ? 'Ctrl-C' : sig);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    // 1. Two PostgreSQL 15 clusters.
    const [edgePort, centralPort] = [await freePort(), await freePort()];
    const edge = new LabCluster({ name: 'edge', dir: join(dir, 'edge'), port: edgePort, log });
    const central = new LabCluster({ name: 'centre', dir: join(dir, 'central'), port: centralPort, log });
    stack.push({ name: 'edge PostgreSQL', stop: () => edge.stop() }, { name: 'central PostgreSQL', stop: () => central.stop() });
    await Promise.all([edge.start(), central.start()]);
    if (stopping) return 130;

    // 2. A fresh `lab` database on each, with the sample schema and sync installed.
    for (const c of [edge, central]) {
      const admin = new pg.Client({ connectionString: c.url() });
      await admin.connect();
      try {
        await admin.query('DROP DATABASE IF EXISTS lab WITH (FORCE)');
        await admin.query('CREATE DATABASE lab');
      } finally {
        await admin.end();
      }
    }
    const site = 'lab-edge';
    const tables = ['jobs', 'results', 'metrics', 'workers', 'tasks'];
    {
      const e = new pg.Client({ connectionString: edge.url('lab') });
      const c = new pg.Client({ connectionString: central.url('lab') });
      await Promise.all([e.connect(), c.connect()]);
      try {
        await e.query(sqlFile('sample-schema'));
        await c.query(sqlFile('sample-schema'));
        await installEdge(e, { siteId: site, tables });
        await installCentral(c);
      } finally {
        await Promise.all([e.end(), c.end()]);
      }
    }
    log(`sample schema and sync installed on both (${tables.join(', ')})`);

    // 3. The link to the centre the lab can cut, and nats-server when there is one.
    const link = new CuttableLink({ host: '127.0.0.1', port: central.port });
    await link.start();
    stack.push({ name: 'link', stop: () => link.stop() });
    let natsUrl: string | undefined;
    if (!args['no-nats'] && natsServerInstalled()) {
      // The lab databases are new on every run, so outbox ids start again at 1: yesterday's
      // message ids in JetStream would make the server drop today's changes as duplicates.
      rmSync(join(dir, 'nats'), { recursive: true, force: true });
      const nats = new LabNats(join(dir, 'nats'), await freePort());
      await nats.start();
      stack.push({ name: 'nats-server', stop: () => nats.stop() });
      natsUrl = nats.url;
      log(`nats-server with JetStream on ${nats.url}`);
    } else if (!args['no-nats']) {
      log('nats-server is not installed: running without NATS (apt-get install nats-server to see the JetStream side)');
    }

    // 4. The worker, configured like a site: catalog names in an environment.
    const wantPort = args.port !== undefined ? Number(args.port) : 8464;
    const httpPort = args.port !== undefined || (await portIsFree(wantPort)) ? wantPort : await freePort();
    const env: NodeJS.ProcessEnv = {
      SUPABASE_MODE: 'dual-write',
      SYNC_SITE_ID: site,
      LOCAL_DB_URL: edge.url('lab'),
      CENTRAL_DB_URL: viaLink(central.url('lab'), link.port),
      SYNC_TABLES: tables.join(','),
      SYNC_BATCH_SIZE: '500',
      SYNC_INTERVAL_SECONDS: '1',
      SYNC_HTTP_PORT: String(httpPort),
      ...(natsUrl ? { NATS_URL: natsUrl } : {}),
    };
    const config = loadSyncConfig(env);
    const ops: OpsHandle = await startOps(config, { host: '127.0.0.1', pollMs: 1000, title: `pmoves-sync lab · ${site}`, log });
    stack.push({ name: 'status page', stop: () => ops.close() });
    const worker = createLabWorker(config, ops);
    // The worker stops before the page, the link and the servers it talks to.
    await worker.start();
    stack.push({ name: 'worker', stop: () => worker.stop() });

    // 5. The workload at the edge, and a second site writing to the centre.
    const load = new LabLoad(edge.url('lab'), site, rate);
    await load.seed();
    load.start();
    stack.push({ name: 'workload', stop: () => load.stop() });
    const other = new OtherSite(central.url('lab'), 'lab-edge-b');
    other.start();
    stack.push({ name: 'second site', stop: () => other.stop() });

    const url = ops.server!.url;
    ops.monitor.extra.lab = `writing ~${rate}/s at the edge`;
    process.stdout.write(`\n  pmoves-sync lab is running: ${url}\n\n  edge    postgres on 127.0.0.1:${edge.port}\n  centre  postgres on 127.0.0.1:${central.port} (worker goes through 127.0.0.1:${link.port})\n  Ctrl-C stops everything.\n\n`);

    // 6. The offline drill.
    const timers: NodeJS.Timeout[] = [];
    stack.push({ name: 'timers', stop: async () => timers.forEach(clearTimeout) });
    if (offline > 0) {
      log(`the centre will be cut off in ${offlineAfter}s for ${offline}s`);
      timers.push(
        setTimeout(() => {
          link.sever();
          ops.monitor.extra.link = `centre CUT for ${offline}s (lab --offline)`;
          ops.monitor.note({ kind: 'note', message: `lab: centre cut off for ${offline}s` });
          log(`centre cut off for ${offline}s: changes queue in the edge outbox`);
          timers.push(
            setTimeout(() => {
              link.restore();
              const restoredAt = Date.now();
              ops.monitor.extra.link = 'centre restored';
              ops.monitor.note({ kind: 'note', message: 'lab: centre link restored' });
              log('centre link restored: the backlog drains');
              const watch = setInterval(() => {
                const pending = ops.monitor.snapshot().rows.filter((r) => r.site === site).reduce((n, r) => n + r.pending, 0);
                if (pending < rate) {
                  clearInterval(watch);
                  log(`backlog drained ${((Date.now() - restoredAt) / 1000).toFixed(1)}s after the link came back`);
                  ops.monitor.extra.link = 'ok';
                }
              }, 500);
              timers.push(watch as unknown as NodeJS.Timeout);
            }, offline * 1000),
          );
        }, offlineAfter * 1000),
      );
    }

    // 7. A line every 5 s for the terminal.
    const ticker = setInterval(() => {
      const s = ops.monitor.snapshot();
      const mine = s.rows.filter((r) => r.site === site);
      const pending = mine.reduce((n, r) => n + r.pending, 0);
      const oldest = Math.max(0, ...mine.map((r) => r.oldestPendingAgeSeconds ?? 0));
      log(
        `worker ${s.worker.state}  pending ${pending}${pending ? ` (oldest ${formatAge(oldest)})` : ''}  applied ${s.worker.appliedTotal} (${s.worker.rate.toFixed(0)}/s)  centre ${link.cut ? 'CUT' : s.central.reachable ? 'up' : 'unreachable'}  written ${load.stats.statements}`,
      );
    }, 5000);
    stack.push({ name: 'ticker', stop: async () => clearInterval(ticker) });

    if (duration > 0) timers.push(setTimeout(() => void shutdown(`--duration ${duration}s elapsed`), duration * 1000));
    await new Promise<void>((resolveWait) => {
      const check = setInterval(() => {
        if (stopping) {
          clearInterval(check);
          resolveWait();
        }
      }, 200);
    });
    await stopping;
    rmSync(lockFile, { force: true });
    log('stopped cleanly');
    return 0;
  } catch (err) {
    await shutdown('error');
    rmSync(lockFile, { force: true });
    throw err;
  }
}

export async function runLab(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (err) {
    if (isUserError(err)) {
      process.stderr.write(redact(formatUserError(err)) + '\n');
      process.exitCode = 2;
    } else {
      process.stderr.write(redact(`lab: ${(err as Error)?.stack ?? String(err)}`) + '\n');
      process.exitCode = 1;
    }
  }
}
