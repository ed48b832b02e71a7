import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UserError } from '../../../src/core/errors.js';
import { formatProblem, loadCatalog, SUPABASE_MODES } from '../../../src/catalog/index.js';

const fixtureDir = join(import.meta.dirname, '../../../../shared/fixtures/supabase-docker');

/** Every `${NAME...}` / `$NAME` reference in a string. */
function referencesIn(text: string): string[] {
  const out: string[] = [];
  const re = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g;
  // $$ is compose's escape for a literal dollar, not a reference.
  for (const m of text.replace(/\$\$/g, '').matchAll(re)) out.push(m[1] ?? m[2]);
  return out;
}

function walkStrings(node: unknown, visit: (s: string) => void): void {
  if (typeof node === 'string') visit(node);
  else if (Array.isArray(node)) node.forEach((n) => walkStrings(n, visit));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      visit(k);
      walkStrings(v, visit);
    }
  }
}

describe('variable catalog', () => {
  const catalog = loadCatalog();

  it('covers every variable the upstream compose file references (active and commented out)', () => {
    const text = readFileSync(join(fixtureDir, 'docker-compose.yml'), 'utf8');
    const active = new Set<string>();
    walkStrings(parse(text), (s) => referencesIn(s).forEach((n) => active.add(n)));
    expect(active.size).toBeGreaterThan(40);
    // Commented-out lines are the upstream's opt-in features (OAuth, SMS, MFA): a site enabling
    // them must find the names in the catalog too. PWD is the shell's, not a setting.
    const commented = new Set<string>();
    for (const line of text.split('\n')) {
      if (/^\s*#/.test(line)) referencesIn(line).forEach((n) => commented.add(n));
    }
    commented.delete('PWD');
    const missing = [...active, ...commented].filter((n) => !catalog.get(n));
    expect(missing).toEqual([]);
  });

  it('covers every key of the upstream .env.example, including the commented-out ones', () => {
    const text = readFileSync(join(fixtureDir, '.env.example'), 'utf8');
    const keys = new Set<string>();
    for (const line of text.split('\n')) {
      const m = /^\s*(?:#\s*)?([A-Z][A-Z0-9_]*)=/.exec(line);
      if (m) keys.add(m[1]);
    }
    expect(keys.size).toBeGreaterThan(60);
    expect([...keys].filter((k) => !catalog.get(k))).toEqual([]);
  });

  it('covers the PMOVES variables', () => {
    const pmoves = [
      'SUPABASE_MODE', 'LOCAL_SUPABASE_URL', 'CENTRAL_SUPABASE_URL', 'LOCAL_DB_URL', 'CENTRAL_DB_URL',
      'SYNC_SITE_ID', 'SYNC_TABLES', 'SYNC_BATCH_SIZE', 'SYNC_INTERVAL_SECONDS', 'SYNC_TRANSPORT',
      'SYNC_HTTP_PORT', 'CONFLICT_RESOLUTION', 'NATS_URL', 'MINIO_ENDPOINT', 'DOCKED_MODE', 'PARENT_SYSTEM',
      'SUPABASE_PUBLISHABLE_KEY', 'SUPABASE_SECRET_KEY',
    ];
    expect(pmoves.filter((n) => !catalog.get(n))).toEqual([]);
    expect(catalog.get('SUPABASE_MODE')!.format).toBe(`enum:${SUPABASE_MODES.join('|')}`);
  });

  it.each([
    ['SUPABASE_JWT_SECRET', undefined, 'JWT_SECRET'],
    ['SUPABASE_JWT_EXP', undefined, 'JWT_EXPIRY'],
    ['SUPABASE_PUBLISHABLE_KEY', undefined, 'ANON_KEY'],
    ['SUPABASE_PUBLISHABLE_KEY', 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.sig', 'ANON_KEY'],
    ['SUPABASE_PUBLISHABLE_KEY', 'sb_publishable_Abc123', undefined],
    ['SUPABASE_SECRET_KEY', undefined, 'SERVICE_ROLE_KEY'],
    ['SUPABASE_SECRET_KEY', 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.sig', 'SERVICE_ROLE_KEY'],
    ['SUPABASE_SECRET_KEY', 'sb_secret_Xyz789', undefined],
    ['SUPABASE_SERVICE_KEY', undefined, 'SERVICE_ROLE_KEY'],
    ['SUPABASE_KEY', 'anything', 'SERVICE_ROLE_KEY'],
    ['JWT_SECRET', undefined, undefined],
    ['NOT_A_VARIABLE', undefined, undefined],
  ])('standardNameFor(%s, %s) -> %s', (name, value, expected) => {
    expect(catalog.standardNameFor(name, value)).toBe(expected);
  });

  it('tells renamed legacy names from alias sprawl', () => {
    expect(catalog.aliasInfo('SUPABASE_JWT_SECRET')?.alias.sprawl).toBeFalsy();
    expect(catalog.aliasInfo('SUPABASE_SERVICE_KEY')?.alias.sprawl).toBe(true);
    expect(catalog.aliasInfo('SUPABASE_KEY')?.alias.sprawl).toBe(true);
  });

  it('marks secrets, legacy names inherit the secrecy of their standard name', () => {
    for (const n of ['JWT_SECRET', 'ANON_KEY', 'SERVICE_ROLE_KEY', 'POSTGRES_PASSWORD', 'DASHBOARD_PASSWORD', 'LOCAL_DB_URL', 'CENTRAL_DB_URL']) {
      expect(catalog.isSecret(n), n).toBe(true);
    }
    expect(catalog.isSecret('SUPABASE_JWT_SECRET')).toBe(true);
    expect(catalog.isSecret('SUPABASE_JWT_EXP')).toBe(false);
    expect(catalog.isSecret('KONG_HTTP_PORT')).toBe(false);
    expect(catalog.isSecret('UNKNOWN_THING')).toBe(false);
  });

  it('no secret has a default and every generated secret has a format', () => {
    for (const v of catalog.variables.filter((x) => x.secret)) {
      expect(v.default ?? '', v.name).toBe('');
      if (v.generate) expect(v.format, v.name).toBeDefined();
    }
  });

  it('every default fits its format', () => {
    for (const v of catalog.variables) {
      if (v.default === undefined || v.default === '' || !v.format) continue;
      expect(formatProblem(v.format, v.default), `${v.name}=${v.default}`).toBeUndefined();
    }
  });

  it('requiredFor follows the modes', () => {
    const names = (m: Parameters<typeof catalog.requiredFor>[0]) => catalog.requiredFor(m).map((v) => v.name);
    expect(names('dual-write')).toEqual(expect.arrayContaining(['SYNC_SITE_ID', 'CENTRAL_SUPABASE_URL', 'JWT_SECRET']));
    expect(names('standalone')).toContain('JWT_SECRET');
    expect(names('standalone')).not.toContain('SYNC_SITE_ID');
    expect(names('integrated')).toEqual(expect.arrayContaining(['CENTRAL_SUPABASE_URL', 'ANON_KEY', 'SERVICE_ROLE_KEY']));
    expect(names('integrated')).not.toContain('POSTGRES_PASSWORD');
  });

  it('is cached', () => {
    expect(loadCatalog()).toBe(catalog);
  });
});

describe('formatProblem', () => {
  it.each([
    ['string>=32', 'a'.repeat(32), true],
    ['string>=32', 'a'.repeat(31), false],
    ['string=32', 'a'.repeat(33), false],
    ['hex32', 'ab'.repeat(16), true],
    ['hex32', 'zz'.repeat(16), false],
    ['base64>=32', Buffer.alloc(32, 7).toString('base64'), true],
    ['base64>=32', Buffer.alloc(16, 7).toString('base64'), false],
    ['port', '8000', true],
    ['port', '70000', false],
    ['bool', 'yes', false],
    ['url', 'postgres://u:p@db:5432/postgres', true],
    ['url', 'db:5432', false],
    ['enum:postgres|rest', 'rest', true],
    ['enum:postgres|rest', 'grpc', false],
    ['opaque:sb_secret', 'sb_secret_abc', true],
    ['opaque:sb_secret', 'eyJx.eyJy.z', false],
    ['jwt:anon', 'eyJx.eyJy.z', true],
    ['jwt:anon', 'random-string', false],
  ])('%s %s -> ok=%s', (format, value, ok) => {
    expect(formatProblem(format, value) === undefined).toBe(ok);
  });
});

describe('loadCatalog on bad files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const expectUserError = (path: string, line: number, message: RegExp) => {
    let err: unknown;
    try {
      loadCatalog(path);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).place.line).toBe(line);
    expect((err as UserError).message).toMatch(message);
  };
  const head = 'version: 1\nformats: { url: any URL, string>=N: long }\nvariables:\n';

  it('reports a schema error at its line', () => {
    const p = write('bad-format.yaml', head + '  - name: A_URL\n    description: a url for testing\n    secret: false\n    requiredIn: [everywhere]\n');
    expectUserError(p, 7, /requiredIn/);
  });

  it('reports a duplicate variable at the second declaration', () => {
    const v = (n: string) => `  - name: ${n}\n    description: something long enough\n    secret: false\n    requiredIn: []\n`;
    const p = write('dup.yaml', head + v('ONE') + v('TWO') + v('ONE'));
    expectUserError(p, 12, /declared twice/);
  });

  it('rejects a default on a secret and an alias claimed twice', () => {
    const p = write(
      'secret-default.yaml',
      head + '  - name: TOKEN\n    description: something long enough\n    secret: true\n    format: string>=32\n    default: changeme\n    requiredIn: []\n',
    );
    expectUserError(p, 8, /has a default/);
    const alias = (n: string) =>
      `  - name: ${n}\n    description: something long enough\n    secret: false\n    requiredIn: []\n    legacyAliases: [{ name: OLD }]\n`;
    expectUserError(write('alias-twice.yaml', head + alias('A') + alias('B')), 13, /two standard names/);
  });

  it('reports truncated YAML with a line', () => {
    const p = write('truncated.yaml', head + '  - name: "A\n');
    let err: unknown;
    try {
      loadCatalog(p);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).place.line).toBeGreaterThan(0);
  });
});

describe('docs/catalog.md', () => {
  it('is generated from the current catalog', async () => {
    // @ts-expect-error plain .mjs script without types
    const { renderCatalogDocs } = await import('../../../scripts/gen-catalog-docs.mjs');
    const raw = parse(readFileSync(join(import.meta.dirname, '../../../env-templates/catalog.yaml'), 'utf8'));
    const doc = readFileSync(join(import.meta.dirname, '../../../docs/catalog.md'), 'utf8');
    expect(doc, 'run node scripts/gen-catalog-docs.mjs').toBe(renderCatalogDocs(raw));
    for (const v of loadCatalog().variables) expect(doc).toContain(`\`${v.name}\``);
  });
});
