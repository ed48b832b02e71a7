import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalog } from '../../../src/catalog/index.js';
import { runLint } from '../../../src/lint/run.js';
import { findReferences, interpolate } from '../../../src/compose/interpolate.js';
import { layerEnv } from '../../../src/env/layers.js';
import { parseEnv } from '../../../src/env/parse.js';
import { hasDocker, skipUnless } from '../../support/require.js';

/**
 * The reference stack (compose/) and the env templates are data other commands deploy; these
 * checks keep them consistent with the catalog and with the rules the issue sets for them.
 */
const root = join(import.meta.dirname, '../../..');
const composeDir = join(root, 'compose');
const envDir = join(root, 'env-templates');
const catalog = loadCatalog();

const SUPABASE_SERVICES = ['studio', 'kong', 'auth', 'rest', 'realtime', 'storage', 'imgproxy', 'meta', 'functions', 'analytics', 'db', 'vector', 'supavisor'];

type Model = { services: Record<string, any>; networks?: Record<string, any> };
const composeFiles = readdirSync(composeDir).filter((f) => /^docker-compose(\.[a-z-]+)?\.yml$/.test(f)).sort();
const models = new Map<string, Model>(composeFiles.map((f) => [f, parse(readFileSync(join(composeDir, f), 'utf8')) as Model]));
const base = models.get('docker-compose.yml')!;

const envFiles = readdirSync(envDir).filter((f) => f.startsWith('env.')).sort();
const parsedEnv = new Map(envFiles.map((f) => [f, parseEnv(readFileSync(join(envDir, f), 'utf8'), f)]));
const baseEnv = layerEnv([parsedEnv.get('env.base')!]);

function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => strings(n, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((n) => strings(n, out));
  return out;
}

/** Services a file can see: its own plus those of the base stack it is layered on. */
function visibleServices(file: string): Record<string, unknown> {
  const own = models.get(file)!.services;
  const extra = file === 'docker-compose.yml' ? {} : base.services;
  // Each override must stand on the base alone (the sidecar and central files are not combined).
  return { ...extra, ...own };
}

function mergedService(file: string, name: string): Record<string, unknown> {
  return { ...(base.services[name] ?? {}), ...(models.get(file)!.services[name] ?? {}) };
}

