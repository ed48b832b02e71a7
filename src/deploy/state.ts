import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir, hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../core/atomic-write.js';
import { UserError } from '../core/errors.js';

/**
 * Where a site's releases, state and audit log live. Outside the repository checkout on purpose:
 * actions/checkout cleans the workspace, and the last good release must survive it.
 */
export function defaultStateDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PMOVES_STATE_DIR) return env.PMOVES_STATE_DIR;
  const base = env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state');
  return join(base, 'pmoves', 'deploy');
}

export interface SiteDirs {
  root: string;
  lock: string;
  state: string;
  audit: string;
  releases: string;
  release(id: number): string;
}

export function siteDirs(stateDir: string, site: string): SiteDirs {
  const root = join(stateDir, site);
  return {
    root,
    lock: join(root, 'deploy.lock'),
    state: join(root, 'state.json'),
    audit: join(root, 'audit.jsonl'),
    releases: join(root, 'releases'),
    release: (id) => join(root, 'releases', String(id)),
  };
}

export interface ImageRecord {
  service: string;
  image: string;
  /** Repo digest or local image id actually run. */
  digest?: string;
}

export interface ReleaseRecord {
  id: number;
  createdAt: string;
  dir: string;
  images: ImageRecord[];
  result: 'healthy' | 'failed';
  sha?: string;
}

export interface SiteState {
  site: string;
  /** The release running and healthy now. */
  current?: number;
  releases: ReleaseRecord[];
}

export function readState(dirs: SiteDirs, site: string): SiteState {
  if (!existsSync(dirs.state)) return { site, releases: [] };
  try {
    return JSON.parse(readFileSync(dirs.state, 'utf8')) as SiteState;
  } catch (err) {
    throw new UserError(`the deploy state is not valid JSON: ${(err as Error).message}`, { file: dirs.state, hint: 'restore it from the audit log, or remove it to start over (the next deploy becomes release 1)' });
  }
}

export function writeState(dirs: SiteDirs, state: SiteState): void {
  mkdirSync(dirs.root, { recursive: true });
  writeFileAtomic(dirs.state, JSON.stringify(state, null, 2) + '\n');
}

export function nextReleaseId(state: SiteState): number {
  return state.releases.reduce((m, r) => Math.max(m, r.id), 0) + 1;
}

/** The newest healthy release other than `exceptId`. */
export function lastGood(state: SiteState, exceptId?: number): ReleaseRecord | undefined {
  return [...state.releases].reverse().find((r) => r.result === 'healthy' && r.id !== exceptId);
}

export interface AuditEntry {
  time: string;
  site: string;
  action: 'deploy' | 'rollback';
  release: number;
  result: 'success' | 'failed' | 'rolled-back';
  user: string;
  host: string;
  run?: string;
  sha?: string;
  images: ImageRecord[];
  rolledBackTo?: number;
  failedServices?: string[];
  error?: string;
  durationMs: number;
}

export function auditBase(): Pick<AuditEntry, 'user' | 'host' | 'run' | 'sha'> {
  let user = process.env.GITHUB_ACTOR ?? '';
  if (!user) {
    try {
      user = userInfo().username;
    } catch {
      user = process.env.USER ?? 'unknown';
    }
  }
  const run = process.env.GITHUB_RUN_ID
    ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY ?? ''}/actions/runs/${process.env.GITHUB_RUN_ID}`
    : undefined;
  return { user, host: hostname(), run, sha: process.env.GITHUB_SHA };
}

/** Append-only: one JSON object per line, written with O_APPEND so concurrent writers never interleave a line. */
export function appendAudit(dirs: SiteDirs, entry: AuditEntry): void {
  mkdirSync(dirs.root, { recursive: true });
  appendFileSync(dirs.audit, JSON.stringify(entry) + '\n', { flag: 'a' });
}

export function readAudit(dirs: SiteDirs): AuditEntry[] {
  if (!existsSync(dirs.audit)) return [];
  return readFileSync(dirs.audit, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as AuditEntry);
}
