import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Exec, ExecResult } from '../../../src/core/exec.js';
import type { Logger } from '../../../src/core/log.js';
import { applyDeploy } from '../../../src/deploy/apply.js';
import type { DeployPlan } from '../../../src/deploy/plan.js';

/**
 * The apply engine's decisions with a scripted compose/docker (the real engine runs in
 * test/e2e/deploy.test.ts): per-service progress, timeout, and a first release that fails
 * with nothing to roll back to.
 */
function plan(timeoutSeconds: number): DeployPlan {
  return {
    site: 'unit', platform: 'workstation', arch: 'amd64', mode: 'standalone', environment: 'production', githubEnvironment: 'unit',
    project: 'pmoves-unit', labels: ['self-hosted'], supabase: { local: true }, composeFiles: [], profiles: [], envFiles: [],
    catalogFile: '', variables: [{ key: 'A', value: 'b', secret: false, source: 'file', overridden: [] }],
    services: [{ name: 'db', image: 'x/db:1', gpu: false, dependsOn: [], healthcheck: true, level: 0 }, { name: 'web', image: 'x/web:1', gpu: false, dependsOn: ['db'], healthcheck: true, level: 1 }],
    removedServices: [], order: [['db'], ['web']], smoke: [], healthTimeoutSeconds: timeoutSeconds, warnings: [],
    model: { services: { db: { image: 'x/db:1' }, web: { image: 'x/web:1' } } },
  };
}

function scripted(health: Record<string, string[]>): Exec & { calls: string[] } {
  const calls: string[] = [];
  const seen: Record<string, number> = {};
  const fn = (async (cmd: string, args: string[]) => {
    const line = [cmd, ...args].join(' ');
    calls.push(line);
    const ok = (stdout = ''): ExecResult => ({ command: line, code: 0, stdout, stderr: '' });
    if (line.endsWith('version --short')) return cmd === 'docker-compose' ? ok('1.29.2\n') : { command: line, code: 125, stdout: '', stderr: '' };
    const ps = / ps -q (\S+)$/.exec(line);
    if (ps) return ok(`${ps[1]}-id\n`);
    if (cmd === 'docker' && args[0] === 'inspect') {
      const svc = args.at(-1)!.replace(/-id$/, '');
      const states = health[svc] ?? ['healthy'];
      const i = Math.min(seen[svc] ?? 0, states.length - 1);
      seen[svc] = (seen[svc] ?? 0) + 1;
      if (args.includes('{{json .State}}\t{{.Image}}')) return ok(`${JSON.stringify({ Status: 'running', Health: { Status: states[i] } })}\tsha256:${svc}\n`);
      return ok('');
    }
    return ok();
  }) as Exec & { calls: string[] };
  fn.calls = calls;
  return fn;
}

function logger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), warn: (m) => lines.push(`warning: ${m}`), step: (m) => lines.push(`==> ${m}`) };
}

describe('apply engine decisions', () => {
  it('reports each service as its health changes and records a healthy release', async () => {
    const log = logger();
    const stateDir = mkdtempSync(join(tmpdir(), 'pmoves-apply-'));
    const r = await applyDeploy(plan(30), { stateDir, log, exec: scripted({ db: ['starting', 'starting', 'healthy'] }), pollMs: 5, skipLint: true });
    expect(r).toMatchObject({ release: 1, result: 'success', exitCode: 0 });
    const text = log.lines.join('\n');
    expect(text).toMatch(/db: starting after [\d.]+ s\n[\s\S]*db: healthy after/);
    expect(text.indexOf('db: healthy')).toBeLessThan(text.indexOf('starting web'));
    const audit = readFileSync(join(stateDir, 'unit/audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(audit).toHaveLength(1);
    expect(audit[0].images).toEqual([{ service: 'db', image: 'x/db:1', digest: 'sha256:db' }, { service: 'web', image: 'x/web:1', digest: 'sha256:web' }]);
  });

  it('times out a service that never gets healthy; a first release has nothing to roll back to', async () => {
    const log = logger();
    const stateDir = mkdtempSync(join(tmpdir(), 'pmoves-apply-'));
    const exec = scripted({ web: ['starting'] });
    const r = await applyDeploy(plan(1), { stateDir, log, exec, pollMs: 20, skipLint: true });
    expect(r).toMatchObject({ release: 1, result: 'failed', exitCode: 1, failedServices: ['web'] });
    expect(r.error).toMatch(/timed out after 1 s waiting for web \(starting\) to be healthy/);
    expect(log.lines.join('\n')).toMatch(/no earlier healthy release to roll back to/);
    expect(exec.calls.some((c) => / logs --no-color --tail 20 web$/.test(c))).toBe(true);
    const state = JSON.parse(readFileSync(join(stateDir, 'unit/state.json'), 'utf8'));
    expect(state.current).toBeUndefined();
    expect(state.releases.map((x: { result: string }) => x.result)).toEqual(['failed']);
  });
});
