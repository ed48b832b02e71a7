import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../core/errors.js';

/**
 * How lint arguments become lint units (documented in docs/lint.md):
 * - A file argument is an env file when its name is `env.*`, `.env*` or `*.env`, otherwise a
 *   compose file. All compose files given as files form ONE project, merged in argument order
 *   (like `docker compose -f a -f b`).
 * - A directory is searched recursively (skipping dot-directories and node_modules).
 *   Compose files: `*.yml`/`*.yaml` with a top-level `services:` key. `<stem>.<variant>.yml`
 *   next to `<stem>.yml` is an override: it is linted merged on top of its base
 *   (`docker-compose.yml` + `docker-compose.jetson.yml`); every other compose file is its own
 *   project. Env files: `env.*`, `.env*`, `*.env` (not .yml/.yaml/.json/.md files).
 * - Env files are layered `env.base` -> `env.platform.*` -> `env.<environment>` ->
 *   `env.service.*` -> any other env file in argument order; later wins.
 */
export interface Discovered {
  /** Each inner array is one compose project, files in merge order. */
  projects: string[][];
  envFiles: string[];
}

const ENV_NAME = /^(env\..+|\.env.*|.+\.env)$/;
const NOT_ENV_EXT = /\.(ya?ml|json|md|ts|js|mjs|sh|sql)$/;
const COMPOSE_EXT = /\.ya?ml$/;
const SKIP_DIRS = new Set(['node_modules', 'dist']);

export function isEnvFileName(name: string): boolean {
  return ENV_NAME.test(name) && !NOT_ENV_EXT.test(name);
}

function looksLikeCompose(path: string): boolean {
  try {
    const st = statSync(path);
    if (st.size > 4 * 1024 * 1024) return true; // let the loader report the size
    return /^services\s*:/m.test(readFileSync(path, 'utf8'));
  } catch {
    return false;
  }
}

function walk(dir: string, out: { compose: string[]; env: string[] }, depth = 0): void {
  if (depth > 8) return;
  for (const ent of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) {
      if (!ent.name.startsWith('.') && !SKIP_DIRS.has(ent.name)) walk(p, out, depth + 1);
    } else if (ent.isFile()) {
      if (isEnvFileName(ent.name)) out.env.push(p);
      else if (COMPOSE_EXT.test(ent.name) && !ent.name.startsWith('.') && looksLikeCompose(p)) out.compose.push(p);
    }
  }
}

/** Groups compose files found in directories: bases alone, overrides on top of their base. */
export function groupProjects(files: string[]): string[][] {
  const set = new Set(files);
  const projects: string[][] = [];
  const overrides = new Set<string>();
  for (const f of files) {
    const m = /^(.+)\.([^.]+)(\.ya?ml)$/.exec(basename(f));
    if (!m) continue;
    const base = [join(dirname(f), `${m[1]}.yml`), join(dirname(f), `${m[1]}.yaml`)].find((b) => set.has(b) && b !== f);
    if (base) {
      overrides.add(f);
      projects.push([base, f]);
    }
  }
  for (const f of files) if (!overrides.has(f)) projects.unshift([f]);
  return projects;
}

export function discover(args: string[], cwd: string): Discovered {
  const explicitCompose: string[] = [];
  const found = { compose: [] as string[], env: [] as string[] };
  const explicitEnv: string[] = [];
  for (const a of args) {
    const p = resolve(cwd, a);
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UserError(`no such file or directory: ${a}`, { file: a, hint: 'pass compose files, env files or directories' });
    }
    if (st.isDirectory()) walk(p, found);
    else if (isEnvFileName(basename(p))) explicitEnv.push(p);
    else explicitCompose.push(p);
  }
  const projects = groupProjects(found.compose);
  if (explicitCompose.length) projects.unshift(explicitCompose);
  return { projects, envFiles: [...found.env, ...explicitEnv] };
}

/** Precedence of an env file in the layering (lower first); ties keep argument order. */
export function envLayerRank(path: string): number {
  const n = basename(path);
  if (n === 'env.base') return 0;
  if (n.startsWith('env.platform.')) return 1;
  if (n.startsWith('env.service.')) return 3;
  if (n.startsWith('env.')) return 2;
  return 4;
}
