import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { lintData } from '../data.js';
import type { Report, Rule } from '../types.js';
import { serviceIs, services, svcLoc } from './util.js';

/** Two services with one container_name: the second `up` fails. */
export const containerNameCollision: Rule = {
  id: 'container-name-collision',
  severity: 'error',
  description: 'Two services use the same container_name.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    for (const u of ctx.units) {
      if (!u.project) continue;
      const seen = new Map<string, string>();
      for (const [name, svc] of services(u.project)) {
        if (typeof svc.container_name !== 'string') continue;
        const other = seen.get(svc.container_name);
        if (other) out.push({ loc: svcLoc(u.project, name, 'container_name'), message: `${name} and ${other} both use container_name "${svc.container_name}"` });
        else seen.set(svc.container_name, name);
      }
    }
    return out;
  },
};

/** One service in two files of a project with different images: which one runs depends on -f order. */
export const conflictingServiceDefinition: Rule = {
  id: 'conflicting-service-definition',
  severity: 'warning',
  description: 'A service is defined in two files of one project with different images.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    for (const u of ctx.units) {
      if (!u.project) continue;
      for (const [name, files] of u.project.serviceFiles) {
        if (files.length < 2) continue;
        const defs = u.project.files
          .filter((f) => typeof f.model?.services?.[name]?.image === 'string')
          .map((f) => ({ f, image: f.model.services[name].image as string }));
        for (let i = 1; i < defs.length; i++) {
          if (defs[i].image !== defs[0].image) {
            out.push({
              loc: defs[i].f.locate(['services', name, 'image'])!,
              message: `${name} uses image ${defs[i].image} here but ${defs[0].image} in ${defs[0].f.file}; the last -f file wins, so the result depends on file order`,
            });
          }
        }
      }
    }
    return out;
  },
};

/** A Supabase stack (3+ of its services present) lacking some of the 13 self-hosted services. */
export const missingSupabaseService: Rule = {
  id: 'missing-supabase-service',
  severity: 'warning',
  description: 'A Supabase stack lacks one of the 13 self-hosted services.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    const set = lintData().supabaseServices;
    for (const u of ctx.units) {
      if (!u.project) continue;
      const svcs = services(u.project);
      const present = set.filter((s) => svcs.some(([n, v]) => serviceIs(n, v, s)));
      if (present.length < 3 || present.length === set.length) continue;
      // An override file alone is not a stack: only judge projects that define images.
      const missing = set.filter((s) => !present.includes(s)).map((s) => s.name);
      const loc = u.project.locate(['services'], 'key') ?? { file: u.project.files[0].file, line: 1, column: 1 };
      out.push({ loc, message: `this Supabase stack lacks ${missing.join(', ')} (the self-hosted stack has ${set.length} services)` });
    }
    return out;
  },
};

/** Edge functions accepting calls without a JWT in production. */
export const functionsVerifyJwtOff: Rule = {
  id: 'functions-verify-jwt-off',
  severity: 'error',
  description: 'Edge functions run with VERIFY_JWT=false in production.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    const isProd = (file?: string) => ctx.environment === 'production' || (file !== undefined && /(^|\/)env\.prod(uction)?$/.test(file));
    const fn = lintData().supabaseServices.find((s) => s.name === 'functions') ?? { name: 'functions', images: ['supabase/edge-runtime'] };
    for (const src of ctx.envFiles) {
      if (!isProd(src.file.file)) continue;
      for (const e of src.file.entries) {
        if (e.key === 'FUNCTIONS_VERIFY_JWT' && e.value.toLowerCase() === 'false') {
          out.push({ loc: { file: src.file.file, line: e.line, column: e.valueColumn }, message: 'FUNCTIONS_VERIFY_JWT=false in production: every edge function is callable without a valid JWT' });
        }
      }
    }
    for (const u of ctx.units) {
      if (!u.project || !(ctx.environment === 'production' || u.envFiles.some((s) => isProd(s.file.file)))) continue;
      for (const [name, svc] of services(u.project)) {
        if (!serviceIs(name, svc, fn)) continue;
        const env = svc.environment;
        const v = Array.isArray(env) ? env.find((x: string) => String(x).startsWith('VERIFY_JWT='))?.split('=')[1] : env?.VERIFY_JWT;
        if (String(v).toLowerCase() === 'false') {
          out.push({ loc: svcLoc(u.project, name, 'environment', 'VERIFY_JWT'), message: `${name}: VERIFY_JWT resolves to false in production; set FUNCTIONS_VERIFY_JWT=true` });
        }
      }
    }
    return out;
  },
};

/** `env_file:` naming a file that does not exist: docker compose refuses to start. */
export const envFileMissing: Rule = {
  id: 'env-file-missing',
  severity: 'error',
  description: 'A service env_file does not exist.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    for (const f of ctx.composeFiles) {
      const svcs = f.model?.services;
      if (!svcs || typeof svcs !== 'object') continue;
      for (const [name, svc] of Object.entries<any>(svcs)) {
        const list = svc?.env_file === undefined ? [] : Array.isArray(svc.env_file) ? svc.env_file : [svc.env_file];
        list.forEach((item: any, i: number) => {
          const p = typeof item === 'string' ? item : item?.path;
          if (typeof p !== 'string' || (typeof item === 'object' && item.required === false)) return;
          const abs = resolve(dirname(resolve(ctx.cwd, f.file)), p);
          if (!existsSync(abs)) {
            const path = Array.isArray(svc.env_file) ? ['services', name, 'env_file', i] : ['services', name, 'env_file'];
            out.push({ loc: f.locate(path)!, message: `${name}: env_file ${p} does not exist (relative to ${dirname(f.file)}); create it or mark it required: false` });
          }
        });
      }
    }
    return out;
  },
};
