import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  lookupL4T
} from "./chunk-J55QLQ3J.js";
import {
  ExecError,
  exec
} from "./chunk-ZJXJG65W.js";
import {
  loadValidatedYaml
} from "./chunk-VBFNLYQP.js";
import "./chunk-E6RLBVN4.js";
import {
  writeFileAtomic
} from "./chunk-ZLBEQ4AZ.js";
import {
  fromRoot
} from "./chunk-IVAXBV5S.js";
import {
  parseCommandArgs,
  redact
} from "./chunk-5ERAG5N6.js";
import "./chunk-ZGQYJO67.js";
import {
  UserError
} from "./chunk-MA3RAYPA.js";

// src/cli/commands/build.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join4, resolve as resolve2 } from "node:path";

// src/core/log.ts
function stderrLogger(opts = {}) {
  const write = (s) => {
    if (!opts.quiet) process.stderr.write(redact(s) + "\n");
  };
  return {
    info: (m) => write(m),
    warn: (m) => write(`warning: ${m}`),
    step: (m) => write(`==> ${m}`)
  };
}

// src/build/bake.ts
import { isAbsolute, join, relative } from "node:path";
function attestFor(policy) {
  switch (policy) {
    case "none":
      return ["type=provenance,disabled=true", "type=sbom,disabled=true"];
    case "provenance":
      return ["type=provenance,mode=max", "type=sbom,disabled=true"];
    case "provenance+sbom":
      return ["type=provenance,mode=max", "type=sbom"];
  }
}
function cacheFor(leg, opts) {
  switch (opts.cache) {
    case "none":
      return {};
    case "gha":
      return { "cache-from": [`type=gha,scope=${leg.cacheScope}`], "cache-to": [`type=gha,scope=${leg.cacheScope},mode=max`] };
    case "registry": {
      const ref = `${leg.repository}:buildcache-${leg.cacheScope.slice(leg.image.length + 1)}`;
      return { "cache-from": [`type=registry,ref=${ref}`], "cache-to": [`type=registry,ref=${ref},mode=max,image-manifest=true`] };
    }
    case "local": {
      const dir = join(opts.cacheDir ?? join(opts.root, ".pmoves/buildx-cache"), leg.cacheScope);
      return { "cache-from": [`type=local,src=${dir}`], "cache-to": [`type=local,dest=${dir},mode=max`] };
    }
  }
}
function bakeTarget(leg, plan, opts) {
  const context = isAbsolute(leg.context) ? leg.context : join(opts.root, leg.context);
  const dockerfile = isAbsolute(leg.dockerfile) ? leg.dockerfile : join(opts.root, leg.dockerfile);
  const push = plan.push ? "true" : "false";
  const output = leg.variant ? [`type=image,push=${push}`] : [`type=image,name=${leg.repository},push-by-digest=true,name-canonical=true,push=${push}`];
  const t = {
    context,
    // bake resolves dockerfile relative to the context
    dockerfile: relative(context, dockerfile),
    platforms: [leg.platform],
    args: leg.buildArgs,
    labels: leg.labels,
    output,
    attest: attestFor(plan.attestations),
    ...cacheFor(leg, opts)
  };
  if (leg.target) t.target = leg.target;
  if (leg.variant) t.tags = leg.tags;
  return t;
}
function bakeFile(plan, legs, opts) {
  const target = {};
  for (const leg of legs) target[leg.id] = bakeTarget(leg, plan, opts);
  return { group: { default: { targets: legs.map((l) => l.id) } }, target };
}

