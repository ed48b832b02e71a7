import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../../src/deploy/lock.js';
import { appendAudit, readAudit, siteDirs, lastGood, nextReleaseId } from '../../../src/deploy/state.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'pmoves-lock-'));

describe('the per-site deploy lock', () => {
  it('is exclusive: a second taker is refused with the holder, and gets it once released', async () => {
    const path = join(tmp(), 'deploy.lock');
    const a = await acquireLock(path, 'edge', { command: 'first' });
    await expect(acquireLock(path, 'edge')).rejects.toThrow(new RegExp(`locked by another deploy: pid ${process.pid} .*"first"`));
    a.release();
    expect(existsSync(path)).toBe(false);
    const b = await acquireLock(path, 'edge');
    expect(b.recovered).toBeUndefined();
    b.release();
  });

  it('waits for a live holder when asked, telling who it waits for', async () => {
    const path = join(tmp(), 'deploy.lock');
    const a = await acquireLock(path, 'edge', { command: 'first' });
    const told: number[] = [];
    setTimeout(() => a.release(), 300);
    const b = await acquireLock(path, 'edge', { waitMs: 5000, pollMs: 20, onWait: (h) => told.push(h.pid) });
    expect(told).toEqual([process.pid]);
    expect(JSON.parse(readFileSync(path, 'utf8')).startedAt).toBe(b.holder.startedAt);
    b.release();
  });

  it('recovers the lock of a dead process on this host and says so; keeps one from another host', async () => {
    const dir = tmp();
    const path = join(dir, 'deploy.lock');
    const dead = spawnSync('true').pid!;
    writeFileSync(path, JSON.stringify({ pid: dead, host: hostname(), user: 'x', site: 'edge', command: 'old', startedAt: 'then' }));
    const said: number[] = [];
    const h = await acquireLock(path, 'edge', { onRecover: (old) => said.push(old.pid) });
    expect(h.recovered?.pid).toBe(dead);
    expect(said).toEqual([dead]);
    h.release();
    writeFileSync(path, JSON.stringify({ pid: dead, host: 'another-host', user: 'x', site: 'edge', command: 'old', startedAt: 'then' }));
    await expect(acquireLock(path, 'edge')).rejects.toThrow(/pid \d+ \(x@another-host/);
  });

  it('treats a live pid that started after the lock was taken as a reused pid: stale', async () => {
    const path = join(tmp(), 'deploy.lock');
    writeFileSync(path, JSON.stringify({ pid: process.pid, pidStart: '1', host: hostname(), user: 'x', site: 'edge', command: 'old', startedAt: 'then' }));
    const h = await acquireLock(path, 'edge');
    expect(h.recovered?.pidStart).toBe('1');
    expect(JSON.parse(readFileSync(path, 'utf8')).pidStart).toMatch(/^\d+$/);
    h.release();
  });

  it('lets exactly one of many concurrent takers win', async () => {
    const path = join(tmp(), 'deploy.lock');
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => acquireLock(path, 'edge')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});

describe('the audit log and release state', () => {
  it('appends one JSON line per attempt and never rewrites earlier ones', () => {
    const dirs = siteDirs(tmp(), 'edge');
    const base = { site: 'edge', action: 'deploy' as const, user: 'u', host: 'h', images: [], durationMs: 1 };
    appendAudit(dirs, { ...base, time: 't1', release: 1, result: 'success' });
    const first = readFileSync(dirs.audit, 'utf8');
    appendAudit(dirs, { ...base, time: 't2', release: 2, result: 'rolled-back', rolledBackTo: 1 });
    expect(readFileSync(dirs.audit, 'utf8').startsWith(first)).toBe(true);
    expect(readAudit(dirs).map((e) => e.result)).toEqual(['success', 'rolled-back']);
  });

  it('numbers releases and finds the last healthy one', () => {
    const rel = (id: number, result: 'healthy' | 'failed') => ({ id, createdAt: '', dir: '', images: [], result });
    const state = { site: 'edge', current: 3, releases: [rel(1, 'healthy'), rel(2, 'failed'), rel(3, 'healthy')] };
    expect(nextReleaseId(state)).toBe(4);
    expect(lastGood(state, 3)?.id).toBe(1);
    expect(lastGood({ site: 'edge', releases: [] })).toBeUndefined();
  });
});
