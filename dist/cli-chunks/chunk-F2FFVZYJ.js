import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  parseEnv
} from "./chunk-RPNSW2VL.js";
import {
  fromRoot
} from "./chunk-IVAXBV5S.js";
import {
  require_dist
} from "./chunk-ZGQYJO67.js";
import {
  UserError,
  __toESM
} from "./chunk-MA3RAYPA.js";

// src/env/edit.ts
var PLAIN = /^[A-Za-z0-9_.,:/@%+=\-]*$/;
function formatEnvValue(value, prefer = "none") {
  const singleOk = !value.includes("'") && !/[\r\n]/.test(value) && !value.endsWith("\\");
  if (prefer === "single" && singleOk) return `'${value}'`;
  if (prefer === "double" && !value.includes("$")) return `"${escapeDouble(value)}"`;
  if (PLAIN.test(value) && value !== "") return value;
  if (value === "") return prefer === "double" ? '""' : prefer === "single" ? "''" : "";
  if (singleOk) return `'${value}'`;
  return `"${escapeDouble(value)}"`;
}
function escapeDouble(v) {
  return v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\$/g, "\\$").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}
function offsetOf(lineStarts, line, column) {
  return lineStarts[line - 1] + column - 1;
}
function setEnvValues(text, file, values) {
  if (text.charCodeAt(0) === 65279) return "\uFEFF" + setEnvValues(text.slice(1), file, values);
  const parsed = parseEnv(text, file);
  const last = /* @__PURE__ */ new Map();
  for (const e of parsed.entries) last.set(e.key, e);
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const edits = Object.entries(values).filter(([k]) => last.has(k)).map(([k, v]) => {
    const e = last.get(k);
    const start = offsetOf(lineStarts, e.line, e.valueColumn);
    return { start, end: start + (e.raw ?? "").length, text: formatEnvValue(v, e.quote) };
  }).sort((a, b) => b.start - a.start);
  let out = text;
  for (const ed of edits) out = out.slice(0, ed.start) + ed.text + out.slice(ed.end);
  const added = Object.entries(values).filter(([k]) => !last.has(k));
  if (added.length > 0) {
    if (out.length > 0 && !out.endsWith("\n")) out += "\n";
    for (const [k, v] of added) out += `${k}=${formatEnvValue(v)}
`;
  }
  return out;
}

// src/keys/random.ts
import { randomBytes } from "node:crypto";
var ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
var HEX = "0123456789abcdef";
var UNSAFE_SECRET_CHARS = ["$", "@", "/", "?", "#", ":", "&", '"', "'", "\\", "`"];
function unsafeCharsIn(value) {
  return UNSAFE_SECRET_CHARS.filter((c) => value.includes(c));
}
function randomString(length, alphabet = ALNUM) {
  if (alphabet.length < 2 || alphabet.length > 256) throw new RangeError("alphabet must have 2..256 characters");
  const limit = 256 - 256 % alphabet.length;
  let out = "";
  while (out.length < length) {
    const buf = randomBytes(Math.ceil((length - out.length) * 1.3) + 8);
    for (const b of buf) {
      if (b >= limit) continue;
      out += alphabet[b % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}
function randomSecret(length, encoding) {
  const alphabet = encoding === "hex" ? HEX : ALNUM;
  for (; ; ) {
    const v = randomString(length, alphabet);
    if (/[a-zA-Z]/.test(v)) return v;
  }
}

// src/keys/specs.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import AjvModule from "ajv";
var Ajv = AjvModule.default ?? AjvModule;
var cached;
function secretSpecs(path = fromRoot("src/keys/secret-specs.yaml")) {
  if (cached && path === fromRoot("src/keys/secret-specs.yaml")) return cached;
  const text = readFileSync(path, "utf8");
  const lc = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = lc.linePos(e.pos[0]);
    throw new UserError(e.message.split("\n")[0], { file: path, line: pos.line, column: pos.col });
  }
  const data = doc.toJS();
  const schema = JSON.parse(readFileSync(fromRoot("src/keys/secret-specs.schema.json"), "utf8"));
  const validate = new Ajv({ allErrors: false, strict: false }).compile(schema);
  if (!validate(data)) {
    const err = validate.errors[0];
    const segs = String(err.instancePath).split("/").slice(1).map((s) => /^\d+$/.test(s) ? Number(s) : s);
    const node = doc.getIn(segs, true);
    const pos = (0, import_yaml.isNode)(node) && node.range ? lc.linePos(node.range[0]) : void 0;
    throw new UserError(`${err.instancePath || "/"} ${err.message}`, {
      file: path,
      line: pos?.line,
      column: pos?.col,
      hint: "see src/keys/secret-specs.schema.json for the allowed fields"
    });
  }
  const specs = data.secrets;
  const seen = /* @__PURE__ */ new Set();
  for (const s of specs) {
    if (seen.has(s.name)) throw new UserError(`secret ${s.name} is listed twice`, { file: path });
    seen.add(s.name);
  }
  if (path === fromRoot("src/keys/secret-specs.yaml")) cached = specs;
  return specs;
}
function specFor(name) {
  return secretSpecs().find((s) => s.name === name);
}

export {
  setEnvValues,
  unsafeCharsIn,
  randomString,
  randomSecret,
  secretSpecs,
  specFor
};
