import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasShellcheck, skipUnless } from '../../support/require.js';

/**
 * compose/kong/entrypoint.sh renders compose/kong/kong.yml.tmpl inside the kong:2.8.1 (alpine,
 * busybox awk) container. Run it here with every awk this machine has, busybox's included.
 */
const root = join(import.meta.dirname, '../../..');
const script = join(root, 'compose/kong/entrypoint.sh');
const template = join(root, 'compose/kong/kong.yml.tmpl');

const awks: Array<[string, string | undefined]> = [['system awk', undefined]];
const busybox = ['/usr/bin/busybox', '/bin/busybox'].find((p) => existsSync(p));
if (busybox) {
  // busybox picks the applet from argv[0]: a symlink named awk first on PATH is busybox awk.
  const dir = mkdtempSync(join(tmpdir(), 'bbawk-'));
  symlinkSync(busybox, join(dir, 'awk'));
  awks.push(['busybox awk', dir]);
}

// Values with every character that breaks a shell eval or sed replacement.
const values = {
  SUPABASE_ANON_KEY: 'anon$(touch /tmp/pwned)&\\1"`x`',
  SUPABASE_SERVICE_KEY: 'svc${HOME}$1%s\\n',
  DASHBOARD_USERNAME: 'supabase',
  DASHBOARD_PASSWORD: 'Pw&|/\\',
};

function render(pathDir: string | undefined, env: Record<string, string>) {
  const out = join(mkdtempSync(join(tmpdir(), 'kong-')), 'kong.yml');
  const r = spawnSync('sh', [script, 'true'], {
    env: { PATH: `${pathDir ? pathDir + ':' : ''}${process.env.PATH}`, KONG_TEMPLATE: template, KONG_DECLARATIVE_CONFIG: out, ...env },
    encoding: 'utf8',
  });
  return { ...r, out };
}

describe.each(awks)('kong entrypoint with %s', (_name, pathDir) => {
  it('copies the keys byte for byte into valid YAML, mode 0600', () => {
    const r = render(pathDir, values);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const cfg = parse(readFileSync(r.out, 'utf8'));
    const keyOf = (user: string) => cfg.consumers.find((c: { username: string }) => c.username === user).keyauth_credentials[0].key;
    expect(keyOf('anon')).toBe(values.SUPABASE_ANON_KEY);
    expect(keyOf('service_role')).toBe(values.SUPABASE_SERVICE_KEY);
    expect(cfg.basicauth_credentials[0]).toMatchObject({ username: 'supabase', password: values.DASHBOARD_PASSWORD });
    expect(statSync(r.out).mode & 0o777).toBe(0o600);
    expect(existsSync('/tmp/pwned')).toBe(false);
  });

  it('refuses to start with a key missing, naming it but printing no value', () => {
    const r = render(pathDir, { ...values, SUPABASE_SERVICE_KEY: '' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('SUPABASE_SERVICE_KEY is not set');
    expect(r.stderr).not.toContain(values.SUPABASE_ANON_KEY);
  });
});

describe('kong.yml.tmpl routes', () => {
  const cfg = parse(readFileSync(template, 'utf8'));
  const compose = parse(readFileSync(join(root, 'compose/docker-compose.yml'), 'utf8'));

  it('route paths are unique and every upstream is a service Kong shares a network with', () => {
    const paths: string[] = cfg.services.flatMap((s: { routes: Array<{ paths: string[] }> }) => s.routes.flatMap((r) => r.paths));
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
    const netsOf = (svc: { networks: string[] | Record<string, { aliases?: string[] } | null> }) =>
      Array.isArray(svc.networks) ? svc.networks : Object.keys(svc.networks);
    const kongNets = netsOf(compose.services.kong);
    for (const s of cfg.services as Array<{ name: string; url: string }>) {
      const host = new URL(s.url).hostname;
      const target = Object.entries<any>(compose.services).find(
        ([name, svc]) =>
          name === host ||
          (!Array.isArray(svc.networks) && Object.values<any>(svc.networks).some((n) => n?.aliases?.includes(host))),
      );
      expect(target, `${s.name} -> ${host}`).toBeDefined();
      expect(netsOf(target![1]).some((n: string) => kongNets.includes(n)), `${s.name} -> ${host} shares no network with kong`).toBe(true);
    }
  });

  it('keeps postgres-meta for service_role only and Studio behind basic auth', () => {
    const plugins = (name: string) => cfg.services.find((s: { name: string }) => s.name === name).plugins;
    expect(plugins('meta').find((p: { name: string }) => p.name === 'acl').config.allow).toEqual(['admin']);
    expect(plugins('dashboard').map((p: { name: string }) => p.name)).toContain('basic-auth');
  });
});

describe.skipIf(skipUnless('shellcheck', hasShellcheck()))('kong entrypoint shell', () => {
  it('passes shellcheck as POSIX sh', () => {
    const r = spawnSync('shellcheck', ['-s', 'sh', script], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
