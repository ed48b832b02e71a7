import type { Exec, ExecOptions, ExecResult } from '../core/exec.js';
import { UserError } from '../core/errors.js';

/** `docker compose` (v2 plugin) or `docker-compose` (v1, e.g. Debian's 1.29): same verbs, different argv[0]. */
export interface ComposeCli {
  flavor: 'v1' | 'v2';
  version: string;
  command: string[];
}

export async function findCompose(exec: Exec, prefer?: 'v1' | 'v2'): Promise<ComposeCli> {
  const tryV2 = async (): Promise<ComposeCli | undefined> => {
    const r = await exec('docker', ['compose', 'version', '--short'], { allowFailure: true, timeoutMs: 20_000 });
    const v = r.stdout.trim();
    return r.code === 0 && v ? { flavor: 'v2', version: v.replace(/^v/, ''), command: ['docker', 'compose'] } : undefined;
  };
  const tryV1 = async (): Promise<ComposeCli | undefined> => {
    const r = await exec('docker-compose', ['version', '--short'], { allowFailure: true, timeoutMs: 20_000 });
    const v = r.stdout.trim().replace(/^v/, '');
    return r.code === 0 && v ? { flavor: v.startsWith('1.') ? 'v1' : 'v2', version: v, command: ['docker-compose'] } : undefined;
  };
  const order = prefer === 'v1' ? [tryV1, tryV2] : [tryV2, tryV1];
  for (const t of order) {
    const found = await t();
    if (found) return found;
  }
  throw new UserError('neither `docker compose` (v2) nor `docker-compose` (v1) is installed', {
    hint: 'install the docker compose plugin (docker-compose-plugin) or docker-compose; `pmoves detect` shows what this machine has',
  });
}

/** One compose project on disk: the rendered file and its env file, run under a fixed project name. */
export interface ComposeProjectRef {
  project: string;
  file: string;
  envFile: string;
  profiles: string[];
  dir: string;
}

export class Compose {
  constructor(
    readonly cli: ComposeCli,
    readonly ref: ComposeProjectRef,
    private readonly exec: Exec,
  ) {}

  private args(rest: string[]): [string, string[]] {
    const [cmd, ...pre] = this.cli.command;
    const globals = ['-p', this.ref.project, '-f', this.ref.file, '--env-file', this.ref.envFile, '--project-directory', this.ref.dir];
    for (const p of this.ref.profiles) globals.push('--profile', p);
    return [cmd, [...pre, ...globals, ...rest]];
  }

  run(rest: string[], opts: ExecOptions = {}): Promise<ExecResult> {
    const [cmd, args] = this.args(rest);
    return this.exec(cmd, args, { cwd: this.ref.dir, ...opts });
  }

  pull(services: string[], opts: ExecOptions = {}) {
    return this.run(['pull', ...services], { allowFailure: true, timeoutMs: 600_000, ...opts });
  }

  up(services: string[], opts: ExecOptions = {}) {
    // --no-deps: the caller starts services level by level, dependencies first, and waits for them.
    return this.run(['up', '-d', '--no-deps', '--remove-orphans', ...services], { allowFailure: true, timeoutMs: 600_000, ...opts });
  }

  async containerIds(service: string): Promise<string[]> {
    // v2 lists only running containers unless -a; a one-shot service that exited 0 must count.
    // v1 lists stopped ones already, and its -a would add one-off `run` containers.
    const args = this.cli.flavor === 'v2' ? ['ps', '-a', '-q', service] : ['ps', '-q', service];
    const r = await this.run(args, { allowFailure: true, timeoutMs: 60_000 });
    return r.stdout.split('\n').map((s) => s.trim()).filter(Boolean);
  }

  logs(service: string, tail = 20) {
    return this.run(['logs', '--no-color', '--tail', String(tail), service], { allowFailure: true, timeoutMs: 60_000 });
  }

  execIn(service: string, command: string[], timeoutMs: number) {
    return this.run(['exec', '-T', service, ...command], { allowFailure: true, timeoutMs });
  }

  down() {
    return this.run(['down', '--remove-orphans', '--volumes', '--timeout', '5'], { allowFailure: true, timeoutMs: 300_000 });
  }
}

export interface ContainerHealth {
  id: string;
  /** healthy | unhealthy | starting | running (no healthcheck) | exited | ... */
  status: string;
  exitCode?: number;
  image?: string;
}

export async function inspectContainers(exec: Exec, ids: string[]): Promise<ContainerHealth[]> {
  if (ids.length === 0) return [];
  const r = await exec('docker', ['inspect', '--format', '{{json .State}}\t{{.Image}}', ...ids], { allowFailure: true, timeoutMs: 60_000 });
  if (r.code !== 0) return ids.map((id) => ({ id, status: 'missing' }));
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((line, i) => {
      const [json, image] = line.split('\t');
      const st = JSON.parse(json) as { Status: string; ExitCode?: number; Health?: { Status: string } };
      const status = st.Status !== 'running' ? st.Status : st.Health?.Status ?? 'running';
      return { id: ids[i], status, exitCode: st.ExitCode, image };
    });
}
