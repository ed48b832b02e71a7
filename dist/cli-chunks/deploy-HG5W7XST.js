import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  exec
} from "./chunk-ZJXJG65W.js";
import {
  loadValidatedYaml
} from "./chunk-VBFNLYQP.js";
import {
  envLayerFiles,
  layerEnv,
  loadCatalog,
  loadCompose,
  rules,
  runLint
} from "./chunk-WFFIWJ3T.js";
import "./chunk-E6RLBVN4.js";
import {
  readEnvFile
} from "./chunk-RPNSW2VL.js";
import {
  writeFileAtomic
} from "./chunk-ZLBEQ4AZ.js";
import {
  fromRoot
} from "./chunk-IVAXBV5S.js";
import {
  parseCommandArgs,
  redact,
  registerSecret
} from "./chunk-5ERAG5N6.js";
import {
  require_dist
} from "./chunk-ZGQYJO67.js";
import {
  UserError,
  __toESM
} from "./chunk-MA3RAYPA.js";

// src/cli/commands/deploy.ts
import { resolve as resolve3 } from "node:path";

// src/sites/inventory.ts
import { dirname, resolve } from "node:path";
import { existsSync } from "node:fs";
var SUPABASE_SERVICES = ["studio", "kong", "auth", "rest", "realtime", "storage", "imgproxy", "meta", "functions", "analytics", "db", "vector", "supavisor"];
function defaultSitesPath(cwd) {
  return resolve(cwd, "sites.yaml");
}
function loadInventory(file) {
  const abs = resolve(file);
  if (!existsSync(abs)) {
    throw new UserError(`no site inventory at ${abs}`, { hint: "pass --sites FILE, or copy the example sites.yaml from pmoves-toolkit to your repository root" });
  }
  const loaded = loadValidatedYaml(abs, fromRoot("sites.schema.json"));
  const base = dirname(abs);
  const d = loaded.data.defaults ?? {};
  const sites = Object.entries(loaded.data.sites).map(([name, s]) => {
    const arch = s.arch ?? (s.platform === "jetson" || s.platform === "rpi" ? "arm64" : "amd64");
    const defaultLabels = ["self-hosted", "linux", arch === "amd64" ? "x64" : "arm64", s.platform];
    const files = [...s.compose.files, ...d.composeByMode?.[s.mode] ?? [], ...d.composeByPlatform?.[s.platform] ?? []];
    const profiles = [...s.compose.profiles ?? [], ...d.profilesByMode?.[s.mode] ?? [], ...d.profilesByPlatform?.[s.platform] ?? []];
    const catalog = s.catalog ?? d.catalog;
    const pos = loaded.locate(["sites", name]);
    return {
      name,
      description: s.description,
      platform: s.platform,
      arch,
      mode: s.mode,
      environment: s.environment ?? "production",
      envPlatform: d.envPlatform?.[s.platform] ?? s.platform,
      labels: s.runner?.labels ?? defaultLabels,
      project: s.project ?? `pmoves-${name}`,
      centralUrl: s.centralUrl,
      services: s.services,
      gpuServices: s.gpuServices ?? [],
      supabaseServices: d.supabaseServices ?? SUPABASE_SERVICES,
      databaseServices: d.databaseServices ?? ["db"],
      envDir: resolve(base, s.envDir ?? d.envDir ?? "env"),
      catalog: catalog ? resolve(base, catalog) : void 0,
      composeFiles: [...new Set(files.map((f) => resolve(base, f)))],
      profiles: [...new Set(profiles)],
      smoke: s.smoke ?? [],
      healthTimeoutSeconds: s.healthTimeoutSeconds ?? d.healthTimeoutSeconds ?? 180,
      source: { file: abs, line: pos.line, column: pos.column }
    };
  });
  return {
    file: abs,
    sites,
    get(name) {
      const site = sites.find((s) => s.name === name);
      if (!site) {
        throw new UserError(`no site "${name}" in ${abs}`, { file: abs, hint: `one of: ${sites.map((s) => s.name).join(", ")}` });
      }
      return site;
    }
  };
}

// src/deploy/plan.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync2 } from "node:fs";
import { relative } from "node:path";

// src/deploy/render.ts
var import_yaml = __toESM(require_dist(), 1);
import { mkdirSync } from "node:fs";
import { dirname as dirname2, isAbsolute, join, resolve as resolve2 } from "node:path";
var PH_START = "pmoves-secret:";
var PH_END = "";
function secretPlaceholder(name) {
  return `${PH_START}${name}${PH_END}`;
}
function absPath(p, base) {
  if (isAbsolute(p) || /^[a-z]+:\/\//i.test(p)) return p;
  if (p.startsWith("~")) return p;
  return resolve2(base, p);
}
function isHostPath(src) {
  return src.startsWith(".") || src.startsWith("/") || src.startsWith("~");
}
function renderModel(model, firstComposeFile) {
  const base = dirname2(resolve2(firstComposeFile));
  const out = structuredClone(model);
  for (const svc of Object.values(out.services ?? {})) {
    if (Array.isArray(svc.volumes)) {
      svc.volumes = svc.volumes.map((v) => {
        if (typeof v === "string") {
          const [src, ...rest] = v.split(":");
          return rest.length > 0 && isHostPath(src) ? [absPath(src, base), ...rest].join(":") : v;
        }
        if (v && v.type === "bind" && v.source) return { ...v, source: absPath(v.source, base) };
        return v;
      });
    }
    if (typeof svc.env_file === "string") svc.env_file = absPath(svc.env_file, base);
    else if (Array.isArray(svc.env_file)) {
      svc.env_file = svc.env_file.map(
        (e) => typeof e === "string" ? absPath(e, base) : { ...e, path: absPath(e.path, base) }
      );
    }
    if (typeof svc.build === "string") svc.build = absPath(svc.build, base);
    else if (svc.build && typeof svc.build.context === "string") svc.build = { ...svc.build, context: absPath(svc.build.context, base) };
  }
  for (const kind of ["secrets", "configs"]) {
    const top = out[kind];
    for (const v of Object.values(top ?? {})) if (v?.file) v.file = absPath(v.file, base);
  }
  return out;
}
function escapeStrings(v) {
  if (typeof v === "string") {
    const escaped = v.replace(/\$/g, "$$$$");
    return escaped.split(PH_START).map((part, i) => {
      if (i === 0) return part;
      const end = part.indexOf(PH_END);
      return `\${${part.slice(0, end)}}${part.slice(end + PH_END.length)}`;
    }).join("");
  }
  if (Array.isArray(v)) return v.map(escapeStrings);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escapeStrings(x)]));
  return v;
}
function serializeModel(model) {
  return `# Rendered by pmoves deploy; secrets are read from the .env next to this file.
${(0, import_yaml.stringify)(escapeStrings(model), { lineWidth: 0 })}`;
}
function displayString(s) {
  return s.split(PH_START).map((part, i) => i === 0 ? part : `\${${part.slice(0, part.indexOf(PH_END))}}${part.slice(part.indexOf(PH_END) + 1)}`).join("");
}
function envLine(key, value) {
  if (/^[A-Za-z0-9_./:@+,%=-]*$/.test(value)) return `${key}=${value}`;
  if (!value.includes("'") && !value.includes("\n")) return `${key}='${value}'`;
  return `${key}="${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\$/g, "$$$$")}"`;
}
function serializeEnv(vars) {
  return `# Rendered by pmoves deploy. Holds secrets: mode 0600, never commit.
${vars.map((v) => envLine(v.key, v.value)).join("\n")}
`;
}
function writeRelease(dir, model, vars, planJson) {
  mkdirSync(dir, { recursive: true, mode: 448 });
  const composeFile = join(dir, "compose.yaml");
  const envFile = join(dir, ".env");
  writeFileAtomic(envFile, serializeEnv(vars), { mode: 384 });
  writeFileAtomic(composeFile, serializeModel(model));
  writeFileAtomic(join(dir, "plan.json"), planJson);
  return { dir, composeFile, envFile };
}

