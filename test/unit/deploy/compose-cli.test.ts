import { describe, expect, it } from 'vitest';
import type { Exec, ExecResult } from '../../../src/core/exec.js';
import { Compose, findCompose } from '../../../src/deploy/compose-cli.js';
import { loadImagePins, pinImage } from '../../../src/deploy/images.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An exec that answers from a table of command lines, recording what was run. */
function fakeExec(answers: Record<string, { code: number; stdout?: string }>): Exec & { calls: string[] } {
  const calls: string[] = [];
  const fn = (async (cmd: string, args: string[]) => {
    const line = [cmd, ...args].join(' ');
    calls.push(line);
    const a = answers[line] ?? { code: 127 };
    return { command: line, code: a.code, stdout: a.stdout ?? '', stderr: '' } satisfies ExecResult;
  }) as Exec & { calls: string[] };
  fn.calls = calls;
  return fn;
}

describe('compose v2 or v1', () => {
  it('prefers the docker compose plugin', async () => {
    const cli = await findCompose(fakeExec({ 'docker compose version --short': { code: 0, stdout: 'v2.29.7\n' }, 'docker-compose version --short': { code: 0, stdout: '1.29.2\n' } }));
    expect(cli).toEqual({ flavor: 'v2', version: '2.29.7', command: ['docker', 'compose'] });
  });

  it('falls back to docker-compose v1, and calls a 2.x under the old name v2', async () => {
    expect(await findCompose(fakeExec({ 'docker compose version --short': { code: 125 }, 'docker-compose version --short': { code: 0, stdout: '1.29.2\n' } }))).toEqual({ flavor: 'v1', version: '1.29.2', command: ['docker-compose'] });
    expect((await findCompose(fakeExec({ 'docker-compose version --short': { code: 0, stdout: '2.20.3\n' } }))).flavor).toBe('v2');
  });

  it('says what to install when there is neither', async () => {
    await expect(findCompose(fakeExec({}))).rejects.toThrow(/neither `docker compose` \(v2\) nor `docker-compose` \(v1\)/);
  });

  it('runs the same verbs with either command, project, file, env file and profiles first', async () => {
    const ref = { project: 'pmoves-edge', file: '/r/1/compose.yaml', envFile: '/r/1/.env', profiles: ['dual-write'], dir: '/r/1' };
    for (const command of [['docker', 'compose'], ['docker-compose']]) {
      const exec = fakeExec({});
      await new Compose({ flavor: command.length === 2 ? 'v2' : 'v1', version: 'x', command }, ref, exec).up(['db']);
      expect(exec.calls).toEqual([`${command.join(' ')} -p pmoves-edge -f /r/1/compose.yaml --env-file /r/1/.env --project-directory /r/1 --profile dual-write up -d --no-deps --remove-orphans db`]);
    }
  });
});

describe('container listing', () => {
  it('asks v2 for stopped containers too (a one-shot service that exited 0 counts), v1 as is', async () => {
    const ref = { project: 'p', file: '/c.yaml', envFile: '/.env', profiles: [], dir: '/' };
    const v2 = fakeExec({ 'docker compose -p p -f /c.yaml --env-file /.env --project-directory / ps -a -q sync-install': { code: 0, stdout: 'abc\n' } });
    expect(await new Compose({ flavor: 'v2', version: '2', command: ['docker', 'compose'] }, ref, v2).containerIds('sync-install')).toEqual(['abc']);
    const v1 = fakeExec({ 'docker-compose -p p -f /c.yaml --env-file /.env --project-directory / ps -q sync-install': { code: 0, stdout: 'def\n' } });
    expect(await new Compose({ flavor: 'v1', version: '1', command: ['docker-compose'] }, ref, v1).containerIds('sync-install')).toEqual(['def']);
  });
});

describe('image digests from a build', () => {
  const d1 = `sha256:${'a'.repeat(64)}`;
  const d2 = `sha256:${'b'.repeat(64)}`;
  it('reads a map, a list or { images: [...] } and pins only what the build produced', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmoves-pins-'));
    writeFileSync(join(dir, 'map.json'), JSON.stringify({ 'ghcr.io/p/sync:1': d1, junk: 'not-a-digest' }));
    writeFileSync(join(dir, 'list.json'), JSON.stringify({ images: [{ image: 'ghcr.io/p/sync:1,ghcr.io/p/sync:latest', digest: d2 }] }));
    const map = loadImagePins(join(dir, 'map.json'));
    expect(map).toEqual({ 'ghcr.io/p/sync:1': d1 });
    expect(pinImage('ghcr.io/p/sync:1', map)).toBe(`ghcr.io/p/sync:1@${d1}`);
    expect(pinImage('nats:2.10', map)).toBe('nats:2.10');
    const list = loadImagePins(join(dir, 'list.json'));
    expect(pinImage('ghcr.io/p/sync:latest', list)).toBe(`ghcr.io/p/sync:latest@${d2}`);
    expect(pinImage('ghcr.io/p/sync', list)).toBe(`ghcr.io/p/sync@${d2}`);
    expect(pinImage(`x@${d1}`, list)).toBe(`x@${d1}`);
  });
});
