import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, decodeJwt, jwtVerify, SignJWT, importJWK, type JWK } from 'jose';
import { generateKeys, planKeys } from '../../../src/keys/generate.js';
import { secretSpecs } from '../../../src/keys/specs.js';
import { signRoleKey, DEFAULT_KEY_LIFETIME_SECONDS } from '../../../src/keys/jwt.js';
import { unsafeCharsIn } from '../../../src/keys/random.js';
import { parseEnv } from '../../../src/env/parse.js';
import { isUserError } from '../../../src/core/errors.js';

const FIVE_YEARS = 5 * 365 * 24 * 3600;
const enc = new TextEncoder();
const CORE = secretSpecs().filter((s) => s.group === 'core').map((s) => s.name);

function readEnv(file: string): Record<string, string> {
  return Object.fromEntries(parseEnv(readFileSync(file, 'utf8'), file).entries.map((e) => [e.key, e.value]));
}

describe('planKeys', () => {
  it('creates every core secret with the length and encoding of the table', async () => {
    const plan = await planKeys({});
    expect(plan.changes.map((c) => c.name).sort()).toEqual([...CORE].sort());
    for (const spec of secretSpecs().filter((s) => s.kind === 'random')) {
      const v = plan.values[spec.name];
      expect(v, spec.name).toHaveLength(spec.length!);
      expect(v, spec.name).toMatch(spec.encoding === 'hex' ? /^[0-9a-f]+$/ : /^[A-Za-z0-9]+$/);
    }
    for (const v of Object.values(plan.values)) expect(unsafeCharsIn(v)).toEqual([]);
    // No two secrets share a value.
    expect(new Set(Object.values(plan.values)).size).toBe(Object.values(plan.values).length);
  });

  it('signs ANON_KEY and SERVICE_ROLE_KEY with JWT_SECRET: HS256, iss supabase, 5 years from now', async () => {
    const now = Math.floor(Date.now() / 1000);
    const plan = await planKeys({}, { now });
    for (const [name, role] of [['ANON_KEY', 'anon'], ['SERVICE_ROLE_KEY', 'service_role']] as const) {
      const { payload, protectedHeader } = await jwtVerify(plan.values[name], enc.encode(plan.values.JWT_SECRET), { issuer: 'supabase' });
      expect(protectedHeader.alg).toBe('HS256');
      expect(payload.role).toBe(role);
      expect(payload.iat).toBe(now);
      expect(payload.exp! - payload.iat!).toBe(FIVE_YEARS);
    }
    await expect(jwtVerify(plan.values.ANON_KEY, enc.encode('another-secret-of-at-least-32-characters'))).rejects.toThrow();
  });

  it('uses the configured lifetime', async () => {
    const plan = await planKeys({}, { lifetimeSeconds: 3600 });
    const c = decodeJwt(plan.values.ANON_KEY);
    expect(c.exp! - c.iat!).toBe(3600);
  });

  it('keeps everything that is set and valid; a second plan changes nothing', async () => {
    const first = await planKeys({});
    const again = await planKeys(first.values);
    expect(again.changes).toEqual([]);
    expect(again.kept.sort()).toEqual([...CORE].sort());
  });

  it('--rotate JWT_SECRET changes the secret and re-signs both keys, nothing else', async () => {
    const first = await planKeys({});
    const rot = await planKeys(first.values, { rotate: ['JWT_SECRET'] });
    expect(rot.changes.map((c) => c.name).sort()).toEqual(['ANON_KEY', 'JWT_SECRET', 'SERVICE_ROLE_KEY']);
    expect(rot.values.JWT_SECRET).not.toBe(first.values.JWT_SECRET);
    await jwtVerify(rot.values.SERVICE_ROLE_KEY, enc.encode(rot.values.JWT_SECRET));
  });

  it('replaces placeholders and re-signs keys that do not verify, keeps real values', async () => {
    const realSecret = 'Zk3v9QmX2pLr7TbW8nYc4Hd6Js1Fa5Ge0UoKiPqR';
    const foreign = await signRoleKey('some-other-secret-that-is-long-enough-1234', 'anon');
    const plan = await planKeys({
      JWT_SECRET: realSecret,
      ANON_KEY: foreign,
      DASHBOARD_PASSWORD: 'this_password_is_insecure_and_should_be_updated',
      VAULT_ENC_KEY: 'your-32-character-encryption-key',
    });
    const byName = Object.fromEntries(plan.changes.map((c) => [c.name, c]));
    expect(byName.JWT_SECRET).toBeUndefined();
    expect(byName.ANON_KEY.action).toBe('resign');
    expect(byName.ANON_KEY.reason).toMatch(/not signed by JWT_SECRET/);
    expect(byName.DASHBOARD_PASSWORD.action).toBe('replace');
    expect(byName.VAULT_ENC_KEY.action).toBe('replace');
    await jwtVerify(plan.values.ANON_KEY, enc.encode(realSecret));
  });

  it('re-signs a key that carries the wrong role', async () => {
    const secret = 'Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LzXcVbNmQwErT';
    const swapped = await signRoleKey(secret, 'service_role');
    const plan = await planKeys({ JWT_SECRET: secret, ANON_KEY: swapped });
    expect(plan.changes.find((c) => c.name === 'ANON_KEY')?.reason).toMatch(/role "service_role", expected "anon"/);
  });

  it('warns about a kept value of the wrong length without printing it', async () => {
    const plan = await planKeys({ REALTIME_DB_ENC_KEY: 'abcdefghijklmnopqrstuvwxyz' });
    const w = plan.warnings.find((x) => x.name === 'REALTIME_DB_ENC_KEY');
    expect(w?.message).toMatch(/exactly 16/);
    expect(w?.message).not.toContain('abcdefghij');
  });

  it('refuses unknown names and POSTGRES_PASSWORD in --rotate', async () => {
    await expect(planKeys({}, { rotate: ['NOPE'] })).rejects.toSatisfy(isUserError);
    const err = await planKeys({}, { rotate: ['POSTGRES_PASSWORD'] }).catch((e) => e);
    expect(isUserError(err)).toBe(true);
    expect(err.hint).toMatch(/pmoves db rotate-passwords/);
  });

  it('leaves ${REFERENCES} alone and does not sign keys with a reference', async () => {
    const plan = await planKeys({ JWT_SECRET: '${SHARED_JWT_SECRET}', VAULT_ENC_KEY: '$VAULT' });
    const names = plan.changes.map((c) => c.name);
    for (const n of ['JWT_SECRET', 'ANON_KEY', 'SERVICE_ROLE_KEY', 'VAULT_ENC_KEY']) expect(names).not.toContain(n);
    expect(plan.warnings.map((w) => w.name).sort()).toEqual(['ANON_KEY', 'JWT_SECRET', 'SERVICE_ROLE_KEY', 'VAULT_ENC_KEY']);
    expect(names).toContain('SECRET_KEY_BASE');
  });

  describe('--asymmetric', () => {
    it('adds an ES256 key set whose JWKS is an object and verifies both key kinds', async () => {
      const plan = await planKeys({}, { asymmetric: true });
      const keys = JSON.parse(plan.values.JWT_KEYS) as JWK[];
      expect(Array.isArray(keys)).toBe(true);
      const ec = keys.find((k) => k.kty === 'EC')!;
      expect(ec).toMatchObject({ crv: 'P-256', alg: 'ES256' });
      expect(ec.d).toBeTruthy();
      const jwks = JSON.parse(plan.values.JWT_JWKS);
      expect(Array.isArray(jwks)).toBe(false);
      expect(Array.isArray(jwks.keys)).toBe(true);
      expect(jwks.keys.some((k: JWK) => k.d)).toBe(false); // no private EC part
      const set = createLocalJWKSet(jwks);
      const token = await new SignJWT({ role: 'authenticated' })
        .setProtectedHeader({ alg: 'ES256', kid: ec.kid })
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(await importJWK({ ...ec, key_ops: undefined }, 'ES256'));
      expect((await jwtVerify(token, set)).payload.role).toBe('authenticated');
      // The legacy HS256 keys still verify with the set's oct key (jose's local JWKS only takes
      // asymmetric keys, so import it directly, as PostgREST does).
      const oct = jwks.keys.find((k: JWK) => k.kty === 'oct');
      const legacy = await jwtVerify(plan.values.ANON_KEY, await importJWK(oct, 'HS256'));
      expect(legacy.payload.role).toBe('anon');
      expect(plan.values.SUPABASE_PUBLISHABLE_KEY).toMatch(/^sb_publishable_[A-Za-z0-9]{32}$/);
      expect(plan.values.SUPABASE_SECRET_KEY).toMatch(/^sb_secret_[A-Za-z0-9]{32}$/);
    });

    it('rotating JWT_SECRET keeps the ES256 key and updates the HS256 entry of the set', async () => {
      const first = await planKeys({}, { asymmetric: true });
      const rot = await planKeys(first.values, { rotate: ['JWT_SECRET'] });
      expect(rot.changes.map((c) => c.name).sort()).toEqual(['ANON_KEY', 'JWT_JWKS', 'JWT_KEYS', 'JWT_SECRET', 'SERVICE_ROLE_KEY']);
      const ec0 = (JSON.parse(first.values.JWT_KEYS) as JWK[]).find((k) => k.kty === 'EC')!;
      const ec1 = (JSON.parse(rot.values.JWT_KEYS) as JWK[]).find((k) => k.kty === 'EC')!;
      expect(ec1.d).toBe(ec0.d);
      const oct = JSON.parse(rot.values.JWT_JWKS).keys.find((k: JWK) => k.kty === 'oct');
      await jwtVerify(rot.values.ANON_KEY, await importJWK(oct, 'HS256'));
      await expect(jwtVerify(first.values.ANON_KEY, await importJWK(oct, 'HS256'))).rejects.toThrow();
      expect((await planKeys({ ...first.values, ...rot.values })).changes).toEqual([]);
    });
  });
});

