import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { dirname } from 'node:path';
import { UserError } from '../core/errors.js';

export interface LockHolder {
  pid: number;
  /** Start time of the process (Linux /proc clock ticks): a reused pid is not the holder. */
  pidStart?: string;
  host: string;
  user: string;
  site: string;
  command: string;
  startedAt: string;
}

export interface LockHandle {
  path: string;
  holder: LockHolder;
  /** Set when a lock left by a dead process was taken over. */
  recovered?: LockHolder;
  release(): void;
}

export interface LockOptions {
  /** How long to wait for a live holder; 0 refuses at once. */
  waitMs?: number;
  pollMs?: number;
  /** Told once when we start waiting, with who holds the lock. */
  onWait?: (holder: LockHolder) => void;
  /** Told when a dead process's lock is taken over. */
  onRecover?: (holder: LockHolder) => void;
  command?: string;
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat (after the parenthesised name, which may hold spaces). */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** The holder's process is gone, or its pid now belongs to another process. */
function holderDead(h: LockHolder): boolean {
  if (!pidAlive(h.pid)) return true;
  const now = processStart(h.pid);
  return Boolean(h.pidStart && now && now !== h.pidStart);
}

function readHolder(path: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

function describeHolder(h: LockHolder): string {
  return `pid ${h.pid} (${h.user}@${h.host}, "${h.command}") since ${h.startedAt}`;
}

/**
 * A per-site lock file. Taking it is atomic: the holder's JSON is written to a private temp file
 * and hard-linked to the lock path, which fails if the lock exists, so a reader never sees a
 * half-written lock. A lock whose process is dead on this host is stale and taken over (and
 * said so); a lock from another host is only reported, since its pid cannot be checked here.
 */
export async function acquireLock(path: string, site: string, opts: LockOptions = {}): Promise<LockHandle> {
  mkdirSync(dirname(path), { recursive: true });
  const holder: LockHolder = {
    pid: process.pid,
    pidStart: processStart(process.pid),
    host: hostname(),
    user: safeUser(),
    site,
    command: opts.command ?? 'pmoves deploy',
    startedAt: new Date().toISOString(),
  };
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, JSON.stringify(holder) + '\n', { mode: 0o644 });
  const deadline = Date.now() + (opts.waitMs ?? 0);
  let recovered: LockHolder | undefined;
  let told = false;
  try {
    for (;;) {
      try {
        linkSync(tmp, path);
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const current = readHolder(path);
      if (current && current.host === holder.host && holderDead(current)) {
        if (breakStale(path, current)) {
          recovered = current;
          opts.onRecover?.(current);
        }
        continue;
      }
      if (!current) {
        // Unreadable lock: either being replaced right now, or garbage. Give it a moment.
        await sleep(opts.pollMs ?? 200);
        if (!readHolder(path) && Date.now() >= deadline) {
          throw new UserError(`site "${site}" has an unreadable deploy lock`, { file: path, hint: `remove ${path} if no deploy is running` });
        }
        continue;
      }
      if (Date.now() >= deadline) {
        const other = current.host === holder.host ? '' : ` If host ${current.host} is gone, remove the lock file.`;
        throw new UserError(`site "${site}" is locked by another deploy: ${describeHolder(current)}`, {
          file: path,
          hint: `wait for it to finish (or pass --wait-lock SECONDS to wait).${other}`,
        });
      }
      if (!told) {
        opts.onWait?.(current);
        told = true;
      }
      await sleep(opts.pollMs ?? 500);
    }
  } finally {
    rmSync(tmp, { force: true });
  }
  let released = false;
  return {
    path,
    holder,
    recovered,
    release() {
      if (released) return;
      released = true;
      // Only remove our own lock: a lock taken over by someone else (after we were judged dead) is theirs.
      const now = readHolder(path);
      if (now && now.pid === holder.pid && now.host === holder.host && now.startedAt === holder.startedAt) rmSync(path, { force: true });
    },
  };
}

/** Moves a stale lock aside; true when the one moved was indeed the stale one. */
function breakStale(path: string, stale: LockHolder): boolean {
  const aside = `${path}.stale.${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return false; // someone else broke it first
  }
  const moved = readHolder(aside);
  if (moved && moved.pid === stale.pid && moved.startedAt === stale.startedAt) {
    rmSync(aside, { force: true });
    return true;
  }
  // We raced and moved a fresh lock: put it back if the place is still free.
  try {
    linkSync(aside, path);
  } catch {
    // the place was taken again; the fresh holder's lock is lost, but its process still owns the deploy
  }
  rmSync(aside, { force: true });
  return false;
}

function safeUser(): string {
  try {
    return process.env.GITHUB_ACTOR || userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