// src/deploy/images.ts
import { readFileSync } from "node:fs";
function loadImagePins(file) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new UserError(`cannot read image digests: ${err.message}`, { file, hint: "pass the JSON the build wrote (e.g. the images output of the build action)" });
  }
  const pins = {};
  const list = Array.isArray(data) ? data : Array.isArray(data?.images) ? data.images : void 0;
  if (list) {
    for (const item of list) {
      const name = String(item.name ?? item.image ?? item.ref ?? "");
      const digest = String(item.digest ?? "");
      if (name && /^sha256:[a-f0-9]{64}$/.test(digest)) for (const n of name.split(",")) pins[n.trim()] = digest;
    }
  } else if (data && typeof data === "object") {
    for (const [k, v] of Object.entries(data)) if (typeof v === "string" && /^sha256:[a-f0-9]{64}$/.test(v)) pins[k] = v;
  }
  return pins;
}
function pinImage(image, pins) {
  if (!pins || image.includes("@")) return image;
  const digest = pins[image] ?? (image.includes(":") && !image.slice(image.lastIndexOf("/")).includes(":") ? void 0 : pins[`${image}:latest`]);
  return digest ? `${image}@${digest}` : image;
}

// src/deploy/plan.ts
function rawServiceNames(files) {
  const names = /* @__PURE__ */ new Set();
  for (const f of files) {
    let doc;
    try {
      doc = (0, import_yaml2.parse)(readFileSync2(f, "utf8"));
    } catch (err) {
      throw new UserError(`cannot read compose file: ${err.message.split("\n")[0]}`, { file: f, hint: "check the path in sites.yaml (relative to sites.yaml)" });
    }
    const services = doc?.services ?? {};
    for (const n of Object.keys(services)) names.add(n);
  }
  return [...names];
}
function referencedNames(files) {
  const out = /* @__PURE__ */ new Set();
  for (const f of files) {
    const text = readFileSync2(f, "utf8").replace(/\$\$/g, "");
    for (const m of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)/g)) out.add(m[1] ?? m[2]);
  }
  return out;
}
function dependsOnOf(svc) {
  const d = svc.depends_on;
  if (!d) return [];
  return Array.isArray(d) ? d.map(String) : Object.keys(d);
}
function startLevels(services, databases) {
  const names = Object.keys(services).sort();
  const dbs = names.filter((n) => databases.includes(n));
  const level = /* @__PURE__ */ new Map();
  for (const d of dbs) level.set(d, 0);
  const base = dbs.length > 0 ? 1 : 0;
  const visiting = /* @__PURE__ */ new Set();
  const visit = (n, path) => {
    const known = level.get(n);
    if (known !== void 0) return known;
    if (visiting.has(n)) {
      throw new UserError(`depends_on cycle: ${[...path, n].join(" -> ")}`, { hint: "remove one of the depends_on entries of the cycle" });
    }
    visiting.add(n);
    let l = base;
    for (const dep of dependsOnOf(services[n])) {
      if (!(dep in services)) continue;
      l = Math.max(l, visit(dep, [...path, n]) + 1);
    }
    visiting.delete(n);
    level.set(n, l);
    return l;
  };
  for (const n of names) visit(n, []);
  const out = [];
  for (const [n, l] of level) (out[l] ??= []).push(n);
  return out.filter(Boolean).map((l) => l.sort());
}
function planDeploy(opts) {
  const { site } = opts;
  const catalog = opts.catalog ?? loadCatalog(site.catalog);
  const warnings = [];
  const allServices = rawServiceNames(site.composeFiles);
  const localSupabase = site.mode !== "integrated";
  const removed = localSupabase ? [] : allServices.filter((s) => site.supabaseServices.includes(s));
  let wanted = (site.services ?? allServices).filter((s) => !removed.includes(s));
  for (const s of site.services ?? []) {
    if (!allServices.includes(s)) {
      throw new UserError(`site "${site.name}" runs service "${s}", which none of its compose files defines`, {
        ...site.source,
        hint: `services defined: ${allServices.join(", ")}`
      });
    }
  }
  const envFiles = envLayerFiles(site.envDir, { platform: site.envPlatform, environment: site.environment, services: wanted });
  const layered = layerEnv(envFiles.map((f) => readEnvFile(f)));
  const vars = /* @__PURE__ */ new Map();
  for (const [key, r] of layered) {
    vars.set(key, { key, value: r.value, secret: catalog.isSecret(key), source: "file", file: r.file, line: r.line, overridden: r.overridden });
  }
  const fromSite = (key, value, force = false) => {
    const prev = vars.get(key);
    if (prev && prev.value !== "" && !force) return;
    vars.set(key, { key, value, secret: false, source: "site", file: site.source.file, line: site.source.line, overridden: prev?.file ? [...prev.overridden, { file: prev.file, line: prev.line ?? 0 }] : [] });
  };
  fromSite("SUPABASE_MODE", site.mode, true);
  if (site.centralUrl) {
    fromSite("CENTRAL_SUPABASE_URL", site.centralUrl);
    if (!localSupabase) fromSite("SUPABASE_URL", site.centralUrl, true);
  }
  if (site.mode === "dual-write") fromSite("SYNC_SITE_ID", site.name);
  if (site.platform === "wsl2") fromSite("COMPOSE_CONVERT_WINDOWS_PATHS", "1");
  const required = catalog.requiredFor(site.mode).filter((v) => !v.services || v.services.some((s) => wanted.includes(s)));
  const referenced = referencedNames(site.composeFiles);
  const candidates = /* @__PURE__ */ new Set([
    ...catalog.variables.filter((v) => v.secret).map((v) => v.name),
    ...required.map((v) => v.name),
    ...[...vars.values()].filter((v) => v.value === "").map((v) => v.key),
    ...[...referenced].filter((n) => !vars.has(n))
  ]);
  for (const key of candidates) {
    const value = opts.env[key];
    if (value === void 0 || value === "") continue;
    const prev = vars.get(key);
    if (prev && prev.value !== "" && !catalog.isSecret(key)) continue;
    const known = catalog.get(key);
    vars.set(key, { key, value, secret: known ? known.secret : true, source: "environment", overridden: prev?.file ? [...prev.overridden, { file: prev.file, line: prev.line ?? 0 }] : [] });
  }
  for (const v of vars.values()) if (v.secret) registerSecret(v.value);
  const missing = required.filter((v) => !vars.get(v.name)?.value);
  if (missing.length > 0 && opts.allowMissing) {
    warnings.push(`not set here, must come from the GitHub environment "${site.name}" at deploy time: ${missing.map((v) => v.name).join(", ")}`);
    for (const v of missing) vars.set(v.name, { key: v.name, value: "", secret: true, source: "environment", overridden: [] });
  } else if (missing.length > 0) {
    const names = missing.map((v) => v.name);
    throw new UserError(`site "${site.name}" (${site.mode}) is missing required variable${names.length > 1 ? "s" : ""}: ${names.join(", ")}`, {
      ...site.source,
      hint: `set ${names.length > 1 ? "them" : "it"} in ${relative(process.cwd(), site.envDir) || "."}/env.${site.environment} (non-secrets) or as secrets of the GitHub environment "${site.name}"; \`pmoves keys generate\` creates the Supabase secrets`
    });
  }
  const lookup = {};
  for (const v of vars.values()) lookup[v.key] = v.secret || opts.allowMissing && v.value === "" ? secretPlaceholder(v.key) : v.value;
  let project;
  try {
    project = loadCompose({ files: site.composeFiles, env: lookup, profiles: site.profiles });
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(err.message, { file: site.composeFiles[0], hint: "set the variable in an env layer or the environment" });
  }
  const problems = project.files.flatMap((f) => f.interpolationProblems);
  if (problems.length > 0) {
    const p = problems[0];
    throw new UserError(`${p.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ""}`, {
      ...p.loc,
      hint: p.variable ? `set ${p.variable} in an env layer or as a secret of the GitHub environment "${site.name}"` : "fix the ${...} syntax"
    });
  }
  const model = structuredClone(project.model);
  const services = model.services ?? {};
  const keep = /* @__PURE__ */ new Set();
  const add = (n) => {
    if (keep.has(n) || removed.includes(n) || !(n in services)) return;
    keep.add(n);
    for (const d of dependsOnOf(services[n])) add(d);
  };
  for (const n of wanted) add(n);
  for (const n of keep) if (!wanted.includes(n)) warnings.push(`service "${n}" runs because another service depends on it`);
  wanted = [...keep];
  for (const n of Object.keys(services)) if (!keep.has(n)) delete services[n];
  for (const svc of Object.values(services)) {
    const d = svc.depends_on;
    if (!d) continue;
    if (Array.isArray(d)) svc.depends_on = d.filter((x) => keep.has(String(x)));
    else for (const k of Object.keys(d)) if (!keep.has(k)) delete d[k];
    if (Array.isArray(svc.depends_on) && svc.depends_on.length === 0 || svc.depends_on && !Array.isArray(svc.depends_on) && Object.keys(svc.depends_on).length === 0) delete svc.depends_on;
  }
  for (const [name, svc] of Object.entries(services)) {
    if (svc.image) {
      svc.platform = `linux/${site.arch}`;
      svc.image = pinImage(svc.image, opts.images);
    }
    if (site.gpuServices.includes(name)) {
      if (site.platform === "jetson") svc.runtime = "nvidia";
      const deploy = svc.deploy ??= {};
      const resources = deploy.resources ??= {};
      const reservations = resources.reservations ??= {};
      reservations.devices = [{ driver: "nvidia", count: "all", capabilities: ["gpu"] }];
    }
  }
  for (const g of site.gpuServices) if (!(g in services)) warnings.push(`gpuServices names "${g}", which this site does not run`);
  if (site.gpuServices.length > 0 && (site.platform === "vps" || site.platform === "rpi")) warnings.push(`platform ${site.platform} has no NVIDIA GPU; the reservation will fail to start`);
  const order = startLevels(services, site.databaseServices);
  const levelOf = new Map(order.flatMap((l, i) => l.map((n) => [n, i])));
  const rendered = renderModel(model, site.composeFiles[0]);
  const plannedServices = Object.entries(rendered.services ?? {}).map(([name, svc]) => ({
    name,
    image: svc.image,
    platform: svc.platform,
    gpu: site.gpuServices.includes(name),
    dependsOn: dependsOnOf(svc),
    healthcheck: Boolean(svc.healthcheck && !svc.healthcheck.disable),
    level: levelOf.get(name) ?? 0
  })).sort((a, b) => a.level - b.level || a.name.localeCompare(b.name));
  for (const s of plannedServices) if (!s.healthcheck) warnings.push(`service "${s.name}" has no healthcheck: "running" is all the deploy can wait for`);
  return {
    site: site.name,
    platform: site.platform,
    arch: site.arch,
    mode: site.mode,
    environment: site.environment,
    githubEnvironment: site.name,
    project: site.project,
    labels: site.labels,
    supabase: { local: localSupabase, url: localSupabase ? void 0 : site.centralUrl, centralUrl: site.centralUrl },
    composeFiles: site.composeFiles,
    profiles: site.profiles,
    envFiles,
    catalogFile: catalog.file,
    variables: [...vars.values()].sort((a, b) => a.key.localeCompare(b.key)),
    services: plannedServices,
    removedServices: removed,
    order,
    smoke: site.smoke,
    healthTimeoutSeconds: site.healthTimeoutSeconds,
    warnings,
    model: rendered
  };
}
function publicPlan(plan) {
  const show = (v) => typeof v === "string" ? displayString(v) : Array.isArray(v) ? v.map(show) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, show(x)])) : v;
  return {
    ...plan,
    variables: plan.variables.map((v) => v.secret ? { ...v, value: v.value === "" ? "" : "***" } : v),
    model: show(plan.model)
  };
}

