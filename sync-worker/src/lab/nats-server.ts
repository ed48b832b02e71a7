import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

/** nats-server is optional in the lab: found on PATH, it runs with JetStream under the lab dir. */
export function natsServerInstalled(): boolean {
  const r = spawnSync('nats-server', ['--version'], { stdio: 'ignore' });
  return r.status === 0;
}

export class LabNats {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  constructor(readonly dir: string, readonly port: number) {}

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const child = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', join(this.dir, 'jetstream'), '-l', join(this.dir, 'nats-server.log')], {
      detached: true,
      stdio: 'ignore',
    });
    this.child = child;
    let exit: number | null | undefined;
    this.exited = new Promise((resolve) => child.once('exit', (code) => ((exit = code), (this.child = undefined), resolve())));
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (exit !== undefined) throw new Error(`nats-server exited during start (code ${exit}); see ${join(this.dir, 'nats-server.log')}`);
      const ok = await new Promise<boolean>((resolve) => {
        const s = connect(this.port, '127.0.0.1');
        s.once('connect', () => (s.destroy(), resolve(true)));
        s.once('error', () => resolve(false));
      });
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`nats-server did not listen on ${this.port} within 10 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    const c = this.child;
    if (!c) return;
    c.kill('SIGTERM');
    const t = setTimeout(() => c.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(t);
  }
}
