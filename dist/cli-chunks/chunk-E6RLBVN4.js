import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-ZGQYJO67.js";
import {
  UserError,
  __toESM
} from "./chunk-MA3RAYPA.js";

// src/core/read-user-file.ts
import { readFileSync } from "node:fs";
function readUserFile(file) {
  try {
    return readFileSync(file, "utf8");
  } catch (err) {
    throw new UserError(`cannot read ${file}: ${err.code ?? String(err)}`, {
      file,
      hint: "check the path (relative paths are resolved from the current directory)"
    });
  }
}

// src/core/yaml-schema.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYamlWithPositions(text, file) {
  const lc = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = lc.linePos(e.pos[0]);
    throw new UserError(`invalid YAML: ${e.message.split("\n")[0]}`, {
      file,
      line: pos.line,
      column: pos.col,
      hint: "check indentation and quoting near this line"
    });
  }
  return { data: doc.toJS(), locate: (path) => locateNode(doc, lc, path) };
}
function yamlLocator(text) {
  const lc = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc, prettyErrors: false });
  return (path) => locateNode(doc, lc, path);
}
function parseYamlWithSchema(text, file, validate, schemaPath) {
  const { data, locate } = parseYamlWithPositions(text, file);
  if (!validate(data)) {
    const err = pickError(validate.errors ?? []);
    const pos = locate(pointerToPath(err.instancePath));
    throw new UserError(`${err.instancePath || "/"} ${describe(err)}`, {
      file,
      line: pos.line,
      column: pos.column,
      hint: `see the schema ${schemaPath.replace(/^.*\/(src|schemas)\//, "$1/")}`
    });
  }
  return { data, locate };
}
function pickError(errors) {
  const rank = (e) => e.keyword === "anyOf" || e.keyword === "oneOf" || e.keyword === "if" ? 1 : 0;
  return [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length)[0];
}
function describe(e) {
  const p = e.params;
  if (e.keyword === "additionalProperties") return `has an unknown key "${String(p.additionalProperty)}"`;
  if (e.keyword === "enum") return `must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  if (e.keyword === "required") return `is missing the key "${String(p.missingProperty)}"`;
  return e.message ?? "is invalid";
}
function pointerToPath(ptr) {
  if (!ptr) return [];
  return ptr.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function locateNode(doc, lc, path) {
  let node = doc.contents;
  let offset = doc.contents?.range?.[0] ?? 0;
  for (const key of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((it) => String(it.key?.value ?? it.key) === String(key));
      if (!pair) break;
      offset = pair.key?.range?.[0] ?? offset;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof key === "number") {
      const item = node.items[key];
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  const pos = lc.linePos(offset);
  return { line: pos.line, column: pos.col };
}

export {
  readUserFile,
  yamlLocator,
  parseYamlWithSchema
};
