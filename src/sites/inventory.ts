import { dirname, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { fromRoot } from '../core/package-root.js';
import { loadValidatedYaml } from '../core/validated-yaml.js';
import type { Arch, PlatformKind } from '../platform/detect.js';
import type { SupabaseMode } from '../catalog/index.js';

export interface SmokeCheck {
  name: string;
  service?: string;
  command?: string[];
  url?: string;
  timeoutSeconds?: number;
}

interface RawSite {
  description?: string;
  platform: PlatformKind;
  arch?: Arch;
  mode: SupabaseMode;
  environment?: string;
  runner?: { labels: string[] };
  project?: string;
  centralUrl?: string;
  services?: string[];
  gpuServices?: string[];
  envDir?: string;
  catalog?: string;
  compose: { files: string[]; profiles?: string[] };
  smoke?: SmokeCheck[];
  healthTimeoutSeconds?: number;
}

interface RawDefaults {
  envDir?: string;
  catalog?: string;
  supabaseServices?: string[];
  databaseServices?: string[];
  composeByMode?: Record<string, string[]>;
  composeByPlatform?: Record<string, string[]>;
  profilesByMode?: Record<string, string[]>;
  profilesByPlatform?: Record<string, string[]>;
  healthTimeoutSeconds?: number;
  envPlatform?: Record<string, string>;
}

interface SitesFile {
  version: 1;
  defaults?: RawDefaults;
  sites: Record<string, RawSite>;
}

/** A site with every default applied and every path absolute. */
export interface Site {
  name: string;
  description?: string;
  platform: PlatformKind;
  arch: Arch;
  mode: SupabaseMode;
  /** The env layer `env.<environment>`; the GitHub environment is the site name. */
  environment: string;
  /** The platform's env layer name: `env.platform.<envPlatform>`. */
  envPlatform: string;
  labels: string[];
  project: string;
  centralUrl?: string;
  services?: string[];
  gpuServices: string[];
  supabaseServices: string[];
  databaseServices: string[];
  envDir: string;
  catalog?: string;
  composeFiles: string[];
  profiles: string[];
  smoke: SmokeCheck[];
  healthTimeoutSeconds: number;
  /** sites.yaml and the line of this site's entry, for errors. */
  source: { file: string; line: number; column: number };
}

export interface Inventory {
  file: string;
  sites: Site[];
  get(name: string): Site;
}

/** Upstream self-hosted Supabase service names (supabase/docker/docker-compose.yml). */
const SUPABASE_SERVICES = ['studio', 'kong', 'auth', 'rest', 'realtime', 'storage', 'imgproxy', 'meta', 'functions', 'analytics', 'db', 'vector', 'supavisor'];

export function defaultSitesPath(cwd: string): string {
  return resolve(cwd, 'sites.yaml');
}

export function loadInventory(file: string): Inventory {
  const abs = resolve(file);
  if (!existsSync(abs)) {
    throw new UserError(`no site inventory at ${abs}`, { hint: 'pass --sites FILE, or copy the example sites.yaml from pmoves-toolkit to your repository root' });
  }
  const loaded = loadValidatedYaml<SitesFile>(abs, fromRoot('sites.schema.json'));
  const base = dirname(abs);
  const d = loaded.data.defaults ?? {};
  const sites: Site[] = Object.entries(loaded.data.sites).map(([name, s]) => {
    const arch: Arch = s.arch ?? (s.platform === 'jetson' || s.platform === 'rpi' ? 'arm64' : 'amd64');
    const defaultLabels = ['self-hosted', 'linux', arch === 'amd64' ? 'x64' : 'arm64', s.platform];
    const files = [...s.compose.files, ...(d.composeByMode?.[s.mode] ?? []), ...(d.composeByPlatform?.[s.platform] ?? [])];
    const profiles = [...(s.compose.profiles ?? []), ...(d.profilesByMode?.[s.mode] ?? []), ...(d.profilesByPlatform?.[s.platform] ?? [])];
    const catalog = s.catalog ?? d.catalog;
    const pos = loaded.locate(['sites', name]);
    return {
      name,
      description: s.description,
      platform: s.platform,
      arch,
      mode: s.mode,
      environment: s.environment ?? 'production',
      envPlatform: d.envPlatform?.[s.platform] ?? s.platform,
      labels: s.runner?.labels ?? defaultLabels,
      project: s.project ?? `pmoves-${name}`,
      centralUrl: s.centralUrl,
      services: s.services,
      gpuServices: s.gpuServices ?? [],
      supabaseServices: d.supabaseServices ?? SUPABASE_SERVICES,
      databaseServices: d.databaseServices ?? ['db'],
      envDir: resolve(base, s.envDir ?? d.envDir ?? 'env'),
      catalog: catalog ? resolve(base, catalog) : undefined,
      composeFiles: [...new Set(files.map((f) => resolve(base, f)))],
      profiles: [...new Set(profiles)],
      smoke: s.smoke ?? [],
      healthTimeoutSeconds: s.healthTimeoutSeconds ?? d.healthTimeoutSeconds ?? 180,
      source: { file: abs, line: pos.line, column: pos.column },
    };
  });
  return {
    file: abs,
    sites,
    get(name) {
      const site = sites.find((s) => s.name === name);
      if (!site) {
        throw new UserError(`no site "${name}" in ${abs}`, { file: abs, hint: `one of: ${sites.map((s) => s.name).join(', ')}` });
      }
      return site;
    },
  };
}
