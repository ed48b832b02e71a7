import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  lookupL4T
} from "./chunk-J55QLQ3J.js";
import {
  exec
} from "./chunk-ZJXJG65W.js";
import "./chunk-VBFNLYQP.js";
import "./chunk-E6RLBVN4.js";
import "./chunk-IVAXBV5S.js";
import {
  parseCommandArgs
} from "./chunk-5ERAG5N6.js";
import {
  require_dist
} from "./chunk-ZGQYJO67.js";
import {
  UserError,
  __toESM
} from "./chunk-MA3RAYPA.js";

// src/platform/labels.ts
function runnerLabels(info) {
  const labels = ["self-hosted", "linux", info.arch === "amd64" ? "x64" : "arm64", info.platform];
  if (info.jetson) {
    const [major, minor] = info.jetson.l4t.replace(/^r/, "").split(".");
    labels.push(`l4t-r${major}.${minor ?? "0"}`);
    if (info.jetson.jetpack) labels.push(`jetpack-${info.jetson.jetpack.split(".")[0]}`);
    if (info.jetson.cuda) labels.push(`cuda-${info.jetson.cuda.split(".").slice(0, 2).join(".")}`);
  }
  if (info.gpus.length > 0) labels.push("gpu", "nvidia");
  return [...new Set(labels)];
}