// src/deploy/apply.ts
import { existsSync as existsSync3, readFileSync as readFileSync5 } from "node:fs";
import { join as join4 } from "node:path";

// src/deploy/compose-cli.ts
async function findCompose(exec2, prefer) {
  const tryV2 = async () => {
    const r = await exec2("docker", ["compose", "version", "--short"], { allowFailure: true, timeoutMs: 2e4 });
    const v = r.stdout.trim();
    return r.code === 0 && v ? { flavor: "v2", version: v.replace(/^v/, ""), command: ["docker", "compose"] } : void 0;
  };
  const tryV1 = async () => {
    const r = await exec2("docker-compose", ["version", "--short"], { allowFailure: true, timeoutMs: 2e4 });
    const v = r.stdout.trim().replace(/^v/, "");
    return r.code === 0 && v ? { flavor: v.startsWith("1.") ? "v1" : "v2", version: v, command: ["docker-compose"] } : void 0;
  };
  const order = prefer === "v1" ? [tryV1, tryV2] : [tryV2, tryV1];
  for (const t of order) {
    const found = await t();
    if (found) return found;
  }
  throw new UserError("neither `docker compose` (v2) nor `docker-compose` (v1) is installed", {
    hint: "install the docker compose plugin (docker-compose-plugin) or docker-compose; `pmoves detect` shows what this machine has"
  });
}
var Compose = class {
  constructor(cli, ref, exec2) {
    this.cli = cli;
    this.ref = ref;
    this.exec = exec2;
  }
  cli;
  ref;
  exec;
  args(rest) {
    const [cmd, ...pre] = this.cli.command;
    const globals = ["-p", this.ref.project, "-f", this.ref.file, "--env-file", this.ref.envFile, "--project-directory", this.ref.dir];
    for (const p of this.ref.profiles) globals.push("--profile", p);
    return [cmd, [...pre, ...globals, ...rest]];
  }
  run(rest, opts = {}) {
    const [cmd, args] = this.args(rest);
    return this.exec(cmd, args, { cwd: this.ref.dir, ...opts });
  }
  pull(services, opts = {}) {
    return this.run(["pull", ...services], { allowFailure: true, timeoutMs: 6e5, ...opts });
  }
  up(services, opts = {}) {
    return this.run(["up", "-d", "--no-deps", "--remove-orphans", ...services], { allowFailure: true, timeoutMs: 6e5, ...opts });
  }
  async containerIds(service) {
    const args = this.cli.flavor === "v2" ? ["ps", "-a", "-q", service] : ["ps", "-q", service];
    const r = await this.run(args, { allowFailure: true, timeoutMs: 6e4 });
    return r.stdout.split("\n").map((s) => s.trim()).filter(Boolean);
  }
  logs(service, tail = 20) {
    return this.run(["logs", "--no-color", "--tail", String(tail), service], { allowFailure: true, timeoutMs: 6e4 });
  }
  execIn(service, command, timeoutMs) {
    return this.run(["exec", "-T", service, ...command], { allowFailure: true, timeoutMs });
  }
  down() {
    return this.run(["down", "--remove-orphans", "--volumes", "--timeout", "5"], { allowFailure: true, timeoutMs: 3e5 });
  }
};
async function inspectContainers(exec2, ids) {
  if (ids.length === 0) return [];
  const r = await exec2("docker", ["inspect", "--format", "{{json .State}}	{{.Image}}", ...ids], { allowFailure: true, timeoutMs: 6e4 });
  if (r.code !== 0) return ids.map((id) => ({ id, status: "missing" }));
  return r.stdout.split("\n").filter(Boolean).map((line, i) => {
    const [json, image] = line.split("	");
    const st = JSON.parse(json);
    const status = st.Status !== "running" ? st.Status : st.Health?.Status ?? "running";
    return { id: ids[i], status, exitCode: st.ExitCode, image };
  });
}