// src/build/changes.ts
function globToRegExp(glob) {
  let g = glob.replace(/^\.\//, "");
  if (g.endsWith("/")) g += "**";
  let re = "";
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === "*") {
      if (g[i + 1] === "*") {
        if (g[i + 2] === "/") {
          re += "(?:.*/)?";
          i += 2;
        } else {
          re += ".*";
          i += 1;
        }
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
function matchesPaths(file, patterns) {
  const f = file.replace(/^\.\//, "");
  let hit = false;
  for (const p of patterns) {
    if (p.startsWith("!")) {
      if (hit && globToRegExp(p.slice(1)).test(f)) hit = false;
    } else if (!hit && globToRegExp(p).test(f)) hit = true;
  }
  return hit;
}
function relevantChanges(changed, patterns) {
  return changed.filter((f) => matchesPaths(f, patterns));
}
function parseChangedFiles(text) {
  const t = text.trim();
  if (t.startsWith("[")) return JSON.parse(t).map(String);
  return t.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

// src/build/context.ts
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
function eventPayload(env) {
  const p = env.GITHUB_EVENT_PATH;
  if (!p || !existsSync(p)) return {};
  try {
    return JSON.parse(readFileSync(p, "utf8"));
  } catch {
    return {};
  }
}
async function git(exec2, cwd, args) {
  const r = await exec2("git", args, { cwd, allowFailure: true });
  return r.code === 0 ? r.stdout.trim() : void 0;
}
async function resolveGitContext(input, env, exec2, cwd) {
  const payload = eventPayload(env);
  const event = input.event ?? env.GITHUB_EVENT_NAME ?? "push";
  let ref = input.ref ?? env.GITHUB_REF;
  if (!ref) {
    const branch = await git(exec2, cwd, ["symbolic-ref", "--short", "-q", "HEAD"]);
    ref = branch ? `refs/heads/${branch}` : "refs/heads/main";
  } else if (!ref.startsWith("refs/")) {
    ref = /^v?\d+\.\d+\.\d+/.test(ref) ? `refs/tags/${ref}` : /^pr-\d+$/.test(ref) ? `refs/pull/${ref.slice(3)}/merge` : `refs/heads/${ref}`;
  }
  const sha = input.sha ?? env.GITHUB_SHA ?? await git(exec2, cwd, ["rev-parse", "HEAD"]) ?? "";
  const repository = input.repository ?? env.GITHUB_REPOSITORY ?? `local/${basename(cwd).toLowerCase()}`;
  const date = input.date ? new Date(input.date) : /* @__PURE__ */ new Date();
  if (Number.isNaN(date.getTime())) {
    throw new UserError(`--date "${input.date}" is not a date`, { hint: "use ISO 8601, e.g. 2026-01-31T02:00:00Z" });
  }
  return {
    event,
    ref,
    sha,
    repository,
    defaultBranch: input.defaultBranch ?? payload.repository?.default_branch ?? "main",
    serverUrl: env.GITHUB_SERVER_URL,
    date,
    private: input.private ?? payload.repository?.private
  };
}
async function changedFilesSince(exec2, dir, since) {
  if (/^0+$/.test(since)) return void 0;
  const r = await exec2("git", ["diff", "--name-only", "--relative", since, "HEAD"], { cwd: dir, allowFailure: true });
  if (r.code !== 0) return void 0;
  return parseChangedFiles(r.stdout);
}

// src/build/disk-guard.ts
import { statfsSync } from "node:fs";
var UNITS = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4 };
function parseSize(s) {
  const m = /^\s*([\d.]+)\s*([kKmMgGtT]?i?[bB])/.exec(s);
  if (!m) return 0;
  return Math.round(Number(m[1]) * (UNITS[m[2].toLowerCase()] ?? 1));
}
function parseDuration(s) {
  const m = /^\s*(\d+)\s*(s|m|h|d)?\s*$/.exec(s);
  if (!m) return void 0;
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] ?? "s"];
}
function parseSizeOption(s) {
  if (/^\d+$/.test(s.trim())) return Number(s.trim());
  const m = /^\s*([\d.]+)\s*([kKmMgGtT]i?)[bB]?\s*$/.exec(s);
  if (!m) return void 0;
  return Math.round(Number(m[1]) * UNITS[`${m[2].toLowerCase()}b`]);
}
function formatBytes(n) {
  if (n < 1e3) return `${n} B`;
  const u = ["kB", "MB", "GB", "TB"];
  let v = n;
  let i = -1;
  while (v >= 1e3 && i < u.length - 1) {
    v /= 1e3;
    i++;
  }
  return `${v.toFixed(1)} ${u[i]}`;
}
async function diskUsage(exec2) {
  const df = await exec2("docker", ["system", "df", "--format", "{{json .}}"]);
  const rows = df.stdout.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
  const size2 = (type) => parseSize(rows.find((r) => r.Type === type)?.Size ?? "0B");
  const dangling = await exec2("docker", ["images", "-q", "--filter", "dangling=true"]);
  const root = (await exec2("docker", ["info", "-f", "{{.DockerRootDir}}"])).stdout.trim() || "/var/lib/docker";
  let freeBytes = 0;
  try {
    const st = statfsSync(root);
    freeBytes = st.bavail * st.bsize;
  } catch {
  }
  return {
    buildCacheBytes: size2("Build Cache"),
    imagesBytes: size2("Images"),
    danglingImages: dangling.stdout.split("\n").filter(Boolean).length,
    freeBytes
  };
}
async function diskGuard(exec2, log, opts) {
  const before = await diskUsage(exec2);
  const reasons = [];
  if (opts.force) reasons.push("forced");
  if (opts.maxCacheBytes !== void 0 && before.buildCacheBytes > opts.maxCacheBytes) {
    reasons.push(`build cache ${formatBytes(before.buildCacheBytes)} > ${formatBytes(opts.maxCacheBytes)}`);
  }
  if (opts.minFreeBytes !== void 0 && before.freeBytes < opts.minFreeBytes) {
    reasons.push(`free ${formatBytes(before.freeBytes)} < ${formatBytes(opts.minFreeBytes)}`);
  }
  const commands = [];
  if (reasons.length === 0) {
    log.info(`disk guard: nothing to do (build cache ${formatBytes(before.buildCacheBytes)}, ${before.danglingImages} dangling images, ${formatBytes(before.freeBytes)} free)`);
    return { pruned: false, reason: "within limits", before, after: before, reclaimedBytes: 0, freedBytes: 0, commands };
  }
  const keep = opts.maxCacheBytes !== void 0 && !opts.force ? ["--keep-storage", String(Math.floor(opts.maxCacheBytes / 2))] : [];
  const age = opts.keepRecentSeconds ?? 600;
  const until = age > 0 ? ["--filter", `until=${age}s`] : [];
  const label = opts.label ? ["--filter", `label=${opts.label}`] : [];
  commands.push(["docker", "builder", "prune", "-f", ...keep, ...until], ["docker", "image", "prune", "-f", ...until, ...label]);
  let reclaimedBytes = 0;
  if (!opts.dryRun) {
    for (const [cmd, ...args] of commands) {
      const r = await exec2(cmd, args, { allowFailure: true });
      const m = /Total reclaimed space:\s*(\S+)/.exec(r.stdout);
      if (m) reclaimedBytes += parseSize(m[1]);
      if (r.code !== 0) log.warn(`${[cmd, ...args].join(" ")} failed: ${r.stderr.trim().split("\n").pop()}`);
    }
  }
  const after = opts.dryRun ? before : await diskUsage(exec2);
  const freedBytes = Math.max(0, after.freeBytes - before.freeBytes);
  log.info(
    `disk guard: ${reasons.join("; ")} -> ${opts.dryRun ? "would prune" : "pruned"}: reclaimed ${formatBytes(reclaimedBytes)}, dangling images ${before.danglingImages} -> ${after.danglingImages}, free ${formatBytes(before.freeBytes)} -> ${formatBytes(after.freeBytes)}`
  );
  return { pruned: !opts.dryRun, reason: reasons.join("; "), before, after, reclaimedBytes, freedBytes, commands };
}

// src/build/images.ts
import { dirname, resolve } from "node:path";
var DEFAULT_PLATFORMS = ["linux/amd64", "linux/arm64"];
var SCHEMA_PATH = () => fromRoot("src/build/images.schema.json");
var strArgs = (a) => Object.fromEntries(Object.entries(a ?? {}).map(([k, v]) => [k, String(v)]));
function loadImagesManifest(file) {
  return normalize(loadValidatedYaml(file, SCHEMA_PATH()), resolve(file));
}
function normalize(loaded, file) {
  const raw = loaded.data;
  const dir = dirname(file);
  const seen = /* @__PURE__ */ new Map();
  const images = raw.images.map((img, i) => {
    if (seen.has(img.name)) {
      const at = loaded.locate(["images", i, "name"]);
      throw new UserError(`image "${img.name}" is declared twice (first as images[${seen.get(img.name)}])`, {
        file,
        ...at,
        hint: "image names must be unique: they become registry repositories"
      });
    }
    seen.set(img.name, i);
    const platforms = img.platforms ?? DEFAULT_PLATFORMS;
    for (const p of Object.keys(img.platformBuildArgs ?? {})) {
      if (!platforms.includes(p)) {
        throw new UserError(`platformBuildArgs has "${p}", which is not one of this image's platforms`, {
          file,
          ...loaded.locate(["images", i, "platformBuildArgs", p]),
          hint: `add it to platforms (${platforms.join(", ")}) or remove these args`
        });
      }
    }
    const l4t = (img.variants?.jetson?.l4t ?? []).map((rel, j) => {
      const entry = lookupL4T(rel);
      if (!entry || entry.l4t !== rel) {
        throw new UserError(`unknown L4T release "${rel}"`, {
          file,
          ...loaded.locate(["images", i, "variants", "jetson", "l4t", j]),
          hint: "use a release listed in src/platform/l4t-table.yaml (e.g. r35.4.1, r36.4.0), or add it there"
        });
      }
      return entry;
    });
    const context = img.context ?? ".";
    const jetson = img.variants?.jetson;
    return {
      name: img.name,
      description: img.description,
      context: resolve(dir, context),
      dockerfile: resolve(dir, img.dockerfile),
      target: img.target,
      platforms,
      buildArgs: strArgs(img.buildArgs),
      platformBuildArgs: Object.fromEntries(Object.entries(img.platformBuildArgs ?? {}).map(([p, a]) => [p, strArgs(a)])),
      labels: img.labels ?? {},
      paths: img.paths ?? [context === "." ? "**" : `${context.replace(/\/+$/, "")}/**`, img.dockerfile],
      variants: jetson ? { jetson: { l4t: jetson.l4t, baseImage: jetson.baseImage, buildArgs: strArgs(jetson.buildArgs) } } : {},
      l4t
    };
  });
  return {
    file,
    dir,
    registry: raw.registry ?? "ghcr.io",
    owner: raw.owner,
    attestations: raw.attestations ?? "auto",
    runners: raw.runners ?? {},
    images
  };
}

// src/build/plan.ts
import { relative as relative2 } from "node:path";

// src/build/tags.ts
var SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
function parseSemver(s) {
  const m = SEMVER.exec(s);
  if (!m) return void 0;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4], build: m[5] };
}
function sanitizeTag(s) {
  let t = s.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^[.-]+/, "");
  if (t.length > 128) t = t.slice(0, 128);
  return t || "unknown";
}
function refKind(ref) {
  if (ref.startsWith("refs/heads/")) return { kind: "branch", name: ref.slice("refs/heads/".length) };
  if (ref.startsWith("refs/tags/")) return { kind: "tag", name: ref.slice("refs/tags/".length) };
  const pr = /^refs\/pull\/(\d+)\/(merge|head)$/.exec(ref);
  if (pr) return { kind: "pr", name: `pr-${pr[1]}`, pr: Number(pr[1]) };
  return { kind: "other", name: ref };
}
function yyyymmdd(d) {
  return d.toISOString().slice(0, 10).replace(/-/g, "");
}
function computeTags(ctx, opts = {}) {
  const tags = [];
  const r = refKind(ctx.ref);
  const isPr = ctx.event === "pull_request" || ctx.event === "pull_request_target" || r.kind === "pr";
  if (ctx.event === "schedule") {
    tags.push(`nightly-${yyyymmdd(ctx.date)}`);
  } else if (isPr) {
    const n = r.pr ?? Number(/(\d+)/.exec(ctx.ref)?.[1]);
    if (Number.isFinite(n)) tags.push(`pr-${n}`);
  } else if (r.kind === "tag") {
    const v = parseSemver(r.name);
    if (v) {
      const full = `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ""}${v.build ? `-${v.build}` : ""}`;
      tags.push(full);
      if (!v.prerelease) {
        tags.push(`${v.major}.${v.minor}`);
        if (v.major > 0) tags.push(`${v.major}`);
        tags.push("latest");
      }
    } else {
      tags.push(r.name);
    }
  } else if (r.kind === "branch") {
    tags.push(r.name);
    if (r.name === ctx.defaultBranch) tags.push("edge");
  }
  if (/^[0-9a-f]{7,40}$/i.test(ctx.sha)) tags.push(`sha-${ctx.sha.slice(0, 7).toLowerCase()}`);
  const out = [];
  for (const t of tags) {
    const s = sanitizeTag(opts.suffix ? `${t}${opts.suffix}` : t);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}
function imageRepository(registry, owner, name) {
  return [registry, owner, name].filter(Boolean).map((p) => p.toLowerCase().replace(/\/+$/, "")).join("/");
}
function ownerOf(repository) {
  return repository.split("/")[0] ?? "";
}
function ociLabels(ctx, image, version) {
  const server = (ctx.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  const url = `${server}/${ctx.repository}`;
  const labels = {
    "org.opencontainers.image.title": image.name,
    "org.opencontainers.image.url": url,
    "org.opencontainers.image.source": url,
    "org.opencontainers.image.version": version,
    "org.opencontainers.image.created": ctx.date.toISOString(),
    "org.opencontainers.image.revision": ctx.sha
  };
  if (image.description) labels["org.opencontainers.image.description"] = image.description;
  return { ...labels, ...image.labels };
}

// src/build/plan.ts
var DEFAULT_RUNNERS = {
  "linux/amd64": "ubuntu-24.04",
  "linux/arm64": "ubuntu-24.04-arm"
};
function platformSlug(platform) {
  return platform.replace(/^linux\//, "").replace(/\//g, "-");
}
function legId(image, what) {
  return `${image}-${what}`.replace(/[^A-Za-z0-9_-]/g, "_");
}
function runnerFor(manifest, key, platform, forceQemu) {
  const runners = { ...DEFAULT_RUNNERS, ...manifest.runners };
  const amd = runners["linux/amd64"];
  if (platform === "linux/amd64") return { runsOn: amd, qemu: false };
  if (forceQemu) return { runsOn: amd, qemu: true };
  const native = runners[key] ?? runners[platform];
  return native ? { runsOn: native, qemu: false } : { runsOn: amd, qemu: true };
}
function fill(template, e) {
  return template.replace(/\{(l4t|jetpack|cuda|baseImage|cudaArch|ubuntu)\}/g, (_m, k) => e[k]);
}
function buildsAll(ctx) {
  if (ctx.event === "schedule") return "scheduled build";
  if (refKind(ctx.ref).kind === "tag") return `tag ${refKind(ctx.ref).name}`;
  return void 0;
}
function whyBuild(img, ctx, changed) {
  const all = buildsAll(ctx);
  if (all) return { build: true, reason: all };
  if (changed === void 0) return { build: true, reason: "changed files unknown" };
  const hits = relevantChanges(changed, img.paths);
  if (hits.length === 0) return { build: false, reason: `no change under ${img.paths.join(", ")}` };
  const shown = hits.slice(0, 3).join(", ") + (hits.length > 3 ? ` (+${hits.length - 3} more)` : "");
  return { build: true, reason: `changed: ${shown}` };
}
function planBuild(manifest, ctx, opts = {}) {
  const registry = opts.registry ?? manifest.registry;
  const owner = opts.owner ?? manifest.owner ?? ownerOf(ctx.repository);
  const isPr = ctx.event.startsWith("pull_request") || refKind(ctx.ref).kind === "pr";
  const push = opts.push ?? !isPr;
  const attestations = manifest.attestations === "auto" ? ctx.private === false ? "provenance" : "none" : manifest.attestations;
  const rel = (p) => relative2(manifest.dir, p) || ".";
  const images = [];
  const skipped = [];
  const legs = [];
  for (const img of manifest.images) {
    if (opts.only && !opts.only.includes(img.name)) {
      skipped.push({ image: img.name, reason: "not selected" });
      continue;
    }
    const why = whyBuild(img, ctx, opts.changedFiles);
    if (!why.build) {
      skipped.push({ image: img.name, reason: why.reason });
      continue;
    }
    const repository = imageRepository(registry, owner, img.name);
    const tags = computeTags(ctx);
    const version = tags[0];
    const labels = ociLabels(ctx, img, version);
    const base = { image: img.name, context: rel(img.context), dockerfile: rel(img.dockerfile), target: img.target, repository };
    const plan = {
      name: img.name,
      repository,
      reason: why.reason,
      version,
      tags: tags.map((t) => `${repository}:${t}`),
      platforms: img.platforms,
      legs: [],
      variants: []
    };
    for (const platform of img.platforms) {
      const id = legId(img.name, platformSlug(platform));
      legs.push({
        ...base,
        id,
        platform,
        ...runnerFor(manifest, platform, platform, Boolean(opts.forceQemu)),
        buildArgs: { ...img.buildArgs, ...img.platformBuildArgs[platform] },
        labels,
        tags: [`${repository}:${version}-${platformSlug(platform)}`],
        cacheScope: `${img.name}-${platformSlug(platform)}`
      });
      plan.legs.push(id);
    }
    for (const e of img.l4t) {
      const jetson = img.variants.jetson;
      const suffix = `-${e.l4t}`;
      const vtags = computeTags(ctx, { suffix });
      const baseImage = jetson.baseImage ? fill(jetson.baseImage, e) : e.baseImage;
      const id = legId(img.name, `jetson-${e.l4t}`);
      const platform = "linux/arm64";
      legs.push({
        ...base,
        id,
        platform,
        variant: `jetson-${e.l4t}`,
        l4t: e.l4t,
        ...runnerFor(manifest, "jetson", platform, Boolean(opts.forceQemu)),
        buildArgs: {
          ...img.buildArgs,
          ...img.platformBuildArgs[platform],
          BASE_IMAGE: baseImage,
          CUDA_ARCH: e.cudaArch,
          L4T_VERSION: e.l4t,
          JETPACK_VERSION: e.jetpack,
          CUDA_VERSION: e.cuda,
          ...jetson.buildArgs
        },
        labels: {
          ...ociLabels(ctx, img, vtags[0]),
          "ai.pmoves.l4t": e.l4t,
          "ai.pmoves.jetpack": e.jetpack,
          "ai.pmoves.cuda": e.cuda
        },
        tags: vtags.map((t) => `${repository}:${t}`),
        cacheScope: `${img.name}-jetson-${e.l4t}`
      });
      plan.variants.push({ name: `jetson-${e.l4t}`, l4t: e.l4t, jetpack: e.jetpack, cuda: e.cuda, baseImage, leg: id, tags: vtags.map((t) => `${repository}:${t}`) });
    }
    images.push(plan);
  }
  return {
    version: 1,
    event: ctx.event,
    ref: ctx.ref,
    sha: ctx.sha,
    push,
    manifest: manifest.file,
    attestations,
    images,
    skipped,
    legs,
    matrix: {
      include: legs.map((l) => ({
        leg: l.id,
        image: l.image,
        platform: l.platform,
        variant: l.variant ?? "",
        "runs-on": JSON.stringify(l.runsOn),
        qemu: l.qemu
      }))
    }
  };
}

// src/build/run.ts
import { mkdirSync as mkdirSync2 } from "node:fs";

// src/build/engine.ts
function isLoopbackRegistry(host) {
  return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
}
function registryHost(repository) {
  return repository.split("/")[0];
}
function indexPlatforms(raw) {
  const doc = JSON.parse(raw);
  const out = [];
  for (const m of doc.manifests ?? []) {
    const p = m.platform;
    if (!p || p.os === "unknown" || p.architecture === "unknown") continue;
    out.push(`${p.os}/${p.architecture}${p.variant && !(p.architecture === "arm64" && p.variant === "v8") ? `/${p.variant}` : ""}`);
  }
  return out;
}
async function selectEngine(requested, exec2) {
  if (requested !== "auto") return requested;
  const r = await exec2("docker", ["buildx", "version"], { allowFailure: true });
  return r.code === 0 ? "buildx" : "docker";
}

// src/build/engine-buildx.ts
import { mkdirSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
var BuildxEngine = class {
  constructor(ctx, bake) {
    this.ctx = ctx;
    this.bake = bake;
  }
  ctx;
  bake;
  name = "buildx";
  bakePath(leg) {
    return join2(this.ctx.workDir, `bake-${leg.id}.json`);
  }
  metaPath(leg) {
    return join2(this.ctx.workDir, `bake-${leg.id}.metadata.json`);
  }
  describeLeg(leg) {
    return [["docker", "buildx", "bake", "-f", this.bakePath(leg), "--metadata-file", this.metaPath(leg), "--progress", "plain", leg.id]];
  }
  writeBake(leg, plan) {
    const file = this.bakePath(leg);
    mkdirSync(this.ctx.workDir, { recursive: true });
    writeFileAtomic(file, JSON.stringify(bakeFile(plan, [leg], { ...this.bake, root: this.ctx.root }), null, 2) + "\n");
    return file;
  }
  async buildLeg(leg, plan) {
    const t0 = Date.now();
    this.writeBake(leg, plan);
    let cached = 0;
    let steps = 0;
    this.ctx.log.step(`buildx bake ${leg.id} (${leg.platform}${leg.qemu ? ", QEMU" : ""})`);
    const [cmd, ...args] = this.describeLeg(leg)[0];
    await this.ctx.exec(cmd, args, {
      cwd: this.ctx.root,
      onLine: (line) => {
        if (/^#\d+ \[/.test(line)) steps++;
        if (/^#\d+ CACHED$/.test(line)) cached++;
        this.ctx.log.info(`  ${line}`);
      }
    });
    const meta = JSON.parse(readFileSync2(this.metaPath(leg), "utf8"));
    const m = meta[leg.id] ?? {};
    const digest = String(m["containerimage.digest"] ?? "");
    const descriptor = m["containerimage.descriptor"];
    return {
      leg: leg.id,
      image: leg.image,
      platform: leg.platform,
      variant: leg.variant,
      engine: this.name,
      digest,
      pushed: plan.push,
      tags: plan.push && leg.variant ? leg.tags : [],
      size: descriptor?.size,
      durationMs: Date.now() - t0,
      cache: `${cached}/${steps} steps cached (${this.bake.cache} scope ${leg.cacheScope})`
    };
  }
  mergeCommand(image, results) {
    const mine = results.filter((r) => r.image === image.name && !r.variant);
    return [
      "docker",
      "buildx",
      "imagetools",
      "create",
      ...image.tags.flatMap((t) => ["-t", t]),
      ...mine.map((r) => `${image.repository}@${r.digest}`)
    ];
  }
  async merge(image, results) {
    const [cmd, ...args] = this.mergeCommand(image, results);
    await this.ctx.exec(cmd, args);
    const raw = await this.ctx.exec("docker", ["buildx", "imagetools", "inspect", "--raw", image.tags[0]]);
    const platforms = indexPlatforms(raw.stdout);
    const digest = (await this.ctx.exec("docker", ["buildx", "imagetools", "inspect", image.tags[0], "--format", "{{json .Manifest.Digest}}"])).stdout.trim().replace(/"/g, "");
    return { image: image.name, tags: image.tags, digest, platforms, missing: image.platforms.filter((p) => !platforms.includes(p)) };
  }
};

// src/build/engine-docker.ts
import { isAbsolute as isAbsolute2, join as join3 } from "node:path";
var DockerEngine = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  name = "docker";
  abs(p) {
    return isAbsolute2(p) ? p : join3(this.ctx.root, p);
  }
  insecure(repository) {
    const host = registryHost(repository);
    const yes = isLoopbackRegistry(host) || Boolean(this.ctx.insecureRegistries?.(host));
    return yes ? ["--insecure"] : [];
  }
  buildArgs(leg) {
    const a = ["build", "--platform", leg.platform, "-f", this.abs(leg.dockerfile)];
    if (leg.target) a.push("--target", leg.target);
    for (const [k, v] of Object.entries(leg.buildArgs)) a.push("--build-arg", `${k}=${v}`);
    for (const [k, v] of Object.entries(leg.labels)) a.push("--label", `${k}=${v}`);
    for (const t of leg.tags) a.push("-t", t);
    a.push(this.abs(leg.context));
    return a;
  }
  describeLeg(leg, plan) {
    const cmds = [["docker", ...this.buildArgs(leg)]];
    if (plan.push) for (const t of leg.tags) cmds.push(["docker", "push", t]);
    return cmds;
  }
  async buildLeg(leg, plan) {
    const { exec: exec2, log } = this.ctx;
    const t0 = Date.now();
    let steps = 0;
    let cached = 0;
    log.step(`docker build ${leg.id} (${leg.platform}${leg.qemu ? ", QEMU" : ""})`);
    await exec2("docker", this.buildArgs(leg), {
      onLine: (line) => {
        if (/^Step \d+\/\d+ :/.test(line)) steps++;
        if (/^ ---> Using cache/.test(line)) cached++;
        log.info(`  ${line}`);
      }
    });
    const inspect = await exec2("docker", ["image", "inspect", "-f", "{{.Id}} {{.Size}} {{.Architecture}}", leg.tags[0]]);
    const [imageId, size2, arch] = inspect.stdout.trim().split(" ");
    const want = leg.platform.split("/")[1];
    if (arch !== want) throw new Error(`${leg.tags[0]} was built for ${arch}, not ${want}: the base image has the wrong architecture`);
    let digest = imageId;
    if (plan.push) {
      for (const tag of leg.tags) {
        const r = await exec2("docker", ["push", tag]);
        const m = /digest: (sha256:[0-9a-f]{64})/.exec(r.stdout);
        if (!m) throw new Error(`docker push ${tag} printed no digest`);
        digest = m[1];
      }
    }
    return {
      leg: leg.id,
      image: leg.image,
      platform: leg.platform,
      variant: leg.variant,
      engine: this.name,
      digest,
      pushed: plan.push,
      tags: plan.push ? leg.tags : [],
      size: Number(size2),
      durationMs: Date.now() - t0,
      cache: `${cached}/${steps} steps cached`
    };
  }
  async merge(image, results) {
    const { exec: exec2, log } = this.ctx;
    const mine = results.filter((r) => r.image === image.name && !r.variant);
    const sources = mine.map((r) => `${image.repository}@${r.digest}`);
    const insecure = this.insecure(image.repository);
    let digest = "";
    for (const tag of image.tags) {
      log.step(`docker manifest ${tag} <- ${mine.map((r) => r.platform).join(", ")}`);
      await exec2("docker", ["manifest", "rm", tag], { allowFailure: true });
      await exec2("docker", ["manifest", "create", ...insecure, tag, ...sources]);
      const pushed = await exec2("docker", ["manifest", "push", ...insecure, "--purge", tag]);
      digest = /sha256:[0-9a-f]{64}/.exec(pushed.stdout)?.[0] ?? digest;
    }
    const platforms = await this.inspectPlatforms(image.tags[0]);
    return { image: image.name, tags: image.tags, digest, platforms, missing: image.platforms.filter((p) => !platforms.includes(p)) };
  }
  /** skopeo when present (it reads the registry, not the local store), else docker manifest inspect. */
  async inspectPlatforms(ref) {
    const { exec: exec2 } = this.ctx;
    const tls = this.insecure(ref).length ? ["--tls-verify=false"] : [];
    const sk = await exec2("skopeo", ["inspect", "--raw", ...tls, `docker://${ref}`], { allowFailure: true });
    if (sk.code === 0) return indexPlatforms(sk.stdout);
    const dm = await exec2("docker", ["manifest", "inspect", ...this.insecure(ref), ref], { allowFailure: true });
    if (dm.code !== 0) throw new ExecError(dm);
    return indexPlatforms(dm.stdout);
  }
};

// src/build/run.ts
function makeEngine(name, ctx, cache = "none") {
  return name === "buildx" ? new BuildxEngine(ctx, { cache }) : new DockerEngine(ctx);
}
function selectLegs(plan, ids) {
  if (!ids || ids.length === 0) return plan.legs;
  const unknown = ids.filter((id) => !plan.legs.some((l) => l.id === id));
  if (unknown.length) {
    throw new UserError(`no leg ${unknown.map((u) => `"${u}"`).join(", ")} in the plan`, {
      hint: `legs: ${plan.legs.map((l) => l.id).join(", ") || "(none: nothing to build)"}`
    });
  }
  return plan.legs.filter((l) => ids.includes(l.id));
}
async function runBuild(plan, opts) {
  const legs = selectLegs(plan, opts.legs);
  const engineName = await selectEngine(opts.engine, opts.exec);
  mkdirSync2(opts.workDir, { recursive: true });
  const engine = makeEngine(engineName, { exec: opts.exec, log: opts.log, root: opts.root, workDir: opts.workDir }, opts.cache);
  const out = { engine: engineName, results: [], merged: [], commands: [] };
  if (opts.dryRun) {
    out.commands = legs.flatMap((l) => engine.describeLeg(l, plan));
    return out;
  }
  if (legs.length === 0) {
    opts.log.info("nothing to build");
    return out;
  }
  if (opts.diskGuard) out.diskGuard = await diskGuard(opts.exec, opts.log, opts.diskGuard);
  for (const leg of legs) out.results.push(await engine.buildLeg(leg, plan));
  if (opts.merge && plan.push) out.merged = await mergeImages(plan, out.results, engine);
  return out;
}
async function mergeImages(plan, results, engine) {
  const merged = [];
  for (const image of plan.images) {
    const have = results.filter((r) => r.image === image.name && !r.variant).sort((a, b) => image.legs.indexOf(a.leg) - image.legs.indexOf(b.leg));
    if (have.length === 0) continue;
    const missingLegs = image.legs.filter((id) => !have.some((r) => r.leg === id));
    if (missingLegs.length) {
      throw new UserError(`cannot merge ${image.name}: no result for leg ${missingLegs.join(", ")}`, {
        hint: "every platform leg of an image must build (and push) before its index is created"
      });
    }
    const m = await engine.merge(image, have);
    if (m.missing.length) {
      throw new Error(`${image.tags[0]}: the pushed index lacks ${m.missing.join(", ")} (has ${m.platforms.join(", ") || "nothing"})`);
    }
    const rank = (p) => image.platforms.includes(p) ? image.platforms.indexOf(p) : image.platforms.length;
    merged.push({ ...m, platforms: [...m.platforms].sort((a, b) => rank(a) - rank(b)) });
  }
  return merged;
}

// src/build/summary.ts
var shortDigest = (d) => d.startsWith("sha256:") ? d.slice(0, 19) : d.slice(0, 12);
function seconds(ms) {
  return ms < 6e4 ? `${(ms / 1e3).toFixed(1)} s` : `${Math.floor(ms / 6e4)} min ${Math.round(ms % 6e4 / 1e3)} s`;
}
function summaryTable(results, merged = []) {
  const lines = ["| image | platform | digest | size | duration | cache |", "|---|---|---|---|---|---|"];
  for (const r of results) {
    const name = r.variant ? `${r.image} (${r.variant})` : r.image;
    lines.push(`| ${name} | ${r.platform} | \`${shortDigest(r.digest)}\` | ${r.size === void 0 ? "" : formatBytes(r.size)} | ${seconds(r.durationMs)} | ${r.cache} |`);
  }
  for (const m of merged) {
    lines.push(`| ${m.image} (index) | ${m.platforms.join(", ")} | \`${shortDigest(m.digest)}\` |  |  | ${m.tags.map((t) => t.split(":").pop()).join(", ")} |`);
  }
  return lines.join("\n") + "\n";
}

// src/cli/commands/build.ts
var HELP = `pmoves build \u2014 multi-arch images (amd64, arm64, Jetson L4T variants) from images.yaml

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
var planOptions = {
  file: { type: "string" },
  event: { type: "string" },
  ref: { type: "string" },
  sha: { type: "string" },
  repository: { type: "string" },
  "default-branch": { type: "string" },
  "changed-files": { type: "string" },
  since: { type: "string" },
  registry: { type: "string" },
  owner: { type: "string" },
  only: { type: "string" },
  push: { type: "boolean" },
  "no-push": { type: "boolean" },
  qemu: { type: "boolean" },
  date: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var runOptions = {
  ...planOptions,
  engine: { type: "string" },
  leg: { type: "string", multiple: true },
  "no-merge": { type: "boolean" },
  cache: { type: "string" },
  "max-cache": { type: "string" },
  "min-free": { type: "string" },
  "keep-recent": { type: "string" },
  "prune-label": { type: "string" },
  results: { type: "string" },
  "dry-run": { type: "boolean" },
  out: { type: "string" },
  plan: { type: "string" },
  force: { type: "boolean" }
};
function size(name, v) {
  if (v === void 0) return void 0;
  const n = parseSizeOption(String(v));
  if (n === void 0) throw new UserError(`--${name} "${String(v)}" is not a size`, { hint: "e.g. 20GB, 512MiB or a number of bytes" });
  return n;
}
function duration(v) {
  if (v === void 0) return void 0;
  const n = parseDuration(String(v));
  if (n === void 0) throw new UserError(`--keep-recent "${String(v)}" is not a duration`, { hint: "e.g. 10m, 2h, 30s or 0" });
  return n;
}
function oneOf(name, v, allowed, dflt) {
  if (v === void 0) return dflt;
  if (!allowed.includes(v)) throw new UserError(`--${name} must be one of ${allowed.join(", ")}, not "${String(v)}"`, { hint: "see pmoves build --help" });
  return v;
}
async function makePlan(v, io) {
  const file = resolve2(io.cwd, String(v.file ?? "images.yaml"));
  const manifest = loadImagesManifest(file);
  const ctx = await resolveGitContext(
    {
      event: v.event,
      ref: v.ref,
      sha: v.sha,
      repository: v.repository,
      defaultBranch: v["default-branch"],
      date: v.date
    },
    io.env,
    exec,
    manifest.dir
  );
  let changedFiles;
  if (v["changed-files"] !== void 0) {
    const f = String(v["changed-files"]);
    try {
      changedFiles = parseChangedFiles(readFileSync3(f === "-" ? 0 : resolve2(io.cwd, f), "utf8"));
    } catch (err) {
      throw new UserError(`cannot read --changed-files ${f}: ${err.message}`, { hint: "one path per line, or a JSON array" });
    }
  } else if (v.since !== void 0) {
    changedFiles = await changedFilesSince(exec, manifest.dir, String(v.since));
    if (changedFiles === void 0) {
      throw new UserError(`git diff against "${String(v.since)}" failed`, { hint: "is it a commit of this repository (fetch-depth: 0 in actions/checkout)?" });
    }
  }
  return planBuild(manifest, ctx, {
    changedFiles,
    push: v["no-push"] ? false : v.push ? true : void 0,
    registry: v.registry,
    owner: v.owner,
    forceQemu: Boolean(v.qemu),
    only: v.only ? String(v.only).split(",").map((s) => s.trim()) : void 0
  });
}
function printPlan(plan, io) {
  if (plan.legs.length === 0) io.stdout("nothing to build\n");
  for (const img of plan.images) {
    io.stdout(`${img.name}  (${img.reason})
  ${img.tags.join("\n  ")}
`);
    for (const id of img.legs) {
      const l = plan.legs.find((x) => x.id === id);
      io.stdout(`    ${l.platform.padEnd(12)} on ${JSON.stringify(l.runsOn)}${l.qemu ? " (QEMU)" : ""}
`);
    }
    for (const vr of img.variants) io.stdout(`    ${vr.name}: ${vr.tags[0]} (JetPack ${vr.jetpack}, CUDA ${vr.cuda}, FROM ${vr.baseImage})
`);
  }
  for (const s of plan.skipped) io.stdout(`skip ${s.image}: ${s.reason}
`);
  io.stdout(`push: ${plan.push}, attestations: ${plan.attestations}
`);
}
async function run(argv, io) {
  const [sub, ...rest] = argv;
  if (!sub || sub === "--help" || sub === "-h" || sub === "help") {
    io.stdout(HELP);
    return sub ? 0 : 2;
  }
  const { values: v } = parseCommandArgs("build", rest, sub === "plan" ? planOptions : runOptions, false);
  if (v.help) {
    io.stdout(HELP);
    return 0;
  }
  const log = stderrLogger({ quiet: Boolean(v.json) && !io.env.PMOVES_VERBOSE });
  const engineName = () => oneOf("engine", v.engine, ["auto", "buildx", "docker"], "auto");
  const cache = () => oneOf("cache", v.cache, ["gha", "registry", "local", "none"], io.env.GITHUB_ACTIONS === "true" ? "gha" : "none");
  switch (sub) {
    case "plan": {
      const plan = await makePlan(v, io);
      if (v.json) io.stdout(JSON.stringify(plan, null, 2) + "\n");
      else printPlan(plan, io);
      return 0;
    }
    case "bake": {
      const rv = v;
      const plan = await makePlan(rv, io);
      const root = plan.manifest.replace(/\/[^/]+$/, "");
      const legIds = rv.leg;
      const legs = legIds?.length ? plan.legs.filter((l) => legIds.includes(l.id)) : plan.legs;
      const text = JSON.stringify(bakeFile(plan, legs, { root, cache: cache() }), null, 2) + "\n";
      if (rv.out) {
        writeFileAtomic(resolve2(io.cwd, String(rv.out)), text);
        log.info(`wrote ${String(rv.out)} (${legs.length} targets)`);
      } else io.stdout(text);
      return 0;
    }
    case "run": {
      const rv = v;
      const plan = await makePlan(rv, io);
      const root = plan.manifest.replace(/\/[^/]+$/, "");
      const guard = rv["max-cache"] !== void 0 || rv["min-free"] !== void 0 ? {
        maxCacheBytes: size("max-cache", rv["max-cache"]),
        minFreeBytes: size("min-free", rv["min-free"]),
        keepRecentSeconds: duration(rv["keep-recent"]),
        label: rv["prune-label"],
        dryRun: Boolean(rv["dry-run"])
      } : void 0;
      let res;
      try {
        res = await runBuild(plan, {
          engine: engineName(),
          exec,
          log,
          root,
          workDir: join4(root, ".pmoves", "build"),
          cache: cache(),
          legs: rv.leg,
          merge: !rv["no-merge"],
          dryRun: Boolean(rv["dry-run"]),
          diskGuard: guard
        });
      } catch (err) {
        if (err instanceof UserError) throw err;
        io.stderr(`pmoves build: ${err.message}
`);
        return 1;
      }
      if (rv.results) writeFileAtomic(resolve2(io.cwd, String(rv.results)), JSON.stringify(res.results, null, 2) + "\n");
      if (rv.json) io.stdout(JSON.stringify({ plan, ...res }, null, 2) + "\n");
      else if (rv["dry-run"]) io.stdout(res.commands.map((c) => c.join(" ")).join("\n") + "\n");
      else if (res.results.length === 0) io.stdout("nothing to build\n");
      else io.stdout(summaryTable(res.results, res.merged));
      return 0;
    }
    case "merge": {
      const rv = v;
      if (!rv.plan || !rv.results) throw new UserError("merge needs --plan FILE and --results FILE", { hint: "see pmoves build --help" });
      const plan = JSON.parse(readFileSync3(resolve2(io.cwd, String(rv.plan)), "utf8"));
      const results = JSON.parse(readFileSync3(resolve2(io.cwd, String(rv.results)), "utf8"));
      const root = plan.manifest.replace(/\/[^/]+$/, "");
      const engine = makeEngine(engineName() === "auto" ? results[0]?.engine ?? "docker" : engineName(), {
        exec,
        log,
        root,
        workDir: join4(root, ".pmoves", "build")
      });
      try {
        const merged = await mergeImages(plan, results, engine);
        io.stdout(rv.json ? JSON.stringify(merged, null, 2) + "\n" : summaryTable([], merged));
      } catch (err) {
        if (err instanceof UserError) throw err;
        io.stderr(`pmoves build merge: ${err.message}
`);
        return 1;
      }
      return 0;
    }
    case "prune": {
      const rv = v;
      const report = await diskGuard(exec, log, {
        maxCacheBytes: size("max-cache", rv["max-cache"]),
        minFreeBytes: size("min-free", rv["min-free"]),
        force: Boolean(rv.force) || rv["max-cache"] === void 0 && rv["min-free"] === void 0,
        keepRecentSeconds: duration(rv["keep-recent"]),
        label: rv["prune-label"],
        dryRun: Boolean(rv["dry-run"])
      });
      if (rv.json) io.stdout(JSON.stringify(report, null, 2) + "\n");
      else io.stdout(`${report.pruned ? "pruned" : "not pruned"} (${report.reason}): reclaimed ${formatBytes(report.reclaimedBytes)}, free space +${formatBytes(report.freedBytes)}
`);
      return 0;
    }
    default:
      throw new UserError(`unknown build subcommand "${sub}"`, { hint: "one of: plan, run, bake, merge, prune (see pmoves build --help)" });
  }
}
export {
  run
};
