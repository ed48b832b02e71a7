import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { writeFileAtomic } from '../core/atomic-write.js';

export interface ServiceModel {
  image?: string;
  platform?: string;
  runtime?: string;
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: Record<string, unknown>;
  deploy?: Record<string, unknown>;
  volumes?: Array<string | { type?: string; source?: string; target?: string }>;
  env_file?: string | string[] | Array<{ path: string }>;
  build?: string | { context?: string; [k: string]: unknown };
  [k: string]: unknown;
}

export interface ComposeModel {
  services?: Record<string, ServiceModel>;
  [k: string]: unknown;
}

const PH_START = '\u0001pmoves-secret:';
const PH_END = '\u0001';

/** Stands in for a secret during interpolation; rendered back as `${NAME}`. */
export function secretPlaceholder(name: string): string {
  return `${PH_START}${name}${PH_END}`;
}

function absPath(p: string, base: string): string {
  if (isAbsolute(p) || /^[a-z]+:\/\//i.test(p)) return p;
  if (p.startsWith('~')) return p;
  return resolve(base, p);
}

/** Is a short volume `source` a host path (vs. a named volume)? */
function isHostPath(src: string): boolean {
  return src.startsWith('.') || src.startsWith('/') || src.startsWith('~');
}

/**
 * Makes every host path absolute against the project directory (the first compose file's
 * folder, as compose does), so the rendered release runs the same from its own directory
 * after the checkout has moved on.
 */
export function renderModel(model: ComposeModel, firstComposeFile: string): ComposeModel {
  const base = dirname(resolve(firstComposeFile));
  const out = structuredClone(model);
  for (const svc of Object.values(out.services ?? {})) {
    if (Array.isArray(svc.volumes)) {
      svc.volumes = svc.volumes.map((v) => {
        if (typeof v === 'string') {
          const [src, ...rest] = v.split(':');
          return rest.length > 0 && isHostPath(src) ? [absPath(src, base), ...rest].join(':') : v;
        }
        if (v && v.type === 'bind' && v.source) return { ...v, source: absPath(v.source, base) };
        return v;
      });
    }
    if (typeof svc.env_file === 'string') svc.env_file = absPath(svc.env_file, base);
    else if (Array.isArray(svc.env_file)) {
      svc.env_file = (svc.env_file as Array<string | { path: string }>).map((e) =>
        typeof e === 'string' ? absPath(e, base) : { ...e, path: absPath(e.path, base) },
      ) as ServiceModel['env_file'];
    }
    if (typeof svc.build === 'string') svc.build = absPath(svc.build, base);
    else if (svc.build && typeof svc.build.context === 'string') svc.build = { ...svc.build, context: absPath(svc.build.context, base) };
  }
  for (const kind of ['secrets', 'configs'] as const) {
    const top = out[kind] as Record<string, { file?: string }> | undefined;
    for (const v of Object.values(top ?? {})) if (v?.file) v.file = absPath(v.file, base);
  }
  return out;
}

function escapeStrings(v: unknown): unknown {
  if (typeof v === 'string') {
    // The model is already interpolated: a literal $ must survive compose's second pass.
    const escaped = v.replace(/\$/g, '$$$$');
    return escaped.split(PH_START).map((part, i) => {
      if (i === 0) return part;
      const end = part.indexOf(PH_END);
      return `\${${part.slice(0, end)}}${part.slice(end + PH_END.length)}`;
    }).join('');
  }
  if (Array.isArray(v)) return v.map(escapeStrings);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escapeStrings(x)]));
  return v;
}

/** Compose YAML for the model: `$` escaped, secret placeholders back to `${NAME}`. */
export function serializeModel(model: ComposeModel): string {
  return `# Rendered by pmoves deploy; secrets are read from the .env next to this file.\n${stringify(escapeStrings(model), { lineWidth: 0 })}`;
}

/** For display: the placeholder of a secret shown as `${NAME}`. */
export function displayString(s: string): string {
  return s.split(PH_START).map((part, i) => (i === 0 ? part : `\${${part.slice(0, part.indexOf(PH_END))}}${part.slice(part.indexOf(PH_END) + 1)}`)).join('');
}

function envLine(key: string, value: string): string {
  if (/^[A-Za-z0-9_./:@+,%=-]*$/.test(value)) return `${key}=${value}`;
  if (!value.includes("'") && !value.includes('\n')) return `${key}='${value}'`;
  return `${key}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\$/g, '$$$$')}"`;
}

export function serializeEnv(vars: Array<{ key: string; value: string }>): string {
  return `# Rendered by pmoves deploy. Holds secrets: mode 0600, never commit.\n${vars.map((v) => envLine(v.key, v.value)).join('\n')}\n`;
}

export interface RenderedRelease {
  dir: string;
  composeFile: string;
  envFile: string;
}

export function writeRelease(dir: string, model: ComposeModel, vars: Array<{ key: string; value: string }>, planJson: string): RenderedRelease {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const composeFile = join(dir, 'compose.yaml');
  const envFile = join(dir, '.env');
  writeFileAtomic(envFile, serializeEnv(vars), { mode: 0o600 });
  writeFileAtomic(composeFile, serializeModel(model));
  writeFileAtomic(join(dir, 'plan.json'), planJson);
  return { dir, composeFile, envFile };
}
