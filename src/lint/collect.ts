import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { loadCatalog, type Catalog } from '../catalog/index.js';
import { lintData } from './data.js';
import { interpolate } from '../compose/interpolate.js';
import { parseComposeText, projectFrom, readTextFile, type ComposeFile } from '../compose/load.js';
import { registerSecret } from '../core/redact.js';
import { layerEnv } from '../env/layers.js';
import { parseEnv } from '../env/parse.js';
import { discover, envLayerRank } from './discover.js';
import type { EnvSource, LintUnit, RuleContext } from './types.js';

export interface CollectOptions {
  files: string[];
  envFiles?: string[];
  environment?: string;
  platform?: string;
  profiles?: string[];
  cwd: string;
  now?: Date;
  catalogPath?: string;
}

/** Paths as people typed them: relative to cwd when inside it. */
export function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel && !isAbsolute(rel) && rel.length < abs.length ? rel : abs;
}

/**
 * Reads everything once and builds the lint units: each compose project with the env layers
 * that feed it. Env files named on the command line (`--env-file`) and found in directories
 * are layered by name (env.base -> env.platform.* -> env.<environment> -> env.service.* ->
 * others); with none at all, a project uses the `.env` next to its first file, as compose does.
 */
export function collect(opts: CollectOptions): RuleContext {
  const cwd = opts.cwd;
  const catalog = loadCatalog(opts.catalogPath);
  const found = discover(opts.files, cwd);
  let envPaths = [...found.envFiles, ...(opts.envFiles ?? []).map((p) => resolve(cwd, p))];
  envPaths = [...new Set(envPaths)];
  // With a selection, other platforms / environments are not part of this lint.
  envPaths = envPaths.filter((p) => {
    const n = basename(p);
    if (opts.platform && n.startsWith('env.platform.') && n !== `env.platform.${opts.platform}`) return false;
    if (opts.environment && envLayerRank(p) === 2 && n !== `env.${opts.environment}`) return false;
    return true;
  });
  envPaths = envPaths.map((p, i) => ({ p, i })).sort((a, b) => envLayerRank(a.p) - envLayerRank(b.p) || a.i - b.i).map((x) => x.p);

  const envCache = new Map<string, EnvSource>();
  const loadEnv = (abs: string): EnvSource => {
    let src = envCache.get(abs);
    if (!src) {
      const text = readTextFile(abs, 'env file');
      src = { file: parseEnv(text, displayPath(cwd, abs)), text };
      for (const e of src.file.entries) if (catalog.isSecret(e.key)) registerSecret(e.value);
      envCache.set(abs, src);
    }
    return src;
  };
  const globalEnv = envPaths.map(loadEnv);

  const composeCache = new Map<string, ComposeFile>();
  const units: LintUnit[] = [];
  const envKey = (srcs: EnvSource[]) => srcs.map((s) => s.file.file).join('\u0000');
  for (const files of found.projects) {
    let envFiles = globalEnv;
    if (envFiles.length === 0) {
      const dotEnv = join(dirname(files[0]), '.env');
      if (existsSync(dotEnv)) envFiles = [loadEnv(dotEnv)];
    }
    const env = layerEnv(envFiles.map((s) => s.file));
    const plain = expandEnv(envFiles);
    const parsed = files.map((abs) => {
      // A file interpolated with another env is another model: cache per (file, env layers).
      const key = `${abs}\u0001${envKey(envFiles)}`;
      let f = composeCache.get(key);
      if (!f) {
        f = parseComposeText(readTextFile(abs, 'compose file'), displayPath(cwd, abs), plain);
        composeCache.set(key, f);
      }
      return f;
    });
    for (const f of parsed) registerComposeSecrets(f, catalog);
    units.push({ project: projectFrom(parsed, opts.profiles), envFiles, env });
  }
  if (units.length === 0 || globalEnv.length > 0) {
    // Env-only lint (or env files next to projects): one unit with every layer, for the
    // value rules (jwt-key-mismatch) that work on resolved variables.
    if (!units.some((u) => envKey(u.envFiles) === envKey(globalEnv))) {
      units.push({ envFiles: globalEnv, env: layerEnv(globalEnv.map((s) => s.file)) });
    }
  }
  const allEnv = [...new Set(units.flatMap((u) => u.envFiles))];
  return {
    units,
    composeFiles: [...new Set(units.flatMap((u) => u.project?.files ?? []))],
    envFiles: allEnv,
    catalog,
    environment: opts.environment,
    now: opts.now ?? new Date(),
    cwd,
  };
}

/**
 * Secrets written into compose files (a default `${JWT_SECRET:-dev_secret}`, a literal
 * `GOTRUE_JWT_SECRET: abc`) are secret values too: registered so code frames, diffs and every
 * other output show them as ***.
 */
function registerComposeSecrets(f: ComposeFile, catalog: Catalog): void {
  for (const r of f.refs) if (r.arg && (r.op === ':-' || r.op === '-') && catalog.isSecret(r.name)) registerSecret(r.arg);
  const wired = lintData().wiredVariables ?? {};
  const services = f.raw?.services;
  if (!services || typeof services !== 'object') return;
  for (const svc of Object.values<any>(services)) {
    const env = svc?.environment;
    const pairs: Array<[string, unknown]> = Array.isArray(env)
      ? env.map((x) => String(x)).filter((x) => x.includes('=')).map((x) => [x.slice(0, x.indexOf('=')), x.slice(x.indexOf('=') + 1)])
      : env && typeof env === 'object'
        ? Object.entries(env)
        : [];
    for (const [k, v] of pairs) {
      if (typeof v !== 'string' || v.includes('$')) continue;
      if (catalog.isSecret(k) || (wired[k] !== undefined && catalog.isSecret(wired[k]))) registerSecret(v);
    }
  }
}

/**
 * The values compose interpolates with: like compose-go, an unquoted or double-quoted env value
 * may itself reference variables set before it (`API_URL=${PUBLIC_URL}/api`); single-quoted
 * values are literal. A value that fails to expand is kept as written (other rules report it).
 */
export function expandEnv(files: EnvSource[]): Record<string, string> {
  const out: Record<string, string> = {};
  const lookup = (n: string) => (Object.prototype.hasOwnProperty.call(out, n) ? out[n] : undefined);
  for (const f of files) {
    for (const e of f.file.entries) {
      if (e.quote === 'single' || !e.value.includes('$')) {
        out[e.key] = e.value;
        continue;
      }
      try {
        // `\$` in a double-quoted value is a literal dollar.
        out[e.key] = interpolate(e.quote === 'double' ? e.value.replace(/\\\$/g, '$$$$') : e.value, lookup);
      } catch {
        out[e.key] = e.value;
      }
    }
  }
  return out;
}

export function readSource(path: string): string {
  return readFileSync(path, 'utf8');
}