// src/deploy/lock.ts
import { linkSync, mkdirSync as mkdirSync2, readFileSync as readFileSync3, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname, userInfo } from "node:os";
import { dirname as dirname3 } from "node:path";
function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function processStart(pid) {
  try {
    const stat = readFileSync3(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return void 0;
  }
}
function holderDead(h) {
  if (!pidAlive(h.pid)) return true;
  const now = processStart(h.pid);
  return Boolean(h.pidStart && now && now !== h.pidStart);
}
function readHolder(path) {
  try {
    return JSON.parse(readFileSync3(path, "utf8"));
  } catch {
    return void 0;
  }
}
function describeHolder(h) {
  return `pid ${h.pid} (${h.user}@${h.host}, "${h.command}") since ${h.startedAt}`;
}
async function acquireLock(path, site, opts = {}) {
  mkdirSync2(dirname3(path), { recursive: true });
  const holder = {
    pid: process.pid,
    pidStart: processStart(process.pid),
    host: hostname(),
    user: safeUser(),
    site,
    command: opts.command ?? "pmoves deploy",
    startedAt: (/* @__PURE__ */ new Date()).toISOString()
  };
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, JSON.stringify(holder) + "\n", { mode: 420 });
  const deadline = Date.now() + (opts.waitMs ?? 0);
  let recovered;
  let told = false;
  try {
    for (; ; ) {
      try {
        linkSync(tmp, path);
        break;
      } catch (err) {
        if (err.code !== "EEXIST") throw err;
      }
      const current = readHolder(path);
      if (current && current.host === holder.host && holderDead(current)) {
        if (breakStale(path, current)) {
          recovered = current;
          opts.onRecover?.(current);
        }
        continue;
      }
      if (!current) {
        await sleep(opts.pollMs ?? 200);
        if (!readHolder(path) && Date.now() >= deadline) {
          throw new UserError(`site "${site}" has an unreadable deploy lock`, { file: path, hint: `remove ${path} if no deploy is running` });
        }
        continue;
      }
      if (Date.now() >= deadline) {
        const other = current.host === holder.host ? "" : ` If host ${current.host} is gone, remove the lock file.`;
        throw new UserError(`site "${site}" is locked by another deploy: ${describeHolder(current)}`, {
          file: path,
          hint: `wait for it to finish (or pass --wait-lock SECONDS to wait).${other}`
        });
      }
      if (!told) {
        opts.onWait?.(current);
        told = true;
      }
      await sleep(opts.pollMs ?? 500);
    }
  } finally {
    rmSync(tmp, { force: true });
  }
  let released = false;
  return {
    path,
    holder,
    recovered,
    release() {
      if (released) return;
      released = true;
      const now = readHolder(path);
      if (now && now.pid === holder.pid && now.host === holder.host && now.startedAt === holder.startedAt) rmSync(path, { force: true });
    }
  };
}
function breakStale(path, stale) {
  const aside = `${path}.stale.${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return false;
  }
  const moved = readHolder(aside);
  if (moved && moved.pid === stale.pid && moved.startedAt === stale.startedAt) {
    rmSync(aside, { force: true });
    return true;
  }
  try {
    linkSync(aside, path);
  } catch {
  }
  rmSync(aside, { force: true });
  return false;
}
function safeUser() {
  try {
    return process.env.GITHUB_ACTOR || userInfo().username;
  } catch {
    return process.env.USER ?? "unknown";
  }
}
function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

// src/deploy/lint-rendered.ts
import { mkdtempSync, rmSync as rmSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
async function lintRendered(plan, dir) {
  const own = !dir;
  const where = dir ?? mkdtempSync(join2(tmpdir(), "pmoves-deploy-lint-"));
  try {
    if (own) writeRelease(where, plan.model, plan.variables, "{}\n");
    const ids = rules.map((r2) => r2.id).filter((id) => id !== "hardcoded-variable");
    const r = await runLint({ files: [join2(where, "compose.yaml")], envFiles: [join2(where, ".env")], cwd: where, profiles: plan.profiles, rules: ids, catalogPath: plan.catalogFile });
    return { errorCount: r.errorCount, warningCount: r.warningCount, findings: r.findings };
  } finally {
    if (own) rmSync2(where, { recursive: true, force: true });
  }
}

// src/deploy/state.ts
import { appendFileSync, existsSync as existsSync2, mkdirSync as mkdirSync3, readFileSync as readFileSync4 } from "node:fs";
import { homedir, hostname as hostname2, userInfo as userInfo2 } from "node:os";
import { join as join3 } from "node:path";
function defaultStateDir(env = process.env) {
  if (env.PMOVES_STATE_DIR) return env.PMOVES_STATE_DIR;
  const base = env.XDG_STATE_HOME || join3(env.HOME || homedir(), ".local", "state");
  return join3(base, "pmoves", "deploy");
}
function siteDirs(stateDir, site) {
  const root = join3(stateDir, site);
  return {
    root,
    lock: join3(root, "deploy.lock"),
    state: join3(root, "state.json"),
    audit: join3(root, "audit.jsonl"),
    releases: join3(root, "releases"),
    release: (id) => join3(root, "releases", String(id))
  };
}
function readState(dirs, site) {
  if (!existsSync2(dirs.state)) return { site, releases: [] };
  try {
    return JSON.parse(readFileSync4(dirs.state, "utf8"));
  } catch (err) {
    throw new UserError(`the deploy state is not valid JSON: ${err.message}`, { file: dirs.state, hint: "restore it from the audit log, or remove it to start over (the next deploy becomes release 1)" });
  }
}
function writeState(dirs, state) {
  mkdirSync3(dirs.root, { recursive: true });
  writeFileAtomic(dirs.state, JSON.stringify(state, null, 2) + "\n");
}
function nextReleaseId(state) {
  return state.releases.reduce((m, r) => Math.max(m, r.id), 0) + 1;
}
function lastGood(state, exceptId) {
  return [...state.releases].reverse().find((r) => r.result === "healthy" && r.id !== exceptId);
}
function auditBase() {
  let user = process.env.GITHUB_ACTOR ?? "";
  if (!user) {
    try {
      user = userInfo2().username;
    } catch {
      user = process.env.USER ?? "unknown";
    }
  }
  const run2 = process.env.GITHUB_RUN_ID ? `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${process.env.GITHUB_REPOSITORY ?? ""}/actions/runs/${process.env.GITHUB_RUN_ID}` : void 0;
  return { user, host: hostname2(), run: run2, sha: process.env.GITHUB_SHA };
}
function appendAudit(dirs, entry) {
  mkdirSync3(dirs.root, { recursive: true });
  appendFileSync(dirs.audit, JSON.stringify(entry) + "\n", { flag: "a" });
}

// src/deploy/apply.ts
var DeployFailure = class extends Error {
  constructor(message, services = []) {
    super(message);
    this.services = services;
  }
  services;
};
function readStoredPlan(dir) {
  const file = join4(dir, "plan.json");
  if (!existsSync3(file)) throw new UserError(`release directory ${dir} has no plan.json`, { file, hint: "the release was removed; deploy again instead of rolling back" });
  return JSON.parse(readFileSync5(file, "utf8"));
}
var Engine = class {
  constructor(opts) {
    this.opts = opts;
    this.exec = opts.exec ?? exec;
    this.cli = opts.compose;
  }
  opts;
  exec;
  cli;
  async composeFor(dir, plan) {
    this.cli ??= await findCompose(this.exec);
    return new Compose(this.cli, { project: plan.project, file: join4(dir, "compose.yaml"), envFile: join4(dir, ".env"), profiles: plan.profiles, dir }, this.exec);
  }
  async lock(site, command) {
    const dirs = siteDirs(this.opts.stateDir, site);
    const { log } = this.opts;
    const handle = await acquireLock(dirs.lock, site, {
      waitMs: this.opts.waitLockMs ?? 0,
      command,
      onWait: (h) => log.info(`site ${site} is locked by pid ${h.pid} (${h.user}@${h.host}, "${h.command}") since ${h.startedAt}; waiting up to ${Math.round((this.opts.waitLockMs ?? 0) / 1e3)} s`),
      onRecover: (h) => log.warn(`recovered a stale deploy lock of site ${site}: pid ${h.pid} on ${h.host} (started ${h.startedAt}) is no longer running`)
    });
    return handle;
  }
  /** Pulls every image first, before anything stops; local images carry on when the registry cannot be reached. */
  async pull(compose, images) {
    const { log } = this.opts;
    log.step(`pulling ${images.length} image${images.length === 1 ? "" : "s"}`);
    const r = await compose.pull([]);
    if (r.code === 0) return;
    const missing = [];
    for (const image of images) {
      const i = await this.exec("docker", ["image", "inspect", "--format", "{{.Id}}", image], { allowFailure: true, timeoutMs: 3e4 });
      if (i.code !== 0) missing.push(image);
    }
    if (missing.length > 0) {
      const tail = redact(r.stderr || r.stdout).trim().split("\n").slice(-5).join("\n    ");
      throw new UserError(`cannot pull ${missing.join(", ")} and ${missing.length === 1 ? "it is" : "they are"} not present locally:
    ${tail}`, {
        hint: "check the registry login (docker login ghcr.io) and the image tags; nothing was stopped"
      });
    }
    log.warn(`the registry could not be reached (or a pull failed); all ${images.length} image(s) are present locally, continuing with them`);
  }
  /** Starts level by level (databases first) and waits for each level to be healthy. */
  async start(compose, plan) {
    const { log } = this.opts;
    for (const [i, level] of plan.order.entries()) {
      log.step(`starting ${level.join(", ")}${i === 0 && plan.order.length > 1 ? " (first)" : ""}`);
      const r = await compose.up(level, { onLine: (l) => log.info(`  ${l}`) });
      if (r.code !== 0) throw new DeployFailure(`${compose.cli.command.join(" ")} up failed for ${level.join(", ")} (exit ${r.code})`, level);
      await this.waitHealthy(compose, level, plan.healthTimeoutSeconds * 1e3);
    }
  }
  async waitHealthy(compose, services, timeoutMs) {
    const { log } = this.opts;
    const started = Date.now();
    const last = /* @__PURE__ */ new Map();
    const done = /* @__PURE__ */ new Set();
    for (; ; ) {
      for (const svc of services) {
        if (done.has(svc)) continue;
        const ids = await compose.containerIds(svc);
        const states = await inspectContainers(this.exec, ids);
        const status = states.length === 0 ? "missing" : states.find((s) => s.status !== "healthy" && s.status !== "running")?.status ?? states[0].status;
        const exitCode = states.find((s) => s.status === "exited")?.exitCode;
        if (last.get(svc) !== status) {
          log.info(`  ${svc}: ${status}${exitCode !== void 0 ? ` (exit ${exitCode})` : ""} after ${((Date.now() - started) / 1e3).toFixed(1)} s`);
          last.set(svc, status);
        }
        if (status === "healthy" || status === "running" || status === "exited" && exitCode === 0) done.add(svc);
        else if (status === "unhealthy" || status === "dead" || status === "exited" && exitCode !== 0) {
          throw new DeployFailure(`service ${svc} is ${status}`, [svc]);
        }
      }
      if (done.size === services.length) return;
      if (Date.now() - started > timeoutMs) {
        const waiting = services.filter((s) => !done.has(s));
        throw new DeployFailure(`timed out after ${Math.round(timeoutMs / 1e3)} s waiting for ${waiting.map((s) => `${s} (${last.get(s)})`).join(", ")} to be healthy`, waiting);
      }
      await new Promise((r) => setTimeout(r, this.opts.pollMs ?? 1e3));
    }
  }
  async smoke(compose, plan) {
    const { log } = this.opts;
    for (const check of plan.smoke) {
      const timeoutMs = (check.timeoutSeconds ?? 30) * 1e3;
      if (check.service && check.command) {
        const r = await compose.execIn(check.service, check.command, timeoutMs);
        if (r.code !== 0) throw new DeployFailure(`smoke check "${check.name}" failed (exit ${r.code}): ${redact(r.stderr || r.stdout).trim().split("\n").slice(-3).join(" | ")}`, [check.service]);
      } else if (check.url) {
        let ok = false;
        let why = "";
        try {
          const res = await fetch(check.url, { signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
          ok = res.status < 400;
          why = `HTTP ${res.status}`;
        } catch (err) {
          why = err.message;
        }
        if (!ok) throw new DeployFailure(`smoke check "${check.name}" failed: ${check.url}: ${why}`);
      }
      log.info(`  smoke ${check.name}: ok`);
    }
  }
  /** The image each service runs now, with the local image id it resolved to. */
  async images(compose, dir) {
    const out = [];
    const planFull = JSON.parse(readFileSync5(join4(dir, "plan.json"), "utf8"));
    for (const svc of planFull.services) {
      if (!svc.image) continue;
      const ids = await compose.containerIds(svc.name);
      const st = await inspectContainers(this.exec, ids.slice(0, 1));
      out.push({ service: svc.name, image: svc.image, digest: st[0]?.image });
    }
    return out;
  }
  async showFailure(compose, services) {
    const { log } = this.opts;
    for (const svc of services) {
      const r = await compose.logs(svc, 20);
      const lines = redact(r.stdout + r.stderr).trim().split("\n").filter(Boolean).slice(-20);
      log.info(`--- last log lines of ${svc} ---`);
      for (const l of lines) log.info(`  ${l}`);
      const ids = await compose.containerIds(svc);
      if (ids.length === 0) continue;
      const h = await this.exec("docker", ["inspect", "--format", '{{if .State.Health}}{{range .State.Health.Log}}exit {{.ExitCode}}: {{.Output}}{{"\\n"}}{{end}}{{end}}', ids[0]], { allowFailure: true, timeoutMs: 3e4 });
      const checks = redact(h.stdout).trim().split("\n").filter((l) => l.trim()).slice(-3);
      if (checks.length > 0) {
        log.info(`--- last healthchecks of ${svc} ---`);
        for (const l of checks) log.info(`  ${l}`);
      }
    }
  }
  /** Runs a rendered release directory: start, wait, smoke. */
  async runRelease(dir, plan, pull, images) {
    const compose = await this.composeFor(dir, plan);
    if (pull) await this.pull(compose, images);
    await this.start(compose, plan);
    await this.smoke(compose, plan);
    return compose;
  }
};
function record(state, rel) {
  state.releases = [...state.releases.filter((r) => r.id !== rel.id), rel].slice(-20);
}
async function applyDeploy(plan, opts) {
  const engine = new Engine(opts);
  const { log } = opts;
  const dirs = siteDirs(opts.stateDir, plan.site);
  const lock = await engine.lock(plan.site, `pmoves deploy apply --site ${plan.site}`);
  const started = Date.now();
  const base = auditBase();
  const recovered = lock.recovered ? { pid: lock.recovered.pid, host: lock.recovered.host, startedAt: lock.recovered.startedAt } : void 0;
  try {
    const state = readState(dirs, plan.site);
    const id = nextReleaseId(state);
    const dir = dirs.release(id);
    const shown = publicPlan(plan);
    writeRelease(dir, plan.model, plan.variables, JSON.stringify({ ...shown, release: id }, null, 2) + "\n");
    log.step(`release ${id} of site ${plan.site} (${plan.mode}, ${plan.platform}/${plan.arch}) rendered in ${dir}`);
    if (!opts.skipLint) {
      const lint = await lintRendered(plan, dir);
      for (const f of lint.findings.filter((x) => x.severity === "error").slice(0, 10)) log.info(`  ${f.rule}: ${f.message}`);
      if (lint.errorCount > 0) {
        record(state, { id, createdAt: new Date(started).toISOString(), dir, images: [], result: "failed", sha: base.sha });
        writeState(dirs, state);
        appendAudit(dirs, { time: (/* @__PURE__ */ new Date()).toISOString(), site: plan.site, action: "deploy", release: id, result: "failed", ...base, images: [], error: `pmoves lint: ${lint.errorCount} error(s) in the rendered project`, durationMs: Date.now() - started });
        throw new UserError(`pmoves lint found ${lint.errorCount} error(s) in the rendered project of release ${id}; nothing was changed`, { file: join4(dir, "compose.yaml"), hint: `run pmoves lint ${dir}/compose.yaml --env-file ${dir}/.env for details` });
      }
      log.info(`  pmoves lint: clean (${lint.warningCount} warning(s))`);
    }
    const imageList = [...new Set(plan.services.map((s) => s.image).filter((x) => Boolean(x)))];
    const stored = shown;
    let compose;
    try {
      compose = await engine.composeFor(dir, stored);
      await engine.runRelease(dir, stored, true, imageList);
    } catch (err) {
      if (!(err instanceof DeployFailure)) {
        record(state, { id, createdAt: new Date(started).toISOString(), dir, images: [], result: "failed", sha: base.sha });
        writeState(dirs, state);
        appendAudit(dirs, { time: (/* @__PURE__ */ new Date()).toISOString(), site: plan.site, action: "deploy", release: id, result: "failed", ...base, images: imageList.map((image) => ({ service: plan.services.find((s) => s.image === image)?.name ?? "", image })), error: redact(err.message), durationMs: Date.now() - started });
        throw err;
      }
      return await recover(engine, dirs, state, id, err, compose, imageList, plan, started, base, recovered);
    }
    const images = await engine.images(compose, dir);
    record(state, { id, createdAt: new Date(started).toISOString(), dir, images, result: "healthy", sha: base.sha });
    state.current = id;
    writeState(dirs, state);
    appendAudit(dirs, { time: (/* @__PURE__ */ new Date()).toISOString(), site: plan.site, action: "deploy", release: id, result: "success", ...base, images, durationMs: Date.now() - started });
    log.step(`release ${id} of site ${plan.site} is healthy`);
    return { site: plan.site, release: id, result: "success", lockRecovered: recovered, exitCode: 0 };
  } finally {
    lock.release();
  }
}
async function recover(engine, dirs, state, id, failure, compose, imageList, plan, started, base, recovered) {
  const { log } = engine.opts;
  log.warn(`release ${id} failed: ${failure.message}`);
  await engine.showFailure(compose, failure.services);
  const images = plan.services.filter((s) => s.image).map((s) => ({ service: s.name, image: s.image }));
  record(state, { id, createdAt: new Date(started).toISOString(), dir: dirs.release(id), images, result: "failed", sha: base.sha });
  const prev = lastGood(state, id);
  const entry = {
    time: "",
    site: plan.site,
    action: "deploy",
    release: id,
    result: "failed",
    ...base,
    images,
    failedServices: failure.services,
    error: redact(failure.message),
    durationMs: 0
  };
  if (!prev) {
    log.warn("there is no earlier healthy release to roll back to; the failed release is left as it is");
    writeState(dirs, state);
    appendAudit(dirs, { ...entry, time: (/* @__PURE__ */ new Date()).toISOString(), durationMs: Date.now() - started });
    return { site: plan.site, release: id, result: "failed", failedServices: failure.services, error: failure.message, lockRecovered: recovered, exitCode: 1 };
  }
  log.step(`rolling back site ${plan.site} to release ${prev.id}`);
  try {
    await engine.runRelease(prev.dir, readStoredPlan(prev.dir), false, []);
  } catch (err) {
    const msg = `rollback to release ${prev.id} failed too: ${err.message}`;
    log.warn(msg);
    writeState(dirs, state);
    appendAudit(dirs, { ...entry, error: redact(`${failure.message}; ${msg}`), time: (/* @__PURE__ */ new Date()).toISOString(), durationMs: Date.now() - started });
    return { site: plan.site, release: id, result: "failed", failedServices: failure.services, error: msg, lockRecovered: recovered, exitCode: 1 };
  }
  state.current = prev.id;
  writeState(dirs, state);
  appendAudit(dirs, { ...entry, result: "rolled-back", rolledBackTo: prev.id, time: (/* @__PURE__ */ new Date()).toISOString(), durationMs: Date.now() - started });
  log.step(`release ${prev.id} of site ${plan.site} is healthy again; release ${id} failed`);
  return { site: plan.site, release: id, result: "rolled-back", rolledBackTo: prev.id, failedServices: failure.services, error: failure.message, lockRecovered: recovered, exitCode: 1 };
}
async function rollbackDeploy(site, opts) {
  const engine = new Engine(opts);
  const dirs = siteDirs(opts.stateDir, site);
  const lock = await engine.lock(site, `pmoves deploy rollback --site ${site}`);
  const started = Date.now();
  const base = auditBase();
  try {
    const state = readState(dirs, site);
    const target = opts.to !== void 0 ? state.releases.find((r) => r.id === opts.to) : lastGood(state, state.current);
    if (!target) {
      throw new UserError(opts.to !== void 0 ? `site ${site} has no release ${opts.to}` : `site ${site} has no healthy release before the current one (${state.current ?? "none"})`, {
        file: dirs.state,
        hint: "pmoves deploy status --site " + site + " lists the releases"
      });
    }
    opts.log.step(`rolling back site ${site} to release ${target.id}`);
    let result = "success";
    let error;
    try {
      await engine.runRelease(target.dir, readStoredPlan(target.dir), false, []);
      state.current = target.id;
      writeState(dirs, state);
    } catch (err) {
      if (!(err instanceof DeployFailure)) throw err;
      result = "failed";
      error = err.message;
      const compose = await engine.composeFor(target.dir, readStoredPlan(target.dir));
      await engine.showFailure(compose, err.services);
    }
    appendAudit(dirs, { time: (/* @__PURE__ */ new Date()).toISOString(), site, action: "rollback", release: target.id, result, ...base, images: target.images, error, durationMs: Date.now() - started });
    return { site, release: target.id, result: result === "success" ? "success" : "failed", error, exitCode: result === "success" ? 0 : 1 };
  } finally {
    lock.release();
  }
}
async function deployStatus(site, opts) {
  const engine = new Engine(opts);
  const dirs = siteDirs(opts.stateDir, site);
  const state = readState(dirs, site);
  const services = [];
  const cur = state.releases.find((r) => r.id === state.current);
  if (cur && existsSync3(join4(cur.dir, "plan.json"))) {
    const plan = readStoredPlan(cur.dir);
    const compose = await engine.composeFor(cur.dir, plan);
    for (const svc of plan.order.flat()) {
      const ids = await compose.containerIds(svc);
      const st = await inspectContainers(engine.exec, ids);
      services.push({ service: svc, status: st.length === 0 ? "missing" : st.find((s) => s.status !== "healthy" && s.status !== "running")?.status ?? st[0].status, containers: st.length });
    }
  }
  let lock;
  if (existsSync3(dirs.lock)) {
    try {
      lock = JSON.parse(readFileSync5(dirs.lock, "utf8"));
    } catch {
    }
  }
  const audit = existsSync3(dirs.audit) ? readFileSync5(dirs.audit, "utf8").trim().split("\n").filter(Boolean) : [];
  return { site, current: state.current, releases: state.releases, services, lock, lastAudit: audit.length ? JSON.parse(audit[audit.length - 1]) : void 0 };
}

// src/cli/commands/deploy.ts
var HELP = `pmoves deploy \u2014 plan, apply, inspect and roll back a site's compose deploy

Usage:
  pmoves deploy plan     --site NAME [--json]
  pmoves deploy apply    --site NAME [--dry-run] [--wait-lock SECONDS] [--json]
  pmoves deploy status   --site NAME [--json]
  pmoves deploy rollback --site NAME [--to RELEASE] [--json]

plan      env layers (env.base -> env.platform.<p> -> env.<environment> -> env.service.<s>, each
          value with the file:line it came from), secrets from the environment (the runner
          passes GitHub environment secrets), the variables the site's mode requires (a missing
          one stops here, exit 2), compose files and profiles, GPU reservations, arm64 images,
          digests from a build. Secrets print as ***.
