import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);

// src/core/errors.ts
var UserError = class extends Error {
  exitCode = 2;
  place;
  hint;
  constructor(message, opts = {}) {
    super(message, opts.cause === void 0 ? void 0 : { cause: opts.cause });
    this.name = "UserError";
    this.place = { file: opts.file, line: opts.line, column: opts.column };
    this.hint = opts.hint;
  }
};
function formatPlace(p) {
  if (!p.file) return "";
  let s = p.file;
  if (p.line !== void 0) s += `:${p.line}`;
  if (p.line !== void 0 && p.column !== void 0) s += `:${p.column}`;
  return s;
}
function formatUserError(err) {
  const where = formatPlace(err.place);
  const head = where ? `${where}: error: ${err.message}` : `error: ${err.message}`;
  return err.hint ? `${head}
  hint: ${err.hint}` : head;
}
function isUserError(err) {
  return err instanceof UserError;
}

// src/cli/commands/index.ts
var commands = {};

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

// src/core/redact.ts
var secrets = /* @__PURE__ */ new Set();
var MIN_SECRET_LENGTH = 4;
var REDACTED = "***";
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

// src/cli/io.ts
function processIO() {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => process.stdout.write(redact(t)),
    stderr: (t) => process.stderr.write(redact(t)),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    confirm: process.stdin.isTTY ? async (q) => {
      const { createInterface } = await import("node:readline/promises");
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        const a = await rl.question(`${q} [y/N] `);
        return /^y(es)?$/i.test(a.trim());
      } finally {
        rl.close();
      }
    } : void 0
  };
}

// src/cli/main.ts
var code = await runCli(process.argv.slice(2), processIO());
process.exitCode = code;