// src/platform/detect.ts
var ARCHES = { x86_64: "amd64", amd64: "amd64", aarch64: "arm64", arm64: "arm64" };
function normalizeArch(machine) {
  const m = machine.trim();
  const arch = ARCHES[m];
  if (arch) return arch;
  if (/^armv[67]/.test(m)) {
    throw new UserError(`32-bit ARM (${m}) is not supported`, {
      hint: "GitHub runners and the PMOVES images exist for amd64 and arm64 only: install a 64-bit OS (e.g. Raspberry Pi OS 64-bit, uname -m prints aarch64)"
    });
  }
  throw new UserError(`unsupported machine architecture "${m}"`, { hint: "PMOVES sites run on x86_64 (amd64) or aarch64 (arm64)" });
}
function parseOsRelease(text) {
  const kv = {};
  for (const line of (text ?? "").split("\n")) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) kv[m[1]] = m[2].replace(/^"(.*)"$/, "$1").replace(/^'(.*)'$/, "$1");
  }
  return { id: kv.ID ?? "unknown", name: kv.PRETTY_NAME ?? kv.NAME ?? "unknown", version: kv.VERSION_ID, codename: kv.VERSION_CODENAME };
}
function parseTegraRelease(text) {
  const m = /R(\d+)\s*\(release\),\s*REVISION:\s*([\d.]+)/.exec(text);
  if (!m) return void 0;
  const rev = m[2].split(".");
  while (rev.length < 2) rev.push("0");
  return `r${m[1]}.${rev.join(".")}`;
}
function firstLine(s) {
  return s.trim().split("\n")[0]?.trim() ?? "";
}
function dtString(s) {
  const v = s?.replace(/\0/g, "").trim();
  return v || void 0;
}
async function detectGpus(probe, jetson) {
  if (jetson) {
    return [{ vendor: "nvidia", name: jetson.model ?? "NVIDIA Jetson (integrated)", integrated: true }];
  }
  const r = await probe.run("nvidia-smi", ["--query-gpu=name,driver_version,memory.total", "--format=csv,noheader,nounits"]);
  if (r.code !== 0) return [];
  return r.stdout.split("\n").map((l) => l.trim()).filter(Boolean).map((l) => {
    const [name, driver, mem] = l.split(",").map((s) => s.trim());
    const memoryMiB = Number(mem);
    return { vendor: "nvidia", name, driver: driver || void 0, memoryMiB: Number.isFinite(memoryMiB) ? memoryMiB : void 0, integrated: false };
  });
}
async function detectDocker(probe) {
  const info = {};
  const engine = await probe.run("docker", ["version", "--format", "{{.Server.Version}}"]);
  if (engine.code === 0 && firstLine(engine.stdout)) info.engine = firstLine(engine.stdout);
  const v2 = await probe.run("docker", ["compose", "version", "--short"]);
  if (v2.code === 0 && firstLine(v2.stdout)) {
    info.compose = { flavor: "v2", version: firstLine(v2.stdout).replace(/^v/, ""), command: ["docker", "compose"] };
  } else {
    const v1 = await probe.run("docker-compose", ["version", "--short"]);
    if (v1.code === 0 && firstLine(v1.stdout)) {
      const version = firstLine(v1.stdout).replace(/^v/, "");
      info.compose = { flavor: version.startsWith("1.") ? "v1" : "v2", version, command: ["docker-compose"] };
    }
  }
  const bx = await probe.run("docker", ["buildx", "version"]);
  if (bx.code === 0) {
    const m = /v?(\d+\.\d+\.\d+[^\s]*)/.exec(bx.stdout);
    if (m) info.buildx = m[1];
  }
  const host = probe.env.DOCKER_HOST;
  if (host?.startsWith("unix://")) info.socket = host.slice("unix://".length);
  else if (host) info.socket = host;
  else {
    const xdg = probe.env.XDG_RUNTIME_DIR;
    const candidates = ["/var/run/docker.sock", "/run/docker.sock", ...xdg ? [`${xdg}/docker.sock`] : []];
    info.socket = candidates.find((c) => probe.exists(c));
  }
  return info;
}
var HYPERVISOR_VENDORS = /\b(QEMU|KVM|Xen|VMware|innotek|VirtualBox|Hetzner|DigitalOcean|Vultr|Linode|Akamai|Amazon EC2|Google|Microsoft Corporation|OpenStack|Scaleway|OVH)\b/i;
function detectVirtualization(probe) {
  const vendor = dtString(probe.readFile("/sys/class/dmi/id/sys_vendor"));
  const product = dtString(probe.readFile("/sys/class/dmi/id/product_name"));
  const dmi = `${vendor ?? ""} ${product ?? ""}`.trim();
  if (dmi && HYPERVISOR_VENDORS.test(dmi)) return dmi;
  const cpuinfo = probe.readFile("/proc/cpuinfo") ?? "";
  if (/^flags\s*:.*\bhypervisor\b/m.test(cpuinfo)) return dmi || "hypervisor";
  return void 0;
}
async function detectPlatform(probe) {
  const warnings = [];
  const uname = await probe.run("uname", ["-m"]);
  if (uname.code !== 0 || !firstLine(uname.stdout)) {
    throw new UserError("cannot read the machine architecture (uname -m failed)", { hint: "run on Linux, or record `uname -m` in the fixture" });
  }
  const machine = firstLine(uname.stdout);
  const arch = normalizeArch(machine);
  const distro = parseOsRelease(probe.readFile("/etc/os-release"));
  const procVersion = probe.readFile("/proc/version") ?? "";
  const kernel = /Linux version (\S+)/.exec(procVersion)?.[1];
  let wsl;
  if (/microsoft/i.test(procVersion)) {
    wsl = { version: /WSL2|microsoft-standard/i.test(procVersion) ? 2 : 1 };
    if (wsl.version === 1) warnings.push("WSL1 has no real Linux kernel and cannot run the docker engine; convert the distribution with `wsl --set-version <distro> 2`");
  }
  let jetson;
  const tegra = probe.readFile("/etc/nv_tegra_release");
  const model = dtString(probe.readFile("/proc/device-tree/model"));
  if (tegra) {
    const l4t = parseTegraRelease(tegra);
    if (!l4t) {
      throw new UserError("cannot parse the L4T release", { file: "/etc/nv_tegra_release", line: 1, hint: 'expected "# R36 (release), REVISION: 4.0, ..."' });
    }
    const entry = lookupL4T(l4t);
    jetson = { model, l4t };
    if (entry) Object.assign(jetson, { l4t: entry.l4t, jetpack: entry.jetpack, cuda: entry.cuda, ubuntu: entry.ubuntu, baseImage: entry.baseImage, cudaArch: entry.cudaArch });
    else warnings.push(`L4T ${l4t} is not in the L4T table (src/platform/l4t-table.yaml): JetPack and CUDA unknown; add a row`);
    if (/^r3[0-4]\./.test(jetson.l4t)) warnings.push(`L4T ${jetson.l4t} (JetPack 4) has glibc 2.27: GitHub's runner needs JetPack 5 or newer (glibc >= 2.28)`);
  }
  const raspberryPi = !jetson && model && /Raspberry Pi/i.test(model) ? { model } : void 0;
  const virtualization = wsl ? void 0 : detectVirtualization(probe);
  const gpus = await detectGpus(probe, jetson);
  const docker = await detectDocker(probe);
  if (!docker.engine) warnings.push("no docker engine answered (`docker version`): install docker and add the runner user to the docker group");
  if (!docker.compose) warnings.push("neither `docker compose` (v2) nor `docker-compose` (v1) was found");
  let platform;
  if (jetson) platform = "jetson";
  else if (wsl?.version === 2) platform = "wsl2";
  else if (raspberryPi) platform = "rpi";
  else if (virtualization && gpus.length === 0) platform = "vps";
  else platform = "workstation";
  const info = { os: "linux", distro, kernel, machine, arch, wsl, jetson, raspberryPi, virtualization, gpus, docker, platform, warnings };
  return { ...info, labels: runnerLabels(info) };
}

