import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec as realExec, type Exec } from '../core/exec.js';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import { redact } from '../core/redact.js';
import { Compose, findCompose, inspectContainers, type ComposeCli } from './compose-cli.js';
import { acquireLock, type LockHandle } from './lock.js';
import { publicPlan, type DeployPlan } from './plan.js';
import { writeRelease } from './render.js';
import { lintRendered } from './lint-rendered.js';
import {
  appendAudit, auditBase, lastGood, nextReleaseId, readState, siteDirs, writeState,
  type AuditEntry, type ImageRecord, type ReleaseRecord, type SiteDirs,
} from './state.js';

export interface EngineOptions {
  stateDir: string;
  log: Logger;
  exec?: Exec;
  compose?: ComposeCli;
  /** Wait this long for another deploy's lock; 0 refuses at once. */
  waitLockMs?: number;
  pollMs?: number;
  /** Skip `pmoves lint` of the rendered project (it runs before anything changes). */
  skipLint?: boolean;
}

export interface ApplyResult {
  site: string;
  release: number;
  result: 'success' | 'rolled-back' | 'failed';
  rolledBackTo?: number;
  failedServices?: string[];
  error?: string;
  lockRecovered?: { pid: number; host: string; startedAt: string };
  exitCode: 0 | 1;
}

/** A deploy step that failed after containers may have changed: triggers the rollback. */
class DeployFailure extends Error {
  constructor(message: string, readonly services: string[] = []) {
    super(message);
  }
}

/** What a release directory needs to be run again (its plan.json, secrets stripped). */
interface StoredPlan {
  site: string;
  project: string;
  profiles: string[];
  order: string[][];
  smoke: DeployPlan['smoke'];
  healthTimeoutSeconds: number;
}

function readStoredPlan(dir: string): StoredPlan {
  const file = join(dir, 'plan.json');
  if (!existsSync(file)) throw new UserError(`release directory ${dir} has no plan.json`, { file, hint: 'the release was removed; deploy again instead of rolling back' });
  return JSON.parse(readFileSync(file, 'utf8')) as StoredPlan;
}

class Engine {
  readonly exec: Exec;
  private cli?: ComposeCli;
  constructor(readonly opts: EngineOptions) {
    this.exec = opts.exec ?? realExec;
    this.cli = opts.compose;
  }

  async composeFor(dir: string, plan: StoredPlan): Promise<Compose> {
    this.cli ??= await findCompose(this.exec);
    return new Compose(this.cli, { project: plan.project, file: join(dir, 'compose.yaml'), envFile: join(dir, '.env'), profiles: plan.profiles, dir }, this.exec);
  }

  async lock(site: string, command: string): Promise<LockHandle> {
    const dirs = siteDirs(this.opts.stateDir, site);
    const { log } = this.opts;
    const handle = await acquireLock(dirs.lock, site, {
      waitMs: this.opts.waitLockMs ?? 0,
      command,
      onWait: (h) => log.info(`site ${site} is locked by pid ${h.pid} (${h.user}@${h.host}, "${h.command}") since ${h.startedAt}; waiting up to ${Math.round((this.opts.waitLockMs ?? 0) / 1000)} s`),
      onRecover: (h) => log.warn(`recovered a stale deploy lock of site ${site}: pid ${h.pid} on ${h.host} (started ${h.startedAt}) is no longer running`),
    });
    return handle;
  }

  /** Pulls every image first, before anything stops; local images carry on when the registry cannot be reached. */
  async pull(compose: Compose, images: string[]): Promise<void> {
    const { log } = this.opts;
    log.step(`pulling ${images.length} image${images.length === 1 ? '' : 's'}`);
    const r = await compose.pull([]);
    if (r.code === 0) return;
    const missing: string[] = [];
    for (const image of images) {
      const i = await this.exec('docker', ['image', 'inspect', '--format', '{{.Id}}', image], { allowFailure: true, timeoutMs: 30_000 });
      if (i.code !== 0) missing.push(image);
    }
    if (missing.length > 0) {
      const tail = redact(r.stderr || r.stdout).trim().split('\n').slice(-5).join('\n    ');
      throw new UserError(`cannot pull ${missing.join(', ')} and ${missing.length === 1 ? 'it is' : 'they are'} not present locally:\n    ${tail}`, {
        hint: 'check the registry login (docker login ghcr.io) and the image tags; nothing was stopped',
      });
    }
    log.warn(`the registry could not be reached (or a pull failed); all ${images.length} image(s) are present locally, continuing with them`);
  }

