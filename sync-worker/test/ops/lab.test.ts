import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../../src/core/package-root.js';

interface Run {
  out: () => string;
  err: () => string;
  exit: Promise<number | null>;
  signal: (s: NodeJS.Signals) => void;
}

function lab(args: string[]): Run {
  const child = spawn(process.execPath, [fromRoot('scripts/start.mjs'), ...args], { cwd: fromRoot(), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  return {
    out: () => out,
    err: () => err,
    exit: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    signal: (s) => child.kill(s),
  };
}

async function until<T>(what: string, fn: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// `npm start` end to end: two PostgreSQL servers, the worker, the workload, the page; the centre
// cut off and restored; Ctrl-C (SIGINT) stops it cleanly.
describe('the lab (npm start)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmoves-lab-test-'));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach it
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows rows flowing, queues while the centre is cut off, drains, and stops on SIGINT', async () => {
    const run = lab(['--dir', join(dir, 'lab'), '--port', '0', '--rate', '100', '--offline', '6', '--offline-after', '4']);
    try {
      const url = await until('the URL', () => /lab is running: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(run.out())?.[1], 120_000);
      const status = async () => (await (await fetch(new URL('api/status', url))).json()) as {
        worker: { state: string; appliedTotal: number };
        central: { reachable: boolean };
        rows: Array<{ site: string; table: string; pending: number }>;
      };
      // Rows flow.
      await until('applied changes', async () => ((await status()).worker.appliedTotal > 50 ? true : undefined));
      expect((await fetch(new URL('healthz', url))).status).toBe(200);
      const page = await (await fetch(url)).text();
      expect(page).toContain('<svg');
      expect(page).toMatch(/<td>lab-edge<\/td><td>metrics<\/td>/);
      // A second lab in the same directory is refused (it would take the first one's servers).
      const second = lab(['--dir', join(dir, 'lab'), '--port', '0']);
      expect(await second.exit).toBe(2);
      expect(second.err()).toMatch(/another lab is running in .* \(pid \d+\)/);
      // The cut: the worker goes offline and changes queue up at the edge.
      const queued = await until('a queue while the centre is cut', async () => {
        const s = await status();
        const pending = s.rows.filter((r) => r.site === 'lab-edge').reduce((n, r) => n + r.pending, 0);
        return s.worker.state === 'offline' && pending > 100 ? pending : undefined;
      });
      expect(queued).toBeGreaterThan(100);
      // Restored: the queue drains.
      await until('the backlog to drain', () => (/backlog drained/.test(run.err()) ? true : undefined), 60_000);
      const after = await status();
      expect(after.worker.state).toBe('running');
      run.signal('SIGINT');
      expect(await run.exit).toBe(0);
      expect(run.err()).toMatch(/Ctrl-C: stopping[\s\S]*stopped cleanly/);
    } finally {
      run.signal('SIGKILL');
    }
  });

  // Only root hands the servers to another user (postgres), who may not reach the directory.
  it.skipIf(userInfo().uid !== 0)('explains a lab directory the database user cannot reach', async () => {
    const locked = mkdtempSync(join(tmpdir(), 'pmoves-lab-locked-')); // 0700, owned by root
    try {
      const run = lab(['--dir', join(locked, 'lab')]);
      expect(await run.exit).toBe(2);
      expect(run.err()).toMatch(/cannot reach[\s\S]*hint: .*--dir/);
      expect(run.err()).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  });
});
