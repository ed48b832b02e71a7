import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { exec } from '../../core/exec.js';
import { UserError } from '../../core/errors.js';
import { stderrLogger } from '../../core/log.js';
import { bakeFile, type CacheBackend } from '../../build/bake.js';
import { parseChangedFiles } from '../../build/changes.js';
import { changedFilesSince, resolveGitContext } from '../../build/context.js';
import { diskGuard, formatBytes, parseDuration, parseSizeOption } from '../../build/disk-guard.js';
import { loadImagesManifest } from '../../build/images.js';
import { planBuild, type BuildPlan } from '../../build/plan.js';
import { makeEngine, mergeImages, runBuild } from '../../build/run.js';
import { summaryTable } from '../../build/summary.js';
import type { EngineName, LegResult } from '../../build/engine.js';
import { parseCommandArgs } from '../app.js';
import type { CliIO } from '../io.js';

const HELP = `pmoves build — multi-arch images (amd64, arm64, Jetson L4T variants) from images.yaml

Usage:
  pmoves build plan  [plan options] [--json]       which images, platforms, variants and runners
  pmoves build run   [plan options] [run options]  build (and push, merge) the planned legs
  pmoves build bake  [plan options] --out FILE     write the buildx bake file of the plan
  pmoves build merge --plan FILE --results FILE    join pushed platform digests into indexes
  pmoves build prune [--max-cache SIZE] [--min-free SIZE] [--keep-recent DUR] [--prune-label L] [--force] [--dry-run]

Plan options:
  --file F            images manifest (default images.yaml)
  --event E           push | pull_request | schedule | workflow_dispatch | release (default $GITHUB_EVENT_NAME or push)
  --ref R             refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge (also: main, v1.2.3, pr-7)
  --sha S             commit (default $GITHUB_SHA or git rev-parse HEAD)
  --repository O/N    for the owner and OCI labels (default $GITHUB_REPOSITORY)
  --default-branch B  gets the edge tag (default main)
  --changed-files F   files this event changed, one per line or a JSON array ("-" = stdin)
  --since REF         changed files = git diff --name-only REF HEAD
  --registry R        default from images.yaml (ghcr.io)
  --owner O           registry namespace (default: the repository owner), lowercased
  --only A,B          these images only
  --push / --no-push  default: push, except for pull requests
  --qemu              build non-amd64 legs on amd64 runners under QEMU
  --date ISO          the run's date (nightly tag, created label)

Run options:
  --engine E          auto | buildx | docker (default auto: buildx when installed)
  --leg ID            build only this leg (repeatable); see plan --json .legs[].id
  --no-merge          do not create the multi-platform indexes
  --cache C           buildx cache: gha | registry | local | none (default gha in Actions, else none)
  --max-cache SIZE    disk guard: prune build cache and dangling images above SIZE (e.g. 20GB)
  --min-free SIZE     disk guard: ... or when less than SIZE is free
  --keep-recent DUR   disk guard: keep images and cache younger than DUR (default 10m; 0 = none)
  --prune-label L     disk guard: prune only images with label L (KEY or KEY=VALUE)
  --results FILE      write the leg results (JSON) for a later merge
  --dry-run           print the commands, run nothing

Example:
  pmoves build plan --event push --ref refs/heads/main --since HEAD~1 --json | jq .matrix
  pmoves build run --registry 127.0.0.1:5000 --owner pmoves --engine docker

Exit codes: 0 ok (also: nothing to build), 1 a build, push or platform check failed, 2 bad usage.
`;

