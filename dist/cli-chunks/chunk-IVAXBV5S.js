import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);

// src/core/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function packageRoot() {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, "utf8")).name === "pmoves-toolkit") return cached = dir;
      } catch {
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error("cannot find the pmoves-toolkit package root above " + fileURLToPath(import.meta.url));
    dir = up;
  }
}
function fromRoot(...parts) {
  return join(packageRoot(), ...parts);
}

export {
  fromRoot
};
