import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  UserError,
  formatUserError,
  isUserError
} from "./chunk-MA3RAYPA.js";

// src/core/redact.ts
var secrets = /* @__PURE__ */ new Set();
var MIN_SECRET_LENGTH = 4;
var REDACTED = "***";
function registerSecret(value) {
  if (!value || value.length < MIN_SECRET_LENGTH) return;
  secrets.add(value);
  for (const line of value.split(/\r?\n/)) {
    if (line.trim().length >= 8) secrets.add(line);
  }
}
function redact(text, extra = []) {
  const all = [...secrets, ...[...extra].filter((s) => s && s.length >= MIN_SECRET_LENGTH)];
  if (all.length === 0) return text;
  all.sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of all) {
    if (out.includes(s)) out = out.split(s).join(REDACTED);
  }
  return out;
}

// src/cli/app.ts
import { parseArgs } from "node:util";

// src/cli/commands/index.ts
var commands = {
  lint: { summary: "check compose + env files: standard Supabase names, secrets, JWT keys, healthchecks, ports (--fix renames legacy names)", load: () => import("./lint-7X6QI2A6.js") },
  build: { summary: "plan, bake, build, push and merge multi-arch images (amd64, arm64, Jetson L4T variants) from images.yaml", load: () => import("./build-A3BKTWXW.js") },
  deploy: { summary: "plan, apply (locked, health-gated, with rollback), status and rollback of a site deploy", load: () => import("./deploy-HG5W7XST.js") },
  detect: { summary: "what this machine is (arch, WSL2, Jetson L4T/JetPack/CUDA, GPU, docker) and its runner labels", load: () => import("./detect-AFNCDV7P.js") },
  keys: { summary: "generate, check and store the Supabase secrets (JWT keys, passwords) as GitHub secrets", load: () => import("./keys-KTAPG2FK.js") },
  db: { summary: "rotate the Supabase database role passwords and the env file together", load: () => import("./db-GBUYK5R3.js") }
};

// src/cli/app.ts
var VERSION = "0.1.0";
function usage() {
  const names = Object.keys(commands).sort();
  const width = Math.max(8, ...names.map((n) => n.length));
  return [
    "pmoves \u2014 build, check, deploy and sync the PMOVES.AI fleet",
    "",
    "Usage: pmoves <command> [options]",
    "",
    "Commands:",
    ...names.map((n) => `  ${n.padEnd(width)}  ${commands[n].summary}`),
    "",
    "Run `pmoves <command> --help` for the options of one command.",
    "Exit codes: 0 clean, 1 findings or a failed check, 2 bad usage or bad config."
  ].join("\n");
}
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  try {
    if (!name || name === "--help" || name === "-h" || name === "help") {
      io.stdout(usage() + "\n");
      return name ? 0 : 2;
    }
    if (name === "--version" || name === "-V") {
      io.stdout(`pmoves ${VERSION}
`);
      return 0;
    }
    const spec = commands[name];
    if (!spec) {
      throw new UserError(`unknown command "${name}"`, {
        hint: `one of: ${Object.keys(commands).sort().join(", ")} (see pmoves --help)`
      });
    }
    const mod = await spec.load();
    return await mod.run(rest, io);
  } catch (err) {
    if (isUserError(err)) {
      io.stderr(formatUserError(err) + "\n");
      return 2;
    }
    const e = err;
    io.stderr(`pmoves: internal error: ${e?.message ?? String(err)}
`);
    if (io.env.PMOVES_DEBUG) io.stderr(`${e?.stack ?? ""}
`);
    else io.stderr("  (set PMOVES_DEBUG=1 for a stack trace, and please report it)\n");
    return 3;
  }
}
function parseCommandArgs(command, argv, options, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UserError(`${err.message.replace(/^TypeError \[[A-Z_]+\]: /, "")}`, {
      hint: `see pmoves ${command} --help`
    });
  }
}

export {
  REDACTED,
  registerSecret,
  redact,
  VERSION,
  runCli,
  parseCommandArgs
};
