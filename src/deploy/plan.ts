import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../core/errors.js';
import { registerSecret } from '../core/redact.js';
import { loadCatalog, type Catalog } from '../catalog/index.js';
import { readEnvFile } from '../env/parse.js';
import { envLayerFiles, layerEnv } from '../env/layers.js';
import { loadCompose } from '../compose/load.js';
import type { Site, SmokeCheck } from '../sites/inventory.js';
import { displayString, renderModel, secretPlaceholder, type ComposeModel, type ServiceModel } from './render.js';
import type { ImagePins } from './images.js';
import { pinImage } from './images.js';

export interface PlannedVar {
  key: string;
  /** `***` for secrets in anything printed; the real value only reaches the 0600 env file. */
  value: string;
  secret: boolean;
  source: 'file' | 'environment' | 'site';
  file?: string;
  line?: number;
  overridden: Array<{ file: string; line: number }>;
}

export interface PlannedService {
  name: string;
  image?: string;
  platform?: string;
  gpu: boolean;
  dependsOn: string[];
  healthcheck: boolean;
  /** Start level: 0 = databases, each level waits for the previous one to be healthy. */
  level: number;
}

export interface DeployPlan {
  site: string;
  platform: Site['platform'];
  arch: Site['arch'];
  mode: Site['mode'];
  /** The env layer name (env.<environment>). */
  environment: string;
  /** The GitHub environment whose secrets the deploy job gets: the site name. */
  githubEnvironment: string;
  project: string;
  labels: string[];
  supabase: { local: boolean; url?: string; centralUrl?: string };
  composeFiles: string[];
  profiles: string[];
  envFiles: string[];
  /** The variable catalog the site uses (default: the toolkit's). */
  catalogFile: string;
  variables: PlannedVar[];
  services: PlannedService[];
  /** Services of the compose files this site does not run (integrated: the local Supabase stack). */
  removedServices: string[];
  order: string[][];
  smoke: SmokeCheck[];
  healthTimeoutSeconds: number;
  warnings: string[];
  /** The compose project to run: interpolated, paths absolute, secrets left as ${NAME}. */
  model: ComposeModel;
}

export interface PlanOptions {
  site: Site;
  /** The process environment: GitHub secrets arrive here on the runner. */
  env: NodeJS.ProcessEnv;
  images?: ImagePins;
  catalog?: Catalog;
  /**
   * Report missing required variables as warnings instead of failing: for a plan made where the
   * secrets are not available (the hosted plan job); the deploy job checks them for real.
   */
  allowMissing?: boolean;
}

/** Service names of the compose files, read without interpolation (the env layers depend on them). */
function rawServiceNames(files: string[]): string[] {
  const names = new Set<string>();
  for (const f of files) {
    let doc: unknown;
    try {
      doc = parseYaml(readFileSync(f, 'utf8'));
    } catch (err) {
      throw new UserError(`cannot read compose file: ${(err as Error).message.split('\n')[0]}`, { file: f, hint: 'check the path in sites.yaml (relative to sites.yaml)' });
    }
    const services = (doc as { services?: Record<string, unknown> } | null)?.services ?? {};
    for (const n of Object.keys(services)) names.add(n);
  }
  return [...names];
}

/** `${NAME}`, `${NAME:-x}`, `$NAME` references in the compose files' text. */
function referencedNames(files: string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8').replace(/\$\$/g, '');
    for (const m of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)/g)) out.add(m[1] ?? m[2]);
  }
  return out;
}

function dependsOnOf(svc: ServiceModel): string[] {
  const d = svc.depends_on;
  if (!d) return [];
  return Array.isArray(d) ? d.map(String) : Object.keys(d);
}

/** Start levels: databases first, then a topological order of depends_on. */
export function startLevels(services: Record<string, ServiceModel>, databases: string[]): string[][] {
  const names = Object.keys(services).sort();
  const dbs = names.filter((n) => databases.includes(n));
  const level = new Map<string, number>();
  for (const d of dbs) level.set(d, 0);
  const base = dbs.length > 0 ? 1 : 0;
  const visiting = new Set<string>();
  const visit = (n: string, path: string[]): number => {
    const known = level.get(n);
    if (known !== undefined) return known;
    if (visiting.has(n)) {
      throw new UserError(`depends_on cycle: ${[...path, n].join(' -> ')}`, { hint: 'remove one of the depends_on entries of the cycle' });
    }
    visiting.add(n);
    let l = base;
    for (const dep of dependsOnOf(services[n])) {
      if (!(dep in services)) continue;
      l = Math.max(l, visit(dep, [...path, n]) + 1);
    }
    visiting.delete(n);
    level.set(n, l);
    return l;
  };
  for (const n of names) visit(n, []);
  const out: string[][] = [];
  for (const [n, l] of level) (out[l] ??= []).push(n);
  return out.filter(Boolean).map((l) => l.sort());
}