apply     take the site's lock, render release N (compose.yaml + .env 0600), pull images
          before anything stops, start databases first then each depends_on level, wait for
          health, run smoke checks, record the release and an audit line. On failure: the
          failing services' last log lines, rollback to the last healthy release, exit 1.
status    releases, the current one, and the live health of each service.
rollback  run the last healthy release before the current one (or --to N) again.

Options:
  --site NAME          the site in sites.yaml
  --sites FILE         the inventory (default ./sites.yaml)
  --state-dir DIR      releases, state.json and audit.jsonl (default $PMOVES_STATE_DIR, else
                       ~/.local/state/pmoves/deploy): outside the checkout so it survives it
  --images FILE        JSON digests from the build, to pin images by digest
  --wait-lock SECONDS  wait for another deploy of the same site instead of refusing (default 0)
  --dry-run            apply: print the plan, change nothing
  --json               machine-readable output
  -h, --help           this help

Example:
  POSTGRES_PASSWORD=... JWT_SECRET=... pmoves deploy plan --site jetson-edge --json
  pmoves deploy apply --site lab-workstation --wait-lock 600
`;
function logger(io) {
  const w = (s) => io.stderr(redact(s) + "\n");
  return { info: (m) => w(m), warn: (m) => w(`warning: ${m}`), step: (m) => w(`==> ${m}`) };
}
function formatPlan(plan) {
  const p = publicPlan(plan);
  const lines = [
    `site ${p.site}: ${p.mode} on ${p.platform}/${p.arch}, env layer env.${p.environment}, GitHub environment "${p.githubEnvironment}", project ${p.project}`,
    `runner labels: ${p.labels.join(", ")}`,
    `supabase: ${p.supabase.local ? "local" : `central ${p.supabase.url}`}${p.supabase.centralUrl && p.supabase.local ? ` (central ${p.supabase.centralUrl})` : ""}`,
    `compose files: ${p.composeFiles.join(", ")}${p.profiles.length ? `; profiles: ${p.profiles.join(", ")}` : ""}`,
    `env layers: ${p.envFiles.length ? p.envFiles.join(" -> ") : "(none)"}`,
    "",
    "start order:",
    ...p.order.map((l, i) => `  ${i + 1}. ${l.join(", ")}`),
    "",
    "services:",
    ...p.services.map((s) => `  ${s.name.padEnd(16)} ${displayString(s.image ?? "(build)")} ${s.platform ?? ""}${s.gpu ? " gpu" : ""}${s.healthcheck ? "" : " (no healthcheck)"}`)
  ];
  if (p.removedServices.length) lines.push(`not run here: ${p.removedServices.join(", ")}`);
  lines.push("", "variables:");
  for (const v of p.variables) {
    const where = v.source === "environment" ? "environment" : `${v.file}:${v.line}`;
    lines.push(`  ${v.key}=${v.value}  (${where}${v.overridden.length ? `, overrides ${v.overridden.map((o) => `${o.file}:${o.line}`).join(", ")}` : ""})`);
  }
  for (const w of p.warnings) lines.push(`warning: ${w}`);
  return lines.join("\n") + "\n";
}
function formatStatus(s) {
  const lines = [`site ${s.site}: current release ${s.current ?? "(none)"}`];
  if (s.lock) lines.push(`locked by pid ${s.lock.pid} on ${s.lock.host} since ${s.lock.startedAt} (${s.lock.command})`);
  for (const r of s.releases) lines.push(`  release ${r.id}  ${r.result.padEnd(7)}  ${r.createdAt}${r.id === s.current ? "  <- current" : ""}`);
  if (s.services.length) lines.push("services:", ...s.services.map((x) => `  ${x.service.padEnd(16)} ${x.status}`));
  if (s.lastAudit) lines.push(`last: ${s.lastAudit.action} of release ${s.lastAudit.release} by ${s.lastAudit.user} at ${s.lastAudit.time}: ${s.lastAudit.result}`);
  return lines.join("\n") + "\n";
}
async function run(argv, io) {
  const { values, positionals } = parseCommandArgs("deploy", argv, {
    site: { type: "string" },
    sites: { type: "string" },
    "state-dir": { type: "string" },
    images: { type: "string" },
    "wait-lock": { type: "string" },
    to: { type: "string" },
    "dry-run": { type: "boolean" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const sub = positionals[0];
  if (!sub || !["plan", "apply", "status", "rollback"].includes(sub) || positionals.length > 1) {
    throw new UserError(sub ? `unknown deploy subcommand "${positionals.join(" ")}"` : "missing the deploy subcommand", { hint: "one of: plan, apply, status, rollback (see pmoves deploy --help)" });
  }
  if (!values.site) throw new UserError("--site is required", { hint: `e.g. pmoves deploy ${sub} --site jetson-edge` });
  const waitLock = values["wait-lock"] === void 0 ? 0 : Number(values["wait-lock"]);
  if (!Number.isFinite(waitLock) || waitLock < 0) throw new UserError(`--wait-lock must be a number of seconds, not "${values["wait-lock"]}"`);
  const stateDir = values["state-dir"] ? resolve3(io.cwd, values["state-dir"]) : defaultStateDir(io.env);
  const log = logger(io);
  const engine = { stateDir, log, waitLockMs: waitLock * 1e3 };
  if (sub === "status" || sub === "rollback") {
    if (sub === "status") {
      const s = await deployStatus(values.site, engine);
      io.stdout(values.json ? JSON.stringify(s, null, 2) + "\n" : formatStatus(s));
      return 0;
    }
    const to = values.to === void 0 ? void 0 : Number(values.to);
    if (to !== void 0 && !Number.isInteger(to)) throw new UserError(`--to must be a release number, not "${values.to}"`);
    const r = await rollbackDeploy(values.site, { ...engine, to });
    if (values.json) io.stdout(JSON.stringify(r, null, 2) + "\n");
    return r.exitCode;
  }
  const inventory = loadInventory(values.sites ? resolve3(io.cwd, values.sites) : defaultSitesPath(io.cwd));
  const site = inventory.get(values.site);
  const plan = planDeploy({ site, env: io.env, images: values.images ? loadImagePins(resolve3(io.cwd, values.images)) : void 0 });
  if (sub === "plan" || values["dry-run"]) {
    const lint = await lintRendered(plan);
    if (values.json) io.stdout(redact(JSON.stringify({ ...publicPlan(plan), lint }, null, 2)) + "\n");
    else {
      io.stdout(formatPlan(plan));
      io.stdout(`pmoves lint of the rendered project: ${lint.errorCount} error(s), ${lint.warningCount} warning(s)
`);
      for (const f of lint.findings.filter((x) => x.severity === "error")) io.stdout(`  error ${f.rule}: ${f.message}
`);
    }
    return lint.errorCount > 0 ? 1 : 0;
  }
  const result = await applyDeploy(plan, engine);
  if (values.json) io.stdout(JSON.stringify(result, null, 2) + "\n");
  return result.exitCode;
}
export {
  formatPlan,
  run
};
