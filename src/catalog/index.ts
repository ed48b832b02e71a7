import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fromRoot } from '../core/package-root.js';
import { UserError } from '../core/errors.js';
import { readUserFile } from '../core/read-user-file.js';
import * as snapshot from './catalog-snapshot.gen.js';
import { parseCatalogYaml, yamlLocator } from './parse-yaml.js';

/**
 * The variable catalog (env-templates/catalog.yaml): every variable a PMOVES site may set, with
 * its standard name, whether it is a secret, its format, the modes that need it and the legacy
 * names that must be renamed to it. Lint, keys and deploy read it; none of them hard-code names.
 */
export type SupabaseMode = 'standalone' | 'integrated' | 'dual-write';

export const SUPABASE_MODES: readonly SupabaseMode[] = ['standalone', 'integrated', 'dual-write'];

export interface LegacyAlias {
  name: string;
  /** Regex, e.g. ^sb_publishable_: when the alias holds such a value it is a standard name itself. */
  notLegacyWhenValueMatches?: string;
  /**
   * true: an alias people invent next to the standard name (SUPABASE_SERVICE_KEY, SUPABASE_KEY);
   * report it when both are defined rather than rename it blindly. Absent: a renamed legacy name.
   */
  sprawl?: boolean;
}

export interface CatalogVariable {
  name: string;
  description: string;
  secret: boolean;
  format?: string;
  requiredIn: SupabaseMode[];
  default?: string;
  legacyAliases: LegacyAlias[];
  services?: string[];
  /** Display group (keys of `groups` in catalog.yaml). */
  group?: string;
  /** true: `pmoves keys generate` creates the value from `format`. */
  generate?: boolean;
  /** true: the name comes from the upstream self-hosted Supabase docker/ folder. */
  upstream?: boolean;
}

export interface Catalog {
  variables: CatalogVariable[];
  /** Format name -> what it means (catalog.yaml `formats`). */
  formats: Record<string, string>;
  /** Group id -> title, in display order. */
  groups: Record<string, string>;
  /** The file the catalog was read from. */
  file: string;
  get(name: string): CatalogVariable | undefined;
  /**
   * The standard name a legacy name must become, or undefined when `legacyName` is not legacy.
   * Value-aware: SUPABASE_PUBLISHABLE_KEY holding `sb_publishable_...` is the current upstream
   * name for the opaque key, not a legacy ANON_KEY, so it maps to nothing. An absent or empty
   * value cannot prove that, so the name is treated as legacy.
   */
  standardNameFor(legacyName: string, value?: string): string | undefined;
  /** The alias entry behind a legacy name (to tell renames from sprawl), if any. */
  aliasInfo(legacyName: string): { standard: string; alias: LegacyAlias } | undefined;
  isSecret(name: string): boolean;
  requiredFor(mode: SupabaseMode): CatalogVariable[];
}

interface CatalogFile {
  version: 1;
  formats: Record<string, string>;
  groups?: Record<string, string>;
  variables: Array<Omit<CatalogVariable, 'legacyAliases'> & { legacyAliases?: LegacyAlias[] }>;
}

const cache = new Map<string, Catalog>();

export function defaultCatalogPath(): string {
  return fromRoot('env-templates/catalog.yaml');
}

export function loadCatalog(path?: string): Catalog {
  const file = resolve(path ?? defaultCatalogPath());
  const hit = cache.get(file);
  if (hit) return hit;
  const text = readUserFile(file);
  // Start-up time is most of a `pmoves lint` run, and parsing this YAML and compiling its schema
  // was most of the start-up. The shipped catalog was validated when its snapshot was generated
  // (src/catalog/generate.mjs): any text with the same hash is that catalog and needs neither.
  // Anything else (a site's catalog, an edit not regenerated yet) is parsed and validated.
  let catalog: Catalog;
  if (createHash('sha256').update(text).digest('hex') === snapshot.sourceSha256) {
    let locate: ReturnType<typeof yamlLocator> | undefined;
    catalog = buildCatalog(JSON.parse(snapshot.json) as CatalogFile, file, (path) => (locate ??= yamlLocator(text))(path));
  } else {
    const loaded = parseCatalogYaml(text, file, fromRoot('env-templates/catalog.schema.json'));
    catalog = buildCatalog(loaded.data as CatalogFile, file, loaded.locate);
  }
  cache.set(file, catalog);
  return catalog;
}