const planOptions = {
  file: { type: 'string' },
  event: { type: 'string' },
  ref: { type: 'string' },
  sha: { type: 'string' },
  repository: { type: 'string' },
  'default-branch': { type: 'string' },
  'changed-files': { type: 'string' },
  since: { type: 'string' },
  registry: { type: 'string' },
  owner: { type: 'string' },
  only: { type: 'string' },
  push: { type: 'boolean' },
  'no-push': { type: 'boolean' },
  qemu: { type: 'boolean' },
  date: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const runOptions = {
  ...planOptions,
  engine: { type: 'string' },
  leg: { type: 'string', multiple: true },
  'no-merge': { type: 'boolean' },
  cache: { type: 'string' },
  'max-cache': { type: 'string' },
  'min-free': { type: 'string' },
  'keep-recent': { type: 'string' },
  'prune-label': { type: 'string' },
  results: { type: 'string' },
  'dry-run': { type: 'boolean' },
  out: { type: 'string' },
  plan: { type: 'string' },
  force: { type: 'boolean' },
} as const;

type Values = Partial<Record<keyof typeof runOptions, string | boolean | string[] | undefined>>;

function size(name: string, v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const n = parseSizeOption(String(v));
  if (n === undefined) throw new UserError(`--${name} "${String(v)}" is not a size`, { hint: 'e.g. 20GB, 512MiB or a number of bytes' });
  return n;
}

function duration(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const n = parseDuration(String(v));
  if (n === undefined) throw new UserError(`--keep-recent "${String(v)}" is not a duration`, { hint: 'e.g. 10m, 2h, 30s or 0' });
  return n;
}

function oneOf<T extends string>(name: string, v: unknown, allowed: readonly T[], dflt: T): T {
  if (v === undefined) return dflt;
  if (!allowed.includes(v as T)) throw new UserError(`--${name} must be one of ${allowed.join(', ')}, not "${String(v)}"`, { hint: 'see pmoves build --help' });
  return v as T;
}

async function makePlan(v: Values, io: CliIO): Promise<BuildPlan> {
  const file = resolve(io.cwd, String(v.file ?? 'images.yaml'));
  const manifest = loadImagesManifest(file);
  const ctx = await resolveGitContext(
    {
      event: v.event as string | undefined,
      ref: v.ref as string | undefined,
      sha: v.sha as string | undefined,
      repository: v.repository as string | undefined,
      defaultBranch: v['default-branch'] as string | undefined,
      date: v.date as string | undefined,
    },
    io.env,
    exec,
    manifest.dir,
  );
  let changedFiles: string[] | undefined;
  if (v['changed-files'] !== undefined) {
    const f = String(v['changed-files']);
    try {
      changedFiles = parseChangedFiles(readFileSync(f === '-' ? 0 : resolve(io.cwd, f), 'utf8'));
    } catch (err) {
      throw new UserError(`cannot read --changed-files ${f}: ${(err as Error).message}`, { hint: 'one path per line, or a JSON array' });
    }
  } else if (v.since !== undefined) {
    changedFiles = await changedFilesSince(exec, manifest.dir, String(v.since));
    if (changedFiles === undefined) {
      throw new UserError(`git diff against "${String(v.since)}" failed`, { hint: 'is it a commit of this repository (fetch-depth: 0 in actions/checkout)?' });
    }
  }
  return planBuild(manifest, ctx, {
    changedFiles,
    push: v['no-push'] ? false : v.push ? true : undefined,
    registry: v.registry as string | undefined,
    owner: v.owner as string | undefined,
    forceQemu: Boolean(v.qemu),
    only: v.only ? String(v.only).split(',').map((s) => s.trim()) : undefined,
  });
}

function printPlan(plan: BuildPlan, io: CliIO): void {
  if (plan.legs.length === 0) io.stdout('nothing to build\n');
  for (const img of plan.images) {
    io.stdout(`${img.name}  (${img.reason})\n  ${img.tags.join('\n  ')}\n`);
    for (const id of img.legs) {
      const l = plan.legs.find((x) => x.id === id)!;
      io.stdout(`    ${l.platform.padEnd(12)} on ${JSON.stringify(l.runsOn)}${l.qemu ? ' (QEMU)' : ''}\n`);
    }
    for (const vr of img.variants) io.stdout(`    ${vr.name}: ${vr.tags[0]} (JetPack ${vr.jetpack}, CUDA ${vr.cuda}, FROM ${vr.baseImage})\n`);
  }
  for (const s of plan.skipped) io.stdout(`skip ${s.image}: ${s.reason}\n`);
  io.stdout(`push: ${plan.push}, attestations: ${plan.attestations}\n`);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout(HELP);
    return sub ? 0 : 2;
  }
  const { values: v } = parseCommandArgs('build', rest, sub === 'plan' ? planOptions : runOptions, false);
  if (v.help) {
    io.stdout(HELP);
    return 0;
  }
  const log = stderrLogger({ quiet: Boolean(v.json) && !io.env.PMOVES_VERBOSE });
  const engineName = () => oneOf<EngineName | 'auto'>('engine', (v as Values).engine, ['auto', 'buildx', 'docker'], 'auto');
  const cache = () => oneOf<CacheBackend>('cache', (v as Values).cache, ['gha', 'registry', 'local', 'none'], io.env.GITHUB_ACTIONS === 'true' ? 'gha' : 'none');

  switch (sub) {
    case 'plan': {
      const plan = await makePlan(v, io);
      if (v.json) io.stdout(JSON.stringify(plan, null, 2) + '\n');
      else printPlan(plan, io);
      return 0;
    }
    case 'bake': {
      const rv = v as Values;
      const plan = await makePlan(rv, io);
      const root = plan.manifest.replace(/\/[^/]+$/, '');
      const legIds = rv.leg as string[] | undefined;
      const legs = legIds?.length ? plan.legs.filter((l) => legIds.includes(l.id)) : plan.legs;
      const text = JSON.stringify(bakeFile(plan, legs, { root, cache: cache() }), null, 2) + '\n';
      if (rv.out) {
        writeFileAtomic(resolve(io.cwd, String(rv.out)), text);
        log.info(`wrote ${String(rv.out)} (${legs.length} targets)`);
      } else io.stdout(text);
      return 0;
    }
    case 'run': {
      const rv = v as Values;
      const plan = await makePlan(rv, io);
      const root = plan.manifest.replace(/\/[^/]+$/, '');
      const guard =
        rv['max-cache'] !== undefined || rv['min-free'] !== undefined
          ? {
              maxCacheBytes: size('max-cache', rv['max-cache']),
              minFreeBytes: size('min-free', rv['min-free']),
              keepRecentSeconds: duration(rv['keep-recent']),
              label: rv['prune-label'] as string | undefined,
              dryRun: Boolean(rv['dry-run']),
            }
          : undefined;
      let res;
      try {
        res = await runBuild(plan, {
          engine: engineName(),
          exec,
          log,
          root,
          workDir: join(root, '.pmoves', 'build'),
          cache: cache(),
          legs: rv.leg as string[] | undefined,
          merge: !rv['no-merge'],
          dryRun: Boolean(rv['dry-run']),
          diskGuard: guard,
        });
      } catch (err) {
        if (err instanceof UserError) throw err;
        io.stderr(`pmoves build: ${(err as Error).message}\n`);
        return 1;
      }
      if (rv.results) writeFileAtomic(resolve(io.cwd, String(rv.results)), JSON.stringify(res.results, null, 2) + '\n');
      if (rv.json) io.stdout(JSON.stringify({ plan, ...res }, null, 2) + '\n');
      else if (rv['dry-run']) io.stdout(res.commands.map((c) => c.join(' ')).join('\n') + '\n');
      else if (res.results.length === 0) io.stdout('nothing to build\n');
      else io.stdout(summaryTable(res.results, res.merged));
      return 0;
    }
    case 'merge': {
      const rv = v as Values;
      if (!rv.plan || !rv.results) throw new UserError('merge needs --plan FILE and --results FILE', { hint: 'see pmoves build --help' });
      const plan = JSON.parse(readFileSync(resolve(io.cwd, String(rv.plan)), 'utf8')) as BuildPlan;
      const results = JSON.parse(readFileSync(resolve(io.cwd, String(rv.results)), 'utf8')) as LegResult[];
      const root = plan.manifest.replace(/\/[^/]+$/, '');
      const engine = makeEngine(engineName() === 'auto' ? (results[0]?.engine ?? 'docker') : (engineName() as EngineName), {
        exec,
        log,
        root,
        workDir: join(root, '.pmoves', 'build'),
      });
      try {
        const merged = await mergeImages(plan, results, engine);
        io.stdout(rv.json ? JSON.stringify(merged, null, 2) + '\n' : summaryTable([], merged));
      } catch (err) {
        if (err instanceof UserError) throw err;
        io.stderr(`pmoves build merge: ${(err as Error).message}\n`);
        return 1;
      }
      return 0;
    }
    case 'prune': {
      const rv = v as Values;
      const report = await diskGuard(exec, log, {
        maxCacheBytes: size('max-cache', rv['max-cache']),
        minFreeBytes: size('min-free', rv['min-free']),
        force: Boolean(rv.force) || (rv['max-cache'] === undefined && rv['min-free'] === undefined),
        keepRecentSeconds: duration(rv['keep-recent']),
        label: rv['prune-label'] as string | undefined,
        dryRun: Boolean(rv['dry-run']),
      });
      if (rv.json) io.stdout(JSON.stringify(report, null, 2) + '\n');
      else io.stdout(`${report.pruned ? 'pruned' : 'not pruned'} (${report.reason}): reclaimed ${formatBytes(report.reclaimedBytes)}, free space +${formatBytes(report.freedBytes)}\n`);
      return 0;
    }
    default:
      throw new UserError(`unknown build subcommand "${sub}"`, { hint: 'one of: plan, run, bake, merge, prune (see pmoves build --help)' });
  }
}
