import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  docsUrl,
  exceedsFailOn,
  isEnvFileName,
  rules,
  runLint
} from "./chunk-WFFIWJ3T.js";
import "./chunk-E6RLBVN4.js";
import "./chunk-RPNSW2VL.js";
import {
  writeFileAtomic
} from "./chunk-ZLBEQ4AZ.js";
import "./chunk-IVAXBV5S.js";
import {
  VERSION,
  parseCommandArgs,
  redact
} from "./chunk-5ERAG5N6.js";
import "./chunk-ZGQYJO67.js";
import {
  UserError
} from "./chunk-MA3RAYPA.js";

// src/cli/commands/lint.ts
import { appendFileSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/lint/format/index.ts
var FORMATS = ["stylish", "json", "sarif", "github"];

// src/lint/fix.ts
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
function planFixes(edits, cwd, read = (p) => readFileSync(p, "utf8")) {
  const byFile = /* @__PURE__ */ new Map();
  for (const e of edits) byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
  const patches = [];
  for (const [file, list] of byFile) {
    const before = read(resolve(cwd, file));
    const sorted = [...new Map(list.map((e) => [`${e.start}|${e.end}|${e.text}`, e])).values()].sort((a, b) => a.start - b.start || a.end - b.end);
    const kept = [];
    for (const e of sorted) if (!kept.length || e.start >= kept[kept.length - 1].end) kept.push(e);
    let after = before;
    for (const e of kept.reverse()) after = after.slice(0, e.start) + e.text + after.slice(e.end);
    if (after !== before) patches.push({ file, before, after, edits: kept.length });
  }
  return patches.sort((a, b) => a.file.localeCompare(b.file));
}
function applyFixes(patches, cwd) {
  for (const p of patches) {
    const abs = resolve(cwd, p.file);
    writeFileAtomic(abs, p.after, isEnvFileName(basename(abs)) ? { mode: 384 } : {});
  }
}
async function unifiedDiff(patches) {
  const { createTwoFilesPatch } = await import("diff");
  return patches.map((p) => createTwoFilesPatch(`a/${p.file}`, `b/${p.file}`, p.before, p.after, "", "", { context: 3 })).join("");
}

// src/lint/format/github.ts
var MAX_ANNOTATIONS_PER_LEVEL = 10;
var COMMAND = { error: "error", warning: "warning", info: "notice" };
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function formatGithub(result) {
  const out = [];
  const count = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) {
    if (++count[f.severity] > MAX_ANNOTATIONS_PER_LEVEL) continue;
    const props = `file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(`pmoves-lint ${f.rule}`)}`;
    out.push(`::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}`);
  }
  for (const sev of ["error", "warning", "info"]) {
    const extra = count[sev] - MAX_ANNOTATIONS_PER_LEVEL;
    if (extra > 0) out.push(`${extra} more ${sev} finding${extra === 1 ? "" : "s"} not annotated (GitHub shows 10 per level); see the job summary`);
  }
  out.push(`pmoves lint: ${result.errorCount} error(s), ${result.warningCount} warning(s)`);
  return out.join("\n") + "\n";
}
var cell = (s) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
function formatSummary(result) {
  const lines = ["## pmoves lint", ""];
  if (result.findings.length === 0) return lines.concat(["No problems found.", ""]).join("\n");
  lines.push(`**${result.errorCount}** error(s), **${result.warningCount}** warning(s), ${result.findings.length} finding(s) in total.`, "");
  lines.push("| Severity | Rule | Location | Message |", "| --- | --- | --- | --- |");
  const icon = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" };
  for (const f of result.findings) {
    lines.push(`| ${icon[f.severity]} | \`${f.rule}\` | \`${cell(f.file)}:${f.line}:${f.column}\` | ${cell(f.message)} |`);
  }
  return lines.join("\n") + "\n";
}

// src/lint/format/json.ts
function formatJson(result) {
  const findings = result.findings.map(({ rule, severity, file, line, column, message, fixable }) => ({ rule, severity, file, line, column, message, fixable }));
  return JSON.stringify({ findings, errorCount: result.errorCount, warningCount: result.warningCount }, null, 2) + "\n";
}