  /** Starts level by level (databases first) and waits for each level to be healthy. */
  async start(compose: Compose, plan: StoredPlan): Promise<void> {
    const { log } = this.opts;
    for (const [i, level] of plan.order.entries()) {
      log.step(`starting ${level.join(', ')}${i === 0 && plan.order.length > 1 ? ' (first)' : ''}`);
      const r = await compose.up(level, { onLine: (l) => log.info(`  ${l}`) });
      if (r.code !== 0) throw new DeployFailure(`${compose.cli.command.join(' ')} up failed for ${level.join(', ')} (exit ${r.code})`, level);
      await this.waitHealthy(compose, level, plan.healthTimeoutSeconds * 1000);
    }
  }

  async waitHealthy(compose: Compose, services: string[], timeoutMs: number): Promise<void> {
    const { log } = this.opts;
    const started = Date.now();
    const last = new Map<string, string>();
    const done = new Set<string>();
    for (;;) {
      for (const svc of services) {
        if (done.has(svc)) continue;
        const ids = await compose.containerIds(svc);
        const states = await inspectContainers(this.exec, ids);
        const status = states.length === 0 ? 'missing' : (states.find((s) => s.status !== 'healthy' && s.status !== 'running')?.status ?? states[0].status);
        const exitCode = states.find((s) => s.status === 'exited')?.exitCode;
        if (last.get(svc) !== status) {
          log.info(`  ${svc}: ${status}${exitCode !== undefined ? ` (exit ${exitCode})` : ''} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
          last.set(svc, status);
        }
        if (status === 'healthy' || status === 'running' || (status === 'exited' && exitCode === 0)) done.add(svc);
        else if (status === 'unhealthy' || status === 'dead' || (status === 'exited' && exitCode !== 0)) {
          throw new DeployFailure(`service ${svc} is ${status}`, [svc]);
        }
      }
      if (done.size === services.length) return;
      if (Date.now() - started > timeoutMs) {
        const waiting = services.filter((s) => !done.has(s));
        throw new DeployFailure(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${waiting.map((s) => `${s} (${last.get(s)})`).join(', ')} to be healthy`, waiting);
      }
      await new Promise((r) => setTimeout(r, this.opts.pollMs ?? 1000));
    }
  }

  async smoke(compose: Compose, plan: StoredPlan): Promise<void> {
    const { log } = this.opts;
    for (const check of plan.smoke) {
      const timeoutMs = (check.timeoutSeconds ?? 30) * 1000;
      if (check.service && check.command) {
        const r = await compose.execIn(check.service, check.command, timeoutMs);
        if (r.code !== 0) throw new DeployFailure(`smoke check "${check.name}" failed (exit ${r.code}): ${redact(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`, [check.service]);
      } else if (check.url) {
        let ok = false;
        let why = '';
        try {
          const res = await fetch(check.url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
          ok = res.status < 400;
          why = `HTTP ${res.status}`;
        } catch (err) {
          why = (err as Error).message;
        }
        if (!ok) throw new DeployFailure(`smoke check "${check.name}" failed: ${check.url}: ${why}`);
      }
      log.info(`  smoke ${check.name}: ok`);
    }
  }

  /** The image each service runs now, with the local image id it resolved to. */
  async images(compose: Compose, dir: string): Promise<ImageRecord[]> {
    const out: ImageRecord[] = [];
    const planFull = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as DeployPlan;
    for (const svc of planFull.services) {
      if (!svc.image) continue;
      const ids = await compose.containerIds(svc.name);
      const st = await inspectContainers(this.exec, ids.slice(0, 1));
      out.push({ service: svc.name, image: svc.image, digest: st[0]?.image });
    }
    return out;
  }

  async showFailure(compose: Compose, services: string[]): Promise<void> {
    const { log } = this.opts;
    for (const svc of services) {
      const r = await compose.logs(svc, 20);
      const lines = redact(r.stdout + r.stderr).trim().split('\n').filter(Boolean).slice(-20);
      log.info(`--- last log lines of ${svc} ---`);
      for (const l of lines) log.info(`  ${l}`);
      // An unhealthy service often logs nothing; the healthcheck's own output says why.
      const ids = await compose.containerIds(svc);
      if (ids.length === 0) continue;
      const h = await this.exec('docker', ['inspect', '--format', '{{if .State.Health}}{{range .State.Health.Log}}exit {{.ExitCode}}: {{.Output}}{{"\\n"}}{{end}}{{end}}', ids[0]], { allowFailure: true, timeoutMs: 30_000 });
      const checks = redact(h.stdout).trim().split('\n').filter((l) => l.trim()).slice(-3);
      if (checks.length > 0) {
        log.info(`--- last healthchecks of ${svc} ---`);
        for (const l of checks) log.info(`  ${l}`);
      }
    }
  }

  /** Runs a rendered release directory: start, wait, smoke. */
  async runRelease(dir: string, plan: StoredPlan, pull: boolean, images: string[]): Promise<Compose> {
    const compose = await this.composeFor(dir, plan);
    if (pull) await this.pull(compose, images);
    await this.start(compose, plan);
    await this.smoke(compose, plan);
    return compose;
  }
}

function record(state: ReturnType<typeof readState>, rel: ReleaseRecord): void {
  state.releases = [...state.releases.filter((r) => r.id !== rel.id), rel].slice(-20);
}

/**
 * `pmoves deploy apply`: lock, render release N, pull, start in order, wait for health, smoke,
 * record. On failure: the failing services' last log lines, rollback to the last healthy
 * release, health again, exit 1. Every attempt lands in the audit log.
 */
export async function applyDeploy(plan: DeployPlan, opts: EngineOptions): Promise<ApplyResult> {
  const engine = new Engine(opts);
  const { log } = opts;
  const dirs = siteDirs(opts.stateDir, plan.site);
  const lock = await engine.lock(plan.site, `pmoves deploy apply --site ${plan.site}`);
  const started = Date.now();
  const base = auditBase();
  const recovered = lock.recovered ? { pid: lock.recovered.pid, host: lock.recovered.host, startedAt: lock.recovered.startedAt } : undefined;
  try {
    const state = readState(dirs, plan.site);
    const id = nextReleaseId(state);
    const dir = dirs.release(id);
    const shown = publicPlan(plan);
    writeRelease(dir, plan.model, plan.variables, JSON.stringify({ ...shown, release: id }, null, 2) + '\n');
    log.step(`release ${id} of site ${plan.site} (${plan.mode}, ${plan.platform}/${plan.arch}) rendered in ${dir}`);
    if (!opts.skipLint) {
      const lint = await lintRendered(plan, dir);
      for (const f of lint.findings.filter((x) => x.severity === 'error').slice(0, 10)) log.info(`  ${f.rule}: ${f.message}`);
      if (lint.errorCount > 0) {
        record(state, { id, createdAt: new Date(started).toISOString(), dir, images: [], result: 'failed', sha: base.sha });
        writeState(dirs, state);
        appendAudit(dirs, { time: new Date().toISOString(), site: plan.site, action: 'deploy', release: id, result: 'failed', ...base, images: [], error: `pmoves lint: ${lint.errorCount} error(s) in the rendered project`, durationMs: Date.now() - started });
        throw new UserError(`pmoves lint found ${lint.errorCount} error(s) in the rendered project of release ${id}; nothing was changed`, { file: join(dir, 'compose.yaml'), hint: `run pmoves lint ${dir}/compose.yaml --env-file ${dir}/.env for details` });
      }
      log.info(`  pmoves lint: clean (${lint.warningCount} warning(s))`);
    }
    const imageList = [...new Set(plan.services.map((s) => s.image).filter((x): x is string => Boolean(x)))];
    const stored: StoredPlan = shown;
    let compose: Compose | undefined;
    try {
      compose = await engine.composeFor(dir, stored);
      await engine.runRelease(dir, stored, true, imageList);
    } catch (err) {
      if (!(err instanceof DeployFailure)) {
        // Nothing was changed (render, pull or compose discovery failed): record and pass on.
        record(state, { id, createdAt: new Date(started).toISOString(), dir, images: [], result: 'failed', sha: base.sha });
        writeState(dirs, state);
        appendAudit(dirs, { time: new Date().toISOString(), site: plan.site, action: 'deploy', release: id, result: 'failed', ...base, images: imageList.map((image) => ({ service: plan.services.find((s) => s.image === image)?.name ?? '', image })), error: redact((err as Error).message), durationMs: Date.now() - started });
        throw err;
      }
      return await recover(engine, dirs, state, id, err, compose!, imageList, plan, started, base, recovered);
    }
    const images = await engine.images(compose, dir);
    record(state, { id, createdAt: new Date(started).toISOString(), dir, images, result: 'healthy', sha: base.sha });
    state.current = id;
    writeState(dirs, state);
    appendAudit(dirs, { time: new Date().toISOString(), site: plan.site, action: 'deploy', release: id, result: 'success', ...base, images, durationMs: Date.now() - started });
    log.step(`release ${id} of site ${plan.site} is healthy`);
    return { site: plan.site, release: id, result: 'success', lockRecovered: recovered, exitCode: 0 };
  } finally {
    lock.release();
  }
}

async function recover(
  engine: Engine, dirs: SiteDirs, state: ReturnType<typeof readState>, id: number, failure: DeployFailure,
  compose: Compose, imageList: string[], plan: DeployPlan, started: number, base: ReturnType<typeof auditBase>,
  recovered: ApplyResult['lockRecovered'],
): Promise<ApplyResult> {
  const { log } = engine.opts;
  log.warn(`release ${id} failed: ${failure.message}`);
  await engine.showFailure(compose, failure.services);
  const images: ImageRecord[] = plan.services.filter((s) => s.image).map((s) => ({ service: s.name, image: s.image! }));
  record(state, { id, createdAt: new Date(started).toISOString(), dir: dirs.release(id), images, result: 'failed', sha: base.sha });
  const prev = lastGood(state, id);
  const entry: AuditEntry = {
    time: '', site: plan.site, action: 'deploy', release: id, result: 'failed', ...base, images,
    failedServices: failure.services, error: redact(failure.message), durationMs: 0,
  };
  if (!prev) {
    log.warn('there is no earlier healthy release to roll back to; the failed release is left as it is');
    writeState(dirs, state);
    appendAudit(dirs, { ...entry, time: new Date().toISOString(), durationMs: Date.now() - started });
    return { site: plan.site, release: id, result: 'failed', failedServices: failure.services, error: failure.message, lockRecovered: recovered, exitCode: 1 };
  }
  log.step(`rolling back site ${plan.site} to release ${prev.id}`);
  try {
    await engine.runRelease(prev.dir, readStoredPlan(prev.dir), false, []);
  } catch (err) {
    const msg = `rollback to release ${prev.id} failed too: ${(err as Error).message}`;
    log.warn(msg);
    writeState(dirs, state);
    appendAudit(dirs, { ...entry, error: redact(`${failure.message}; ${msg}`), time: new Date().toISOString(), durationMs: Date.now() - started });
    return { site: plan.site, release: id, result: 'failed', failedServices: failure.services, error: msg, lockRecovered: recovered, exitCode: 1 };
  }
  state.current = prev.id;
  writeState(dirs, state);
  appendAudit(dirs, { ...entry, result: 'rolled-back', rolledBackTo: prev.id, time: new Date().toISOString(), durationMs: Date.now() - started });
  log.step(`release ${prev.id} of site ${plan.site} is healthy again; release ${id} failed`);
  return { site: plan.site, release: id, result: 'rolled-back', rolledBackTo: prev.id, failedServices: failure.services, error: failure.message, lockRecovered: recovered, exitCode: 1 };
}

/** `pmoves deploy rollback`: run the last healthy release before the current one again. */
export async function rollbackDeploy(site: string, opts: EngineOptions & { to?: number }): Promise<ApplyResult> {
  const engine = new Engine(opts);
  const dirs = siteDirs(opts.stateDir, site);
  const lock = await engine.lock(site, `pmoves deploy rollback --site ${site}`);
  const started = Date.now();
  const base = auditBase();
  try {
    const state = readState(dirs, site);
    const target = opts.to !== undefined ? state.releases.find((r) => r.id === opts.to) : lastGood(state, state.current);
    if (!target) {
      throw new UserError(opts.to !== undefined ? `site ${site} has no release ${opts.to}` : `site ${site} has no healthy release before the current one (${state.current ?? 'none'})`, {
        file: dirs.state,
        hint: 'pmoves deploy status --site ' + site + ' lists the releases',
      });
    }
    opts.log.step(`rolling back site ${site} to release ${target.id}`);
    let result: AuditEntry['result'] = 'success';
    let error: string | undefined;
    try {
      await engine.runRelease(target.dir, readStoredPlan(target.dir), false, []);
      state.current = target.id;
      writeState(dirs, state);
    } catch (err) {
      if (!(err instanceof DeployFailure)) throw err;
      result = 'failed';
      error = err.message;
      const compose = await engine.composeFor(target.dir, readStoredPlan(target.dir));
      await engine.showFailure(compose, err.services);
    }
    appendAudit(dirs, { time: new Date().toISOString(), site, action: 'rollback', release: target.id, result, ...base, images: target.images, error, durationMs: Date.now() - started });
    return { site, release: target.id, result: result === 'success' ? 'success' : 'failed', error, exitCode: result === 'success' ? 0 : 1 };
  } finally {
    lock.release();
  }
}

export interface ServiceStatus {
  service: string;
  status: string;
  containers: number;
}

export interface SiteStatus {
  site: string;
  current?: number;
  releases: ReleaseRecord[];
  services: ServiceStatus[];
  lock?: { pid: number; host: string; startedAt: string; command: string };
  lastAudit?: AuditEntry;
}

/** `pmoves deploy status`: the recorded releases and what is running now. */
export async function deployStatus(site: string, opts: EngineOptions): Promise<SiteStatus> {
  const engine = new Engine(opts);
  const dirs = siteDirs(opts.stateDir, site);
  const state = readState(dirs, site);
  const services: ServiceStatus[] = [];
  const cur = state.releases.find((r) => r.id === state.current);
  if (cur && existsSync(join(cur.dir, 'plan.json'))) {
    const plan = readStoredPlan(cur.dir);
    const compose = await engine.composeFor(cur.dir, plan);
    for (const svc of plan.order.flat()) {
      const ids = await compose.containerIds(svc);
      const st = await inspectContainers(engine.exec, ids);
      services.push({ service: svc, status: st.length === 0 ? 'missing' : (st.find((s) => s.status !== 'healthy' && s.status !== 'running')?.status ?? st[0].status), containers: st.length });
    }
  }
  let lock: SiteStatus['lock'];
  if (existsSync(dirs.lock)) {
    try {
      lock = JSON.parse(readFileSync(dirs.lock, 'utf8'));
    } catch {
      // being written
    }
  }
  const audit = existsSync(dirs.audit) ? readFileSync(dirs.audit, 'utf8').trim().split('\n').filter(Boolean) : [];
  return { site, current: state.current, releases: state.releases, services, lock, lastAudit: audit.length ? JSON.parse(audit[audit.length - 1]) : undefined };
}
