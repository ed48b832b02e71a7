import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/app.js';
import type { CliIO } from '../../../src/cli/io.js';
import { redact } from '../../../src/core/redact.js';
import { parseEnv } from '../../../src/env/parse.js';
import { generateKeys } from '../../../src/keys/generate.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js';
import { installFakeSecrets, type FakeSecrets } from '../../support/fake-github-secrets.js';

const TOKEN = 'github_pat_test_token_for_the_fake_server';

function captureIO(env: Record<string, string>, cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    cwd,
    env,
    // As processIO does: everything printed passes through redact().
    stdout: (t) => out.push(redact(t)),
    stderr: (t) => err.push(redact(t)),
    stdoutIsTTY: false,
    stdinIsTTY: false,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('pmoves keys store against the documented secrets endpoints', () => {
  let gh: FakeGitHub;
  let fake: FakeSecrets;
  let dir: string;
  let envFile: string;
  let values: Record<string, string>;

  beforeEach(async () => {
    // A fresh server per test: routes and stored secrets do not leak between tests.
    gh = await startFakeGitHub({ token: TOKEN });
    fake = await installFakeSecrets(gh, { owner: 'pmoves', repo: 'site-a', org: 'pmoves', environments: ['production'] });
    dir = mkdtempSync(join(tmpdir(), 'pmoves-store-'));
    envFile = join(dir, '.env');
    writeFileSync(envFile, '# site a\nSITE_URL=http://localhost:3000\nSMTP_PASS=mail-pass-from-provider\n');
    await generateKeys({ envFile, asymmetric: true });
    values = Object.fromEntries(parseEnv(readFileSync(envFile, 'utf8'), envFile).entries.map((e) => [e.key, e.value]));
  });
  afterEach(async () => {
    rmSync(dir, { recursive: true, force: true });
    await gh.close();
  });

  const env = () => ({ GH_TOKEN: TOKEN, GITHUB_API_URL: gh.url });

  it('seals every value to the repository key; the server opens each one intact', async () => {
    const c = captureIO(env(), dir);
    const code = await runCli(['keys', 'store', '--repo', 'pmoves/site-a', '--env-file', '.env'], c.io);
    expect(c.stderr()).toBe('');
    expect(code).toBe(0);
    const stored = fake.values('repo');
    const secretNames = Object.keys(values).filter((k) => k !== 'SITE_URL');
    expect(Object.keys(stored).sort()).toEqual(secretNames.sort());
    for (const n of secretNames) expect(stored[n], n).toBe(values[n]);
    // Multi-line-free JSON values (JWT_KEYS) arrive byte for byte too.
    expect(JSON.parse(stored.JWT_KEYS)).toEqual(JSON.parse(values.JWT_KEYS));
    expect(fake.rejected).toEqual([]);
    expect(stored.SITE_URL).toBeUndefined(); // not a secret
    // Nothing but sealed boxes went over the wire, and no value was printed.
    const wire = JSON.stringify(gh.requests.map((r) => r.body ?? null));
    for (const v of Object.values(values)) {
      if (v.length >= 8) {
        expect(wire.includes(v)).toBe(false);
        expect(c.stdout().includes(v)).toBe(false);
      }
    }
    expect(c.stdout()).toMatch(/created\s+JWT_SECRET/);
  });

  it('leaves an existing secret alone without --rotate and overwrites it with --rotate', async () => {
    fake.seed('repo', 'JWT_SECRET', 'value-set-earlier-in-github');
    const first = captureIO(env(), dir);
    expect(await runCli(['keys', 'store', '--repo', 'pmoves/site-a', '--env-file', envFile, '--only', 'JWT_SECRET,ANON_KEY'], first.io)).toBe(0);
    expect(fake.values('repo').JWT_SECRET).toBe('value-set-earlier-in-github');
    expect(fake.values('repo').ANON_KEY).toBe(values.ANON_KEY);
    expect(first.stdout()).toMatch(/keep\s+JWT_SECRET\s+exists \(use --rotate to overwrite\)/);

    const second = captureIO(env(), dir);
    expect(await runCli(['keys', 'store', '--repo', 'pmoves/site-a', '--env-file', envFile, '--only', 'JWT_SECRET', '--rotate'], second.io)).toBe(0);
    expect(fake.values('repo').JWT_SECRET).toBe(values.JWT_SECRET);
    expect(second.stdout()).toMatch(/updated\s+JWT_SECRET/);
  });

  it('stores environment secrets with the environment key, and names the environments when one is misspelled', async () => {
    const c = captureIO(env(), dir);
    expect(await runCli(['keys', 'store', '--repo', 'pmoves/site-a', '--environment', 'production', '--env-file', envFile, '--only', 'SERVICE_ROLE_KEY'], c.io)).toBe(0);
    expect(fake.values('env:production')).toEqual({ SERVICE_ROLE_KEY: values.SERVICE_ROLE_KEY });
    expect(fake.values('repo')).toEqual({});

    const bad = captureIO(env(), dir);
    expect(await runCli(['keys', 'store', '--repo', 'pmoves/site-a', '--environment', 'prod', '--env-file', envFile], bad.io)).toBe(2);
    expect(bad.stderr()).toMatch(/environment "prod" does not exist in pmoves\/site-a/);
    expect(bad.stderr()).toMatch(/existing environments: production/);
  });

  it('stores organization secrets visible to the repository, keeping a rotated one\'s visibility', async () => {
    const c = captureIO(env(), dir);
    expect(await runCli(['keys', 'store', '--repo', 'pmoves/site-a', '--org', 'pmoves', '--env-file', envFile, '--only', 'LOGFLARE_PRIVATE_ACCESS_TOKEN'], c.io)).toBe(0);
    const s = fake.store.get('org')!.get('LOGFLARE_PRIVATE_ACCESS_TOKEN')!;
    expect(s.value).toBe(values.LOGFLARE_PRIVATE_ACCESS_TOKEN);
    expect(s.visibility).toBe('selected');
    expect(s.selected_repository_ids).toEqual([fake.repoId]);

    fake.seed('org', 'VAULT_ENC_KEY', 'older-org-wide-value');
    const r = captureIO(env(), dir);
    expect(await runCli(['keys', 'store', '--repo', 'pmoves/site-a', '--org', 'pmoves', '--env-file', envFile, '--only', 'VAULT_ENC_KEY', '--rotate'], r.io)).toBe(0);
    const v = fake.store.get('org')!.get('VAULT_ENC_KEY')!;
    expect(v.value).toBe(values.VAULT_ENC_KEY);
    expect(v.visibility).toBe('private');
  });

  it('--dry-run lists names only and writes nothing', async () => {
    fake.seed('repo', 'ANON_KEY', 'x-existing-value');
    const c = captureIO(env(), dir);
    expect(await runCli(['keys', 'store', '--repo', 'pmoves/site-a', '--env-file', envFile, '--dry-run', '--json'], c.io)).toBe(0);
    const out = JSON.parse(c.stdout());
    expect(out.written).toEqual([]);
    expect(out.items.find((i: { name: string }) => i.name === 'ANON_KEY').action).toBe('keep');
    expect(out.items.find((i: { name: string }) => i.name === 'JWT_SECRET').action).toBe('create');
    expect(fake.puts).toBe(0);
    expect(gh.requests.some((r) => r.method === 'PUT')).toBe(false);
    for (const v of Object.values(values)) if (v.length >= 8) expect(c.stdout().includes(v)).toBe(false);

    // Without any token a dry run still lists the names.
    const offline = captureIO({ GITHUB_API_URL: gh.url }, dir);
    expect(await runCli(['keys', 'store', '--repo', 'pmoves/site-a', '--env-file', envFile, '--dry-run'], offline.io)).toBe(0);
    expect(offline.stdout()).toMatch(/create\s+JWT_SECRET\s+new \(existing secrets not checked\)/);
  });

  it('explains a 403: the workflow GITHUB_TOKEN cannot write secrets, and which token can', async () => {
    fake.forbid = true;
    const c = captureIO(env(), dir);
    expect(await runCli(['keys', 'store', '--repo', 'pmoves/site-a', '--env-file', envFile], c.io)).toBe(2);
    const msg = c.stderr();
    expect(msg).toMatch(/403 Forbidden/);
    expect(msg).toMatch(/GITHUB_TOKEN cannot write Actions secrets/);
    expect(msg).toMatch(/fine-grained personal access token with "Secrets: Read and write"/);
    expect(msg).toMatch(/GitHub App/);
    expect(msg).not.toMatch(/\n\s+at /); // no stack trace
    expect(fake.puts).toBe(0);
  });

  it('an unreachable API is a user error that points at GITHUB_API_URL', async () => {
    const gone = await startFakeGitHub();
    const url = gone.url;
    await gone.close();
    const c = captureIO({ GH_TOKEN: TOKEN, GITHUB_API_URL: url }, dir);
    expect(await runCli(['keys', 'store', '--repo', 'pmoves/site-a', '--env-file', envFile], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/cannot reach the GitHub API/);
    expect(c.stderr()).toMatch(/GITHUB_API_URL/);
  });

  it('honours GITHUB_API_URL and sends the token', async () => {
    const c = captureIO(env(), dir);
    await runCli(['keys', 'store', '--repo', 'pmoves/site-a', '--env-file', envFile, '--only', 'ANON_KEY'], c.io);
    expect(gh.requests.length).toBeGreaterThan(0);
    expect(gh.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/pmoves/site-a/actions/secrets',
      'GET /repos/pmoves/site-a/actions/secrets/public-key',
      'PUT /repos/pmoves/site-a/actions/secrets/ANON_KEY',
    ]);
  });
});