// src/lint/format/sarif.ts
import { createHash } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", info: "note" };
var pascal = (id) => id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase());
function formatSarif(result, opts) {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const occurrences = /* @__PURE__ */ new Map();
  const results = result.findings.map((f) => {
    const lineText = (result.sources.get(f.file)?.split("\n")[f.line - 1] ?? "").trim();
    const base = createHash("sha256").update(`${f.rule}\0${lineText}`).digest("hex").slice(0, 32);
    const n = (occurrences.get(base) ?? 0) + 1;
    occurrences.set(base, n);
    return {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule) ?? 0,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: f.file.replace(/\\/g, "/").split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" },
            region: { startLine: f.line, startColumn: f.column }
          }
        }
      ],
      partialFingerprints: { primaryLocationLineHash: `${base}:${n}` },
      properties: { fixable: f.fixable }
    };
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "pmoves-lint",
            version: opts.version,
            informationUri: docsUrl("").replace(/#$/, ""),
            rules: rules.map((r) => ({
              id: r.id,
              name: pascal(r.id),
              shortDescription: { text: r.description },
              fullDescription: { text: r.description },
              helpUri: docsUrl(r.id),
              help: { text: `${r.description} See ${docsUrl(r.id)}`, markdown: `${r.description} [Documentation](${docsUrl(r.id)})` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ["pmoves", "compose", "supabase"], fixable: r.fixable, precision: "high" }
            }))
          }
        },
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The directory pmoves lint ran in (the repository root)." } } },
        results
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}

