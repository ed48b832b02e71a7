import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-5ERAG5N6.js";

// src/core/exec.ts
import { spawn } from "node:child_process";
var ExecError = class extends Error {
  constructor(result) {
    const tail = redact(result.stderr || result.stdout).trim().split("\n").slice(-20).join("\n");
    super(`${result.command} exited with ${result.code}${tail ? `:
${tail}` : ""}`);
    this.result = result;
    this.name = "ExecError";
  }
  result;
};
var exec = (cmd, args, opts = {}) => new Promise((resolve, reject) => {
  const command = [cmd, ...args].join(" ");
  const child = spawn(cmd, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: ["pipe", "pipe", "pipe"]
  });
  let stdout = "";
  let stderr = "";
  const pending = { stdout: "", stderr: "" };
  const feed = (stream, chunk) => {
    if (stream === "stdout") stdout += chunk;
    else stderr += chunk;
    if (!opts.onLine) return;
    pending[stream] += chunk;
    const lines = pending[stream].split("\n");
    pending[stream] = lines.pop() ?? "";
    for (const l of lines) opts.onLine(redact(l), stream);
  };
  child.stdout.setEncoding("utf8").on("data", (c) => feed("stdout", c));
  child.stderr.setEncoding("utf8").on("data", (c) => feed("stderr", c));
  let timer;
  if (opts.timeoutMs) {
    timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs);
  }
  child.on("error", (err) => {
    if (timer) clearTimeout(timer);
    if (err.code === "ENOENT") {
      const result = { command, code: 127, stdout, stderr: `${cmd}: command not found` };
      if (opts.allowFailure) resolve(result);
      else reject(new ExecError(result));
    } else reject(err);
  });
  child.on("close", (code, signal) => {
    if (timer) clearTimeout(timer);
    for (const s of ["stdout", "stderr"]) {
      if (opts.onLine && pending[s]) opts.onLine(redact(pending[s]), s);
    }
    const result = { command, code: code ?? (signal ? 128 + 9 : 1), stdout, stderr };
    if (result.code !== 0 && !opts.allowFailure) reject(new ExecError(result));
    else resolve(result);
  });
  if (opts.input !== void 0) child.stdin.end(opts.input);
  else child.stdin.end();
});

export {
  ExecError,
  exec
};