function buildCatalog(
  data: CatalogFile,
  file: string,
  locate: (path: Array<string | number>) => { line: number; column: number },
): Catalog {
  const byName = new Map<string, CatalogVariable>();
  const aliases = new Map<string, { standard: string; alias: LegacyAlias; pattern?: RegExp }>();
  const groups = data.groups ?? {};
  const fail = (path: Array<string | number>, message: string, hint: string): never => {
    const pos = locate(path);
    throw new UserError(message, { file, line: pos.line, column: pos.column, hint });
  };

  const variables = data.variables.map((raw, i): CatalogVariable => {
    const v: CatalogVariable = { ...raw, legacyAliases: raw.legacyAliases ?? [] };
    if (byName.has(v.name)) fail(['variables', i, 'name'], `variable ${v.name} is declared twice`, 'merge the two entries');
    if (v.group !== undefined && !(v.group in groups)) {
      fail(['variables', i, 'group'], `variable ${v.name} uses the unknown group "${v.group}"`, 'add it under `groups:` or use an existing one');
    }
    if (v.format !== undefined && !(formatFamily(v.format) in data.formats)) {
      fail(['variables', i, 'format'], `variable ${v.name} uses the undocumented format "${v.format}"`, 'describe it under `formats:`');
    }
    if (v.secret && v.default !== undefined && v.default !== '') {
      fail(['variables', i, 'default'], `secret ${v.name} has a default value`, 'secrets are generated per site; remove the default');
    }
    byName.set(v.name, v);
    v.legacyAliases.forEach((alias, j) => {
      if (aliases.has(alias.name)) {
        fail(['variables', i, 'legacyAliases', j, 'name'], `legacy alias ${alias.name} maps to two standard names`, 'keep it under one variable');
      }
      let pattern: RegExp | undefined;
      if (alias.notLegacyWhenValueMatches !== undefined) {
        try {
          pattern = new RegExp(alias.notLegacyWhenValueMatches);
        } catch (err) {
          fail(['variables', i, 'legacyAliases', j, 'notLegacyWhenValueMatches'], `invalid regex: ${(err as Error).message}`, 'use a JavaScript regular expression');
        }
      }
      aliases.set(alias.name, { standard: v.name, alias, pattern });
    });
    return v;
  });

  // An alias that is also a catalog variable is fine only when its value decides (the opaque
  // key names); otherwise the catalog would call one name both standard and legacy.
  for (const [name, a] of aliases) {
    if (byName.has(name) && !a.pattern) {
      const i = data.variables.findIndex((v) => v.name === a.standard);
      fail(['variables', i, 'legacyAliases'], `${name} is both a variable and a legacy alias of ${a.standard}`, 'add notLegacyWhenValueMatches or remove one of them');
    }
  }

  return {
    variables,
    formats: data.formats,
    groups,
    file,
    get: (name) => byName.get(name),
    standardNameFor(legacyName, value) {
      const a = aliases.get(legacyName);
      if (!a) return undefined;
      if (a.pattern && value !== undefined && value !== '' && a.pattern.test(value)) return undefined;
      return a.standard;
    },
    aliasInfo(legacyName) {
      const a = aliases.get(legacyName);
      return a ? { standard: a.standard, alias: a.alias } : undefined;
    },
    isSecret(name) {
      const v = byName.get(name);
      if (v) return v.secret;
      // A legacy name carries what its standard name carries.
      const a = aliases.get(name);
      return a ? byName.get(a.standard)!.secret : false;
    },
    requiredFor: (mode) => variables.filter((v) => v.requiredIn.includes(mode)),
  };
}

/** `string>=40` -> `string>=N`, `hex32` -> `hexN`, `enum:a|b` -> `enum:a|b`: the key under `formats:`. */
export function formatFamily(format: string): string {
  if (format.startsWith('enum:')) return 'enum:a|b';
  return format.replace(/(>=|=)\d+$/, '$1N').replace(/^hex\d+$/, 'hexN');
}

/**
 * What is wrong with `value` for `format`, or undefined when it fits. Only the shape is checked:
 * whether a JWT is signed by JWT_SECRET is the lint rule's business, since it needs two values.
 */
export function formatProblem(format: string, value: string): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^string>=(\d+)$/.exec(format))) return value.length >= Number(m[1]) ? undefined : `shorter than ${m[1]} characters`;
  if ((m = /^string=(\d+)$/.exec(format))) return value.length === Number(m[1]) ? undefined : `not exactly ${m[1]} characters`;
  if ((m = /^hex(\d+)$/.exec(format))) return new RegExp(`^[0-9a-fA-F]{${m[1]}}$`).test(value) ? undefined : `not ${m[1]} hexadecimal characters`;
  if ((m = /^base64>=(\d+)$/.exec(format))) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return 'not base64';
    return Buffer.from(value, 'base64').length >= Number(m[1]) ? undefined : `decodes to fewer than ${m[1]} bytes`;
  }
  if ((m = /^enum:(.+)$/.exec(format))) {
    const allowed = m[1].split('|');
    return allowed.includes(value) ? undefined : `not one of ${allowed.join(', ')}`;
  }
  if ((m = /^opaque:(sb_publishable|sb_secret)$/.exec(format))) return value.startsWith(`${m[1]}_`) ? undefined : `does not start with ${m[1]}_`;
  if (format.startsWith('jwt:')) return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(value) ? undefined : 'not a JWT';
  switch (format) {
    case 'port': {
      const n = Number(value);
      return /^\d+$/.test(value) && n >= 1 && n <= 65535 ? undefined : 'not a port (1-65535)';
    }
    case 'int':
      return /^-?\d+$/.test(value) ? undefined : 'not an integer';
    case 'bool':
      return value === 'true' || value === 'false' ? undefined : 'not true or false';
    case 'url':
      return /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(value) ? undefined : 'not an absolute URL';
    case 'email':
      return /^[^@\s]+@[^@\s]+$/.test(value) ? undefined : 'not an e-mail address';
    case 'slug':
      return /^[a-z0-9][a-z0-9_-]*$/.test(value) ? undefined : 'not a lowercase identifier';
    case 'duration':
      return /^\d+(ms|s|m|h)$/.test(value) ? undefined : 'not a duration such as 60s';
    default:
      return undefined;
  }
}

/** Drop cached catalogs (tests that write catalog files). */
export function clearCatalogCache(): void {
  cache.clear();
}
