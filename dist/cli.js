import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  redact,
  runCli
} from "./cli-chunks/chunk-5ERAG5N6.js";
import "./cli-chunks/chunk-MA3RAYPA.js";

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
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}
var code = await runCli(process.argv.slice(2), processIO());
process.exitCode = code;