// src/lint/format/stylish.ts
var C = { red: "\x1B[31m", yellow: "\x1B[33m", blue: "\x1B[34m", dim: "\x1B[2m", bold: "\x1B[1m", reset: "\x1B[0m" };
function formatStylish(result, opts = {}) {
  const paint = (code, s) => opts.color ? `${code}${s}${C.reset}` : s;
  const byFile = /* @__PURE__ */ new Map();
  for (const f of result.findings) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  const out = [];
  for (const [file, list] of byFile) {
    out.push(paint(C.bold, file));
    const lines = result.sources.get(file)?.split("\n");
    for (const f of list) {
      const sev = f.severity === "error" ? paint(C.red, "error  ") : f.severity === "warning" ? paint(C.yellow, "warning") : paint(C.blue, "info   ");
      out.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${sev}  ${f.message}  ${paint(C.dim, f.rule)}${f.fixable ? paint(C.dim, " (fixable)") : ""}`);
      const src = lines?.[f.line - 1];
      if (src !== void 0) {
        const text = src.replace(/\t/g, " ").replace(/\r$/, "");
        const shown = text.length > 160 ? text.slice(0, 160) + "\u2026" : text;
        const gutter = `${f.line} | `;
        out.push(paint(C.dim, `      ${gutter}`) + shown);
        out.push(paint(C.dim, `      ${" ".repeat(gutter.length - 2)}| `) + " ".repeat(Math.max(0, Math.min(f.column - 1, 160))) + paint(C.red, "^"));
      }
    }
    out.push("");
  }
  const total = result.findings.length;
  const infos = total - result.errorCount - result.warningCount;
  if (total === 0) out.push("no problems found");
  else {
    const fixable = result.findings.filter((f) => f.fixable).length;
    out.push(
      paint(result.errorCount ? C.red : C.yellow, `${total} problem${total === 1 ? "" : "s"} (${result.errorCount} error${result.errorCount === 1 ? "" : "s"}, ${result.warningCount} warning${result.warningCount === 1 ? "" : "s"}${infos ? `, ${infos} info` : ""})`) + (fixable ? `
${fixable} fixable with --fix` : "")
    );
  }
  return out.join("\n") + "\n";
}

// src/lint/session.ts
async function lintSession(opts) {
  const cwd = opts.cwd ?? process.cwd();
  let result = await runLint(opts);
  let patches = [];
  if (opts.fix) {
    patches = planFixes(result.edits, cwd);
    if (opts.dryRun) {
      const shown = patches.map((p) => ({ ...p, before: result.mask(p.file, p.before), after: result.mask(p.file, p.after) }));
      const diff = shown.length ? await unifiedDiff(shown) : "";
      return { result, patches, output: redact(diff), summary: formatSummary(result), exitCode: patches.length ? 1 : 0 };
    }
    if (patches.length) {
      applyFixes(patches, cwd);
      result = await runLint(opts);
    }
  }
  const failOn = opts.failOn ?? result.config.failOn ?? "error";
  const exitCode = failOn !== "never" && exceedsFailOn(result, failOn) ? 1 : 0;
  let output;
  switch (opts.format) {
    case "json":
      output = formatJson(result);
      break;
    case "sarif":
      output = formatSarif(result, { version: opts.version });
      break;
    case "github":
      output = formatGithub(result);
      break;
    default:
      output = formatStylish(result, { color: opts.color });
  }
  return { result, patches, output: redact(output), summary: redact(formatSummary(result)), exitCode };
}

// src/cli/commands/lint.ts
var HELP = `pmoves lint \u2014 check compose and env files against the Supabase standard names and the variable catalog

Usage: pmoves lint [PATH...] [options]

PATH is a compose file, an env file (env.*, .env*, *.env) or a directory (searched for both;
see docs/lint.md). Compose files given as files are merged like docker compose -f a -f b.
Without PATH, the current directory.

Options:
  --env-file FILE      an env file to interpolate with (repeatable; later wins)
  --environment NAME   the env.<NAME> layer to use (e.g. production; turns on production rules)
  --platform NAME      the env.platform.<NAME> layer to use (jetson, wsl, vps)
  --profile NAME       activate a compose profile (repeatable; default: lint every service)
  --format FORMAT      stylish (default), json, sarif or github
  --output FILE        write the report to FILE instead of stdout (e.g. results.sarif)
  --fail-on LEVEL      exit 1 when a finding is at or above LEVEL: error (default), warning, info, never
  --fix                rename legacy variables in place (comments and layout kept), then lint again
  --dry-run            with --fix: print the unified diff, write nothing (exit 1 when it would change files)
  --rule ID            run only this rule (repeatable)
  --config FILE        a .pmoves-lint.yaml (default: ./.pmoves-lint.yaml when present)
  --json               same as --format json
  -h, --help           this help

Exit codes: 0 clean, 1 findings at or above --fail-on (or --dry-run would change files), 2 bad input.

Examples:
  pmoves lint compose/ env-templates/
  pmoves lint docker-compose.yml --env-file .env --format sarif --output lint.sarif
  pmoves lint docker-compose.yml --env-file .env --fix --dry-run
`;
async function run(argv, io) {
  const { values, positionals } = parseCommandArgs("lint", argv, {
    "env-file": { type: "string", multiple: true },
    environment: { type: "string" },
    platform: { type: "string" },
    profile: { type: "string", multiple: true },
    format: { type: "string" },
    output: { type: "string" },
    "fail-on": { type: "string" },
    fix: { type: "boolean" },
    "dry-run": { type: "boolean" },
    rule: { type: "string", multiple: true },
    config: { type: "string" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = values.json ? "json" : values.format ?? "stylish";
  if (!FORMATS.includes(format)) throw new UserError(`unknown format "${values.format}"`, { hint: `one of: ${FORMATS.join(", ")}` });
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !["error", "warning", "info", "never"].includes(failOn)) {
    throw new UserError(`unknown --fail-on level "${failOn}"`, { hint: "one of: error, warning, info, never" });
  }
  if (values["dry-run"] && !values.fix) throw new UserError("--dry-run only applies to --fix", { hint: "pmoves lint --fix --dry-run" });
  const session = await lintSession({
    files: positionals.length ? positionals : ["."],
    envFiles: values["env-file"],
    environment: values.environment,
    platform: values.platform,
    profiles: values.profile,
    rules: values.rule,
    config: values.config,
    cwd: io.cwd,
    format,
    failOn,
    fix: values.fix,
    dryRun: values["dry-run"],
    color: io.stdoutIsTTY && !io.env.NO_COLOR && format === "stylish" && !values.output,
    version: VERSION
  });
  if (values.fix && values["dry-run"]) {
    io.stdout(session.output);
    io.stderr(session.patches.length ? `${session.patches.length} file(s) would change (nothing written)
` : "nothing to fix\n");
    return session.exitCode;
  }
  if (values.fix && session.patches.length) {
    io.stderr(`fixed ${session.patches.reduce((n, p) => n + p.edits, 0)} place(s) in ${session.patches.map((p) => p.file).join(", ")}
`);
  }
  if (values.output) writeFileAtomic(resolve2(io.cwd, values.output), session.output);
  else io.stdout(session.output);
  if (format === "github" && io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, session.summary + "\n");
  return session.exitCode;
}
export {
  run
};