describe('reference stack: compose/', () => {
  it('has exactly the 13 Supabase services in the base file', () => {
    expect(Object.keys(base.services).sort()).toEqual([...SUPABASE_SERVICES].sort());
  });

  it.each(composeFiles)('%s: images are pinned to an exact version with a lowercase reference', (file) => {
    for (const [name, svc] of Object.entries(models.get(file)!.services)) {
      if (svc.image === undefined) {
        expect(base.services[name], `${file}: ${name} has no image and is not a base service`).toBeDefined();
        continue;
      }
      const image = String(svc.image);
      expect(image, `${file}: ${name}`).toBe(image.toLowerCase());
      const m = /^([a-z0-9][a-z0-9._/-]*):([A-Za-z0-9_][A-Za-z0-9._-]{0,127})$/.exec(image);
      expect(m, `${file}: ${name}: ${image} has no tag`).not.toBeNull();
      expect(m![2], `${file}: ${name}`).not.toMatch(/^(latest|stable|main|edge|nightly)$/);
      expect(m![2], `${file}: ${name}: ${image} tag is not a version`).toMatch(/\d/);
    }
  });

  it.each(composeFiles)('%s: every depends_on has a condition and every awaited service a healthcheck', (file) => {
    const services = visibleServices(file);
    for (const [name, svc] of Object.entries(models.get(file)!.services)) {
      const deps = svc.depends_on ?? {};
      expect(Array.isArray(deps), `${file}: ${name}: depends_on must be a map with conditions`).toBe(false);
      for (const [dep, spec] of Object.entries(deps as Record<string, { condition?: string }>)) {
        expect(services[dep], `${file}: ${name} depends on unknown ${dep}`).toBeDefined();
        expect(spec.condition, `${file}: ${name} -> ${dep}`).toMatch(/^service_(healthy|completed_successfully)$/);
        if (spec.condition === 'service_healthy') {
          expect(mergedService(file, dep).healthcheck, `${file}: ${dep} is awaited by ${name} but has no healthcheck`).toBeDefined();
        }
      }
    }
  });

  it('puts every base service on PMOVES networks only', () => {
    expect(Object.keys(base.networks ?? {}).sort()).toEqual(['pmoves_api', 'pmoves_app', 'pmoves_bus', 'pmoves_data']);
    for (const [name, svc] of Object.entries(base.services)) {
      const nets = Array.isArray(svc.networks) ? svc.networks : Object.keys(svc.networks ?? {});
      expect(nets.length, name).toBeGreaterThan(0);
      for (const n of nets) expect(n, name).toMatch(/^pmoves_(data|api|app|bus)$/);
    }
  });

  it('sets no container_name (two stacks on one host must not collide)', () => {
    for (const [file, m] of models) for (const [name, svc] of Object.entries(m.services)) expect(svc.container_name, `${file}: ${name}`).toBeUndefined();
  });

  it.each(composeFiles)('%s: references only catalog variables, defined in env.base, never a secret with a default', (file) => {
    for (const s of strings(models.get(file))) {
      for (const ref of findReferences(s)) {
        const v = catalog.get(ref.name);
        expect(v, `${file}: \${${ref.name}} is not in the catalog`).toBeDefined();
        expect(catalog.standardNameFor(ref.name), `${file}: ${ref.name} is a legacy name`).toBeUndefined();
        if (!ref.hasDefault) expect(baseEnv.has(ref.name), `${file}: ${ref.name} is not defined in env.base`).toBe(true);
        if (v!.secret) expect(ref.op, `${file}: secret ${ref.name} has an operator`).toBe('');
      }
    }
  });

  it.each(composeFiles)("%s: a variable's catalog services name every service that reads it", (file) => {
    // pmoves deploy decides which variables a site must set from these lists.
    for (const [name, svc] of Object.entries(models.get(file)!.services)) {
      for (const s of strings(svc)) {
        for (const ref of findReferences(s)) {
          const listed = catalog.get(ref.name)?.services;
          if (listed) expect(listed, `${file}: ${name} reads ${ref.name}`).toContain(name);
        }
      }
    }
  });

  it.each(composeFiles)('%s: db, pooler, meta and the bus are never published on all interfaces', (file) => {
    const lookup = (n: string) => baseEnv.get(n)?.value;
    for (const [name, svc] of Object.entries(models.get(file)!.services)) {
      for (const p of (svc.ports ?? []) as unknown[]) {
        const port = interpolate(String(p), lookup);
        if (['db', 'supavisor', 'meta', 'nats', 'prometheus', 'sync-worker'].includes(name)) {
          expect(port, `${file}: ${name}`).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
        } else {
          expect(name, `${file}: only kong is public`).toBe('kong');
        }
      }
    }
  });

  it('puts the sync worker under the dual-write profile with its image and catalog env', () => {
    const sidecar = models.get('docker-compose.sidecar.yml')!;
    for (const name of ['sync-install', 'sync-worker']) {
      const svc = sidecar.services[name];
      expect(svc.profiles).toEqual(['dual-write']);
      expect(svc.image).toMatch(/^ghcr\.io\/powerfulmoves\/pmoves-sync-worker:\d+\.\d+\.\d+$/);
      for (const key of Object.keys(svc.environment)) expect(catalog.get(key), `${name}: ${key}`).toBeDefined();
    }
    expect(sidecar.services.nats.profiles).toBeUndefined();
  });

  it('gives the Jetson override the nvidia runtime and a GPU reservation', () => {
    const fn = models.get('docker-compose.jetson.yml')!.services.functions;
    expect(fn.runtime).toBe('nvidia');
    expect(fn.deploy.resources.reservations.devices[0]).toMatchObject({ driver: 'nvidia', capabilities: ['gpu'] });
  });

  it('fills every Kong template placeholder from the kong service environment', () => {
    const tmpl = readFileSync(join(composeDir, 'kong/kong.yml.tmpl'), 'utf8');
    const placeholders = [...tmpl.matchAll(/\$\{([A-Z_][A-Z0-9_]*)\}/g)].map((m) => m[1]);
    expect(placeholders.length).toBeGreaterThan(3);
    const env = Object.keys(base.services.kong.environment);
    expect(placeholders.filter((p) => !env.includes(p))).toEqual([]);
    // What the placeholders must not leak: the template is rendered before YAML parsing, so
    // it stays valid YAML with the placeholders in it.
    expect(() => parse(tmpl)).not.toThrow();
  });

  it('mounts only files that exist', () => {
    for (const [file, m] of models) {
      for (const [name, svc] of Object.entries(m.services)) {
        for (const v of (svc.volumes ?? []) as string[]) {
          const src = String(v).split(':')[0];
          if (!src.startsWith('./')) continue;
          expect(existsSync(join(composeDir, src)), `${file}: ${name}: ${src}`).toBe(true);
        }
      }
    }
  });
});