// src/platform/probe.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
function hostProbe(exec2 = exec, env = process.env) {
  return {
    readFile(path) {
      try {
        return readFileSync(path, "utf8");
      } catch {
        return void 0;
      }
    },
    exists: (path) => existsSync(path),
    async run(cmd, args) {
      const r = await exec2(cmd, args, { allowFailure: true, timeoutMs: 2e4, env });
      return { code: r.code, stdout: r.stdout };
    },
    env
  };
}
var RECORDED_COMMANDS = "recorded-commands.yaml";
function fixtureProbe(root) {
  if (!existsSync(root)) {
    throw new UserError(`--root ${root} does not exist`, { hint: "point --root at a directory laid out like / (etc/os-release, proc/version, ...)" });
  }
  const recordedPath = join(root, RECORDED_COMMANDS);
  let recorded = {};
  if (existsSync(recordedPath)) {
    try {
      recorded = (0, import_yaml.parse)(readFileSync(recordedPath, "utf8")) ?? {};
    } catch (err) {
      throw new UserError(`cannot parse recorded commands: ${err.message}`, { file: recordedPath, hint: 'it is YAML: commands: { "uname -m": { stdout: "aarch64\\n" } }' });
    }
  }
  const inRoot = (p) => join(root, p.replace(/^\/+/, ""));
  return {
    readFile(path) {
      try {
        return readFileSync(inRoot(path), "utf8");
      } catch {
        return void 0;
      }
    },
    exists: (path) => existsSync(inRoot(path)),
    async run(cmd, args) {
      const hit = recorded.commands?.[[cmd, ...args].join(" ")];
      if (!hit) return { code: 127, stdout: "" };
      return { code: hit.code ?? 0, stdout: hit.stdout ?? "" };
    },
    env: recorded.env ?? {}
  };
}

// src/cli/commands/detect.ts
import { resolve } from "node:path";
var HELP = `pmoves detect \u2014 what this machine is, and the runner labels that follow

Usage: pmoves detect [--json] [--root DIR] [--labels]

Reads the OS and distribution, the architecture (uname -m: x86_64 -> amd64, aarch64 -> arm64;
32-bit ARM is refused), WSL2, Jetson (/etc/nv_tegra_release -> L4T -> JetPack -> CUDA), NVIDIA
GPUs (nvidia-smi), the docker engine, compose v2 or v1, buildx and the docker socket.

Options:
  --json       print the detection as JSON (for scripts and the detect-platform action)
  --labels     print only the runner labels, comma-separated (what runners/install.sh uses)
  --root DIR   read a fixture tree laid out like / instead of this machine; command outputs
               come from DIR/recorded-commands.yaml
  -h, --help   this help

Example:
  pmoves detect
  pmoves detect --root test/fixtures/platforms/jetson-orin-r36.4 --json
`;
function formatDetection(info) {
  const lines = [
    `platform      ${info.platform}`,
    `os            ${info.distro.name}${info.kernel ? ` (kernel ${info.kernel})` : ""}`,
    `arch          ${info.arch} (uname -m: ${info.machine})`
  ];
  if (info.wsl) lines.push(`wsl           WSL${info.wsl.version}`);
  if (info.jetson) {
    const j = info.jetson;
    lines.push(`jetson        ${j.model ?? "unknown model"}: L4T ${j.l4t}, JetPack ${j.jetpack ?? "?"}, CUDA ${j.cuda ?? "?"}`);
  }
  if (info.raspberryPi) lines.push(`board         ${info.raspberryPi.model}`);
  if (info.virtualization) lines.push(`virtual       ${info.virtualization}`);
  lines.push(`gpu           ${info.gpus.length ? info.gpus.map((g) => `${g.name}${g.driver ? ` (driver ${g.driver})` : ""}`).join("; ") : "none"}`);
  const d = info.docker;
  lines.push(`docker        ${d.engine ?? "not found"}`);
  lines.push(`compose       ${d.compose ? `${d.compose.flavor} ${d.compose.version} (${d.compose.command.join(" ")})` : "not found"}`);
  lines.push(`buildx        ${d.buildx ?? "not found"}`);
  lines.push(`socket        ${d.socket ?? "not found"}`);
  lines.push(`labels        ${info.labels.join(",")}`);
  for (const w of info.warnings) lines.push(`warning: ${w}`);
  return lines.join("\n") + "\n";
}
async function run(argv, io) {
  const { values } = parseCommandArgs("detect", argv, {
    json: { type: "boolean" },
    labels: { type: "boolean" },
    root: { type: "string" },
    help: { type: "boolean", short: "h" }
  }, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const probe = values.root ? fixtureProbe(resolve(io.cwd, values.root)) : hostProbe(void 0, io.env);
  const info = await detectPlatform(probe);
  if (values.json) io.stdout(JSON.stringify(info, null, 2) + "\n");
  else if (values.labels) io.stdout(info.labels.join(",") + "\n");
  else io.stdout(formatDetection(info));
  return 0;
}
export {
  formatDetection,
  run
};
