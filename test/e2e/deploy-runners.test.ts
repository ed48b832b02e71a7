import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/core/package-root.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { addRunnerRoutes, type FakeRunnerState } from '../support/fake-github-runners.js';
import { hasShellcheck, skipUnless } from '../support/require.js';

/**
 * runners/install.sh against the local GitHub API server. The runner program itself
 * (config.sh / run.sh from actions/runner) cannot be downloaded here: a stub records how the
 * script calls it. systemd is not driven (--no-start); the unit file it would load is checked.
 */
const script = fromRoot('runners/install.sh');
const fixtures = fromRoot('test/fixtures/platforms');
const pmovesCmd = `${fromRoot('node_modules/.bin/tsx')} ${fromRoot('src/cli/main.ts')}`;
const TOKEN = 'ghp_fakeAdminToken0123456789abcdef';

interface Run { code: number; out: string; err: string }

/** Async on purpose: the fake API answers from this process, so a sync spawn would deadlock. */
function runScript(args: string[], env: Record<string, string> = {}, file = script): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('bash', [file, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', GITHUB_TOKEN: TOKEN, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

function fakeRunnerDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pmoves-runner-'));
  // Stand-ins for actions/runner's scripts: record argv, as config.sh writes .runner.
  writeFileSync(join(dir, 'config.sh'), '#!/usr/bin/env bash\nprintf "%s\\n" "$@" > "$(dirname "$0")/config.args"\necho "{}" > "$(dirname "$0")/.runner"\n');
  writeFileSync(join(dir, 'run.sh'), '#!/usr/bin/env bash\nprintf "%s\\n" "$@" > "$(dirname "$0")/run.args"\n');
  chmodSync(join(dir, 'config.sh'), 0o755);
  chmodSync(join(dir, 'run.sh'), 0o755);
  return dir;
}

describe('runners/install.sh', () => {
  let gh: FakeGitHub;
  let state: FakeRunnerState;
  beforeAll(async () => {
    gh = await startFakeGitHub({ token: TOKEN });
    state = addRunnerRoutes(gh, { repos: { 'pmoves/edge-private': { private: true }, 'pmoves/open-source': { private: false } } });
  });
  afterAll(() => gh.close());
  const common = (dir: string) => ['--api-url', gh.url, '--server-url', gh.url, '--dir', dir, '--systemd-dir', join(dir, 'systemd'), '--no-start', '--pmoves', pmovesCmd, '--user', 'root'];

  it.skipIf(skipUnless('shellcheck', hasShellcheck()))('passes shellcheck', () => {
    const r = spawnSync('shellcheck', ['--severity=style', script], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('registers with a registration token, labels from pmoves detect, and writes the systemd unit', async () => {
    const dir = fakeRunnerDir();
    const r = await runScript(['--repo', 'pmoves/edge-private', '--name', 'orin-01', '--extra-labels', 'jetson-edge', '--detect-root', join(fixtures, 'jetson-orin-r36.4'), ...common(dir)]);
    expect(r.code, r.err).toBe(0);
    const post = gh.requests.filter((q) => q.method === 'POST' && q.path === '/repos/pmoves/edge-private/actions/runners/registration-token');
    expect(post).toHaveLength(1);
    expect(post[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(post[0].headers['x-github-api-version']).toBe('2022-11-28');
    const issued = state.registrationTokens.at(-1)!.token;
    const args = readFileSync(join(dir, 'config.args'), 'utf8').trim().split('\n');
    const arg = (name: string) => args[args.indexOf(name) + 1];
    expect(arg('--url')).toBe(`${gh.url}/pmoves/edge-private`);
    expect(arg('--token')).toBe(issued);
    expect(arg('--name')).toBe('orin-01');
    expect(arg('--labels')).toBe('self-hosted,linux,arm64,jetson,l4t-r36.4,jetpack-6,cuda-12.6,gpu,nvidia,jetson-edge');
    expect(args).toContain('--unattended');
    expect(args).not.toContain('--ephemeral');
    const unit = readFileSync(join(dir, 'systemd/pmoves-runner-orin-01.service'), 'utf8');
    expect(unit).toContain(`ExecStart=${dir}/run.sh\n`);
    expect(unit).toContain('Restart=always');
    expect(unit).toContain('User=root');
    expect(r.err).toContain('linux-arm64');
    expect(r.out + r.err).not.toContain(TOKEN);
    expect(r.out + r.err).not.toContain(issued);
  });

  it('registers a just-in-time runner: labels as a JSON array, config kept in a 0600 file, not in the unit', async () => {
    const dir = fakeRunnerDir();
    const r = await runScript(['--repo', 'pmoves/edge-private', '--jit', '--name', 'ws-4090', '--group', '3', '--detect-root', join(fixtures, 'x86-nvidia'), ...common(dir)]);
    expect(r.code, r.err).toBe(0);
    const runner = state.jitRunners.find((j) => j.name === 'ws-4090')!;
    expect(runner).toMatchObject({ scope: 'pmoves/edge-private', runner_group_id: 3, work_folder: '_work', labels: ['self-hosted', 'linux', 'x64', 'workstation', 'gpu', 'nvidia'] });
    const envFile = join(dir, '.pmoves-runner.env');
    expect(statSync(envFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(envFile, 'utf8')).toBe(`PMOVES_RUNNER_JITCONFIG=${runner.encoded_jit_config}\n`);
    const unit = readFileSync(join(dir, 'systemd/pmoves-runner-ws-4090.service'), 'utf8');
    expect(unit).toContain(`ExecStart=${dir}/run.sh --jitconfig \${PMOVES_RUNNER_JITCONFIG}`);
    expect(unit).toContain(`EnvironmentFile=-${envFile}`);
    expect(unit).toContain('Restart=no');
    expect(unit).not.toContain(runner.encoded_jit_config);
    expect(existsSync(join(dir, 'config.args'))).toBe(false);
    expect(r.out + r.err).not.toContain(runner.encoded_jit_config);
  });

  it('installs an ephemeral service that asks for a fresh JIT runner on every start', async () => {
    const dir = fakeRunnerDir();
    const r = await runScript(['--repo', 'pmoves/edge-private', '--ephemeral', '--name', 'vps-eph', '--detect-root', join(fixtures, 'vps'), ...common(dir)]);
    expect(r.code, r.err).toBe(0);
    expect(state.jitRunners.find((j) => j.name === 'vps-eph')).toBeUndefined();
    const unit = readFileSync(join(dir, 'systemd/pmoves-runner-vps-eph.service'), 'utf8');
    expect(unit).toMatch(new RegExp(`ExecStart=${dir}/pmoves-runner-install.sh --repo pmoves/edge-private --name vps-eph --labels self-hosted,linux,x64,vps .*--run`));
    expect(unit).toContain('Restart=always');
    expect(statSync(join(dir, '.pmoves-runner.env')).mode & 0o777).toBe(0o600);
    // One cycle, as systemd would start it: a JIT runner is created and run.sh gets its config.
    const envText = readFileSync(join(dir, '.pmoves-runner.env'), 'utf8');
    const env = Object.fromEntries(envText.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    const cycle = await runScript(['--repo', 'pmoves/edge-private', '--name', 'vps-eph', '--labels', 'self-hosted,linux,x64,vps', '--dir', dir, '--pmoves', pmovesCmd, '--detect-root', join(fixtures, 'vps'), '--run'], env, join(dir, 'pmoves-runner-install.sh'));
    expect(cycle.code, cycle.err).toBe(0);
    const created = state.jitRunners.find((j) => j.name === 'vps-eph')!;
    expect(created.labels).toEqual(['self-hosted', 'linux', 'x64', 'vps']);
    expect(readFileSync(join(dir, 'run.args'), 'utf8').trim().split('\n')).toEqual(['--jitconfig', created.encoded_jit_config]);
  });

  it('refuses a public repository unless told to, before asking for any token', async () => {
    const dir = fakeRunnerDir();
    const before = gh.requests.filter((q) => q.method === 'POST').length;
    const r = await runScript(['--repo', 'pmoves/open-source', ...common(dir)]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error: pmoves\/open-source is a public repository: anyone could run code on this machine/);
    expect(r.err).toMatch(/hint: .*--allow-public/);
    expect(gh.requests.filter((q) => q.method === 'POST').length).toBe(before);
    const ok = await runScript(['--repo', 'pmoves/open-source', '--allow-public', '--jit', '--name', 'throwaway', ...common(dir), '--detect-root', join(fixtures, 'vps')]);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.err).toMatch(/warning: pmoves\/open-source is public/);
  });

  it('refuses 32-bit ARM and reports a bad token clearly', async () => {
    const dir = fakeRunnerDir();
    const root = mkdtempSync(join(tmpdir(), 'pmoves-armv7-'));
    writeFileSync(join(root, 'recorded-commands.yaml'), 'commands:\n  uname -m: { stdout: "armv7l\\n" }\n');
    const arm = await runScript(['--repo', 'pmoves/edge-private', '--detect-root', root, ...common(dir)]);
    expect(arm.code).toBe(2);
    expect(arm.err).toMatch(/32-bit ARM \(armv7l\) is not supported/);
    const bad = await runScript(['--repo', 'pmoves/edge-private', '--detect-root', join(fixtures, 'vps'), ...common(dir)], { GITHUB_TOKEN: 'ghp_wrong' });
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/error: reading repository pmoves\/edge-private: GitHub answered 401 Bad credentials/);
    expect(bad.err).not.toContain('ghp_wrong');
  });

  it('explains missing arguments', async () => {
    const r = await runScript([]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing --repo OWNER\/REPO or --org ORG/);
  });
});
