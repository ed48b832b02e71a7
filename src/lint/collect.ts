import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { loadCatalog } from '../catalog/index.js';
import { interpolate } from '../compose/interpolate.js';
import { parseComposeText, projectFrom, readTextFile, type ComposeFile } from '../compose/load.js';
import { registerSecret } from '../core/redact.js';
import { composeSecretSpans, MIN_REDACTED_SECRET_LENGTH } from './mask.js';
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
  // Every secret value read (for masking); only the long ones redact output everywhere (mask.ts).
  const secretValues = new Set<string>();
  const secret = (value: string) => {
    if (!value) return;
    secretValues.add(value);
    if (value.length >= MIN_REDACTED_SECRET_LENGTH) registerSecret(value);
  };
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
      for (const e of src.file.entries) if (catalog.isSecret(e.key)) secret(e.value);
      envCache.set(abs, src);
    }
    return src;
  };
  for (const p of envPaths) loadEnv(p);
  const combos = layerCombinations(envPaths, opts);

  const composeCache = new Map<string, ComposeFile>();
  const units: LintUnit[] = [];
  const envKey = (srcs: EnvSource[]) => srcs.map((s) => s.file.file).join('\u0000');
  for (const files of found.projects) {
    // An override named for a platform (docker-compose.jetson.yml) runs with that platform's layer only.
    const variant = files.length > 1 ? /\.([^.]+)\.ya?ml$/.exec(basename(files[files.length - 1]))?.[1] : undefined;
    const mine = combos.filter((c) => !variant || !c.platform || c.platform === variant || !combos.some((o) => o.platform === variant));
    const sets = mine.length ? mine.map((c) => c.paths.map(loadEnv)) : [[]];
    for (let envFiles of sets) {
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
          for (const span of composeSecretSpans(f, catalog)) secret(span.value);
          composeCache.set(key, f);
        }
        return f;
      });
      units.push({ project: projectFrom(parsed, opts.profiles), envFiles, env });
    }
  }
  // Value rules (jwt-key-mismatch) work on resolved variables: every layer combination gets a
  // unit even when no compose project uses it (env-only lint).
  for (const c of combos) {
    const envFiles = c.paths.map(loadEnv);
    if (!units.some((u) => envKey(u.envFiles) === envKey(envFiles))) units.push({ envFiles, env: layerEnv(envFiles.map((s) => s.file)) });
  }
  if (units.length === 0) units.push({ envFiles: [], env: new Map() });
  const allEnv = [...new Set(units.flatMap((u) => u.envFiles))];
  return {
    units,
    composeFiles: [...new Set(units.flatMap((u) => u.project?.files ?? []))],
    envFiles: allEnv,
    catalog,
    secretValues,
    environment: opts.environment,
    now: opts.now ?? new Date(),
    cwd,
  };
}

export interface LayerCombination {
  platform?: string;
  environment?: string;
  /** Env files in precedence order. */
  paths: string[];
}

/**
 * The env layer sets to lint with. Several `env.platform.*` or `env.<environment>` files are
 * alternatives, not layers on top of each other: each platform x environment pair is linted
 * as its own set (`env.base` + `env.platform.jetson` + `env.production` + `env.service.*` +
 * other env files), unless --platform / --environment pick one.
 */
export function layerCombinations(sortedPaths: string[], sel: { platform?: string; environment?: string } = {}): LayerCombination[] {
  const name = (p: string) => basename(p);
  const platforms = sortedPaths.filter((p) => envLayerRank(p) === 1);
  const environments = sortedPaths.filter((p) => envLayerRank(p) === 2);
  const common = sortedPaths.filter((p) => envLayerRank(p) !== 1 && envLayerRank(p) !== 2);
  if (sortedPaths.length === 0) return [];
  const ps: Array<string | undefined> = platforms.length ? platforms : [undefined];
  const es: Array<string | undefined> = environments.length ? environments : [undefined];
  const out: LayerCombination[] = [];
  for (const p of ps) {
    for (const e of es) {
      const chosen = new Set([p, e].filter((x): x is string => !!x));
      out.push({
        platform: p ? name(p).slice('env.platform.'.length) : sel.platform,
        environment: e ? name(e).slice('env.'.length) : sel.environment,
        paths: sortedPaths.filter((x) => common.includes(x) || chosen.has(x)),
      });
    }
  }
  return out;
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