describe('reference stack: env-templates/', () => {
  it.each(envFiles)('%s: only catalog names, no legacy names, secrets left empty', (file) => {
    for (const e of parsedEnv.get(file)!.entries) {
      expect(catalog.get(e.key), `${file}:${e.line} ${e.key} is not in the catalog`).toBeDefined();
      expect(catalog.standardNameFor(e.key, e.value), `${file}:${e.line} ${e.key}`).toBeUndefined();
      if (catalog.isSecret(e.key)) expect(e.value, `${file}:${e.line} secret ${e.key} must be empty`).toBe('');
    }
  });

  it.each(envFiles)('%s: no key twice', (file) => {
    const keys = parsedEnv.get(file)!.entries.map((e) => e.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('has the platform, environment and service layers', () => {
    for (const f of ['env.base', 'env.platform.jetson', 'env.platform.linux', 'env.platform.wsl', 'env.platform.vps', 'env.development', 'env.production']) {
      expect(envFiles).toContain(f);
    }
  });

  it('env.base gives every non-secret a standalone site needs a value, and lists the generated secrets', () => {
    for (const v of catalog.requiredFor('standalone')) {
      const r = baseEnv.get(v.name);
      expect(r, `${v.name} missing from env.base`).toBeDefined();
      if (v.secret) expect(v.generate, `${v.name} is required but neither set nor generated`).toBe(true);
      else expect(r!.value, v.name).not.toBe('');
    }
  });

  it('env.base uses the catalog defaults', () => {
    for (const e of parsedEnv.get('env.base')!.entries) {
      const v = catalog.get(e.key)!;
      if (!v.secret && v.default !== undefined) expect(e.value, `env.base:${e.line} ${e.key}`).toBe(v.default);
    }
  });

  it('values fit their catalog formats', async () => {
    const { formatProblem } = await import('../../../src/catalog/index.js');
    for (const [file, env] of parsedEnv) {
      for (const e of env.entries) {
        const f = catalog.get(e.key)?.format;
        if (!f || e.value === '') continue;
        expect(formatProblem(f, e.value), `${file}:${e.line} ${e.key}=${e.value}`).toBeUndefined();
      }
    }
  });

  it('production keeps edge functions verifying JWTs', () => {
    const prod = layerEnv([parsedEnv.get('env.base')!, parsedEnv.get('env.production')!]);
    expect(prod.get('FUNCTIONS_VERIFY_JWT')!.value).toBe('true');
    expect(prod.get('ENABLE_EMAIL_AUTOCONFIRM')!.value).toBe('false');
  });
});

describe('reference stack: pmoves lint', () => {
  // The acceptance: the repo's own stack lints clean, for every layer combination a
  // site can pick, with the sync profile on.
  it.each([
    [undefined, undefined],
    ['linux', 'development'],
    ['jetson', 'production'],
    ['wsl', 'development'],
    ['vps', 'production'],
  ])('platform %s, environment %s: no findings at all', async (platform, environment) => {
    const layers = ['env.base', platform && `env.platform.${platform}`, environment && `env.${environment}`, 'env.service.sync-worker']
      .filter((f): f is string => !!f)
      .map((f) => join(envDir, f));
    const files = platform ? [composeDir, ...layers] : [composeDir, envDir];
    const r = await runLint({ files, environment, cwd: root });
    expect(r.findings.map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`)).toEqual([]);
  });
});

describe.skipIf(skipUnless('docker', hasDocker()))('reference stack: docker-compose config', () => {
  const combos = [
    ['docker-compose.yml'],
    ['docker-compose.yml', 'docker-compose.sidecar.yml'],
    ['docker-compose.yml', 'docker-compose.central.yml', 'docker-compose.vps.yml'],
    ['docker-compose.yml', 'docker-compose.jetson.yml', 'docker-compose.sidecar.yml'],
    ['docker-compose.yml', 'docker-compose.wsl.yml'],
  ];
  it.each(combos.map((c) => [c.join(' + '), c] as const))('docker-compose accepts %s', (_label, files) => {
    const env = Object.fromEntries([...layerEnv([parsedEnv.get('env.base')!, parsedEnv.get('env.platform.linux')!])].map(([k, v]) => [k, v.value]));
    const args = files.flatMap((f) => ['-f', join(composeDir, f)]);
    // v1 is what this machine has; the v2 plugin takes the same arguments.
    const out = execFileSync('docker-compose', [...args, '--profile', 'dual-write', 'config', '--services'], {
      env: { PATH: process.env.PATH, ...env },
      encoding: 'utf8',
    });
    const services = out.trim().split('\n');
    for (const s of SUPABASE_SERVICES) expect(services).toContain(s);
  });
});
