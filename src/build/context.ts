import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Exec } from '../core/exec.js';
import { UserError } from '../core/errors.js';
import { parseChangedFiles } from './changes.js';
import type { GitContext } from './tags.js';

/**
 * The git event a build is for: from explicit values first, then the Actions environment
 * (GITHUB_* and the event payload), then the local checkout.
 */
export interface ContextInput {
  event?: string;
  ref?: string;
  sha?: string;
  repository?: string;
  defaultBranch?: string;
  date?: string;
  private?: boolean;
}

interface EventPayload {
  before?: string;
  after?: string;
  repository?: { default_branch?: string; private?: boolean };
  pull_request?: { base?: { sha?: string } };
}

export function eventPayload(env: NodeJS.ProcessEnv): EventPayload {
  const p = env.GITHUB_EVENT_PATH;
  if (!p || !existsSync(p)) return {};
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}

async function git(exec: Exec, cwd: string, args: string[]): Promise<string | undefined> {
  const r = await exec('git', args, { cwd, allowFailure: true });
  return r.code === 0 ? r.stdout.trim() : undefined;
}

export async function resolveGitContext(input: ContextInput, env: NodeJS.ProcessEnv, exec: Exec, cwd: string): Promise<GitContext> {
  const payload = eventPayload(env);
  const event = input.event ?? env.GITHUB_EVENT_NAME ?? 'push';
  let ref = input.ref ?? env.GITHUB_REF;
  if (!ref) {
    const branch = await git(exec, cwd, ['symbolic-ref', '--short', '-q', 'HEAD']);
    ref = branch ? `refs/heads/${branch}` : 'refs/heads/main';
  } else if (!ref.startsWith('refs/')) {
    // `--ref v1.2.3` or `--ref main` for people typing by hand
    ref = /^v?\d+\.\d+\.\d+/.test(ref) ? `refs/tags/${ref}` : /^pr-\d+$/.test(ref) ? `refs/pull/${ref.slice(3)}/merge` : `refs/heads/${ref}`;
  }
  const sha = input.sha ?? env.GITHUB_SHA ?? (await git(exec, cwd, ['rev-parse', 'HEAD'])) ?? '';
  const repository = input.repository ?? env.GITHUB_REPOSITORY ?? `local/${basename(cwd).toLowerCase()}`;
  const date = input.date ? new Date(input.date) : new Date();
  if (Number.isNaN(date.getTime())) {
    throw new UserError(`--date "${input.date}" is not a date`, { hint: 'use ISO 8601, e.g. 2026-01-31T02:00:00Z' });
  }
  return {
    event,
    ref,
    sha,
    repository,
    defaultBranch: input.defaultBranch ?? payload.repository?.default_branch ?? 'main',
    serverUrl: env.GITHUB_SERVER_URL,
    date,
    private: input.private ?? payload.repository?.private,
  };
}

/** `git diff --name-only <ref>` relative to the manifest's directory; undefined when ref is unknown. */
export async function changedFilesSince(exec: Exec, dir: string, since: string): Promise<string[] | undefined> {
  if (/^0+$/.test(since)) return undefined; // a new branch: GitHub sends before=000..., nothing to diff against
  const r = await exec('git', ['diff', '--name-only', '--relative', since, 'HEAD'], { cwd: dir, allowFailure: true });
  if (r.code !== 0) return undefined;
  return parseChangedFiles(r.stdout);
}

/** In Actions: the push's `before`, or the pull request's base; what the event changed. */
export async function changedFilesFromEvent(exec: Exec, dir: string, env: NodeJS.ProcessEnv): Promise<string[] | undefined> {
  const p = eventPayload(env);
  const since = p.pull_request?.base?.sha ?? p.before;
  return since ? changedFilesSince(exec, dir, since) : undefined;
}