export function planDeploy(opts: PlanOptions): DeployPlan {
  const { site } = opts;
  const catalog = opts.catalog ?? loadCatalog(site.catalog);
  const warnings: string[] = [];
  const allServices = rawServiceNames(site.composeFiles);
  const localSupabase = site.mode !== 'integrated';
  const removed = localSupabase ? [] : allServices.filter((s) => site.supabaseServices.includes(s));
  let wanted = (site.services ?? allServices).filter((s) => !removed.includes(s));
  for (const s of site.services ?? []) {
    if (!allServices.includes(s)) {
      throw new UserError(`site "${site.name}" runs service "${s}", which none of its compose files defines`, {
        ...site.source,
        hint: `services defined: ${allServices.join(', ')}`,
      });
    }
  }

  // 1. Env layers, with provenance.
  const envFiles = envLayerFiles(site.envDir, { platform: site.envPlatform, environment: site.environment, services: wanted });
  const layered = layerEnv(envFiles.map((f) => readEnvFile(f)));
  const vars = new Map<string, PlannedVar>();
  for (const [key, r] of layered) {
    vars.set(key, { key, value: r.value, secret: catalog.isSecret(key), source: 'file', file: r.file, line: r.line, overridden: r.overridden });
  }

  // 2. What the site itself decides (mode, central URL).
  const fromSite = (key: string, value: string, force = false) => {
    const prev = vars.get(key);
    if (prev && prev.value !== '' && !force) return;
    vars.set(key, { key, value, secret: false, source: 'site', file: site.source.file, line: site.source.line, overridden: prev?.file ? [...prev.overridden, { file: prev.file, line: prev.line ?? 0 }] : [] });
  };
  fromSite('SUPABASE_MODE', site.mode, true);
  if (site.centralUrl) {
    fromSite('CENTRAL_SUPABASE_URL', site.centralUrl);
    if (!localSupabase) fromSite('SUPABASE_URL', site.centralUrl, true);
  }
  if (site.mode === 'dual-write') fromSite('SYNC_SITE_ID', site.name);
  if (site.platform === 'wsl2') fromSite('COMPOSE_CONVERT_WINDOWS_PATHS', '1');

  // 3. Secrets and the rest from the environment, the way the runner passes GitHub secrets:
  //    catalog secrets, variables the mode requires, values a template left empty, names the
  //    compose files reference and no layer sets.
  const required = catalog
    .requiredFor(site.mode)
    .filter((v) => !v.services || v.services.some((s) => wanted.includes(s)));
  const referenced = referencedNames(site.composeFiles);
  const candidates = new Set<string>([
    ...catalog.variables.filter((v) => v.secret).map((v) => v.name),
    ...required.map((v) => v.name),
    ...[...vars.values()].filter((v) => v.value === '').map((v) => v.key),
    ...[...referenced].filter((n) => !vars.has(n)),
  ]);
  for (const key of candidates) {
    const value = opts.env[key];
    if (value === undefined || value === '') continue;
    const prev = vars.get(key);
    if (prev && prev.value !== '' && !catalog.isSecret(key)) continue; // a file value of a non-secret wins
    const known = catalog.get(key);
    vars.set(key, { key, value, secret: known ? known.secret : true, source: 'environment', overridden: prev?.file ? [...prev.overridden, { file: prev.file, line: prev.line ?? 0 }] : [] });
  }
  for (const v of vars.values()) if (v.secret) registerSecret(v.value);

  // 4. Required by the mode: all missing ones at once, before anything runs.
  const missing = required.filter((v) => !vars.get(v.name)?.value);
  if (missing.length > 0 && opts.allowMissing) {
    warnings.push(`not set here, must come from the GitHub environment "${site.name}" at deploy time: ${missing.map((v) => v.name).join(', ')}`);
    for (const v of missing) vars.set(v.name, { key: v.name, value: '', secret: true, source: 'environment', overridden: [] });
  } else if (missing.length > 0) {
    const names = missing.map((v) => v.name);
    throw new UserError(`site "${site.name}" (${site.mode}) is missing required variable${names.length > 1 ? 's' : ''}: ${names.join(', ')}`, {
      ...site.source,
      hint: `set ${names.length > 1 ? 'them' : 'it'} in ${relative(process.cwd(), site.envDir) || '.'}/env.${site.environment} (non-secrets) or as secrets of the GitHub environment "${site.name}"; \`pmoves keys generate\` creates the Supabase secrets`,
    });
  }

  // 5. The compose model, with secrets kept as ${NAME} so the rendered file holds none.
  const lookup: Record<string, string> = {};
  for (const v of vars.values()) lookup[v.key] = v.secret || (opts.allowMissing && v.value === '') ? secretPlaceholder(v.key) : v.value;
  let project;
  try {
    project = loadCompose({ files: site.composeFiles, env: lookup, profiles: site.profiles });
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError((err as Error).message, { file: site.composeFiles[0], hint: 'set the variable in an env layer or the environment' });
  }
  const problems = project.files.flatMap((f) => f.interpolationProblems);
  if (problems.length > 0) {
    const p = problems[0];
    throw new UserError(`${p.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, {
      ...p.loc,
      hint: p.variable ? `set ${p.variable} in an env layer or as a secret of the GitHub environment "${site.name}"` : 'fix the ${...} syntax',
    });
  }
  const model = structuredClone(project.model) as ComposeModel;
  const services: Record<string, ServiceModel> = model.services ?? {};

  // Services: the site's set plus what they depend on; never the removed local Supabase.
  const keep = new Set<string>();
  const add = (n: string) => {
    if (keep.has(n) || removed.includes(n) || !(n in services)) return;
    keep.add(n);
    for (const d of dependsOnOf(services[n])) add(d);
  };
  for (const n of wanted) add(n);
  for (const n of keep) if (!wanted.includes(n)) warnings.push(`service "${n}" runs because another service depends on it`);
  wanted = [...keep];
  for (const n of Object.keys(services)) if (!keep.has(n)) delete services[n];
  for (const svc of Object.values(services)) {
    const d = svc.depends_on;
    if (!d) continue;
    if (Array.isArray(d)) svc.depends_on = d.filter((x) => keep.has(String(x)));
    else for (const k of Object.keys(d)) if (!keep.has(k)) delete d[k];
    if ((Array.isArray(svc.depends_on) && svc.depends_on.length === 0) || (svc.depends_on && !Array.isArray(svc.depends_on) && Object.keys(svc.depends_on).length === 0)) delete svc.depends_on;
  }

  // Platform: arm64 images, GPU reservations (nvidia runtime on Jetson), digests from the build.
  for (const [name, svc] of Object.entries(services)) {
    if (svc.image) {
      svc.platform = `linux/${site.arch}`;
      svc.image = pinImage(svc.image, opts.images);
    }
    if (site.gpuServices.includes(name)) {
      if (site.platform === 'jetson') svc.runtime = 'nvidia';
      const deploy = (svc.deploy ??= {}) as Record<string, any>;
      const resources = (deploy.resources ??= {});
      const reservations = (resources.reservations ??= {});
      reservations.devices = [{ driver: 'nvidia', count: 'all', capabilities: ['gpu'] }];
    }
  }
  for (const g of site.gpuServices) if (!(g in services)) warnings.push(`gpuServices names "${g}", which this site does not run`);
  if (site.gpuServices.length > 0 && (site.platform === 'vps' || site.platform === 'rpi')) warnings.push(`platform ${site.platform} has no NVIDIA GPU; the reservation will fail to start`);

  const order = startLevels(services, site.databaseServices);
  const levelOf = new Map(order.flatMap((l, i) => l.map((n) => [n, i] as const)));
  const rendered = renderModel(model, site.composeFiles[0]);
  const plannedServices: PlannedService[] = Object.entries(rendered.services ?? {})
    .map(([name, svc]) => ({
      name,
      image: svc.image,
      platform: svc.platform,
      gpu: site.gpuServices.includes(name),
      dependsOn: dependsOnOf(svc),
      healthcheck: Boolean(svc.healthcheck && !(svc.healthcheck as { disable?: boolean }).disable),
      level: levelOf.get(name) ?? 0,
    }))
    .sort((a, b) => a.level - b.level || a.name.localeCompare(b.name));
  for (const s of plannedServices) if (!s.healthcheck) warnings.push(`service "${s.name}" has no healthcheck: "running" is all the deploy can wait for`);

  return {
    site: site.name,
    platform: site.platform,
    arch: site.arch,
    mode: site.mode,
    environment: site.environment,
    githubEnvironment: site.name,
    project: site.project,
    labels: site.labels,
    supabase: { local: localSupabase, url: localSupabase ? undefined : site.centralUrl, centralUrl: site.centralUrl },
    composeFiles: site.composeFiles,
    profiles: site.profiles,
    envFiles,
    catalogFile: catalog.file,
    variables: [...vars.values()].sort((a, b) => a.key.localeCompare(b.key)),
    services: plannedServices,
    removedServices: removed,
    order,
    smoke: site.smoke,
    healthTimeoutSeconds: site.healthTimeoutSeconds,
    warnings,
    model: rendered,
  };
}

/** The plan as printed: secret values replaced, nothing else changed. */
export function publicPlan(plan: DeployPlan): DeployPlan {
  const show = (v: unknown): unknown =>
    typeof v === 'string' ? displayString(v)
    : Array.isArray(v) ? v.map(show)
    : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, show(x)]))
    : v;
  return {
    ...plan,
    variables: plan.variables.map((v) => (v.secret ? { ...v, value: v.value === '' ? '' : '***' } : v)),
    model: show(plan.model) as ComposeModel,
  };
}
