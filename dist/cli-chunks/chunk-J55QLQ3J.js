import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  loadValidatedYaml
} from "./chunk-VBFNLYQP.js";
import {
  fromRoot
} from "./chunk-IVAXBV5S.js";

// src/platform/l4t.ts
var table;
function l4tTable() {
  if (!table) {
    const file = fromRoot("src/platform/l4t-table.yaml");
    table = loadValidatedYaml(file, fromRoot("src/platform/l4t-table.schema.json")).data.releases;
  }
  return table;
}
function parseL4TVersion(release) {
  const s = release.trim();
  const tegra = /R(\d+)\s*\(release\),\s*REVISION:\s*(\d+)(?:\.(\d+))?/i.exec(s);
  if (tegra) return [Number(tegra[1]), Number(tegra[2]), Number(tegra[3] ?? 0)];
  const plain = /^(?:l4t[\s-]*)?r?(\d+)\.(\d+)(?:\.(\d+))?$/i.exec(s);
  if (plain) return [Number(plain[1]), Number(plain[2]), Number(plain[3] ?? 0)];
  return void 0;
}
function lookupL4T(release) {
  const v = parseL4TVersion(release);
  if (!v) return void 0;
  let best;
  for (const entry of l4tTable()) {
    const e = parseL4TVersion(entry.l4t);
    if (e[0] !== v[0] || e[1] !== v[1]) continue;
    if (e[2] === v[2]) return entry;
    if (e[2] < v[2] && (!best || e[2] > best.patch)) best = { entry, patch: e[2] };
  }
  return best?.entry;
}

export {
  lookupL4T
};
