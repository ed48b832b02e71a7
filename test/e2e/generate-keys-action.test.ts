import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jwtVerify } from 'jose';
import { parseOutputFile } from '../support/run-action.js';
import { secretSpecs } from '../../src/keys/specs.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { installFakeSecrets, type FakeSecrets } from '../support/fake-github-secrets.js';

const ROOT = join(__dirname, '../..');
const BUNDLE = join(ROOT, 'dist/actions/generate-keys.js');
const TOKEN = 'github_pat_e2e_token_value_0123456789';

interface RunnerView {
  status: number;
  /** The job log as the runner shows it: commands consumed, masks applied from the moment they are added. */
  log: string;
  stderr: string;
  /** Every value registered with ::add-mask::, in order. */
  masks: string[];
  /** Index in stdout lines of the first line that is not an ::add-mask:: command. */
  firstNonMaskLine: number;
  rawStdoutLines: string[];
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs the bundle as the runner does (node <bundle>, INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY)
 * but asynchronously, so the fake API in this process can answer. Then renders stdout like the
 * runner's log: `::add-mask::v` lines vanish and mask v in every later line.
 */
async function runAsRunner(inputs: Record<string, string>, env: Record<string, string>): Promise<RunnerView> {
  const dir = mkdtempSync(join(tmpdir(), 'pmoves-gk-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'pmoves/site-a',
    ...env,
  };
  for (const [k, v] of Object.entries(inputs)) childEnv[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const child = spawn(process.execPath, [BUNDLE], { cwd: dir, env: childEnv });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  const masks: string[] = [];
  const shown: string[] = [];
  const lines = stdout.split('\n');
  let firstNonMaskLine = -1;
  lines.forEach((line, i) => {
    const m = /^::add-mask::(.*)$/.exec(line);
    if (m) {
      masks.push(m[1]);
      return;
    }
    if (firstNonMaskLine < 0 && line !== '') firstNonMaskLine = i;
    let out = line;
    for (const s of [...masks].sort((a, b) => b.length - a.length)) if (s) out = out.split(s).join('***');
    shown.push(out);
  });
  const view = {
    status,
    log: shown.join('\n'),
    stderr,
    masks,
    firstNonMaskLine,
    rawStdoutLines: lines,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
  rmSync(dir, { recursive: true, force: true });
  return view;
}

describe('generate-keys action, bundled and run as the runner runs it', () => {
  let gh: FakeGitHub;
  let fake: FakeSecrets;

  beforeAll(() => {
    if (!existsSync(BUNDLE)) {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stderr}`);
    }
  });
  beforeEach(async () => {
    gh = await startFakeGitHub({ token: TOKEN });
    fake = await installFakeSecrets(gh, { owner: 'pmoves', repo: 'site-a', environments: ['production'] });
  });
  afterEach(async () => gh.close());

  it('stores every generated value intact and never shows one in the log except as ***', async () => {
    const run = await runAsRunner(
      { token: TOKEN, environment: 'production', asymmetric: 'true' },
      { GITHUB_API_URL: gh.url },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const stored = fake.values('env:production');
    const names = Object.keys(stored).sort();
    expect(names).toContain('JWT_SECRET');
    expect(names).toContain('ANON_KEY');
    expect(names).toContain('JWT_JWKS');
    expect(names).toEqual(secretSpecs().map((s) => s.name).sort());
    expect(run.outputs.names.split(',').sort()).toEqual(names);
    expect(JSON.parse(run.outputs['names-json']).sort()).toEqual(names);
    // The values arrived intact: the keys verify against the secret that arrived with them.
    const { payload } = await jwtVerify(stored.SERVICE_ROLE_KEY, new TextEncoder().encode(stored.JWT_SECRET));
    expect(payload.role).toBe('service_role');

    // Masked before anything else: the first lines of stdout are the mask commands, covering
    // every value (and the token), and nothing precedes them.
    expect(run.firstNonMaskLine).toBeGreaterThanOrEqual(Object.keys(stored).length + 1);
    expect(run.rawStdoutLines.slice(0, run.firstNonMaskLine).every((l) => l.startsWith('::add-mask::') || l === '')).toBe(true);
    for (const [n, v] of Object.entries(stored)) expect(run.masks, n).toContain(v);
    expect(run.masks).toContain(TOKEN);

    // What a person sees: no value, anywhere, except as ***.
    for (const [n, v] of [...Object.entries(stored), ['token', TOKEN]]) {
      expect(run.log.includes(v), `${n} in the log`).toBe(false);
      expect(run.stderr.includes(v), `${n} in stderr`).toBe(false);
      expect(run.summary.includes(v), `${n} in the summary`).toBe(false);
      expect(Object.values(run.outputs).join('\n').includes(v), `${n} in the outputs`).toBe(false);
      // Beyond the mask commands, stdout itself never carries a value.
      expect(run.rawStdoutLines.slice(run.firstNonMaskLine).join('\n').includes(v), `${n} raw`).toBe(false);
    }
    expect(run.log).toMatch(/write\s+JWT_SECRET/);
    expect(run.summary).toMatch(/JWT_SECRET/);
  });

  it('keeps existing secrets unless rotated, and refuses to sign keys with a secret it cannot read', async () => {
    fake.seed('repo', 'JWT_SECRET', 'secret-already-in-github-0123456789abcdef');
    const refused = await runAsRunner({ token: TOKEN, names: 'ANON_KEY' }, { GITHUB_API_URL: gh.url });
    expect(refused.status).toBe(1);
    expect(refused.log).toMatch(/::error::.*ANON_KEY must be signed with JWT_SECRET, which already exists/);
    expect(fake.puts).toBe(0);

    const kept = await runAsRunner({ token: TOKEN, names: 'VAULT_ENC_KEY,JWT_SECRET' }, { GITHUB_API_URL: gh.url });
    expect(kept.status).toBe(0);
    expect(kept.outputs.names).toBe('VAULT_ENC_KEY');
    expect(fake.values('repo').JWT_SECRET).toBe('secret-already-in-github-0123456789abcdef');

    const rotated = await runAsRunner({ token: TOKEN, names: 'ANON_KEY,SERVICE_ROLE_KEY', rotate: 'JWT_SECRET' }, { GITHUB_API_URL: gh.url });
    expect(rotated.status).toBe(0);
    expect(rotated.outputs.names.split(',').sort()).toEqual(['ANON_KEY', 'JWT_SECRET', 'SERVICE_ROLE_KEY']);
    const s = fake.values('repo');
    expect(s.JWT_SECRET).not.toBe('secret-already-in-github-0123456789abcdef');
    await jwtVerify(s.ANON_KEY, new TextEncoder().encode(s.JWT_SECRET));
  });

  it('never rotates POSTGRES_PASSWORD in GitHub alone: the database would keep the old one', async () => {
    fake.seed('repo', 'POSTGRES_PASSWORD', 'password-the-database-has');
    fake.seed('repo', 'VAULT_ENC_KEY', 'old-vault-key-0123456789abcdef01');
    const all = await runAsRunner({ token: TOKEN, names: 'POSTGRES_PASSWORD,VAULT_ENC_KEY', rotate: 'true' }, { GITHUB_API_URL: gh.url });
    expect(all.status).toBe(0);
    expect(all.outputs.names).toBe('VAULT_ENC_KEY');
    expect(fake.values('repo').POSTGRES_PASSWORD).toBe('password-the-database-has');
    expect(all.log).toMatch(/keep\s+POSTGRES_PASSWORD\s+\(exists \(rotate it with pmoves db rotate-passwords\)\)/);

    const named = await runAsRunner({ token: TOKEN, names: 'POSTGRES_PASSWORD', rotate: 'POSTGRES_PASSWORD' }, { GITHUB_API_URL: gh.url });
    expect(named.status).toBe(1);
    expect(named.log).toMatch(/::error::.*would leave the database roles on the old password/);
    expect(fake.values('repo').POSTGRES_PASSWORD).toBe('password-the-database-has');
  });

  it('fails with the token explanation on 403, without leaking anything', async () => {
    fake.forbid = true;
    const run = await runAsRunner({ token: TOKEN }, { GITHUB_API_URL: gh.url });
    expect(run.status).toBe(1);
    expect(run.log).toMatch(/::error::.*403 Forbidden/);
    expect(run.log).toMatch(/GITHUB_TOKEN cannot write Actions secrets/);
    expect(run.log.includes(TOKEN)).toBe(false);
  });
});