describe('generateKeys on a file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pmoves-keys-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('edits the upstream example in place: comments and other lines kept, mode 0600, idempotent', async () => {
    const example = readFileSync(join(__dirname, '../../../../shared/fixtures/supabase-docker/.env.example'), 'utf8');
    const file = join(dir, '.env');
    writeFileSync(file, example, { mode: 0o644 });
    const res = await generateKeys({ envFile: file });
    expect(res.written).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const after = readFileSync(file, 'utf8');
    const changed = new Set(res.plan.changes.map((c) => c.name));
    // Every line that is not a changed secret is byte-identical, in the same place.
    const a = example.split('\n');
    const b = after.split('\n');
    const appended = res.plan.changes.filter((c) => !a.some((l) => l.startsWith(`${c.name}=`))).map((c) => c.name);
    expect(appended).toEqual(['REALTIME_DB_ENC_KEY']); // not in the upstream example
    expect(b.length).toBe(a.length + appended.length);
    expect(a[a.length - 1]).toBe(''); // the example ends with a newline
    for (let i = 0; i < a.length - 1; i++) {
      const key = /^([A-Z0-9_]+)=/.exec(a[i])?.[1];
      if (key && changed.has(key)) expect(b[i].startsWith(`${key}=`)).toBe(true);
      else expect(b[i]).toBe(a[i]);
    }
    const env = readEnv(file);
    for (const name of ['JWT_SECRET', 'ANON_KEY', 'SERVICE_ROLE_KEY', 'DASHBOARD_PASSWORD', 'VAULT_ENC_KEY', 'PG_META_CRYPTO_KEY']) {
      expect(changed.has(name), name).toBe(true);
    }
    // Random-looking but published in the example: replaced, not kept with a warning.
    for (const name of ['SECRET_KEY_BASE', 'S3_PROTOCOL_ACCESS_KEY_ID', 'S3_PROTOCOL_ACCESS_KEY_SECRET']) {
      const c = res.plan.changes.find((x) => x.name === name);
      expect(c, name).toMatchObject({ action: 'replace', reason: expect.stringMatching(/published in the upstream \.env\.example/) });
      const old = new RegExp(`^${name}=(.*)$`, 'm').exec(example)![1];
      expect(env[name], name).not.toBe(old);
    }
    expect(res.plan.warnings.map((w) => w.name)).not.toContain('SECRET_KEY_BASE');
    // REALTIME_DB_ENC_KEY is not in the upstream example: appended at the end.
    expect(b.filter((l) => l.startsWith('REALTIME_DB_ENC_KEY=')).length).toBe(1);
    await jwtVerify(env.ANON_KEY, enc.encode(env.JWT_SECRET));

    const mtime = statSync(file).mtimeMs;
    const ino = statSync(file).ino;
    const second = await generateKeys({ envFile: file });
    expect(second.written).toBe(false);
    expect(second.plan.changes).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(after);
    expect(statSync(file).ino).toBe(ino);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('creates a missing file with mode 0600 and keeps a value that was set by hand', async () => {
    const file = join(dir, 'site.env');
    writeFileSync(file, '# site A\nSITE=a\nS3_PROTOCOL_ACCESS_KEY_ID=0123456789abcdef0123456789abcdef\n', { mode: 0o640 });
    await generateKeys({ envFile: file });
    const env = readEnv(file);
    expect(env.S3_PROTOCOL_ACCESS_KEY_ID).toBe('0123456789abcdef0123456789abcdef');
    expect(env.SITE).toBe('a');
    expect(readFileSync(file, 'utf8').startsWith('# site A\nSITE=a\n')).toBe(true);
    const fresh = join(dir, 'new.env');
    const r = await generateKeys({ envFile: fresh });
    expect(r.created).toBe(true);
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
  });

  it('a directory or unreadable path is a user error naming the file', async () => {
    const err = await generateKeys({ envFile: dir }).catch((e) => e);
    expect(isUserError(err)).toBe(true);
    expect(err.place.file).toBe(dir);
  });

  it('--dry-run writes nothing', async () => {
    const file = join(dir, 'dry.env');
    writeFileSync(file, 'JWT_SECRET=\n');
    const r = await generateKeys({ envFile: file, dryRun: true });
    expect(r.plan.changes.length).toBeGreaterThan(0);
    expect(readFileSync(file, 'utf8')).toBe('JWT_SECRET=\n');
  });

  it('writes the JSON key set so it reads back exactly', async () => {
    const file = join(dir, 'asym.env');
    const r = await generateKeys({ envFile: file, asymmetric: true });
    const env = readEnv(file);
    expect(env.JWT_KEYS).toBe(r.plan.values.JWT_KEYS);
    expect(env.JWT_JWKS).toBe(r.plan.values.JWT_JWKS);
    expect((await generateKeys({ envFile: file })).plan.changes).toEqual([]);
  });

  it('keeps the default lifetime at five years', () => {
    expect(DEFAULT_KEY_LIFETIME_SECONDS).toBe(FIVE_YEARS);
  });
});
