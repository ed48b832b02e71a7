import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  parseYamlWithSchema,
  readUserFile,
  yamlLocator
} from "./chunk-E6RLBVN4.js";
import {
  parseEnv
} from "./chunk-RPNSW2VL.js";
import {
  fromRoot
} from "./chunk-IVAXBV5S.js";
import {
  REDACTED,
  redact,
  registerSecret
} from "./chunk-5ERAG5N6.js";
import {
  require_dist
} from "./chunk-ZGQYJO67.js";
import {
  UserError,
  __toESM
} from "./chunk-MA3RAYPA.js";

// src/compose/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync, statSync } from "node:fs";

// src/compose/interpolate.ts
var InterpolationError = class extends Error {
  constructor(message, kind, variable, offset) {
    super(message);
    this.kind = kind;
    this.variable = variable;
    this.offset = offset;
    this.name = "InterpolationError";
  }
  kind;
  variable;
  offset;
};
var NAME_START = /[_a-zA-Z]/;
var NAME_CHAR = /[_a-zA-Z0-9]/;
function closingBrace(s, from) {
  let open = 1;
  for (let i = from; i < s.length; i++) {
    if (s[i] === "}") {
      open--;
      if (open === 0) return i;
    }
    if (s[i] === "$" && s[i + 1] === "{") {
      open++;
      i++;
    }
  }
  return -1;
}
function interpolate(value, lookup, opts = {}) {
  return run(value, lookup, opts, 0, false);
}
function run(s, lookup, opts, base, nested) {
  if (!s.includes("$")) return s;
  let out = "";
  let i = 0;
  while (i < s.length) {
    const d = s.indexOf("$", i);
    if (d === -1) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, d);
    const next = s[d + 1];
    if (next === "$") {
      out += "$";
      i = d + 2;
      continue;
    }
    if (next !== void 0 && NAME_START.test(next)) {
      let j = d + 2;
      while (j < s.length && NAME_CHAR.test(s[j])) j++;
      const name2 = s.slice(d + 1, j);
      opts.onReference?.({ name: name2, op: "", offset: base + d, length: j - d, hasDefault: false, nested });
      out += lookup(name2) ?? "";
      i = j;
      continue;
    }
    if (next !== "{") {
      out += "$";
      i = d + 1;
      continue;
    }
    const end = closingBrace(s, d + 2);
    if (end === -1) {
      throw new InterpolationError(`invalid interpolation format: "${s.slice(d)}" has no closing "}"`, "syntax", void 0, base + d);
    }
    const body = s.slice(d + 2, end);
    let k = 0;
    if (!NAME_START.test(body[0] ?? "")) {
      throw new InterpolationError(`invalid interpolation format: "\${${body}}" (a variable name starts with a letter or _)`, "syntax", void 0, base + d);
    }
    while (k < body.length && NAME_CHAR.test(body[k])) k++;
    const name = body.slice(0, k);
    let op = "";
    if (k < body.length) {
      const two = body.slice(k, k + 2);
      if (two === ":-" || two === ":?" || two === ":+") op = two;
      else if (body[k] === "-" || body[k] === "?" || body[k] === "+") op = body[k];
      else {
        throw new InterpolationError(`invalid interpolation format: "\${${body}}" (expected }, :-, -, :?, ?, :+ or + after ${name})`, "syntax", name, base + d);
      }
    }
    const argStart = k + op.length;
    const arg = op ? body.slice(argStart) : void 0;
    const argBase = base + d + 2 + argStart;
    opts.onReference?.({
      name,
      op,
      offset: base + d,
      length: end - d + 1,
      arg,
      hasDefault: op === ":-" || op === "-" || op === ":+" || op === "+",
      nested
    });
    const v = lookup(name);
    const unset = v === void 0;
    const empty = unset || v === "";
    switch (op) {
      case "":
        out += v ?? "";
        break;
      case ":-":
        out += empty ? run(arg, lookup, opts, argBase, true) : v;
        break;
      case "-":
        out += unset ? run(arg, lookup, opts, argBase, true) : v;
        break;
      case ":?":
      case "?":
        if (op === ":?" ? empty : unset) {
          const msg = run(arg, lookup, opts, argBase, true);
          if (opts.lenient) break;
          throw new InterpolationError(
            `required variable ${name} is missing a value${msg ? `: ${msg}` : ""}`,
            "required",
            name,
            base + d
          );
        }
        out += v;
        break;
      case ":+":
        out += empty ? "" : run(arg, lookup, opts, argBase, true);
        break;
      case "+":
        out += unset ? "" : run(arg, lookup, opts, argBase, true);
        break;
    }
    i = end + 1;
  }
  return out;
}
function findReferences(value) {
  const refs = [];
  scan(value, 0, false, refs);
  return refs;
}
function scan(s, base, nested, refs) {
  const seen = /* @__PURE__ */ new Set();
  const collect2 = (r) => {
    if (seen.has(r.offset)) return;
    seen.add(r.offset);
    refs.push({ ...r, offset: r.offset + base, nested: r.nested || nested });
  };
  interpolate(s, () => void 0, { onReference: collect2, lenient: true });
  interpolate(s, () => "x", { onReference: collect2, lenient: true });
  refs.sort((a, b) => a.offset - b.offset);
}

// src/compose/merge.ts
var MAP_LIKE = /* @__PURE__ */ new Set(["environment", "labels", "args", "extra_hosts", "sysctls", "annotations", "depends_on"]);
var REPLACE = /* @__PURE__ */ new Set(["command", "entrypoint", "test"]);
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function listToMap(key, v) {
  if (isObj(v)) return v;
  const out = {};
  if (!Array.isArray(v)) return out;
  for (const item of v) {
    if (key === "depends_on") {
      out[String(item)] = { condition: "service_started" };
      continue;
    }
    const s = String(item);
    const sep = key === "extra_hosts" ? s.search(/[=:]/) : s.indexOf("=");
    if (sep === -1) out[s] = null;
    else out[s.slice(0, sep)] = s.slice(sep + 1);
  }
  return out;
}
function targetOf(item) {
  if (isObj(item)) return item.target !== void 0 ? String(item.target) : item.source !== void 0 ? String(item.source) : void 0;
  if (typeof item === "string") {
    const parts = item.split(":");
    return parts.length >= 2 ? parts[1] : parts[0];
  }
  return void 0;
}
function mergeValue(key, base, over) {
  if (over === void 0) return base;
  if (base === void 0 || over === null) return over;
  if (REPLACE.has(key)) return over;
  if (MAP_LIKE.has(key) && (Array.isArray(base) || isObj(base)) && (Array.isArray(over) || isObj(over))) {
    return { ...listToMap(key, base), ...listToMap(key, over) };
  }
  if (Array.isArray(base) && Array.isArray(over)) {
    if (key === "volumes" || key === "secrets" || key === "configs") {
      const byTarget = /* @__PURE__ */ new Map();
      const loose = [];
      for (const item of [...base, ...over]) {
        const t = targetOf(item);
        if (t === void 0) loose.push(item);
        else byTarget.set(t, item);
      }
      return [...byTarget.values(), ...loose];
    }
    const seen = /* @__PURE__ */ new Set();
    const out = [];
    for (const item of [...base, ...over]) {
      const k = JSON.stringify(item);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(item);
      }
    }
    return out;
  }
  if (isObj(base) && isObj(over)) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = mergeValue(k, base[k], v);
    return out;
  }
  return over;
}
function mergeCompose(models) {
  let out = {};
  for (const m of models) out = mergeValue("", out, isObj(m) ? m : {});
  return structuredClone(out);
}

// src/compose/load.ts
var MAX_FILE_BYTES = 2 * 1024 * 1024;
var pathKey = (p) => p.join("\0");
function readTextFile(path, what) {
  let size;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UserError(`${what} is a directory`, { file: path, hint: "pass a file, or the directory as a lint argument" });
    size = st.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = err.code;
    throw new UserError(code === "ENOENT" ? `${what} not found` : `cannot read ${what} (${code})`, { file: path, hint: "check the path" });
  }
  if (size > MAX_FILE_BYTES) {
    throw new UserError(`${what} is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`, {
      file: path,
      line: 1,
      column: 1,
      hint: "check the path points at a compose or env file"
    });
  }
  const buf = readFileSync(path);
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    let line = 1;
    for (let i = 0; i < nul; i++) if (buf[i] === 10) line++;
    throw new UserError(`binary content (NUL byte) in ${what}`, { file: path, line, column: 1, hint: "check the path points at a text file" });
  }
  return buf.toString("utf8");
}
function loadComposeFile(file, env) {
  return parseComposeText(readTextFile(file, "compose file"), file, env);
}
function castPlain(v) {
  if (/^-?\d+$/.test(v) && v.length < 16) return Number(v);
  if (v === "true") return true;
  if (v === "false") return false;
  return v;
}
function parseComposeText(text, file, env) {
  const lc = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc, uniqueKeys: false, merge: true, prettyErrors: false, keepSourceTokens: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = lc.linePos(e.pos[0]);
    throw new UserError(`invalid YAML: ${e.message.split("\n")[0]}`, {
      file,
      line: pos.line,
      column: pos.col,
      hint: e.code === "DUPLICATE_KEY" ? "remove one of the keys" : 'fix the YAML syntax (indentation, quotes, a ":" after each key)'
    });
  }
  const at = (offset) => {
    const p = lc.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  const keyPos = /* @__PURE__ */ new Map();
  const valuePos = /* @__PURE__ */ new Map();
  const refs = [];
  const problems = [];
  const duplicateKeys = [];
  const scalarSpans = /* @__PURE__ */ new Map();
  const envHas = (n) => Object.prototype.hasOwnProperty.call(env, n);
  const lookup = (n) => envHas(n) ? env[n] : void 0;
  const walk2 = (node, path, depth) => {
    if (depth > 200) {
      throw new UserError("YAML nested too deeply", { ...at(node?.range?.[0] ?? 0), hint: "compose files are a few levels deep; check for a generated or corrupt file" });
    }
    if (node === null || node === void 0) return [null, null];
    if (node.range) valuePos.set(pathKey(path), node.range[0]);
    if ((0, import_yaml.isAlias)(node)) {
      const target = node.resolve(doc);
      const r = walk2(target, path, depth + 1);
      if (node.range) valuePos.set(pathKey(path), node.range[0]);
      return r;
    }
    if ((0, import_yaml.isScalar)(node)) {
      const v = node.value;
      if (typeof v !== "string") return [v ?? null, v ?? null];
      if (node.range) scalarSpans.set(pathKey(path), { start: node.range[0], end: node.range[1], path });
      if (!v.includes("$")) return [v, v];
      const start = node.range ? node.range[0] + (node.type === "PLAIN" || node.type === "BLOCK_FOLDED" || node.type === "BLOCK_LITERAL" ? 0 : 1) : 0;
      const singleLine = !v.includes("\n") && (node.type === "PLAIN" || node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE");
      const refAt = (offset) => at(singleLine ? start + offset : start);
      const evaluated = /* @__PURE__ */ new Set();
      let out;
      try {
        out = interpolate(v, lookup, { onReference: (r) => evaluated.add(r.offset) });
      } catch (err) {
        if (!(err instanceof InterpolationError)) throw err;
        problems.push({ kind: err.kind, variable: err.variable, message: err.message, path, loc: refAt(err.offset) });
        out = "";
      }
      try {
        for (const r of findRefs(v)) {
          refs.push({ ...r, evaluated: evaluated.has(r.offset), path, ...refAt(r.offset) });
        }
      } catch {
      }
      return [v, node.type === "PLAIN" ? castPlain(out) : out];
    }
    if ((0, import_yaml.isMap)(node)) {
      const raw2 = {};
      const val = {};
      const seen = /* @__PURE__ */ new Map();
      const merges = [];
      for (const pair of node.items) {
        const k = pair.key;
        const keyStr = (0, import_yaml.isScalar)(k) ? String(k.value) : k === null ? "" : String(k.toJSON?.() ?? k);
        if ((0, import_yaml.isScalar)(k) && (typeof k.value === "symbol" || keyStr === "<<" && k.type === "PLAIN")) {
          const srcs = (0, import_yaml.isSeq)(pair.value) ? pair.value.items : [pair.value];
          const own = valuePos.get(pathKey(path));
          for (const s of srcs) merges.push(walk2(s, path, depth + 1));
          if (own !== void 0) valuePos.set(pathKey(path), own);
          continue;
        }
        const kOff = k?.range?.[0] ?? node.range?.[0] ?? 0;
        const prev = seen.get(keyStr);
        if (prev !== void 0) duplicateKeys.push({ path: [...path, keyStr], key: keyStr, first: at(prev), second: at(kOff) });
        seen.set(keyStr, kOff);
        const childPath = [...path, keyStr];
        keyPos.set(pathKey(childPath), kOff);
        const [r, v] = walk2(pair.value, childPath, depth + 1);
        if (!pair.value) valuePos.set(pathKey(childPath), kOff);
        raw2[keyStr] = r;
        val[keyStr] = v;
      }
      for (const [r, v] of merges) {
        if (r && typeof r === "object" && !Array.isArray(r)) {
          for (const key of Object.keys(r)) if (!(key in raw2)) raw2[key] = r[key];
          for (const key of Object.keys(v)) if (!(key in val)) val[key] = v[key];
        }
      }
      return [raw2, val];
    }
    if ((0, import_yaml.isSeq)(node)) {
      const raw2 = [];
      const val = [];
      node.items.forEach((item, i) => {
        const [r, v] = walk2(item, [...path, i], depth + 1);
        raw2.push(r);
        val.push(v);
      });
      return [raw2, val];
    }
    return [null, null];
  };
  const [raw, model] = walk2(doc.contents, [], 0);
  if (raw !== null && (typeof raw !== "object" || Array.isArray(raw))) {
    throw new UserError("a compose file is a YAML mapping (services:, networks:, volumes: ...)", {
      ...at(doc.contents?.range?.[0] ?? 0),
      hint: "check the path points at a compose file"
    });
  }
  const locate = (path, which = "value") => {
    for (let p = path; ; p = p.slice(0, -1)) {
      const k = pathKey(p);
      const byKey = (which === "key" || p !== path) && p.length > 0;
      const off = byKey ? keyPos.get(k) ?? valuePos.get(k) : valuePos.get(k) ?? keyPos.get(k);
      if (off !== void 0) return at(off);
      if (p.length === 0) return { file, line: 1, column: 1 };
    }
  };
  return {
    file,
    text,
    doc,
    raw: raw ?? {},
    model: model ?? {},
    refs,
    interpolationProblems: problems,
    duplicateKeys,
    scalarSpans,
    locate
  };
}
function findRefs(v) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const push = (r) => {
    if (!seen.has(r.offset)) {
      seen.add(r.offset);
      out.push({ name: r.name, op: r.op, hasDefault: r.hasDefault, arg: r.arg, nested: r.nested, offset: r.offset });
    }
  };
  interpolate(v, () => void 0, { onReference: push, lenient: true });
  interpolate(v, () => "x", { onReference: push, lenient: true });
  return out.sort((a, b) => a.offset - b.offset);
}
function loadCompose(opts) {
  const files = opts.files.map((f) => loadComposeFile(f, opts.env));
  return projectFrom(files, opts.profiles);
}
function projectFrom(files, profiles) {
  const model = mergeCompose(files.map((f) => f.model));
  const serviceFiles = /* @__PURE__ */ new Map();
  for (const f of files) {
    const services2 = f.model?.services;
    if (services2 && typeof services2 === "object") {
      for (const name of Object.keys(services2)) serviceFiles.set(name, [...serviceFiles.get(name) ?? [], f.file]);
    }
  }
  const inactiveServices = [];
  if (profiles && model.services && typeof model.services === "object") {
    for (const [name, svc] of Object.entries(model.services)) {
      const p = svc?.profiles;
      if (Array.isArray(p) && p.length > 0 && !p.some((x) => profiles.includes(String(x)))) {
        inactiveServices.push(name);
        delete model.services[name];
      }
    }
  }
  const locate = (path, which = "value") => {
    let best;
    for (const f of files) {
      let depth = path.length;
      let node = f.raw;
      for (let i = 0; i < path.length; i++) {
        if (node === null || typeof node !== "object" || !(path[i] in node)) {
          depth = i;
          break;
        }
        node = node[path[i]];
      }
      if (!best || depth >= best.depth) {
        const loc = f.locate(path.slice(0, depth), which);
        if (loc) best = { loc, depth };
      }
    }
    return best?.loc;
  };
  return { files, model, locate, serviceFiles, inactiveServices };
}

// src/lint/data.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";

// src/lint/data/lint-data.gen.js
var sourceSha256 = "c6cd6caa987da2d63b7584f44858cf391b87db118b5e1e35b4435d6ce7d7ff30";
var json = '{"version":1,"insecureValues":[{"pattern":"^your[-_]","why":"an upstream .env.example placeholder (your-...)"},{"pattern":"super[-_]secret","why":"an upstream .env.example placeholder (super-secret)"},{"pattern":"this_password_is_insecure","why":"the upstream demo dashboard password"},{"pattern":"change[-_]?me","why":"a placeholder (changeme)"},{"pattern":"^dev[-_]","why":"a development default (dev_...)"},{"pattern":"^minioadmin$","why":"the MinIO default credential"},{"pattern":"^(password|secret|admin|postgres|supabase|test|example|default)[-_]?\\\\d*$","why":"a well-known default"},{"pattern":"^fake[-_]","why":"an upstream placeholder (fake_...)"},{"pattern":"^secret\\\\d+$","why":"an upstream placeholder (secret1234)"},{"pattern":"^(x+|0+|1234\\\\d*)$","why":"a dummy value"}],"publishedValues":[{"sha256":"52f004438faf780274c9c95f79d1cf39d2355fbcf035899fc0242b1437f30df3","why":"the SECRET_KEY_BASE published in the upstream .env.example"},{"sha256":"b0f3a96ded759f6c5f13d27881ffcbfd7821fd6bb5858b0ab819e7a187e46452","why":"the S3_PROTOCOL_ACCESS_KEY_ID published in the upstream .env.example"},{"sha256":"7f59edafa4d502ca0156b8fddf28394634d77b1843838b5783a7c9c95fcbd32f","why":"the S3_PROTOCOL_ACCESS_KEY_SECRET published in the upstream .env.example"}],"demoJwtSecrets":["your-super-secret-jwt-token-with-at-least-32-characters-long"],"demoJwtIssuers":["supabase-demo"],"minJwtSecretLength":32,"expiryWarningDays":90,"supabaseServices":[{"name":"studio","images":["supabase/studio"]},{"name":"kong","images":["kong"]},{"name":"auth","images":["supabase/gotrue"]},{"name":"rest","images":["postgrest/postgrest"]},{"name":"realtime","images":["supabase/realtime"]},{"name":"storage","images":["supabase/storage-api"]},{"name":"imgproxy","images":["darthsim/imgproxy"]},{"name":"meta","images":["supabase/postgres-meta"]},{"name":"functions","images":["supabase/edge-runtime"]},{"name":"analytics","images":["supabase/logflare"]},{"name":"db","images":["supabase/postgres","postgres"]},{"name":"vector","images":["timberio/vector"]},{"name":"supavisor","images":["supabase/supavisor"]}],"exposedServices":[{"name":"db","images":["supabase/postgres","postgres"]},{"name":"supavisor","images":["supabase/supavisor"]},{"name":"pooler","images":[]},{"name":"meta","images":["supabase/postgres-meta"]}],"wiredVariables":{"GOTRUE_JWT_EXP":"JWT_EXPIRY","GOTRUE_JWT_SECRET":"JWT_SECRET","PGRST_JWT_SECRET":"JWT_SECRET","PGRST_APP_SETTINGS_JWT_SECRET":"JWT_SECRET","PGRST_APP_SETTINGS_JWT_EXP":"JWT_EXPIRY","API_JWT_SECRET":"JWT_SECRET","METRICS_JWT_SECRET":"JWT_SECRET","AUTH_JWT_SECRET":"JWT_SECRET","JWT_EXP":"JWT_EXPIRY","SUPABASE_ANON_KEY":"ANON_KEY","SUPABASE_SERVICE_KEY":"SERVICE_ROLE_KEY","SUPABASE_SERVICE_ROLE_KEY":"SERVICE_ROLE_KEY","ANON_KEY":"ANON_KEY","SERVICE_KEY":"SERVICE_ROLE_KEY"}}';

// src/lint/data.ts
var LINT_DATA_FILE = "src/lint/data/lint-data.yaml";
var cached;
function lintData() {
  if (cached) return cached;
  const text = readFileSync2(fromRoot(LINT_DATA_FILE), "utf8");
  const data = createHash("sha256").update(text).digest("hex") === sourceSha256 ? JSON.parse(json) : (0, import_yaml2.parse)(text);
  cached = {
    ...data,
    insecure: data.insecureValues.map((v) => ({ re: new RegExp(v.pattern, "i"), why: v.why })),
    published: new Map((data.publishedValues ?? []).map((v) => [v.sha256, v.why]))
  };
  return cached;
}
function knownInsecureValue(value) {
  const data = lintData();
  const pattern = data.insecure.find((p) => p.re.test(value));
  if (pattern) return pattern.why;
  return data.published.get(createHash("sha256").update(value).digest("hex"));
}

// src/compose/schema/compose-validator.gen.js
function __deepEqual(a, b) {
  if (a === b) return true;
  if (a && b && typeof a == "object" && typeof b == "object") {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !__deepEqual(a[k], b[k])) return false;
    return true;
  }
  return a !== a && b !== b;
}
var __ajvEqual = { default: __deepEqual };
var compose_validator_gen_default = validate0;
var schema0 = { "$schema": "https://json-schema.org/draft-07/schema", "$id": "compose_spec.json", "type": "object", "title": "Compose Specification", "description": "The Compose file is a YAML file defining a multi-containers based application.", "properties": { "version": { "type": "string", "deprecated": true, "description": "declared for backward compatibility, ignored. Please remove it." }, "name": { "type": "string", "description": "define the Compose project name, until user defines one explicitly." }, "include": { "type": "array", "items": { "$ref": "#/definitions/include" }, "description": "compose sub-projects to be included." }, "services": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/definitions/service" } }, "additionalProperties": false, "description": "The services that will be used by your application." }, "models": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/definitions/model" } }, "description": "Language models that will be used by your application." }, "networks": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/definitions/network" } }, "description": "Networks that are shared among multiple services." }, "volumes": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/definitions/volume" } }, "additionalProperties": false, "description": "Named volumes that are shared among multiple services." }, "secrets": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/definitions/secret" } }, "additionalProperties": false, "description": "Secrets that are shared among multiple services." }, "configs": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/definitions/config" } }, "additionalProperties": false, "description": "Configurations that are shared among multiple services." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false, "definitions": { "service": { "type": "object", "description": "Configuration for a service.", "properties": { "develop": { "$ref": "#/definitions/development" }, "deploy": { "$ref": "#/definitions/deployment" }, "annotations": { "$ref": "#/definitions/list_or_dict" }, "attach": { "type": ["boolean", "string"] }, "build": { "description": "Configuration options for building the service's image.", "oneOf": [{ "type": "string", "description": "Path to the build context. Can be a relative path or a URL." }, { "type": "object", "properties": { "context": { "type": "string", "description": "Path to the build context. Can be a relative path or a URL." }, "dockerfile": { "type": "string", "description": "Name of the Dockerfile to use for building the image." }, "dockerfile_inline": { "type": "string", "description": "Inline Dockerfile content to use instead of a Dockerfile from the build context." }, "entitlements": { "type": "array", "items": { "type": "string" }, "description": "List of extra privileged entitlements to grant to the build process." }, "args": { "$ref": "#/definitions/list_or_dict", "description": "Build-time variables, specified as a map or a list of KEY=VAL pairs." }, "ssh": { "$ref": "#/definitions/list_or_dict", "description": "SSH agent socket or keys to expose to the build. Format is either a string or a list of 'default|<id>[=<socket>|<key>[,<key>]]'." }, "labels": { "$ref": "#/definitions/list_or_dict", "description": "Labels to apply to the built image." }, "cache_from": { "type": "array", "items": { "type": "string" }, "description": "List of sources the image builder should use for cache resolution" }, "cache_to": { "type": "array", "items": { "type": "string" }, "description": "Cache destinations for the build cache." }, "no_cache": { "type": ["boolean", "string"], "description": "Do not use cache when building the image." }, "additional_contexts": { "$ref": "#/definitions/list_or_dict", "description": "Additional build contexts to use, specified as a map of name to context path or URL." }, "network": { "type": "string", "description": "Network mode to use for the build. Options include 'default', 'none', 'host', or a network name." }, "pull": { "type": ["boolean", "string"], "description": "Always attempt to pull a newer version of the image." }, "target": { "type": "string", "description": "Build stage to target in a multi-stage Dockerfile." }, "shm_size": { "type": ["integer", "string"], "description": "Size of /dev/shm for the build container. A string value can use suffix like '2g' for 2 gigabytes." }, "extra_hosts": { "$ref": "#/definitions/extra_hosts", "description": "Add hostname mappings for the build container." }, "isolation": { "type": "string", "description": "Container isolation technology to use for the build process." }, "privileged": { "type": ["boolean", "string"], "description": "Give extended privileges to the build container." }, "secrets": { "$ref": "#/definitions/service_config_or_secret", "description": "Secrets to expose to the build. These are accessible at build-time." }, "tags": { "type": "array", "items": { "type": "string" }, "description": "Additional tags to apply to the built image." }, "ulimits": { "$ref": "#/definitions/ulimits", "description": "Override the default ulimits for the build container." }, "platforms": { "type": "array", "items": { "type": "string" }, "description": "Platforms to build for, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "blkio_config": { "type": "object", "description": "Block IO configuration for the service.", "properties": { "device_read_bps": { "type": "array", "description": "Limit read rate (bytes per second) from a device.", "items": { "$ref": "#/definitions/blkio_limit" } }, "device_read_iops": { "type": "array", "description": "Limit read rate (IO per second) from a device.", "items": { "$ref": "#/definitions/blkio_limit" } }, "device_write_bps": { "type": "array", "description": "Limit write rate (bytes per second) to a device.", "items": { "$ref": "#/definitions/blkio_limit" } }, "device_write_iops": { "type": "array", "description": "Limit write rate (IO per second) to a device.", "items": { "$ref": "#/definitions/blkio_limit" } }, "weight": { "type": ["integer", "string"], "description": "Block IO weight (relative weight) for the service, between 10 and 1000." }, "weight_device": { "type": "array", "description": "Block IO weight (relative weight) for specific devices.", "items": { "$ref": "#/definitions/blkio_weight" } } }, "additionalProperties": false }, "cap_add": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Add Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'." }, "cap_drop": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Drop Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'." }, "cgroup": { "type": "string", "enum": ["host", "private"], "description": "Specify the cgroup namespace to join. Use 'host' to use the host's cgroup namespace, or 'private' to use a private cgroup namespace." }, "cgroup_parent": { "type": "string", "description": "Specify an optional parent cgroup for the container." }, "command": { "$ref": "#/definitions/command", "description": "Override the default command declared by the container image, for example 'CMD' in Dockerfile." }, "configs": { "$ref": "#/definitions/service_config_or_secret", "description": "Grant access to Configs on a per-service basis." }, "container_name": { "type": "string", "description": "Specify a custom container name, rather than a generated default name.", "pattern": "[a-zA-Z0-9][a-zA-Z0-9_.-]+" }, "cpu_count": { "oneOf": [{ "type": "string" }, { "type": "integer", "minimum": 0 }], "description": "Number of usable CPUs." }, "cpu_percent": { "oneOf": [{ "type": "string" }, { "type": "integer", "minimum": 0, "maximum": 100 }], "description": "Percentage of CPU resources to use." }, "cpu_shares": { "type": ["number", "string"], "description": "CPU shares (relative weight) for the container." }, "cpu_quota": { "type": ["number", "string"], "description": "Limit the CPU CFS (Completely Fair Scheduler) quota." }, "cpu_period": { "type": ["number", "string"], "description": "Limit the CPU CFS (Completely Fair Scheduler) period." }, "cpu_rt_period": { "type": ["number", "string"], "description": "Limit the CPU real-time period in microseconds or a duration." }, "cpu_rt_runtime": { "type": ["number", "string"], "description": "Limit the CPU real-time runtime in microseconds or a duration." }, "cpus": { "type": ["number", "string"], "description": "Number of CPUs to use. A floating-point value is supported to request partial CPUs." }, "cpuset": { "type": "string", "description": "CPUs in which to allow execution (0-3, 0,1)." }, "credential_spec": { "type": "object", "description": "Configure the credential spec for managed service account.", "properties": { "config": { "type": "string", "description": "The name of the credential spec Config to use." }, "file": { "type": "string", "description": "Path to a credential spec file." }, "registry": { "type": "string", "description": "Path to a credential spec in the Windows registry." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "depends_on": { "oneOf": [{ "$ref": "#/definitions/list_of_strings" }, { "type": "object", "additionalProperties": false, "patternProperties": { "^[a-zA-Z0-9._-]+$": { "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "restart": { "type": ["boolean", "string"], "description": "Whether to restart dependent services when this service is restarted." }, "required": { "type": "boolean", "default": true, "description": "Whether the dependency is required for the dependent service to start." }, "condition": { "type": "string", "enum": ["service_started", "service_healthy", "service_completed_successfully"], "description": "Condition to wait for. 'service_started' waits until the service has started, 'service_healthy' waits until the service is healthy (as defined by its healthcheck), 'service_completed_successfully' waits until the service has completed successfully." } }, "required": ["condition"] } } }], "description": "Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting." }, "device_cgroup_rules": { "$ref": "#/definitions/list_of_strings", "description": "Add rules to the cgroup allowed devices list." }, "devices": { "type": "array", "description": "List of device mappings for the container.", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "required": ["source"], "properties": { "source": { "type": "string", "description": "Path on the host to the device." }, "target": { "type": "string", "description": "Path in the container where the device will be mapped." }, "permissions": { "type": "string", "description": "Cgroup permissions for the device (rwm)." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] } }, "dns": { "$ref": "#/definitions/string_or_list", "description": "Custom DNS servers to set for the service container." }, "dns_opt": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Custom DNS options to be passed to the container's DNS resolver." }, "dns_search": { "$ref": "#/definitions/string_or_list", "description": "Custom DNS search domains to set on the service container." }, "domainname": { "type": "string", "description": "Custom domain name to use for the service container." }, "entrypoint": { "$ref": "#/definitions/command", "description": "Override the default entrypoint declared by the container image, for example 'ENTRYPOINT' in Dockerfile." }, "env_file": { "$ref": "#/definitions/env_file", "description": "Add environment variables from a file or multiple files. Can be a single file path or a list of file paths." }, "label_file": { "$ref": "#/definitions/label_file", "description": "Add metadata to containers using files containing Docker labels." }, "environment": { "$ref": "#/definitions/list_or_dict", "description": "Add environment variables. You can use either an array or a list of KEY=VAL pairs." }, "expose": { "type": "array", "items": { "type": ["string", "number"] }, "uniqueItems": true, "description": "Expose ports without publishing them to the host machine - they'll only be accessible to linked services." }, "extends": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "service": { "type": "string", "description": "The name of the service to extend." }, "file": { "type": "string", "description": "The file path where the service to extend is defined." } }, "required": ["service"], "additionalProperties": false }], "description": "Extend another service, in the current file or another file." }, "provider": { "type": "object", "description": "Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.", "required": ["type"], "properties": { "type": { "type": "string", "description": "External component used by Compose to manage setup and teardown lifecycle of the service." }, "options": { "type": "object", "description": "Provider-specific options.", "patternProperties": { "^.+$": { "oneOf": [{ "type": ["string", "number", "boolean"] }, { "type": "array", "items": { "type": ["string", "number", "boolean"] } }] } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "external_links": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Link to services started outside this Compose application. Specify services as <service_name>:<alias>." }, "extra_hosts": { "$ref": "#/definitions/extra_hosts", "description": "Add hostname mappings to the container network interface configuration." }, "gpus": { "$ref": "#/definitions/gpus", "description": "Define GPU devices to use. Can be set to 'all' to use all GPUs, or a list of specific GPU devices." }, "group_add": { "type": "array", "items": { "type": ["string", "number"] }, "uniqueItems": true, "description": "Add additional groups which user inside the container should be member of." }, "healthcheck": { "$ref": "#/definitions/healthcheck", "description": "Configure a health check for the container to monitor its health status." }, "hostname": { "type": "string", "description": "Define a custom hostname for the service container." }, "image": { "type": "string", "description": "Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID." }, "init": { "type": ["boolean", "string"], "description": "Run as an init process inside the container that forwards signals and reaps processes." }, "ipc": { "type": "string", "description": "IPC sharing mode for the service container. Use 'host' to share the host's IPC namespace, 'service:[service_name]' to share with another service, or 'shareable' to allow other services to share this service's IPC namespace." }, "isolation": { "type": "string", "description": "Container isolation technology to use. Supported values are platform-specific." }, "labels": { "$ref": "#/definitions/list_or_dict", "description": "Add metadata to containers using Docker labels. You can use either an array or a list." }, "links": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name." }, "logging": { "type": "object", "description": "Logging configuration for the service.", "properties": { "driver": { "type": "string", "description": "Logging driver to use, such as 'json-file', 'syslog', 'journald', etc." }, "options": { "type": "object", "description": "Options for the logging driver.", "patternProperties": { "^.+$": { "type": ["string", "number", "null"] } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "mac_address": { "type": "string", "description": "Container MAC address to set." }, "mem_limit": { "type": ["number", "string"], "description": "Memory limit for the container. A string value can use suffix like '2g' for 2 gigabytes." }, "mem_reservation": { "type": ["string", "integer"], "description": "Memory reservation for the container." }, "mem_swappiness": { "type": ["integer", "string"], "description": "Container memory swappiness as percentage (0 to 100)." }, "memswap_limit": { "type": ["number", "string"], "description": "Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap." }, "network_mode": { "type": "string", "description": "Network mode. Values can be 'bridge', 'host', 'none', 'service:[service name]', or 'container:[container name]'." }, "models": { "oneOf": [{ "$ref": "#/definitions/list_of_strings" }, { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "type": "object", "properties": { "endpoint_var": { "type": "string", "description": "Environment variable set to AI model endpoint." }, "model_var": { "type": "string", "description": "Environment variable set to AI model name." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } } }], "description": "AI Models to use, referencing entries under the top-level models key." }, "networks": { "oneOf": [{ "$ref": "#/definitions/list_of_strings" }, { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "oneOf": [{ "type": "object", "properties": { "aliases": { "$ref": "#/definitions/list_of_strings", "description": "Alternative hostnames for this service on the network." }, "interface_name": { "type": "string", "description": "Interface network name used to connect to network" }, "ipv4_address": { "type": "string", "description": "Specify a static IPv4 address for this service on this network." }, "ipv6_address": { "type": "string", "description": "Specify a static IPv6 address for this service on this network." }, "link_local_ips": { "$ref": "#/definitions/list_of_strings", "description": "List of link-local IPs." }, "mac_address": { "type": "string", "description": "Specify a MAC address for this service on this network." }, "driver_opts": { "type": "object", "description": "Driver options for this network.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "priority": { "type": "number", "description": "Specify the priority for the network connection." }, "gw_priority": { "type": "number", "description": "Specify the gateway priority for the network connection." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, { "type": "null" }] } }, "additionalProperties": false }], "description": "Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration." }, "oom_kill_disable": { "type": ["boolean", "string"], "description": "Disable OOM Killer for the container." }, "oom_score_adj": { "oneOf": [{ "type": "string" }, { "type": "integer", "minimum": -1e3, "maximum": 1e3 }], "description": "Tune host's OOM preferences for the container (accepts -1000 to 1000)." }, "pid": { "type": ["string", "null"], "description": "PID mode for container." }, "pids_limit": { "type": ["number", "string"], "description": "Tune a container's PIDs limit. Set to -1 for unlimited PIDs." }, "platform": { "type": "string", "description": "Target platform to run on, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'." }, "ports": { "type": "array", "description": "Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).", "items": { "oneOf": [{ "type": "number" }, { "type": "string" }, { "type": "object", "properties": { "name": { "type": "string", "description": "A human-readable name for this port mapping." }, "mode": { "type": "string", "description": "The port binding mode, either 'host' for publishing a host port or 'ingress' for load balancing." }, "host_ip": { "type": "string", "description": "The host IP to bind to." }, "target": { "type": ["integer", "string"], "description": "The port inside the container." }, "published": { "type": ["string", "integer"], "description": "The publicly exposed port." }, "protocol": { "type": "string", "description": "The port protocol (tcp or udp)." }, "app_protocol": { "type": "string", "description": "Application protocol to use with the port (e.g., http, https, mysql)." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "uniqueItems": true }, "post_start": { "type": "array", "items": { "$ref": "#/definitions/service_hook" }, "description": "Commands to run after the container starts. If any command fails, the container stops." }, "pre_stop": { "type": "array", "items": { "$ref": "#/definitions/service_hook" }, "description": "Commands to run before the container stops. If any command fails, the container stop is aborted." }, "privileged": { "type": ["boolean", "string"], "description": "Give extended privileges to the service container." }, "profiles": { "$ref": "#/definitions/list_of_strings", "description": "List of profiles for this service. When profiles are specified, services are only started when the profile is activated." }, "pull_policy": { "type": "string", "pattern": "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+", "description": "Policy for pulling images. Options include: 'always', 'never', 'if_not_present', 'missing', 'build', or time-based refresh policies." }, "pull_refresh_after": { "type": "string", "description": "Time after which to refresh the image. Used with pull_policy=refresh." }, "read_only": { "type": ["boolean", "string"], "description": "Mount the container's filesystem as read only." }, "restart": { "type": "string", "description": "Restart policy for the service container. Options include: 'no', 'always', 'on-failure', and 'unless-stopped'." }, "runtime": { "type": "string", "description": "Runtime to use for this container, e.g., 'runc'." }, "scale": { "type": ["integer", "string"], "description": "Number of containers to deploy for this service." }, "security_opt": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Override the default labeling scheme for each container." }, "shm_size": { "type": ["number", "string"], "description": "Size of /dev/shm. A string value can use suffix like '2g' for 2 gigabytes." }, "secrets": { "$ref": "#/definitions/service_config_or_secret", "description": "Grant access to Secrets on a per-service basis." }, "sysctls": { "$ref": "#/definitions/list_or_dict", "description": "Kernel parameters to set in the container. You can use either an array or a list." }, "stdin_open": { "type": ["boolean", "string"], "description": "Keep STDIN open even if not attached." }, "stop_grace_period": { "type": "string", "description": "Time to wait for the container to stop gracefully before sending SIGKILL (e.g., '1s', '1m30s')." }, "stop_signal": { "type": "string", "description": "Signal to stop the container (e.g., 'SIGTERM', 'SIGINT')." }, "storage_opt": { "type": "object", "description": "Storage driver options for the container." }, "tmpfs": { "$ref": "#/definitions/string_or_list", "description": "Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list." }, "tty": { "type": ["boolean", "string"], "description": "Allocate a pseudo-TTY to service container." }, "ulimits": { "$ref": "#/definitions/ulimits", "description": "Override the default ulimits for a container." }, "use_api_socket": { "type": "boolean", "description": "Bind mount Docker API socket and required auth." }, "user": { "type": "string", "description": "Username or UID to run the container process as." }, "uts": { "type": "string", "description": "UTS namespace to use. 'host' shares the host's UTS namespace." }, "userns_mode": { "type": "string", "description": "User namespace to use. 'host' shares the host's user namespace." }, "volumes": { "type": "array", "description": "Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "required": ["type"], "properties": { "type": { "type": "string", "enum": ["bind", "volume", "tmpfs", "cluster", "npipe", "image"], "description": "The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image." }, "source": { "type": "string", "description": "The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount." }, "target": { "type": "string", "description": "The path in the container where the volume is mounted." }, "read_only": { "type": ["boolean", "string"], "description": "Flag to set the volume as read-only." }, "consistency": { "type": "string", "description": "The consistency requirements for the mount. Available values are platform specific." }, "bind": { "type": "object", "description": "Configuration specific to bind mounts.", "properties": { "propagation": { "type": "string", "description": "The propagation mode for the bind mount: 'shared', 'slave', 'private', 'rshared', 'rslave', or 'rprivate'." }, "create_host_path": { "type": ["boolean", "string"], "description": "Create the host path if it doesn't exist." }, "recursive": { "type": "string", "enum": ["enabled", "disabled", "writable", "readonly"], "description": "Recursively mount the source directory." }, "selinux": { "type": "string", "enum": ["z", "Z"], "description": "SELinux relabeling options: 'z' for shared content, 'Z' for private unshared content." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "volume": { "type": "object", "description": "Configuration specific to volume mounts.", "properties": { "labels": { "$ref": "#/definitions/list_or_dict", "description": "Labels to apply to the volume." }, "nocopy": { "type": ["boolean", "string"], "description": "Flag to disable copying of data from a container when a volume is created." }, "subpath": { "type": "string", "description": "Path within the volume to mount instead of the volume root." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "tmpfs": { "type": "object", "description": "Configuration specific to tmpfs mounts.", "properties": { "size": { "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "string" }], "description": "Size of the tmpfs mount in bytes." }, "mode": { "type": ["number", "string"], "description": "File mode of the tmpfs in octal." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "image": { "type": "object", "description": "Configuration specific to image mounts.", "properties": { "subpath": { "type": "string", "description": "Path within the image to mount instead of the image root." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "uniqueItems": true }, "volumes_from": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)." }, "working_dir": { "type": "string", "description": "The working directory in which the entrypoint or command will be run" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "healthcheck": { "type": "object", "description": "Configuration options to determine whether the container is healthy.", "properties": { "disable": { "type": ["boolean", "string"], "description": "Disable any container-specified healthcheck. Set to true to disable." }, "interval": { "type": "string", "description": "Time between running the check (e.g., '1s', '1m30s'). Default: 30s." }, "retries": { "type": ["number", "string"], "description": "Number of consecutive failures needed to consider the container as unhealthy. Default: 3." }, "test": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }], "description": "The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it's CMD, the rest of the command is exec'd. If it's CMD-SHELL, the rest is run in the shell." }, "timeout": { "type": "string", "description": "Maximum time to allow one check to run (e.g., '1s', '1m30s'). Default: 30s." }, "start_period": { "type": "string", "description": "Start period for the container to initialize before starting health-retries countdown (e.g., '1s', '1m30s'). Default: 0s." }, "start_interval": { "type": "string", "description": "Time between running the check during the start period (e.g., '1s', '1m30s'). Default: interval value." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "development": { "type": ["object", "null"], "description": "Development configuration for the service, used for development workflows.", "properties": { "watch": { "type": "array", "description": "Configure watch mode for the service, which monitors file changes and performs actions in response.", "items": { "type": "object", "required": ["path", "action"], "properties": { "ignore": { "$ref": "#/definitions/string_or_list", "description": "Patterns to exclude from watching." }, "include": { "$ref": "#/definitions/string_or_list", "description": "Patterns to include in watching." }, "path": { "type": "string", "description": "Path to watch for changes." }, "action": { "type": "string", "enum": ["rebuild", "sync", "restart", "sync+restart", "sync+exec"], "description": "Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command." }, "target": { "type": "string", "description": "Target path in the container for sync operations." }, "exec": { "$ref": "#/definitions/service_hook", "description": "Command to execute when a change is detected and action is sync+exec." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "deployment": { "type": ["object", "null"], "description": "Deployment configuration for the service.", "properties": { "mode": { "type": "string", "description": "Deployment mode for the service: 'replicated' (default) or 'global'." }, "endpoint_mode": { "type": "string", "description": "Endpoint mode for the service: 'vip' (default) or 'dnsrr'." }, "replicas": { "type": ["integer", "string"], "description": "Number of replicas of the service container to run." }, "labels": { "$ref": "#/definitions/list_or_dict", "description": "Labels to apply to the service." }, "rollback_config": { "type": "object", "description": "Configuration for rolling back a service update.", "properties": { "parallelism": { "type": ["integer", "string"], "description": "The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously." }, "delay": { "type": "string", "description": "The time to wait between each container group's rollback (e.g., '1s', '1m30s')." }, "failure_action": { "type": "string", "description": "Action to take if a rollback fails: 'continue', 'pause'." }, "monitor": { "type": "string", "description": "Duration to monitor each task for failures after it is created (e.g., '1s', '1m30s')." }, "max_failure_ratio": { "type": ["number", "string"], "description": "Failure rate to tolerate during a rollback." }, "order": { "type": "string", "enum": ["start-first", "stop-first"], "description": "Order of operations during rollbacks: 'stop-first' (default) or 'start-first'." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "update_config": { "type": "object", "description": "Configuration for updating a service.", "properties": { "parallelism": { "type": ["integer", "string"], "description": "The number of containers to update at a time." }, "delay": { "type": "string", "description": "The time to wait between updating a group of containers (e.g., '1s', '1m30s')." }, "failure_action": { "type": "string", "description": "Action to take if an update fails: 'continue', 'pause', 'rollback'." }, "monitor": { "type": "string", "description": "Duration to monitor each updated task for failures after it is created (e.g., '1s', '1m30s')." }, "max_failure_ratio": { "type": ["number", "string"], "description": "Failure rate to tolerate during an update (0 to 1)." }, "order": { "type": "string", "enum": ["start-first", "stop-first"], "description": "Order of operations during updates: 'stop-first' (default) or 'start-first'." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "resources": { "type": "object", "description": "Resource constraints and reservations for the service.", "properties": { "limits": { "type": "object", "description": "Resource limits for the service containers.", "properties": { "cpus": { "type": ["number", "string"], "description": "Limit for how much of the available CPU resources, as number of cores, a container can use." }, "memory": { "type": "string", "description": "Limit on the amount of memory a container can allocate (e.g., '1g', '1024m')." }, "pids": { "type": ["integer", "string"], "description": "Maximum number of PIDs available to the container." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "reservations": { "type": "object", "description": "Resource reservations for the service containers.", "properties": { "cpus": { "type": ["number", "string"], "description": "Reservation for how much of the available CPU resources, as number of cores, a container can use." }, "memory": { "type": "string", "description": "Reservation on the amount of memory a container can allocate (e.g., '1g', '1024m')." }, "generic_resources": { "$ref": "#/definitions/generic_resources", "description": "User-defined resources to reserve." }, "devices": { "$ref": "#/definitions/devices", "description": "Device reservations for the container." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "restart_policy": { "type": "object", "description": "Restart policy for the service containers.", "properties": { "condition": { "type": "string", "description": "Condition for restarting the container: 'none', 'on-failure', 'any'." }, "delay": { "type": "string", "description": "Delay between restart attempts (e.g., '1s', '1m30s')." }, "max_attempts": { "type": ["integer", "string"], "description": "Maximum number of restart attempts before giving up." }, "window": { "type": "string", "description": "Time window used to evaluate the restart policy (e.g., '1s', '1m30s')." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "placement": { "type": "object", "description": "Constraints and preferences for the platform to select a physical node to run service containers", "properties": { "constraints": { "type": "array", "items": { "type": "string" }, "description": "Placement constraints for the service (e.g., 'node.role==manager')." }, "preferences": { "type": "array", "description": "Placement preferences for the service.", "items": { "type": "object", "properties": { "spread": { "type": "string", "description": "Spread tasks evenly across values of the specified node label." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "max_replicas_per_node": { "type": ["integer", "string"], "description": "Maximum number of replicas of the service." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "generic_resources": { "type": "array", "description": "User-defined resources for services, allowing services to reserve specialized hardware resources.", "items": { "type": "object", "properties": { "discrete_resource_spec": { "type": "object", "description": "Specification for discrete (countable) resources.", "properties": { "kind": { "type": "string", "description": "Type of resource (e.g., 'GPU', 'FPGA', 'SSD')." }, "value": { "type": ["number", "string"], "description": "Number of resources of this kind to reserve." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "devices": { "type": "array", "description": "Device reservations for containers, allowing services to access specific hardware devices.", "items": { "type": "object", "properties": { "capabilities": { "$ref": "#/definitions/list_of_strings", "description": "List of capabilities the device needs to have (e.g., 'gpu', 'compute', 'utility')." }, "count": { "type": ["string", "integer"], "description": "Number of devices of this type to reserve." }, "device_ids": { "$ref": "#/definitions/list_of_strings", "description": "List of specific device IDs to reserve." }, "driver": { "type": "string", "description": "Device driver to use (e.g., 'nvidia')." }, "options": { "$ref": "#/definitions/list_or_dict", "description": "Driver-specific options for the device." } }, "additionalProperties": false, "patternProperties": { "^x-": {} }, "required": ["capabilities"] } }, "gpus": { "oneOf": [{ "type": "string", "enum": ["all"], "description": "Use all available GPUs." }, { "type": "array", "description": "List of specific GPU devices to use.", "items": { "type": "object", "properties": { "capabilities": { "$ref": "#/definitions/list_of_strings", "description": "List of capabilities the GPU needs to have (e.g., 'compute', 'utility')." }, "count": { "type": ["string", "integer"], "description": "Number of GPUs to use." }, "device_ids": { "$ref": "#/definitions/list_of_strings", "description": "List of specific GPU device IDs to use." }, "driver": { "type": "string", "description": "GPU driver to use (e.g., 'nvidia')." }, "options": { "$ref": "#/definitions/list_or_dict", "description": "Driver-specific options for the GPU." } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "include": { "description": "Compose application or sub-projects to be included.", "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "path": { "$ref": "#/definitions/string_or_list", "description": "Path to the Compose application or sub-project files to include." }, "env_file": { "$ref": "#/definitions/string_or_list", "description": "Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed." }, "project_directory": { "type": "string", "description": "Path to resolve relative paths set in the Compose file" } }, "additionalProperties": false }] }, "network": { "type": ["object", "null"], "description": "Network configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this network." }, "driver": { "type": "string", "description": "Specify which driver should be used for this network. Default is 'bridge'." }, "driver_opts": { "type": "object", "description": "Specify driver-specific options defined as key/value pairs.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "ipam": { "type": "object", "description": "Custom IP Address Management configuration for this network.", "properties": { "driver": { "type": "string", "description": "Custom IPAM driver, instead of the default." }, "config": { "type": "array", "description": "List of IPAM configuration blocks.", "items": { "type": "object", "properties": { "subnet": { "type": "string", "description": "Subnet in CIDR format that represents a network segment." }, "ip_range": { "type": "string", "description": "Range of IPs from which to allocate container IPs." }, "gateway": { "type": "string", "description": "IPv4 or IPv6 gateway for the subnet." }, "aux_addresses": { "type": "object", "description": "Auxiliary IPv4 or IPv6 addresses used by Network driver.", "additionalProperties": false, "patternProperties": { "^.+$": { "type": "string" } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "options": { "type": "object", "description": "Driver-specific options for the IPAM driver.", "additionalProperties": false, "patternProperties": { "^.+$": { "type": "string" } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this network already exists and was created outside of Compose.", "properties": { "name": { "deprecated": true, "type": "string", "description": "Specifies the name of the external network. Deprecated: use the 'name' property instead." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "internal": { "type": ["boolean", "string"], "description": "Create an externally isolated network." }, "enable_ipv4": { "type": ["boolean", "string"], "description": "Enable IPv4 networking." }, "enable_ipv6": { "type": ["boolean", "string"], "description": "Enable IPv6 networking." }, "attachable": { "type": ["boolean", "string"], "description": "If true, standalone containers can attach to this network." }, "labels": { "$ref": "#/definitions/list_or_dict", "description": "Add metadata to the network using labels." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "volume": { "type": ["object", "null"], "description": "Volume configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this volume." }, "driver": { "type": "string", "description": "Specify which volume driver should be used for this volume." }, "driver_opts": { "type": "object", "description": "Specify driver-specific options.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this volume already exists and was created outside of Compose.", "properties": { "name": { "deprecated": true, "type": "string", "description": "Specifies the name of the external volume. Deprecated: use the 'name' property instead." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "labels": { "$ref": "#/definitions/list_or_dict", "description": "Add metadata to the volume using labels." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "secret": { "type": "object", "description": "Secret configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this secret." }, "environment": { "type": "string", "description": "Name of an environment variable from which to get the secret value." }, "file": { "type": "string", "description": "Path to a file containing the secret value." }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this secret already exists and was created outside of Compose.", "properties": { "name": { "type": "string", "description": "Specifies the name of the external secret." } } }, "labels": { "$ref": "#/definitions/list_or_dict", "description": "Add metadata to the secret using labels." }, "driver": { "type": "string", "description": "Specify which secret driver should be used for this secret." }, "driver_opts": { "type": "object", "description": "Specify driver-specific options.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "template_driver": { "type": "string", "description": "Driver to use for templating the secret's value." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "config": { "type": "object", "description": "Config configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this config." }, "content": { "type": "string", "description": "Inline content of the config." }, "environment": { "type": "string", "description": "Name of an environment variable from which to get the config value." }, "file": { "type": "string", "description": "Path to a file containing the config value." }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this config already exists and was created outside of Compose.", "properties": { "name": { "deprecated": true, "type": "string", "description": "Specifies the name of the external config. Deprecated: use the 'name' property instead." } } }, "labels": { "$ref": "#/definitions/list_or_dict", "description": "Add metadata to the config using labels." }, "template_driver": { "type": "string", "description": "Driver to use for templating the config's value." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "model": { "type": "object", "description": "Language Model for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this model." }, "model": { "type": "string", "description": "Language Model to run." }, "context_size": { "type": "integer" }, "runtime_flags": { "type": "array", "items": { "type": "string" }, "description": "Raw runtime flags to pass to the inference engine." } }, "required": ["model"], "additionalProperties": false, "patternProperties": { "^x-": {} } }, "command": { "oneOf": [{ "type": "null", "description": "No command specified, use the container's default command." }, { "type": "string", "description": "Command as a string, which will be executed in a shell (e.g., '/bin/sh -c')." }, { "type": "array", "description": "Command as an array of strings, which will be executed directly without a shell.", "items": { "type": "string", "description": "Part of the command (executable or argument)." } }], "description": "Command to run in the container, which can be specified as a string (shell form) or array (exec form)." }, "service_hook": { "type": "object", "description": "Configuration for service lifecycle hooks, which are commands executed at specific points in a container's lifecycle.", "properties": { "command": { "$ref": "#/definitions/command", "description": "Command to execute as part of the hook." }, "user": { "type": "string", "description": "User to run the command as." }, "privileged": { "type": ["boolean", "string"], "description": "Whether to run the command with extended privileges." }, "working_dir": { "type": "string", "description": "Working directory for the command." }, "environment": { "$ref": "#/definitions/list_or_dict", "description": "Environment variables for the command." } }, "additionalProperties": false, "patternProperties": { "^x-": {} }, "required": ["command"] }, "env_file": { "oneOf": [{ "type": "string", "description": "Path to a file containing environment variables." }, { "type": "array", "description": "List of paths to files containing environment variables.", "items": { "oneOf": [{ "type": "string", "description": "Path to a file containing environment variables." }, { "type": "object", "description": "Detailed configuration for an environment file.", "additionalProperties": false, "properties": { "path": { "type": "string", "description": "Path to the environment file." }, "format": { "type": "string", "description": "Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules." }, "required": { "type": ["boolean", "string"], "default": true, "description": "Whether the file is required. If true and the file doesn't exist, an error will be raised." } }, "required": ["path"] }] } }] }, "label_file": { "oneOf": [{ "type": "string", "description": "Path to a file containing Docker labels." }, { "type": "array", "description": "List of paths to files containing Docker labels.", "items": { "type": "string", "description": "Path to a file containing Docker labels." } }] }, "string_or_list": { "oneOf": [{ "type": "string", "description": "A single string value." }, { "$ref": "#/definitions/list_of_strings", "description": "A list of string values." }], "description": "Either a single string or a list of strings." }, "list_of_strings": { "type": "array", "description": "A list of unique string values.", "items": { "type": "string", "description": "A string value in the list." }, "uniqueItems": true }, "list_or_dict": { "oneOf": [{ "type": "object", "description": "A dictionary mapping keys to values.", "patternProperties": { ".+": { "type": ["string", "number", "boolean", "null"], "description": "Value for the key, which can be a string, number, boolean, or null." } }, "additionalProperties": false }, { "type": "array", "description": "A list of unique string values.", "items": { "type": "string", "description": "A string value in the list." }, "uniqueItems": true }], "description": "Either a dictionary mapping keys to values, or a list of strings." }, "extra_hosts": { "oneOf": [{ "type": "object", "description": "list mapping hostnames to IP addresses.", "patternProperties": { ".+": { "oneOf": [{ "type": "string", "description": "IP address for the hostname." }, { "type": "array", "description": "List of IP addresses for the hostname.", "items": { "type": "string", "description": "IP address for the hostname." }, "uniqueItems": false }] } }, "additionalProperties": false }, { "type": "array", "description": "List of host:IP mappings in the format 'hostname:IP'.", "items": { "type": "string", "description": "Host:IP mapping in the format 'hostname:IP'." }, "uniqueItems": true }], "description": "Additional hostnames to be defined in the container's /etc/hosts file." }, "blkio_limit": { "type": "object", "description": "Block IO limit for a specific device.", "properties": { "path": { "type": "string", "description": "Path to the device (e.g., '/dev/sda')." }, "rate": { "type": ["integer", "string"], "description": "Rate limit in bytes per second or IO operations per second." } }, "additionalProperties": false }, "blkio_weight": { "type": "object", "description": "Block IO weight for a specific device.", "properties": { "path": { "type": "string", "description": "Path to the device (e.g., '/dev/sda')." }, "weight": { "type": ["integer", "string"], "description": "Relative weight for the device, between 10 and 1000." } }, "additionalProperties": false }, "service_config_or_secret": { "type": "array", "description": "Configuration for service configs or secrets, defining how they are mounted in the container.", "items": { "oneOf": [{ "type": "string", "description": "Name of the config or secret to grant access to." }, { "type": "object", "description": "Detailed configuration for a config or secret.", "properties": { "source": { "type": "string", "description": "Name of the config or secret as defined in the top-level configs or secrets section." }, "target": { "type": "string", "description": "Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets." }, "uid": { "type": "string", "description": "UID of the file in the container. Default is 0 (root)." }, "gid": { "type": "string", "description": "GID of the file in the container. Default is 0 (root)." }, "mode": { "type": ["number", "string"], "description": "File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] } }, "ulimits": { "type": "object", "description": "Container ulimit options, controlling resource limits for processes inside the container.", "patternProperties": { "^[a-z]+$": { "oneOf": [{ "type": ["integer", "string"], "description": "Single value for both soft and hard limits." }, { "type": "object", "description": "Separate soft and hard limits.", "properties": { "hard": { "type": ["integer", "string"], "description": "Hard limit for the ulimit type. This is the maximum allowed value." }, "soft": { "type": ["integer", "string"], "description": "Soft limit for the ulimit type. This is the value that's actually enforced." } }, "required": ["soft", "hard"], "additionalProperties": false, "patternProperties": { "^x-": {} } }] } } } } };
var func0 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^x-", "u");
var pattern1 = new RegExp("^[a-zA-Z0-9._-]+$", "u");
function validate2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== "string") {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      const indices0 = {};
      for (; i1--; ) {
        let item0 = data[i1];
        if (typeof item0 !== "string") {
          continue;
        }
        if (typeof indices0[item0] == "number") {
          j0 = indices0[item0];
          const err2 = { instancePath, schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
          break;
        }
        indices0[item0] = i1;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate2.errors = vErrors;
  return errors === 0;
}
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "env_file" || key0 === "project_directory")) {
        const err1 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (!validate2(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData })) {
        vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
        errors = vErrors.length;
      }
    }
    if (data.env_file !== void 0) {
      if (!validate2(data.env_file, { instancePath: instancePath + "/env_file", parentData: data, parentDataProperty: "env_file", rootData })) {
        vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
        errors = vErrors.length;
      }
    }
    if (data.project_directory !== void 0) {
      if (typeof data.project_directory !== "string") {
        const err2 = { instancePath: instancePath + "/project_directory", schemaPath: "#/oneOf/1/properties/project_directory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate1.errors = vErrors;
  return errors === 0;
}
var schema4 = { "type": "object", "description": "Configuration for a service.", "properties": { "develop": { "$ref": "#/definitions/development" }, "deploy": { "$ref": "#/definitions/deployment" }, "annotations": { "$ref": "#/definitions/list_or_dict" }, "attach": { "type": ["boolean", "string"] }, "build": { "description": "Configuration options for building the service's image.", "oneOf": [{ "type": "string", "description": "Path to the build context. Can be a relative path or a URL." }, { "type": "object", "properties": { "context": { "type": "string", "description": "Path to the build context. Can be a relative path or a URL." }, "dockerfile": { "type": "string", "description": "Name of the Dockerfile to use for building the image." }, "dockerfile_inline": { "type": "string", "description": "Inline Dockerfile content to use instead of a Dockerfile from the build context." }, "entitlements": { "type": "array", "items": { "type": "string" }, "description": "List of extra privileged entitlements to grant to the build process." }, "args": { "$ref": "#/definitions/list_or_dict", "description": "Build-time variables, specified as a map or a list of KEY=VAL pairs." }, "ssh": { "$ref": "#/definitions/list_or_dict", "description": "SSH agent socket or keys to expose to the build. Format is either a string or a list of 'default|<id>[=<socket>|<key>[,<key>]]'." }, "labels": { "$ref": "#/definitions/list_or_dict", "description": "Labels to apply to the built image." }, "cache_from": { "type": "array", "items": { "type": "string" }, "description": "List of sources the image builder should use for cache resolution" }, "cache_to": { "type": "array", "items": { "type": "string" }, "description": "Cache destinations for the build cache." }, "no_cache": { "type": ["boolean", "string"], "description": "Do not use cache when building the image." }, "additional_contexts": { "$ref": "#/definitions/list_or_dict", "description": "Additional build contexts to use, specified as a map of name to context path or URL." }, "network": { "type": "string", "description": "Network mode to use for the build. Options include 'default', 'none', 'host', or a network name." }, "pull": { "type": ["boolean", "string"], "description": "Always attempt to pull a newer version of the image." }, "target": { "type": "string", "description": "Build stage to target in a multi-stage Dockerfile." }, "shm_size": { "type": ["integer", "string"], "description": "Size of /dev/shm for the build container. A string value can use suffix like '2g' for 2 gigabytes." }, "extra_hosts": { "$ref": "#/definitions/extra_hosts", "description": "Add hostname mappings for the build container." }, "isolation": { "type": "string", "description": "Container isolation technology to use for the build process." }, "privileged": { "type": ["boolean", "string"], "description": "Give extended privileges to the build container." }, "secrets": { "$ref": "#/definitions/service_config_or_secret", "description": "Secrets to expose to the build. These are accessible at build-time." }, "tags": { "type": "array", "items": { "type": "string" }, "description": "Additional tags to apply to the built image." }, "ulimits": { "$ref": "#/definitions/ulimits", "description": "Override the default ulimits for the build container." }, "platforms": { "type": "array", "items": { "type": "string" }, "description": "Platforms to build for, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "blkio_config": { "type": "object", "description": "Block IO configuration for the service.", "properties": { "device_read_bps": { "type": "array", "description": "Limit read rate (bytes per second) from a device.", "items": { "$ref": "#/definitions/blkio_limit" } }, "device_read_iops": { "type": "array", "description": "Limit read rate (IO per second) from a device.", "items": { "$ref": "#/definitions/blkio_limit" } }, "device_write_bps": { "type": "array", "description": "Limit write rate (bytes per second) to a device.", "items": { "$ref": "#/definitions/blkio_limit" } }, "device_write_iops": { "type": "array", "description": "Limit write rate (IO per second) to a device.", "items": { "$ref": "#/definitions/blkio_limit" } }, "weight": { "type": ["integer", "string"], "description": "Block IO weight (relative weight) for the service, between 10 and 1000." }, "weight_device": { "type": "array", "description": "Block IO weight (relative weight) for specific devices.", "items": { "$ref": "#/definitions/blkio_weight" } } }, "additionalProperties": false }, "cap_add": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Add Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'." }, "cap_drop": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Drop Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'." }, "cgroup": { "type": "string", "enum": ["host", "private"], "description": "Specify the cgroup namespace to join. Use 'host' to use the host's cgroup namespace, or 'private' to use a private cgroup namespace." }, "cgroup_parent": { "type": "string", "description": "Specify an optional parent cgroup for the container." }, "command": { "$ref": "#/definitions/command", "description": "Override the default command declared by the container image, for example 'CMD' in Dockerfile." }, "configs": { "$ref": "#/definitions/service_config_or_secret", "description": "Grant access to Configs on a per-service basis." }, "container_name": { "type": "string", "description": "Specify a custom container name, rather than a generated default name.", "pattern": "[a-zA-Z0-9][a-zA-Z0-9_.-]+" }, "cpu_count": { "oneOf": [{ "type": "string" }, { "type": "integer", "minimum": 0 }], "description": "Number of usable CPUs." }, "cpu_percent": { "oneOf": [{ "type": "string" }, { "type": "integer", "minimum": 0, "maximum": 100 }], "description": "Percentage of CPU resources to use." }, "cpu_shares": { "type": ["number", "string"], "description": "CPU shares (relative weight) for the container." }, "cpu_quota": { "type": ["number", "string"], "description": "Limit the CPU CFS (Completely Fair Scheduler) quota." }, "cpu_period": { "type": ["number", "string"], "description": "Limit the CPU CFS (Completely Fair Scheduler) period." }, "cpu_rt_period": { "type": ["number", "string"], "description": "Limit the CPU real-time period in microseconds or a duration." }, "cpu_rt_runtime": { "type": ["number", "string"], "description": "Limit the CPU real-time runtime in microseconds or a duration." }, "cpus": { "type": ["number", "string"], "description": "Number of CPUs to use. A floating-point value is supported to request partial CPUs." }, "cpuset": { "type": "string", "description": "CPUs in which to allow execution (0-3, 0,1)." }, "credential_spec": { "type": "object", "description": "Configure the credential spec for managed service account.", "properties": { "config": { "type": "string", "description": "The name of the credential spec Config to use." }, "file": { "type": "string", "description": "Path to a credential spec file." }, "registry": { "type": "string", "description": "Path to a credential spec in the Windows registry." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "depends_on": { "oneOf": [{ "$ref": "#/definitions/list_of_strings" }, { "type": "object", "additionalProperties": false, "patternProperties": { "^[a-zA-Z0-9._-]+$": { "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "restart": { "type": ["boolean", "string"], "description": "Whether to restart dependent services when this service is restarted." }, "required": { "type": "boolean", "default": true, "description": "Whether the dependency is required for the dependent service to start." }, "condition": { "type": "string", "enum": ["service_started", "service_healthy", "service_completed_successfully"], "description": "Condition to wait for. 'service_started' waits until the service has started, 'service_healthy' waits until the service is healthy (as defined by its healthcheck), 'service_completed_successfully' waits until the service has completed successfully." } }, "required": ["condition"] } } }], "description": "Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting." }, "device_cgroup_rules": { "$ref": "#/definitions/list_of_strings", "description": "Add rules to the cgroup allowed devices list." }, "devices": { "type": "array", "description": "List of device mappings for the container.", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "required": ["source"], "properties": { "source": { "type": "string", "description": "Path on the host to the device." }, "target": { "type": "string", "description": "Path in the container where the device will be mapped." }, "permissions": { "type": "string", "description": "Cgroup permissions for the device (rwm)." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] } }, "dns": { "$ref": "#/definitions/string_or_list", "description": "Custom DNS servers to set for the service container." }, "dns_opt": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Custom DNS options to be passed to the container's DNS resolver." }, "dns_search": { "$ref": "#/definitions/string_or_list", "description": "Custom DNS search domains to set on the service container." }, "domainname": { "type": "string", "description": "Custom domain name to use for the service container." }, "entrypoint": { "$ref": "#/definitions/command", "description": "Override the default entrypoint declared by the container image, for example 'ENTRYPOINT' in Dockerfile." }, "env_file": { "$ref": "#/definitions/env_file", "description": "Add environment variables from a file or multiple files. Can be a single file path or a list of file paths." }, "label_file": { "$ref": "#/definitions/label_file", "description": "Add metadata to containers using files containing Docker labels." }, "environment": { "$ref": "#/definitions/list_or_dict", "description": "Add environment variables. You can use either an array or a list of KEY=VAL pairs." }, "expose": { "type": "array", "items": { "type": ["string", "number"] }, "uniqueItems": true, "description": "Expose ports without publishing them to the host machine - they'll only be accessible to linked services." }, "extends": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "service": { "type": "string", "description": "The name of the service to extend." }, "file": { "type": "string", "description": "The file path where the service to extend is defined." } }, "required": ["service"], "additionalProperties": false }], "description": "Extend another service, in the current file or another file." }, "provider": { "type": "object", "description": "Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.", "required": ["type"], "properties": { "type": { "type": "string", "description": "External component used by Compose to manage setup and teardown lifecycle of the service." }, "options": { "type": "object", "description": "Provider-specific options.", "patternProperties": { "^.+$": { "oneOf": [{ "type": ["string", "number", "boolean"] }, { "type": "array", "items": { "type": ["string", "number", "boolean"] } }] } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "external_links": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Link to services started outside this Compose application. Specify services as <service_name>:<alias>." }, "extra_hosts": { "$ref": "#/definitions/extra_hosts", "description": "Add hostname mappings to the container network interface configuration." }, "gpus": { "$ref": "#/definitions/gpus", "description": "Define GPU devices to use. Can be set to 'all' to use all GPUs, or a list of specific GPU devices." }, "group_add": { "type": "array", "items": { "type": ["string", "number"] }, "uniqueItems": true, "description": "Add additional groups which user inside the container should be member of." }, "healthcheck": { "$ref": "#/definitions/healthcheck", "description": "Configure a health check for the container to monitor its health status." }, "hostname": { "type": "string", "description": "Define a custom hostname for the service container." }, "image": { "type": "string", "description": "Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID." }, "init": { "type": ["boolean", "string"], "description": "Run as an init process inside the container that forwards signals and reaps processes." }, "ipc": { "type": "string", "description": "IPC sharing mode for the service container. Use 'host' to share the host's IPC namespace, 'service:[service_name]' to share with another service, or 'shareable' to allow other services to share this service's IPC namespace." }, "isolation": { "type": "string", "description": "Container isolation technology to use. Supported values are platform-specific." }, "labels": { "$ref": "#/definitions/list_or_dict", "description": "Add metadata to containers using Docker labels. You can use either an array or a list." }, "links": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name." }, "logging": { "type": "object", "description": "Logging configuration for the service.", "properties": { "driver": { "type": "string", "description": "Logging driver to use, such as 'json-file', 'syslog', 'journald', etc." }, "options": { "type": "object", "description": "Options for the logging driver.", "patternProperties": { "^.+$": { "type": ["string", "number", "null"] } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "mac_address": { "type": "string", "description": "Container MAC address to set." }, "mem_limit": { "type": ["number", "string"], "description": "Memory limit for the container. A string value can use suffix like '2g' for 2 gigabytes." }, "mem_reservation": { "type": ["string", "integer"], "description": "Memory reservation for the container." }, "mem_swappiness": { "type": ["integer", "string"], "description": "Container memory swappiness as percentage (0 to 100)." }, "memswap_limit": { "type": ["number", "string"], "description": "Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap." }, "network_mode": { "type": "string", "description": "Network mode. Values can be 'bridge', 'host', 'none', 'service:[service name]', or 'container:[container name]'." }, "models": { "oneOf": [{ "$ref": "#/definitions/list_of_strings" }, { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "type": "object", "properties": { "endpoint_var": { "type": "string", "description": "Environment variable set to AI model endpoint." }, "model_var": { "type": "string", "description": "Environment variable set to AI model name." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } } }], "description": "AI Models to use, referencing entries under the top-level models key." }, "networks": { "oneOf": [{ "$ref": "#/definitions/list_of_strings" }, { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "oneOf": [{ "type": "object", "properties": { "aliases": { "$ref": "#/definitions/list_of_strings", "description": "Alternative hostnames for this service on the network." }, "interface_name": { "type": "string", "description": "Interface network name used to connect to network" }, "ipv4_address": { "type": "string", "description": "Specify a static IPv4 address for this service on this network." }, "ipv6_address": { "type": "string", "description": "Specify a static IPv6 address for this service on this network." }, "link_local_ips": { "$ref": "#/definitions/list_of_strings", "description": "List of link-local IPs." }, "mac_address": { "type": "string", "description": "Specify a MAC address for this service on this network." }, "driver_opts": { "type": "object", "description": "Driver options for this network.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "priority": { "type": "number", "description": "Specify the priority for the network connection." }, "gw_priority": { "type": "number", "description": "Specify the gateway priority for the network connection." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, { "type": "null" }] } }, "additionalProperties": false }], "description": "Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration." }, "oom_kill_disable": { "type": ["boolean", "string"], "description": "Disable OOM Killer for the container." }, "oom_score_adj": { "oneOf": [{ "type": "string" }, { "type": "integer", "minimum": -1e3, "maximum": 1e3 }], "description": "Tune host's OOM preferences for the container (accepts -1000 to 1000)." }, "pid": { "type": ["string", "null"], "description": "PID mode for container." }, "pids_limit": { "type": ["number", "string"], "description": "Tune a container's PIDs limit. Set to -1 for unlimited PIDs." }, "platform": { "type": "string", "description": "Target platform to run on, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'." }, "ports": { "type": "array", "description": "Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).", "items": { "oneOf": [{ "type": "number" }, { "type": "string" }, { "type": "object", "properties": { "name": { "type": "string", "description": "A human-readable name for this port mapping." }, "mode": { "type": "string", "description": "The port binding mode, either 'host' for publishing a host port or 'ingress' for load balancing." }, "host_ip": { "type": "string", "description": "The host IP to bind to." }, "target": { "type": ["integer", "string"], "description": "The port inside the container." }, "published": { "type": ["string", "integer"], "description": "The publicly exposed port." }, "protocol": { "type": "string", "description": "The port protocol (tcp or udp)." }, "app_protocol": { "type": "string", "description": "Application protocol to use with the port (e.g., http, https, mysql)." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "uniqueItems": true }, "post_start": { "type": "array", "items": { "$ref": "#/definitions/service_hook" }, "description": "Commands to run after the container starts. If any command fails, the container stops." }, "pre_stop": { "type": "array", "items": { "$ref": "#/definitions/service_hook" }, "description": "Commands to run before the container stops. If any command fails, the container stop is aborted." }, "privileged": { "type": ["boolean", "string"], "description": "Give extended privileges to the service container." }, "profiles": { "$ref": "#/definitions/list_of_strings", "description": "List of profiles for this service. When profiles are specified, services are only started when the profile is activated." }, "pull_policy": { "type": "string", "pattern": "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+", "description": "Policy for pulling images. Options include: 'always', 'never', 'if_not_present', 'missing', 'build', or time-based refresh policies." }, "pull_refresh_after": { "type": "string", "description": "Time after which to refresh the image. Used with pull_policy=refresh." }, "read_only": { "type": ["boolean", "string"], "description": "Mount the container's filesystem as read only." }, "restart": { "type": "string", "description": "Restart policy for the service container. Options include: 'no', 'always', 'on-failure', and 'unless-stopped'." }, "runtime": { "type": "string", "description": "Runtime to use for this container, e.g., 'runc'." }, "scale": { "type": ["integer", "string"], "description": "Number of containers to deploy for this service." }, "security_opt": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Override the default labeling scheme for each container." }, "shm_size": { "type": ["number", "string"], "description": "Size of /dev/shm. A string value can use suffix like '2g' for 2 gigabytes." }, "secrets": { "$ref": "#/definitions/service_config_or_secret", "description": "Grant access to Secrets on a per-service basis." }, "sysctls": { "$ref": "#/definitions/list_or_dict", "description": "Kernel parameters to set in the container. You can use either an array or a list." }, "stdin_open": { "type": ["boolean", "string"], "description": "Keep STDIN open even if not attached." }, "stop_grace_period": { "type": "string", "description": "Time to wait for the container to stop gracefully before sending SIGKILL (e.g., '1s', '1m30s')." }, "stop_signal": { "type": "string", "description": "Signal to stop the container (e.g., 'SIGTERM', 'SIGINT')." }, "storage_opt": { "type": "object", "description": "Storage driver options for the container." }, "tmpfs": { "$ref": "#/definitions/string_or_list", "description": "Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list." }, "tty": { "type": ["boolean", "string"], "description": "Allocate a pseudo-TTY to service container." }, "ulimits": { "$ref": "#/definitions/ulimits", "description": "Override the default ulimits for a container." }, "use_api_socket": { "type": "boolean", "description": "Bind mount Docker API socket and required auth." }, "user": { "type": "string", "description": "Username or UID to run the container process as." }, "uts": { "type": "string", "description": "UTS namespace to use. 'host' shares the host's UTS namespace." }, "userns_mode": { "type": "string", "description": "User namespace to use. 'host' shares the host's user namespace." }, "volumes": { "type": "array", "description": "Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "required": ["type"], "properties": { "type": { "type": "string", "enum": ["bind", "volume", "tmpfs", "cluster", "npipe", "image"], "description": "The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image." }, "source": { "type": "string", "description": "The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount." }, "target": { "type": "string", "description": "The path in the container where the volume is mounted." }, "read_only": { "type": ["boolean", "string"], "description": "Flag to set the volume as read-only." }, "consistency": { "type": "string", "description": "The consistency requirements for the mount. Available values are platform specific." }, "bind": { "type": "object", "description": "Configuration specific to bind mounts.", "properties": { "propagation": { "type": "string", "description": "The propagation mode for the bind mount: 'shared', 'slave', 'private', 'rshared', 'rslave', or 'rprivate'." }, "create_host_path": { "type": ["boolean", "string"], "description": "Create the host path if it doesn't exist." }, "recursive": { "type": "string", "enum": ["enabled", "disabled", "writable", "readonly"], "description": "Recursively mount the source directory." }, "selinux": { "type": "string", "enum": ["z", "Z"], "description": "SELinux relabeling options: 'z' for shared content, 'Z' for private unshared content." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "volume": { "type": "object", "description": "Configuration specific to volume mounts.", "properties": { "labels": { "$ref": "#/definitions/list_or_dict", "description": "Labels to apply to the volume." }, "nocopy": { "type": ["boolean", "string"], "description": "Flag to disable copying of data from a container when a volume is created." }, "subpath": { "type": "string", "description": "Path within the volume to mount instead of the volume root." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "tmpfs": { "type": "object", "description": "Configuration specific to tmpfs mounts.", "properties": { "size": { "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "string" }], "description": "Size of the tmpfs mount in bytes." }, "mode": { "type": ["number", "string"], "description": "File mode of the tmpfs in octal." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "image": { "type": "object", "description": "Configuration specific to image mounts.", "properties": { "subpath": { "type": "string", "description": "Path within the image to mount instead of the image root." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "uniqueItems": true }, "volumes_from": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)." }, "working_dir": { "type": "string", "description": "The working directory in which the entrypoint or command will be run" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var schema8 = { "oneOf": [{ "type": "object", "description": "A dictionary mapping keys to values.", "patternProperties": { ".+": { "type": ["string", "number", "boolean", "null"], "description": "Value for the key, which can be a string, number, boolean, or null." } }, "additionalProperties": false }, { "type": "array", "description": "A list of unique string values.", "items": { "type": "string", "description": "A string value in the list." }, "uniqueItems": true }], "description": "Either a dictionary mapping keys to values, or a list of strings." };
var schema22 = { "type": "array", "description": "Configuration for service configs or secrets, defining how they are mounted in the container.", "items": { "oneOf": [{ "type": "string", "description": "Name of the config or secret to grant access to." }, { "type": "object", "description": "Detailed configuration for a config or secret.", "properties": { "source": { "type": "string", "description": "Name of the config or secret as defined in the top-level configs or secrets section." }, "target": { "type": "string", "description": "Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets." }, "uid": { "type": "string", "description": "UID of the file in the container. Default is 0 (root)." }, "gid": { "type": "string", "description": "GID of the file in the container. Default is 0 (root)." }, "mode": { "type": ["number", "string"], "description": "File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] } };
var schema23 = { "type": "object", "description": "Container ulimit options, controlling resource limits for processes inside the container.", "patternProperties": { "^[a-z]+$": { "oneOf": [{ "type": ["integer", "string"], "description": "Single value for both soft and hard limits." }, { "type": "object", "description": "Separate soft and hard limits.", "properties": { "hard": { "type": ["integer", "string"], "description": "Hard limit for the ulimit type. This is the maximum allowed value." }, "soft": { "type": ["integer", "string"], "description": "Soft limit for the ulimit type. This is the value that's actually enforced." } }, "required": ["soft", "hard"], "additionalProperties": false, "patternProperties": { "^x-": {} } }] } } };
var schema24 = { "type": "object", "description": "Block IO limit for a specific device.", "properties": { "path": { "type": "string", "description": "Path to the device (e.g., '/dev/sda')." }, "rate": { "type": ["integer", "string"], "description": "Rate limit in bytes per second or IO operations per second." } }, "additionalProperties": false };
var schema28 = { "type": "object", "description": "Block IO weight for a specific device.", "properties": { "path": { "type": "string", "description": "Path to the device (e.g., '/dev/sda')." }, "weight": { "type": ["integer", "string"], "description": "Relative weight for the device, between 10 and 1000." } }, "additionalProperties": false };
var schema34 = { "oneOf": [{ "type": "string", "description": "Path to a file containing environment variables." }, { "type": "array", "description": "List of paths to files containing environment variables.", "items": { "oneOf": [{ "type": "string", "description": "Path to a file containing environment variables." }, { "type": "object", "description": "Detailed configuration for an environment file.", "additionalProperties": false, "properties": { "path": { "type": "string", "description": "Path to the environment file." }, "format": { "type": "string", "description": "Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules." }, "required": { "type": ["boolean", "string"], "default": true, "description": "Whether the file is required. If true and the file doesn't exist, an error will be raised." } }, "required": ["path"] }] } }] };
var schema42 = { "type": "object", "description": "Configuration options to determine whether the container is healthy.", "properties": { "disable": { "type": ["boolean", "string"], "description": "Disable any container-specified healthcheck. Set to true to disable." }, "interval": { "type": "string", "description": "Time between running the check (e.g., '1s', '1m30s'). Default: 30s." }, "retries": { "type": ["number", "string"], "description": "Number of consecutive failures needed to consider the container as unhealthy. Default: 3." }, "test": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }], "description": "The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it's CMD, the rest of the command is exec'd. If it's CMD-SHELL, the rest is run in the shell." }, "timeout": { "type": "string", "description": "Maximum time to allow one check to run (e.g., '1s', '1m30s'). Default: 30s." }, "start_period": { "type": "string", "description": "Start period for the container to initialize before starting health-retries countdown (e.g., '1s', '1m30s'). Default: 0s." }, "start_interval": { "type": "string", "description": "Time between running the check during the start period (e.g., '1s', '1m30s'). Default: interval value." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
var func5 = __ajvEqual.default;
var pattern7 = new RegExp(".+", "u");
var pattern39 = new RegExp("^[a-z]+$", "u");
var pattern42 = new RegExp("[a-zA-Z0-9][a-zA-Z0-9_.-]+", "u");
var pattern51 = new RegExp("^.+$", "u");
var pattern69 = new RegExp("always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+", "u");
var schema5 = { "type": ["object", "null"], "description": "Development configuration for the service, used for development workflows.", "properties": { "watch": { "type": "array", "description": "Configure watch mode for the service, which monitors file changes and performs actions in response.", "items": { "type": "object", "required": ["path", "action"], "properties": { "ignore": { "$ref": "#/definitions/string_or_list", "description": "Patterns to exclude from watching." }, "include": { "$ref": "#/definitions/string_or_list", "description": "Patterns to include in watching." }, "path": { "type": "string", "description": "Path to watch for changes." }, "action": { "type": "string", "enum": ["rebuild", "sync", "restart", "sync+restart", "sync+exec"], "description": "Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command." }, "target": { "type": "string", "description": "Target path in the container for sync operations." }, "exec": { "$ref": "#/definitions/service_hook", "description": "Command to execute when a change is detected and action is sync+exec." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
var schema6 = { "type": "object", "description": "Configuration for service lifecycle hooks, which are commands executed at specific points in a container's lifecycle.", "properties": { "command": { "$ref": "#/definitions/command", "description": "Command to execute as part of the hook." }, "user": { "type": "string", "description": "User to run the command as." }, "privileged": { "type": ["boolean", "string"], "description": "Whether to run the command with extended privileges." }, "working_dir": { "type": "string", "description": "Working directory for the command." }, "environment": { "$ref": "#/definitions/list_or_dict", "description": "Environment variables for the command." } }, "additionalProperties": false, "patternProperties": { "^x-": {} }, "required": ["command"] };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.command === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "command" || key0 === "user" || key0 === "privileged" || key0 === "working_dir" || key0 === "environment" || pattern0.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data0 = data.command;
      const _errs4 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs5 = errors;
      if (data0 !== null) {
        const err2 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/command/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/command/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
        const _errs9 = errors;
        if (Array.isArray(data0)) {
          const len0 = data0.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (typeof data0[i0] !== "string") {
              const err4 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/definitions/command/oneOf/2/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
        } else {
          const err5 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/command/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        var _valid0 = _errs9 === errors;
        if (_valid0 && valid2) {
          valid2 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid2 = true;
            passing0 = 2;
          }
        }
      }
      if (!valid2) {
        const err6 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/command/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.user !== void 0) {
      if (typeof data.user !== "string") {
        const err7 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.privileged !== void 0) {
      let data3 = data.privileged;
      if (typeof data3 !== "boolean" && typeof data3 !== "string") {
        const err8 = { instancePath: instancePath + "/privileged", schemaPath: "#/properties/privileged/type", keyword: "type", params: { type: schema6.properties.privileged.type }, message: "must be boolean,string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.working_dir !== void 0) {
      if (typeof data.working_dir !== "string") {
        const err9 = { instancePath: instancePath + "/working_dir", schemaPath: "#/properties/working_dir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data5 = data.environment;
      const _errs21 = errors;
      let valid6 = false;
      let passing1 = null;
      const _errs22 = errors;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!pattern7.test(key1)) {
            const err10 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        for (const key2 in data5) {
          if (pattern7.test(key2)) {
            let data6 = data5[key2];
            if (typeof data6 !== "string" && !(typeof data6 == "number") && typeof data6 !== "boolean" && data6 !== null) {
              const err11 = { instancePath: instancePath + "/environment/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid1 = _errs22 === errors;
      if (_valid1) {
        valid6 = true;
        passing1 = 0;
      }
      const _errs27 = errors;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data5[i1] !== "string") {
            const err13 = { instancePath: instancePath + "/environment/" + i1, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        let i2 = data5.length;
        let j0;
        if (i2 > 1) {
          const indices0 = {};
          for (; i2--; ) {
            let item0 = data5[i2];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err14 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
              break;
            }
            indices0[item0] = i2;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid1 = _errs27 === errors;
      if (_valid1 && valid6) {
        valid6 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid6 = true;
          passing1 = 1;
        }
      }
      if (!valid6) {
        const err16 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs21;
        if (vErrors !== null) {
          if (_errs21) {
            vErrors.length = _errs21;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
function validate7(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema5.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "watch" || pattern0.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.watch !== void 0) {
      let data0 = data.watch;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.path === void 0) {
              const err2 = { instancePath: instancePath + "/watch/" + i0, schemaPath: "#/properties/watch/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.action === void 0) {
              const err3 = { instancePath: instancePath + "/watch/" + i0, schemaPath: "#/properties/watch/items/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === "ignore" || key1 === "include" || key1 === "path" || key1 === "action" || key1 === "target" || key1 === "exec" || pattern0.test(key1))) {
                const err4 = { instancePath: instancePath + "/watch/" + i0, schemaPath: "#/properties/watch/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.ignore !== void 0) {
              if (!validate2(data1.ignore, { instancePath: instancePath + "/watch/" + i0 + "/ignore", parentData: data1, parentDataProperty: "ignore", rootData })) {
                vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
                errors = vErrors.length;
              }
            }
            if (data1.include !== void 0) {
              if (!validate2(data1.include, { instancePath: instancePath + "/watch/" + i0 + "/include", parentData: data1, parentDataProperty: "include", rootData })) {
                vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
                errors = vErrors.length;
              }
            }
            if (data1.path !== void 0) {
              if (typeof data1.path !== "string") {
                const err5 = { instancePath: instancePath + "/watch/" + i0 + "/path", schemaPath: "#/properties/watch/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.action !== void 0) {
              let data5 = data1.action;
              if (typeof data5 !== "string") {
                const err6 = { instancePath: instancePath + "/watch/" + i0 + "/action", schemaPath: "#/properties/watch/items/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              if (!(data5 === "rebuild" || data5 === "sync" || data5 === "restart" || data5 === "sync+restart" || data5 === "sync+exec")) {
                const err7 = { instancePath: instancePath + "/watch/" + i0 + "/action", schemaPath: "#/properties/watch/items/properties/action/enum", keyword: "enum", params: { allowedValues: schema5.properties.watch.items.properties.action.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.target !== void 0) {
              if (typeof data1.target !== "string") {
                const err8 = { instancePath: instancePath + "/watch/" + i0 + "/target", schemaPath: "#/properties/watch/items/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.exec !== void 0) {
              if (!validate10(data1.exec, { instancePath: instancePath + "/watch/" + i0 + "/exec", parentData: data1, parentDataProperty: "exec", rootData })) {
                vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/watch/" + i0, schemaPath: "#/properties/watch/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/watch", schemaPath: "#/properties/watch/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  }
  validate7.errors = vErrors;
  return errors === 0;
}
var schema9 = { "type": ["object", "null"], "description": "Deployment configuration for the service.", "properties": { "mode": { "type": "string", "description": "Deployment mode for the service: 'replicated' (default) or 'global'." }, "endpoint_mode": { "type": "string", "description": "Endpoint mode for the service: 'vip' (default) or 'dnsrr'." }, "replicas": { "type": ["integer", "string"], "description": "Number of replicas of the service container to run." }, "labels": { "$ref": "#/definitions/list_or_dict", "description": "Labels to apply to the service." }, "rollback_config": { "type": "object", "description": "Configuration for rolling back a service update.", "properties": { "parallelism": { "type": ["integer", "string"], "description": "The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously." }, "delay": { "type": "string", "description": "The time to wait between each container group's rollback (e.g., '1s', '1m30s')." }, "failure_action": { "type": "string", "description": "Action to take if a rollback fails: 'continue', 'pause'." }, "monitor": { "type": "string", "description": "Duration to monitor each task for failures after it is created (e.g., '1s', '1m30s')." }, "max_failure_ratio": { "type": ["number", "string"], "description": "Failure rate to tolerate during a rollback." }, "order": { "type": "string", "enum": ["start-first", "stop-first"], "description": "Order of operations during rollbacks: 'stop-first' (default) or 'start-first'." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "update_config": { "type": "object", "description": "Configuration for updating a service.", "properties": { "parallelism": { "type": ["integer", "string"], "description": "The number of containers to update at a time." }, "delay": { "type": "string", "description": "The time to wait between updating a group of containers (e.g., '1s', '1m30s')." }, "failure_action": { "type": "string", "description": "Action to take if an update fails: 'continue', 'pause', 'rollback'." }, "monitor": { "type": "string", "description": "Duration to monitor each updated task for failures after it is created (e.g., '1s', '1m30s')." }, "max_failure_ratio": { "type": ["number", "string"], "description": "Failure rate to tolerate during an update (0 to 1)." }, "order": { "type": "string", "enum": ["start-first", "stop-first"], "description": "Order of operations during updates: 'stop-first' (default) or 'start-first'." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "resources": { "type": "object", "description": "Resource constraints and reservations for the service.", "properties": { "limits": { "type": "object", "description": "Resource limits for the service containers.", "properties": { "cpus": { "type": ["number", "string"], "description": "Limit for how much of the available CPU resources, as number of cores, a container can use." }, "memory": { "type": "string", "description": "Limit on the amount of memory a container can allocate (e.g., '1g', '1024m')." }, "pids": { "type": ["integer", "string"], "description": "Maximum number of PIDs available to the container." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "reservations": { "type": "object", "description": "Resource reservations for the service containers.", "properties": { "cpus": { "type": ["number", "string"], "description": "Reservation for how much of the available CPU resources, as number of cores, a container can use." }, "memory": { "type": "string", "description": "Reservation on the amount of memory a container can allocate (e.g., '1g', '1024m')." }, "generic_resources": { "$ref": "#/definitions/generic_resources", "description": "User-defined resources to reserve." }, "devices": { "$ref": "#/definitions/devices", "description": "Device reservations for the container." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "restart_policy": { "type": "object", "description": "Restart policy for the service containers.", "properties": { "condition": { "type": "string", "description": "Condition for restarting the container: 'none', 'on-failure', 'any'." }, "delay": { "type": "string", "description": "Delay between restart attempts (e.g., '1s', '1m30s')." }, "max_attempts": { "type": ["integer", "string"], "description": "Maximum number of restart attempts before giving up." }, "window": { "type": "string", "description": "Time window used to evaluate the restart policy (e.g., '1s', '1m30s')." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "placement": { "type": "object", "description": "Constraints and preferences for the platform to select a physical node to run service containers", "properties": { "constraints": { "type": "array", "items": { "type": "string" }, "description": "Placement constraints for the service (e.g., 'node.role==manager')." }, "preferences": { "type": "array", "description": "Placement preferences for the service.", "items": { "type": "object", "properties": { "spread": { "type": "string", "description": "Spread tasks evenly across values of the specified node label." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "max_replicas_per_node": { "type": ["integer", "string"], "description": "Maximum number of replicas of the service." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
var schema11 = { "type": "array", "description": "User-defined resources for services, allowing services to reserve specialized hardware resources.", "items": { "type": "object", "properties": { "discrete_resource_spec": { "type": "object", "description": "Specification for discrete (countable) resources.", "properties": { "kind": { "type": "string", "description": "Type of resource (e.g., 'GPU', 'FPGA', 'SSD')." }, "value": { "type": ["number", "string"], "description": "Number of resources of this kind to reserve." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } };
var schema12 = { "type": "array", "description": "Device reservations for containers, allowing services to access specific hardware devices.", "items": { "type": "object", "properties": { "capabilities": { "$ref": "#/definitions/list_of_strings", "description": "List of capabilities the device needs to have (e.g., 'gpu', 'compute', 'utility')." }, "count": { "type": ["string", "integer"], "description": "Number of devices of this type to reserve." }, "device_ids": { "$ref": "#/definitions/list_of_strings", "description": "List of specific device IDs to reserve." }, "driver": { "type": "string", "description": "Device driver to use (e.g., 'nvidia')." }, "options": { "$ref": "#/definitions/list_or_dict", "description": "Driver-specific options for the device." } }, "additionalProperties": false, "patternProperties": { "^x-": {} }, "required": ["capabilities"] } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.capabilities === void 0) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "capabilities" }, message: "must have required property 'capabilities'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "capabilities" || key0 === "count" || key0 === "device_ids" || key0 === "driver" || key0 === "options" || pattern0.test(key0))) {
            const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.capabilities !== void 0) {
          let data1 = data0.capabilities;
          if (Array.isArray(data1)) {
            const len1 = data1.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data1[i1] !== "string") {
                const err2 = { instancePath: instancePath + "/" + i0 + "/capabilities/" + i1, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            let i2 = data1.length;
            let j0;
            if (i2 > 1) {
              const indices0 = {};
              for (; i2--; ) {
                let item0 = data1[i2];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err3 = { instancePath: instancePath + "/" + i0 + "/capabilities", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i2;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/" + i0 + "/capabilities", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.count !== void 0) {
          let data3 = data0.count;
          if (typeof data3 !== "string" && !(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
            const err5 = { instancePath: instancePath + "/" + i0 + "/count", schemaPath: "#/items/properties/count/type", keyword: "type", params: { type: schema12.items.properties.count.type }, message: "must be string,integer" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.device_ids !== void 0) {
          let data4 = data0.device_ids;
          if (Array.isArray(data4)) {
            const len2 = data4.length;
            for (let i3 = 0; i3 < len2; i3++) {
              if (typeof data4[i3] !== "string") {
                const err6 = { instancePath: instancePath + "/" + i0 + "/device_ids/" + i3, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            let i4 = data4.length;
            let j1;
            if (i4 > 1) {
              const indices1 = {};
              for (; i4--; ) {
                let item1 = data4[i4];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err7 = { instancePath: instancePath + "/" + i0 + "/device_ids", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i4;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/" + i0 + "/device_ids", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.driver !== void 0) {
          if (typeof data0.driver !== "string") {
            const err9 = { instancePath: instancePath + "/" + i0 + "/driver", schemaPath: "#/items/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.options !== void 0) {
          let data7 = data0.options;
          const _errs20 = errors;
          let valid12 = false;
          let passing0 = null;
          const _errs21 = errors;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key1 in data7) {
              if (!pattern7.test(key1)) {
                const err10 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            for (const key2 in data7) {
              if (pattern7.test(key2)) {
                let data8 = data7[key2];
                if (typeof data8 !== "string" && !(typeof data8 == "number") && typeof data8 !== "boolean" && data8 !== null) {
                  const err11 = { instancePath: instancePath + "/" + i0 + "/options/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var _valid0 = _errs21 === errors;
          if (_valid0) {
            valid12 = true;
            passing0 = 0;
          }
          const _errs26 = errors;
          if (Array.isArray(data7)) {
            const len3 = data7.length;
            for (let i5 = 0; i5 < len3; i5++) {
              if (typeof data7[i5] !== "string") {
                const err13 = { instancePath: instancePath + "/" + i0 + "/options/" + i5, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            let i6 = data7.length;
            let j2;
            if (i6 > 1) {
              const indices2 = {};
              for (; i6--; ) {
                let item2 = data7[i6];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j2 = indices2[item2];
                  const err14 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i6;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          var _valid0 = _errs26 === errors;
          if (_valid0 && valid12) {
            valid12 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid12 = true;
              passing0 = 1;
            }
          }
          if (!valid12) {
            const err16 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          } else {
            errors = _errs20;
            if (vErrors !== null) {
              if (_errs20) {
                vErrors.length = _errs20;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema9.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func0.call(schema9.properties, key0) || pattern0.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      if (typeof data.mode !== "string") {
        const err2 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.endpoint_mode !== void 0) {
      if (typeof data.endpoint_mode !== "string") {
        const err3 = { instancePath: instancePath + "/endpoint_mode", schemaPath: "#/properties/endpoint_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.replicas !== void 0) {
      let data2 = data.replicas;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2))) && typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/type", keyword: "type", params: { type: schema9.properties.replicas.type }, message: "must be integer,string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data3 = data.labels;
      const _errs10 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs11 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!pattern7.test(key1)) {
            const err5 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          if (pattern7.test(key2)) {
            let data4 = data3[key2];
            if (typeof data4 !== "string" && !(typeof data4 == "number") && typeof data4 !== "boolean" && data4 !== null) {
              const err6 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs16 = errors;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data3[i0] !== "string") {
            const err8 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data3[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err9 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs16 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err11 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.rollback_config !== void 0) {
      let data6 = data.rollback_config;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key3 in data6) {
          if (!(key3 === "parallelism" || key3 === "delay" || key3 === "failure_action" || key3 === "monitor" || key3 === "max_failure_ratio" || key3 === "order" || pattern0.test(key3))) {
            const err12 = { instancePath: instancePath + "/rollback_config", schemaPath: "#/properties/rollback_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data6.parallelism !== void 0) {
          let data7 = data6.parallelism;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7))) && typeof data7 !== "string") {
            const err13 = { instancePath: instancePath + "/rollback_config/parallelism", schemaPath: "#/properties/rollback_config/properties/parallelism/type", keyword: "type", params: { type: schema9.properties.rollback_config.properties.parallelism.type }, message: "must be integer,string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data6.delay !== void 0) {
          if (typeof data6.delay !== "string") {
            const err14 = { instancePath: instancePath + "/rollback_config/delay", schemaPath: "#/properties/rollback_config/properties/delay/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data6.failure_action !== void 0) {
          if (typeof data6.failure_action !== "string") {
            const err15 = { instancePath: instancePath + "/rollback_config/failure_action", schemaPath: "#/properties/rollback_config/properties/failure_action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data6.monitor !== void 0) {
          if (typeof data6.monitor !== "string") {
            const err16 = { instancePath: instancePath + "/rollback_config/monitor", schemaPath: "#/properties/rollback_config/properties/monitor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.max_failure_ratio !== void 0) {
          let data11 = data6.max_failure_ratio;
          if (!(typeof data11 == "number") && typeof data11 !== "string") {
            const err17 = { instancePath: instancePath + "/rollback_config/max_failure_ratio", schemaPath: "#/properties/rollback_config/properties/max_failure_ratio/type", keyword: "type", params: { type: schema9.properties.rollback_config.properties.max_failure_ratio.type }, message: "must be number,string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.order !== void 0) {
          let data12 = data6.order;
          if (typeof data12 !== "string") {
            const err18 = { instancePath: instancePath + "/rollback_config/order", schemaPath: "#/properties/rollback_config/properties/order/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (!(data12 === "start-first" || data12 === "stop-first")) {
            const err19 = { instancePath: instancePath + "/rollback_config/order", schemaPath: "#/properties/rollback_config/properties/order/enum", keyword: "enum", params: { allowedValues: schema9.properties.rollback_config.properties.order.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/rollback_config", schemaPath: "#/properties/rollback_config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.update_config !== void 0) {
      let data13 = data.update_config;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key4 in data13) {
          if (!(key4 === "parallelism" || key4 === "delay" || key4 === "failure_action" || key4 === "monitor" || key4 === "max_failure_ratio" || key4 === "order" || pattern0.test(key4))) {
            const err21 = { instancePath: instancePath + "/update_config", schemaPath: "#/properties/update_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data13.parallelism !== void 0) {
          let data14 = data13.parallelism;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14))) && typeof data14 !== "string") {
            const err22 = { instancePath: instancePath + "/update_config/parallelism", schemaPath: "#/properties/update_config/properties/parallelism/type", keyword: "type", params: { type: schema9.properties.update_config.properties.parallelism.type }, message: "must be integer,string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data13.delay !== void 0) {
          if (typeof data13.delay !== "string") {
            const err23 = { instancePath: instancePath + "/update_config/delay", schemaPath: "#/properties/update_config/properties/delay/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data13.failure_action !== void 0) {
          if (typeof data13.failure_action !== "string") {
            const err24 = { instancePath: instancePath + "/update_config/failure_action", schemaPath: "#/properties/update_config/properties/failure_action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data13.monitor !== void 0) {
          if (typeof data13.monitor !== "string") {
            const err25 = { instancePath: instancePath + "/update_config/monitor", schemaPath: "#/properties/update_config/properties/monitor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data13.max_failure_ratio !== void 0) {
          let data18 = data13.max_failure_ratio;
          if (!(typeof data18 == "number") && typeof data18 !== "string") {
            const err26 = { instancePath: instancePath + "/update_config/max_failure_ratio", schemaPath: "#/properties/update_config/properties/max_failure_ratio/type", keyword: "type", params: { type: schema9.properties.update_config.properties.max_failure_ratio.type }, message: "must be number,string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data13.order !== void 0) {
          let data19 = data13.order;
          if (typeof data19 !== "string") {
            const err27 = { instancePath: instancePath + "/update_config/order", schemaPath: "#/properties/update_config/properties/order/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (!(data19 === "start-first" || data19 === "stop-first")) {
            const err28 = { instancePath: instancePath + "/update_config/order", schemaPath: "#/properties/update_config/properties/order/enum", keyword: "enum", params: { allowedValues: schema9.properties.update_config.properties.order.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/update_config", schemaPath: "#/properties/update_config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data20 = data.resources;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key5 in data20) {
          if (!(key5 === "limits" || key5 === "reservations" || pattern0.test(key5))) {
            const err30 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data20.limits !== void 0) {
          let data21 = data20.limits;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key6 in data21) {
              if (!(key6 === "cpus" || key6 === "memory" || key6 === "pids" || pattern0.test(key6))) {
                const err31 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/properties/resources/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data21.cpus !== void 0) {
              let data22 = data21.cpus;
              if (!(typeof data22 == "number") && typeof data22 !== "string") {
                const err32 = { instancePath: instancePath + "/resources/limits/cpus", schemaPath: "#/properties/resources/properties/limits/properties/cpus/type", keyword: "type", params: { type: schema9.properties.resources.properties.limits.properties.cpus.type }, message: "must be number,string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data21.memory !== void 0) {
              if (typeof data21.memory !== "string") {
                const err33 = { instancePath: instancePath + "/resources/limits/memory", schemaPath: "#/properties/resources/properties/limits/properties/memory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data21.pids !== void 0) {
              let data24 = data21.pids;
              if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24))) && typeof data24 !== "string") {
                const err34 = { instancePath: instancePath + "/resources/limits/pids", schemaPath: "#/properties/resources/properties/limits/properties/pids/type", keyword: "type", params: { type: schema9.properties.resources.properties.limits.properties.pids.type }, message: "must be integer,string" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/properties/resources/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data20.reservations !== void 0) {
          let data25 = data20.reservations;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            for (const key7 in data25) {
              if (!(key7 === "cpus" || key7 === "memory" || key7 === "generic_resources" || key7 === "devices" || pattern0.test(key7))) {
                const err36 = { instancePath: instancePath + "/resources/reservations", schemaPath: "#/properties/resources/properties/reservations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data25.cpus !== void 0) {
              let data26 = data25.cpus;
              if (!(typeof data26 == "number") && typeof data26 !== "string") {
                const err37 = { instancePath: instancePath + "/resources/reservations/cpus", schemaPath: "#/properties/resources/properties/reservations/properties/cpus/type", keyword: "type", params: { type: schema9.properties.resources.properties.reservations.properties.cpus.type }, message: "must be number,string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data25.memory !== void 0) {
              if (typeof data25.memory !== "string") {
                const err38 = { instancePath: instancePath + "/resources/reservations/memory", schemaPath: "#/properties/resources/properties/reservations/properties/memory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data25.generic_resources !== void 0) {
              let data28 = data25.generic_resources;
              if (Array.isArray(data28)) {
                const len1 = data28.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data29 = data28[i2];
                  if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                    for (const key8 in data29) {
                      if (!(key8 === "discrete_resource_spec" || pattern0.test(key8))) {
                        const err39 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2, schemaPath: "#/definitions/generic_resources/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err39];
                        } else {
                          vErrors.push(err39);
                        }
                        errors++;
                      }
                    }
                    if (data29.discrete_resource_spec !== void 0) {
                      let data30 = data29.discrete_resource_spec;
                      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                        for (const key9 in data30) {
                          if (!(key9 === "kind" || key9 === "value" || pattern0.test(key9))) {
                            const err40 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2 + "/discrete_resource_spec", schemaPath: "#/definitions/generic_resources/items/properties/discrete_resource_spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err40];
                            } else {
                              vErrors.push(err40);
                            }
                            errors++;
                          }
                        }
                        if (data30.kind !== void 0) {
                          if (typeof data30.kind !== "string") {
                            const err41 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2 + "/discrete_resource_spec/kind", schemaPath: "#/definitions/generic_resources/items/properties/discrete_resource_spec/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err41];
                            } else {
                              vErrors.push(err41);
                            }
                            errors++;
                          }
                        }
                        if (data30.value !== void 0) {
                          let data32 = data30.value;
                          if (!(typeof data32 == "number") && typeof data32 !== "string") {
                            const err42 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2 + "/discrete_resource_spec/value", schemaPath: "#/definitions/generic_resources/items/properties/discrete_resource_spec/properties/value/type", keyword: "type", params: { type: schema11.items.properties.discrete_resource_spec.properties.value.type }, message: "must be number,string" };
                            if (vErrors === null) {
                              vErrors = [err42];
                            } else {
                              vErrors.push(err42);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err43 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2 + "/discrete_resource_spec", schemaPath: "#/definitions/generic_resources/items/properties/discrete_resource_spec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2, schemaPath: "#/definitions/generic_resources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/resources/reservations/generic_resources", schemaPath: "#/definitions/generic_resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data25.devices !== void 0) {
              if (!validate14(data25.devices, { instancePath: instancePath + "/resources/reservations/devices", parentData: data25, parentDataProperty: "devices", rootData })) {
                vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/resources/reservations", schemaPath: "#/properties/resources/properties/reservations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.restart_policy !== void 0) {
      let data34 = data.restart_policy;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        for (const key10 in data34) {
          if (!(key10 === "condition" || key10 === "delay" || key10 === "max_attempts" || key10 === "window" || pattern0.test(key10))) {
            const err48 = { instancePath: instancePath + "/restart_policy", schemaPath: "#/properties/restart_policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data34.condition !== void 0) {
          if (typeof data34.condition !== "string") {
            const err49 = { instancePath: instancePath + "/restart_policy/condition", schemaPath: "#/properties/restart_policy/properties/condition/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data34.delay !== void 0) {
          if (typeof data34.delay !== "string") {
            const err50 = { instancePath: instancePath + "/restart_policy/delay", schemaPath: "#/properties/restart_policy/properties/delay/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data34.max_attempts !== void 0) {
          let data37 = data34.max_attempts;
          if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37))) && typeof data37 !== "string") {
            const err51 = { instancePath: instancePath + "/restart_policy/max_attempts", schemaPath: "#/properties/restart_policy/properties/max_attempts/type", keyword: "type", params: { type: schema9.properties.restart_policy.properties.max_attempts.type }, message: "must be integer,string" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data34.window !== void 0) {
          if (typeof data34.window !== "string") {
            const err52 = { instancePath: instancePath + "/restart_policy/window", schemaPath: "#/properties/restart_policy/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/restart_policy", schemaPath: "#/properties/restart_policy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.placement !== void 0) {
      let data39 = data.placement;
      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
        for (const key11 in data39) {
          if (!(key11 === "constraints" || key11 === "preferences" || key11 === "max_replicas_per_node" || pattern0.test(key11))) {
            const err54 = { instancePath: instancePath + "/placement", schemaPath: "#/properties/placement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data39.constraints !== void 0) {
          let data40 = data39.constraints;
          if (Array.isArray(data40)) {
            const len2 = data40.length;
            for (let i3 = 0; i3 < len2; i3++) {
              if (typeof data40[i3] !== "string") {
                const err55 = { instancePath: instancePath + "/placement/constraints/" + i3, schemaPath: "#/properties/placement/properties/constraints/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/placement/constraints", schemaPath: "#/properties/placement/properties/constraints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data39.preferences !== void 0) {
          let data42 = data39.preferences;
          if (Array.isArray(data42)) {
            const len3 = data42.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data43 = data42[i4];
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                for (const key12 in data43) {
                  if (!(key12 === "spread" || pattern0.test(key12))) {
                    const err57 = { instancePath: instancePath + "/placement/preferences/" + i4, schemaPath: "#/properties/placement/properties/preferences/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data43.spread !== void 0) {
                  if (typeof data43.spread !== "string") {
                    const err58 = { instancePath: instancePath + "/placement/preferences/" + i4 + "/spread", schemaPath: "#/properties/placement/properties/preferences/items/properties/spread/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
              } else {
                const err59 = { instancePath: instancePath + "/placement/preferences/" + i4, schemaPath: "#/properties/placement/properties/preferences/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/placement/preferences", schemaPath: "#/properties/placement/properties/preferences/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data39.max_replicas_per_node !== void 0) {
          let data45 = data39.max_replicas_per_node;
          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45))) && typeof data45 !== "string") {
            const err61 = { instancePath: instancePath + "/placement/max_replicas_per_node", schemaPath: "#/properties/placement/properties/max_replicas_per_node/type", keyword: "type", params: { type: schema9.properties.placement.properties.max_replicas_per_node.type }, message: "must be integer,string" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/placement", schemaPath: "#/properties/placement/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema38 = { "oneOf": [{ "type": "string", "enum": ["all"], "description": "Use all available GPUs." }, { "type": "array", "description": "List of specific GPU devices to use.", "items": { "type": "object", "properties": { "capabilities": { "$ref": "#/definitions/list_of_strings", "description": "List of capabilities the GPU needs to have (e.g., 'compute', 'utility')." }, "count": { "type": ["string", "integer"], "description": "Number of GPUs to use." }, "device_ids": { "$ref": "#/definitions/list_of_strings", "description": "List of specific GPU device IDs to use." }, "driver": { "type": "string", "description": "GPU driver to use (e.g., 'nvidia')." }, "options": { "$ref": "#/definitions/list_or_dict", "description": "Driver-specific options for the GPU." } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "all")) {
    const err1 = { instancePath, schemaPath: "#/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema38.oneOf[0].enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.capabilities !== void 0) {
          let data1 = data0.capabilities;
          if (Array.isArray(data1)) {
            const len1 = data1.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data1[i1] !== "string") {
                const err2 = { instancePath: instancePath + "/" + i0 + "/capabilities/" + i1, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            let i2 = data1.length;
            let j0;
            if (i2 > 1) {
              const indices0 = {};
              for (; i2--; ) {
                let item0 = data1[i2];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err3 = { instancePath: instancePath + "/" + i0 + "/capabilities", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i2;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/" + i0 + "/capabilities", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.count !== void 0) {
          let data3 = data0.count;
          if (typeof data3 !== "string" && !(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
            const err5 = { instancePath: instancePath + "/" + i0 + "/count", schemaPath: "#/oneOf/1/items/properties/count/type", keyword: "type", params: { type: schema38.oneOf[1].items.properties.count.type }, message: "must be string,integer" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.device_ids !== void 0) {
          let data4 = data0.device_ids;
          if (Array.isArray(data4)) {
            const len2 = data4.length;
            for (let i3 = 0; i3 < len2; i3++) {
              if (typeof data4[i3] !== "string") {
                const err6 = { instancePath: instancePath + "/" + i0 + "/device_ids/" + i3, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            let i4 = data4.length;
            let j1;
            if (i4 > 1) {
              const indices1 = {};
              for (; i4--; ) {
                let item1 = data4[i4];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err7 = { instancePath: instancePath + "/" + i0 + "/device_ids", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i4;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/" + i0 + "/device_ids", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.driver !== void 0) {
          if (typeof data0.driver !== "string") {
            const err9 = { instancePath: instancePath + "/" + i0 + "/driver", schemaPath: "#/oneOf/1/items/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.options !== void 0) {
          let data7 = data0.options;
          const _errs23 = errors;
          let valid13 = false;
          let passing1 = null;
          const _errs24 = errors;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key0 in data7) {
              if (!pattern7.test(key0)) {
                const err10 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            for (const key1 in data7) {
              if (pattern7.test(key1)) {
                let data8 = data7[key1];
                if (typeof data8 !== "string" && !(typeof data8 == "number") && typeof data8 !== "boolean" && data8 !== null) {
                  const err11 = { instancePath: instancePath + "/" + i0 + "/options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var _valid1 = _errs24 === errors;
          if (_valid1) {
            valid13 = true;
            passing1 = 0;
          }
          const _errs29 = errors;
          if (Array.isArray(data7)) {
            const len3 = data7.length;
            for (let i5 = 0; i5 < len3; i5++) {
              if (typeof data7[i5] !== "string") {
                const err13 = { instancePath: instancePath + "/" + i0 + "/options/" + i5, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            let i6 = data7.length;
            let j2;
            if (i6 > 1) {
              const indices2 = {};
              for (; i6--; ) {
                let item2 = data7[i6];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j2 = indices2[item2];
                  const err14 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i6;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          var _valid1 = _errs29 === errors;
          if (_valid1 && valid13) {
            valid13 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid13 = true;
              passing1 = 1;
            }
          }
          if (!valid13) {
            const err16 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          } else {
            errors = _errs23;
            if (vErrors !== null) {
              if (_errs23) {
                vErrors.length = _errs23;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/" + i0, schemaPath: "#/oneOf/1/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key2 in data) {
      if (!pattern0.test(key2)) {
        const err19 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err20 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function validate6(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func0.call(schema4.properties, key0) || pattern0.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.develop !== void 0) {
      if (!validate7(data.develop, { instancePath: instancePath + "/develop", parentData: data, parentDataProperty: "develop", rootData })) {
        vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
        errors = vErrors.length;
      }
    }
    if (data.deploy !== void 0) {
      if (!validate13(data.deploy, { instancePath: instancePath + "/deploy", parentData: data, parentDataProperty: "deploy", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      let data2 = data.annotations;
      const _errs6 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!pattern7.test(key1)) {
            const err1 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          if (pattern7.test(key2)) {
            let data3 = data2[key2];
            if (typeof data3 !== "string" && !(typeof data3 == "number") && typeof data3 !== "boolean" && data3 !== null) {
              const err2 = { instancePath: instancePath + "/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs12 = errors;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err4 = { instancePath: instancePath + "/annotations/" + i0, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err5 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs12 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err7 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.attach !== void 0) {
      let data5 = data.attach;
      if (typeof data5 !== "boolean" && typeof data5 !== "string") {
        const err8 = { instancePath: instancePath + "/attach", schemaPath: "#/properties/attach/type", keyword: "type", params: { type: schema4.properties.attach.type }, message: "must be boolean,string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.build !== void 0) {
      let data6 = data.build;
      const _errs19 = errors;
      let valid7 = false;
      let passing1 = null;
      const _errs20 = errors;
      if (typeof data6 !== "string") {
        const err9 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid1 = _errs20 === errors;
      if (_valid1) {
        valid7 = true;
        passing1 = 0;
      }
      const _errs22 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key3 in data6) {
          if (!(func0.call(schema4.properties.build.oneOf[1].properties, key3) || pattern0.test(key3))) {
            const err10 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data6.context !== void 0) {
          if (typeof data6.context !== "string") {
            const err11 = { instancePath: instancePath + "/build/context", schemaPath: "#/properties/build/oneOf/1/properties/context/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data6.dockerfile !== void 0) {
          if (typeof data6.dockerfile !== "string") {
            const err12 = { instancePath: instancePath + "/build/dockerfile", schemaPath: "#/properties/build/oneOf/1/properties/dockerfile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data6.dockerfile_inline !== void 0) {
          if (typeof data6.dockerfile_inline !== "string") {
            const err13 = { instancePath: instancePath + "/build/dockerfile_inline", schemaPath: "#/properties/build/oneOf/1/properties/dockerfile_inline/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data6.entitlements !== void 0) {
          let data10 = data6.entitlements;
          if (Array.isArray(data10)) {
            const len1 = data10.length;
            for (let i2 = 0; i2 < len1; i2++) {
              if (typeof data10[i2] !== "string") {
                const err14 = { instancePath: instancePath + "/build/entitlements/" + i2, schemaPath: "#/properties/build/oneOf/1/properties/entitlements/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/build/entitlements", schemaPath: "#/properties/build/oneOf/1/properties/entitlements/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data6.args !== void 0) {
          let data12 = data6.args;
          const _errs37 = errors;
          let valid12 = false;
          let passing2 = null;
          const _errs38 = errors;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key4 in data12) {
              if (!pattern7.test(key4)) {
                const err16 = { instancePath: instancePath + "/build/args", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            for (const key5 in data12) {
              if (pattern7.test(key5)) {
                let data13 = data12[key5];
                if (typeof data13 !== "string" && !(typeof data13 == "number") && typeof data13 !== "boolean" && data13 !== null) {
                  const err17 = { instancePath: instancePath + "/build/args/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/build/args", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          var _valid2 = _errs38 === errors;
          if (_valid2) {
            valid12 = true;
            passing2 = 0;
          }
          const _errs43 = errors;
          if (Array.isArray(data12)) {
            const len2 = data12.length;
            for (let i3 = 0; i3 < len2; i3++) {
              if (typeof data12[i3] !== "string") {
                const err19 = { instancePath: instancePath + "/build/args/" + i3, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            let i4 = data12.length;
            let j1;
            if (i4 > 1) {
              const indices1 = {};
              for (; i4--; ) {
                let item1 = data12[i4];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err20 = { instancePath: instancePath + "/build/args", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i4;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/build/args", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          var _valid2 = _errs43 === errors;
          if (_valid2 && valid12) {
            valid12 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid12 = true;
              passing2 = 1;
            }
          }
          if (!valid12) {
            const err22 = { instancePath: instancePath + "/build/args", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          } else {
            errors = _errs37;
            if (vErrors !== null) {
              if (_errs37) {
                vErrors.length = _errs37;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.ssh !== void 0) {
          let data15 = data6.ssh;
          const _errs49 = errors;
          let valid18 = false;
          let passing3 = null;
          const _errs50 = errors;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key6 in data15) {
              if (!pattern7.test(key6)) {
                const err23 = { instancePath: instancePath + "/build/ssh", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            for (const key7 in data15) {
              if (pattern7.test(key7)) {
                let data16 = data15[key7];
                if (typeof data16 !== "string" && !(typeof data16 == "number") && typeof data16 !== "boolean" && data16 !== null) {
                  const err24 = { instancePath: instancePath + "/build/ssh/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/build/ssh", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          var _valid3 = _errs50 === errors;
          if (_valid3) {
            valid18 = true;
            passing3 = 0;
          }
          const _errs55 = errors;
          if (Array.isArray(data15)) {
            const len3 = data15.length;
            for (let i5 = 0; i5 < len3; i5++) {
              if (typeof data15[i5] !== "string") {
                const err26 = { instancePath: instancePath + "/build/ssh/" + i5, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            let i6 = data15.length;
            let j2;
            if (i6 > 1) {
              const indices2 = {};
              for (; i6--; ) {
                let item2 = data15[i6];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j2 = indices2[item2];
                  const err27 = { instancePath: instancePath + "/build/ssh", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i6;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/build/ssh", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          var _valid3 = _errs55 === errors;
          if (_valid3 && valid18) {
            valid18 = false;
            passing3 = [passing3, 1];
          } else {
            if (_valid3) {
              valid18 = true;
              passing3 = 1;
            }
          }
          if (!valid18) {
            const err29 = { instancePath: instancePath + "/build/ssh", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          } else {
            errors = _errs49;
            if (vErrors !== null) {
              if (_errs49) {
                vErrors.length = _errs49;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.labels !== void 0) {
          let data18 = data6.labels;
          const _errs61 = errors;
          let valid24 = false;
          let passing4 = null;
          const _errs62 = errors;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key8 in data18) {
              if (!pattern7.test(key8)) {
                const err30 = { instancePath: instancePath + "/build/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            for (const key9 in data18) {
              if (pattern7.test(key9)) {
                let data19 = data18[key9];
                if (typeof data19 !== "string" && !(typeof data19 == "number") && typeof data19 !== "boolean" && data19 !== null) {
                  const err31 = { instancePath: instancePath + "/build/labels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/build/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          var _valid4 = _errs62 === errors;
          if (_valid4) {
            valid24 = true;
            passing4 = 0;
          }
          const _errs67 = errors;
          if (Array.isArray(data18)) {
            const len4 = data18.length;
            for (let i7 = 0; i7 < len4; i7++) {
              if (typeof data18[i7] !== "string") {
                const err33 = { instancePath: instancePath + "/build/labels/" + i7, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            let i8 = data18.length;
            let j3;
            if (i8 > 1) {
              const indices3 = {};
              for (; i8--; ) {
                let item3 = data18[i8];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j3 = indices3[item3];
                  const err34 = { instancePath: instancePath + "/build/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i8 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i8;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/build/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          var _valid4 = _errs67 === errors;
          if (_valid4 && valid24) {
            valid24 = false;
            passing4 = [passing4, 1];
          } else {
            if (_valid4) {
              valid24 = true;
              passing4 = 1;
            }
          }
          if (!valid24) {
            const err36 = { instancePath: instancePath + "/build/labels", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          } else {
            errors = _errs61;
            if (vErrors !== null) {
              if (_errs61) {
                vErrors.length = _errs61;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.cache_from !== void 0) {
          let data21 = data6.cache_from;
          if (Array.isArray(data21)) {
            const len5 = data21.length;
            for (let i9 = 0; i9 < len5; i9++) {
              if (typeof data21[i9] !== "string") {
                const err37 = { instancePath: instancePath + "/build/cache_from/" + i9, schemaPath: "#/properties/build/oneOf/1/properties/cache_from/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/build/cache_from", schemaPath: "#/properties/build/oneOf/1/properties/cache_from/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data6.cache_to !== void 0) {
          let data23 = data6.cache_to;
          if (Array.isArray(data23)) {
            const len6 = data23.length;
            for (let i10 = 0; i10 < len6; i10++) {
              if (typeof data23[i10] !== "string") {
                const err39 = { instancePath: instancePath + "/build/cache_to/" + i10, schemaPath: "#/properties/build/oneOf/1/properties/cache_to/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/build/cache_to", schemaPath: "#/properties/build/oneOf/1/properties/cache_to/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data6.no_cache !== void 0) {
          let data25 = data6.no_cache;
          if (typeof data25 !== "boolean" && typeof data25 !== "string") {
            const err41 = { instancePath: instancePath + "/build/no_cache", schemaPath: "#/properties/build/oneOf/1/properties/no_cache/type", keyword: "type", params: { type: schema4.properties.build.oneOf[1].properties.no_cache.type }, message: "must be boolean,string" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data6.additional_contexts !== void 0) {
          let data26 = data6.additional_contexts;
          const _errs83 = errors;
          let valid34 = false;
          let passing5 = null;
          const _errs84 = errors;
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            for (const key10 in data26) {
              if (!pattern7.test(key10)) {
                const err42 = { instancePath: instancePath + "/build/additional_contexts", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            for (const key11 in data26) {
              if (pattern7.test(key11)) {
                let data27 = data26[key11];
                if (typeof data27 !== "string" && !(typeof data27 == "number") && typeof data27 !== "boolean" && data27 !== null) {
                  const err43 = { instancePath: instancePath + "/build/additional_contexts/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/build/additional_contexts", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          var _valid5 = _errs84 === errors;
          if (_valid5) {
            valid34 = true;
            passing5 = 0;
          }
          const _errs89 = errors;
          if (Array.isArray(data26)) {
            const len7 = data26.length;
            for (let i11 = 0; i11 < len7; i11++) {
              if (typeof data26[i11] !== "string") {
                const err45 = { instancePath: instancePath + "/build/additional_contexts/" + i11, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            let i12 = data26.length;
            let j4;
            if (i12 > 1) {
              const indices4 = {};
              for (; i12--; ) {
                let item4 = data26[i12];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (typeof indices4[item4] == "number") {
                  j4 = indices4[item4];
                  const err46 = { instancePath: instancePath + "/build/additional_contexts", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i12 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                  break;
                }
                indices4[item4] = i12;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/build/additional_contexts", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          var _valid5 = _errs89 === errors;
          if (_valid5 && valid34) {
            valid34 = false;
            passing5 = [passing5, 1];
          } else {
            if (_valid5) {
              valid34 = true;
              passing5 = 1;
            }
          }
          if (!valid34) {
            const err48 = { instancePath: instancePath + "/build/additional_contexts", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          } else {
            errors = _errs83;
            if (vErrors !== null) {
              if (_errs83) {
                vErrors.length = _errs83;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.network !== void 0) {
          if (typeof data6.network !== "string") {
            const err49 = { instancePath: instancePath + "/build/network", schemaPath: "#/properties/build/oneOf/1/properties/network/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data6.pull !== void 0) {
          let data30 = data6.pull;
          if (typeof data30 !== "boolean" && typeof data30 !== "string") {
            const err50 = { instancePath: instancePath + "/build/pull", schemaPath: "#/properties/build/oneOf/1/properties/pull/type", keyword: "type", params: { type: schema4.properties.build.oneOf[1].properties.pull.type }, message: "must be boolean,string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data6.target !== void 0) {
          if (typeof data6.target !== "string") {
            const err51 = { instancePath: instancePath + "/build/target", schemaPath: "#/properties/build/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data6.shm_size !== void 0) {
          let data32 = data6.shm_size;
          if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32))) && typeof data32 !== "string") {
            const err52 = { instancePath: instancePath + "/build/shm_size", schemaPath: "#/properties/build/oneOf/1/properties/shm_size/type", keyword: "type", params: { type: schema4.properties.build.oneOf[1].properties.shm_size.type }, message: "must be integer,string" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data6.extra_hosts !== void 0) {
          let data33 = data6.extra_hosts;
          const _errs103 = errors;
          let valid40 = false;
          let passing6 = null;
          const _errs104 = errors;
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            for (const key12 in data33) {
              if (!pattern7.test(key12)) {
                const err53 = { instancePath: instancePath + "/build/extra_hosts", schemaPath: "#/definitions/extra_hosts/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            for (const key13 in data33) {
              if (pattern7.test(key13)) {
                let data34 = data33[key13];
                const _errs108 = errors;
                let valid42 = false;
                let passing7 = null;
                const _errs109 = errors;
                if (typeof data34 !== "string") {
                  const err54 = { instancePath: instancePath + "/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                var _valid7 = _errs109 === errors;
                if (_valid7) {
                  valid42 = true;
                  passing7 = 0;
                }
                const _errs111 = errors;
                if (Array.isArray(data34)) {
                  const len8 = data34.length;
                  for (let i13 = 0; i13 < len8; i13++) {
                    if (typeof data34[i13] !== "string") {
                      const err55 = { instancePath: instancePath + "/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i13, schemaPath: "#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err56 = { instancePath: instancePath + "/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                var _valid7 = _errs111 === errors;
                if (_valid7 && valid42) {
                  valid42 = false;
                  passing7 = [passing7, 1];
                } else {
                  if (_valid7) {
                    valid42 = true;
                    passing7 = 1;
                  }
                }
                if (!valid42) {
                  const err57 = { instancePath: instancePath + "/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf" };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                } else {
                  errors = _errs108;
                  if (vErrors !== null) {
                    if (_errs108) {
                      vErrors.length = _errs108;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/build/extra_hosts", schemaPath: "#/definitions/extra_hosts/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          var _valid6 = _errs104 === errors;
          if (_valid6) {
            valid40 = true;
            passing6 = 0;
          }
          const _errs115 = errors;
          if (Array.isArray(data33)) {
            const len9 = data33.length;
            for (let i14 = 0; i14 < len9; i14++) {
              if (typeof data33[i14] !== "string") {
                const err59 = { instancePath: instancePath + "/build/extra_hosts/" + i14, schemaPath: "#/definitions/extra_hosts/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            let i15 = data33.length;
            let j5;
            if (i15 > 1) {
              const indices5 = {};
              for (; i15--; ) {
                let item5 = data33[i15];
                if (typeof item5 !== "string") {
                  continue;
                }
                if (typeof indices5[item5] == "number") {
                  j5 = indices5[item5];
                  const err60 = { instancePath: instancePath + "/build/extra_hosts", schemaPath: "#/definitions/extra_hosts/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i15 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                  break;
                }
                indices5[item5] = i15;
              }
            }
          } else {
            const err61 = { instancePath: instancePath + "/build/extra_hosts", schemaPath: "#/definitions/extra_hosts/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          var _valid6 = _errs115 === errors;
          if (_valid6 && valid40) {
            valid40 = false;
            passing6 = [passing6, 1];
          } else {
            if (_valid6) {
              valid40 = true;
              passing6 = 1;
            }
          }
          if (!valid40) {
            const err62 = { instancePath: instancePath + "/build/extra_hosts", schemaPath: "#/definitions/extra_hosts/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          } else {
            errors = _errs103;
            if (vErrors !== null) {
              if (_errs103) {
                vErrors.length = _errs103;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.isolation !== void 0) {
          if (typeof data6.isolation !== "string") {
            const err63 = { instancePath: instancePath + "/build/isolation", schemaPath: "#/properties/build/oneOf/1/properties/isolation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data6.privileged !== void 0) {
          let data38 = data6.privileged;
          if (typeof data38 !== "boolean" && typeof data38 !== "string") {
            const err64 = { instancePath: instancePath + "/build/privileged", schemaPath: "#/properties/build/oneOf/1/properties/privileged/type", keyword: "type", params: { type: schema4.properties.build.oneOf[1].properties.privileged.type }, message: "must be boolean,string" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data6.secrets !== void 0) {
          let data39 = data6.secrets;
          if (Array.isArray(data39)) {
            const len10 = data39.length;
            for (let i16 = 0; i16 < len10; i16++) {
              let data40 = data39[i16];
              const _errs127 = errors;
              let valid51 = false;
              let passing8 = null;
              const _errs128 = errors;
              if (typeof data40 !== "string") {
                const err65 = { instancePath: instancePath + "/build/secrets/" + i16, schemaPath: "#/definitions/service_config_or_secret/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              var _valid8 = _errs128 === errors;
              if (_valid8) {
                valid51 = true;
                passing8 = 0;
              }
              const _errs130 = errors;
              if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                for (const key14 in data40) {
                  if (!(key14 === "source" || key14 === "target" || key14 === "uid" || key14 === "gid" || key14 === "mode" || pattern0.test(key14))) {
                    const err66 = { instancePath: instancePath + "/build/secrets/" + i16, schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data40.source !== void 0) {
                  if (typeof data40.source !== "string") {
                    const err67 = { instancePath: instancePath + "/build/secrets/" + i16 + "/source", schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data40.target !== void 0) {
                  if (typeof data40.target !== "string") {
                    const err68 = { instancePath: instancePath + "/build/secrets/" + i16 + "/target", schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data40.uid !== void 0) {
                  if (typeof data40.uid !== "string") {
                    const err69 = { instancePath: instancePath + "/build/secrets/" + i16 + "/uid", schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data40.gid !== void 0) {
                  if (typeof data40.gid !== "string") {
                    const err70 = { instancePath: instancePath + "/build/secrets/" + i16 + "/gid", schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/properties/gid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data40.mode !== void 0) {
                  let data45 = data40.mode;
                  if (!(typeof data45 == "number") && typeof data45 !== "string") {
                    const err71 = { instancePath: instancePath + "/build/secrets/" + i16 + "/mode", schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/properties/mode/type", keyword: "type", params: { type: schema22.items.oneOf[1].properties.mode.type }, message: "must be number,string" };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
              } else {
                const err72 = { instancePath: instancePath + "/build/secrets/" + i16, schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              var _valid8 = _errs130 === errors;
              if (_valid8 && valid51) {
                valid51 = false;
                passing8 = [passing8, 1];
              } else {
                if (_valid8) {
                  valid51 = true;
                  passing8 = 1;
                }
              }
              if (!valid51) {
                const err73 = { instancePath: instancePath + "/build/secrets/" + i16, schemaPath: "#/definitions/service_config_or_secret/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              } else {
                errors = _errs127;
                if (vErrors !== null) {
                  if (_errs127) {
                    vErrors.length = _errs127;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err74 = { instancePath: instancePath + "/build/secrets", schemaPath: "#/definitions/service_config_or_secret/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data6.tags !== void 0) {
          let data46 = data6.tags;
          if (Array.isArray(data46)) {
            const len11 = data46.length;
            for (let i17 = 0; i17 < len11; i17++) {
              if (typeof data46[i17] !== "string") {
                const err75 = { instancePath: instancePath + "/build/tags/" + i17, schemaPath: "#/properties/build/oneOf/1/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/build/tags", schemaPath: "#/properties/build/oneOf/1/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data6.ulimits !== void 0) {
          let data48 = data6.ulimits;
          if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
            for (const key15 in data48) {
              if (pattern39.test(key15)) {
                let data49 = data48[key15];
                const _errs151 = errors;
                let valid57 = false;
                let passing9 = null;
                const _errs152 = errors;
                if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49))) && typeof data49 !== "string") {
                  const err77 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/0/type", keyword: "type", params: { type: schema23.patternProperties["^[a-z]+$"].oneOf[0].type }, message: "must be integer,string" };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                var _valid9 = _errs152 === errors;
                if (_valid9) {
                  valid57 = true;
                  passing9 = 0;
                }
                const _errs154 = errors;
                if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                  if (data49.soft === void 0) {
                    const err78 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required", keyword: "required", params: { missingProperty: "soft" }, message: "must have required property 'soft'" };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                  if (data49.hard === void 0) {
                    const err79 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required", keyword: "required", params: { missingProperty: "hard" }, message: "must have required property 'hard'" };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                  for (const key16 in data49) {
                    if (!(key16 === "hard" || key16 === "soft" || pattern0.test(key16))) {
                      const err80 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                  }
                  if (data49.hard !== void 0) {
                    let data50 = data49.hard;
                    if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50))) && typeof data50 !== "string") {
                      const err81 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/hard", schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/hard/type", keyword: "type", params: { type: schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type }, message: "must be integer,string" };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  }
                  if (data49.soft !== void 0) {
                    let data51 = data49.soft;
                    if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51))) && typeof data51 !== "string") {
                      const err82 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/soft", schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/soft/type", keyword: "type", params: { type: schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type }, message: "must be integer,string" };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err83 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
                var _valid9 = _errs154 === errors;
                if (_valid9 && valid57) {
                  valid57 = false;
                  passing9 = [passing9, 1];
                } else {
                  if (_valid9) {
                    valid57 = true;
                    passing9 = 1;
                  }
                }
                if (!valid57) {
                  const err84 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                } else {
                  errors = _errs151;
                  if (vErrors !== null) {
                    if (_errs151) {
                      vErrors.length = _errs151;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/build/ulimits", schemaPath: "#/definitions/ulimits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data6.platforms !== void 0) {
          let data52 = data6.platforms;
          if (Array.isArray(data52)) {
            const len12 = data52.length;
            for (let i18 = 0; i18 < len12; i18++) {
              if (typeof data52[i18] !== "string") {
                const err86 = { instancePath: instancePath + "/build/platforms/" + i18, schemaPath: "#/properties/build/oneOf/1/properties/platforms/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
          } else {
            const err87 = { instancePath: instancePath + "/build/platforms", schemaPath: "#/properties/build/oneOf/1/properties/platforms/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
      } else {
        const err88 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
      var _valid1 = _errs22 === errors;
      if (_valid1 && valid7) {
        valid7 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid7 = true;
          passing1 = 1;
        }
      }
      if (!valid7) {
        const err89 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      } else {
        errors = _errs19;
        if (vErrors !== null) {
          if (_errs19) {
            vErrors.length = _errs19;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.blkio_config !== void 0) {
      let data54 = data.blkio_config;
      if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
        for (const key17 in data54) {
          if (!(key17 === "device_read_bps" || key17 === "device_read_iops" || key17 === "device_write_bps" || key17 === "device_write_iops" || key17 === "weight" || key17 === "weight_device")) {
            const err90 = { instancePath: instancePath + "/blkio_config", schemaPath: "#/properties/blkio_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data54.device_read_bps !== void 0) {
          let data55 = data54.device_read_bps;
          if (Array.isArray(data55)) {
            const len13 = data55.length;
            for (let i19 = 0; i19 < len13; i19++) {
              let data56 = data55[i19];
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                for (const key18 in data56) {
                  if (!(key18 === "path" || key18 === "rate")) {
                    const err91 = { instancePath: instancePath + "/blkio_config/device_read_bps/" + i19, schemaPath: "#/definitions/blkio_limit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
                if (data56.path !== void 0) {
                  if (typeof data56.path !== "string") {
                    const err92 = { instancePath: instancePath + "/blkio_config/device_read_bps/" + i19 + "/path", schemaPath: "#/definitions/blkio_limit/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                if (data56.rate !== void 0) {
                  let data58 = data56.rate;
                  if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58))) && typeof data58 !== "string") {
                    const err93 = { instancePath: instancePath + "/blkio_config/device_read_bps/" + i19 + "/rate", schemaPath: "#/definitions/blkio_limit/properties/rate/type", keyword: "type", params: { type: schema24.properties.rate.type }, message: "must be integer,string" };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
              } else {
                const err94 = { instancePath: instancePath + "/blkio_config/device_read_bps/" + i19, schemaPath: "#/definitions/blkio_limit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/blkio_config/device_read_bps", schemaPath: "#/properties/blkio_config/properties/device_read_bps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
        if (data54.device_read_iops !== void 0) {
          let data59 = data54.device_read_iops;
          if (Array.isArray(data59)) {
            const len14 = data59.length;
            for (let i20 = 0; i20 < len14; i20++) {
              let data60 = data59[i20];
              if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                for (const key19 in data60) {
                  if (!(key19 === "path" || key19 === "rate")) {
                    const err96 = { instancePath: instancePath + "/blkio_config/device_read_iops/" + i20, schemaPath: "#/definitions/blkio_limit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
                if (data60.path !== void 0) {
                  if (typeof data60.path !== "string") {
                    const err97 = { instancePath: instancePath + "/blkio_config/device_read_iops/" + i20 + "/path", schemaPath: "#/definitions/blkio_limit/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data60.rate !== void 0) {
                  let data62 = data60.rate;
                  if (!(typeof data62 == "number" && (!(data62 % 1) && !isNaN(data62))) && typeof data62 !== "string") {
                    const err98 = { instancePath: instancePath + "/blkio_config/device_read_iops/" + i20 + "/rate", schemaPath: "#/definitions/blkio_limit/properties/rate/type", keyword: "type", params: { type: schema24.properties.rate.type }, message: "must be integer,string" };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
              } else {
                const err99 = { instancePath: instancePath + "/blkio_config/device_read_iops/" + i20, schemaPath: "#/definitions/blkio_limit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
          } else {
            const err100 = { instancePath: instancePath + "/blkio_config/device_read_iops", schemaPath: "#/properties/blkio_config/properties/device_read_iops/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data54.device_write_bps !== void 0) {
          let data63 = data54.device_write_bps;
          if (Array.isArray(data63)) {
            const len15 = data63.length;
            for (let i21 = 0; i21 < len15; i21++) {
              let data64 = data63[i21];
              if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                for (const key20 in data64) {
                  if (!(key20 === "path" || key20 === "rate")) {
                    const err101 = { instancePath: instancePath + "/blkio_config/device_write_bps/" + i21, schemaPath: "#/definitions/blkio_limit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                }
                if (data64.path !== void 0) {
                  if (typeof data64.path !== "string") {
                    const err102 = { instancePath: instancePath + "/blkio_config/device_write_bps/" + i21 + "/path", schemaPath: "#/definitions/blkio_limit/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data64.rate !== void 0) {
                  let data66 = data64.rate;
                  if (!(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66))) && typeof data66 !== "string") {
                    const err103 = { instancePath: instancePath + "/blkio_config/device_write_bps/" + i21 + "/rate", schemaPath: "#/definitions/blkio_limit/properties/rate/type", keyword: "type", params: { type: schema24.properties.rate.type }, message: "must be integer,string" };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
              } else {
                const err104 = { instancePath: instancePath + "/blkio_config/device_write_bps/" + i21, schemaPath: "#/definitions/blkio_limit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
          } else {
            const err105 = { instancePath: instancePath + "/blkio_config/device_write_bps", schemaPath: "#/properties/blkio_config/properties/device_write_bps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
        }
        if (data54.device_write_iops !== void 0) {
          let data67 = data54.device_write_iops;
          if (Array.isArray(data67)) {
            const len16 = data67.length;
            for (let i22 = 0; i22 < len16; i22++) {
              let data68 = data67[i22];
              if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                for (const key21 in data68) {
                  if (!(key21 === "path" || key21 === "rate")) {
                    const err106 = { instancePath: instancePath + "/blkio_config/device_write_iops/" + i22, schemaPath: "#/definitions/blkio_limit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
                if (data68.path !== void 0) {
                  if (typeof data68.path !== "string") {
                    const err107 = { instancePath: instancePath + "/blkio_config/device_write_iops/" + i22 + "/path", schemaPath: "#/definitions/blkio_limit/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
                if (data68.rate !== void 0) {
                  let data70 = data68.rate;
                  if (!(typeof data70 == "number" && (!(data70 % 1) && !isNaN(data70))) && typeof data70 !== "string") {
                    const err108 = { instancePath: instancePath + "/blkio_config/device_write_iops/" + i22 + "/rate", schemaPath: "#/definitions/blkio_limit/properties/rate/type", keyword: "type", params: { type: schema24.properties.rate.type }, message: "must be integer,string" };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
              } else {
                const err109 = { instancePath: instancePath + "/blkio_config/device_write_iops/" + i22, schemaPath: "#/definitions/blkio_limit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
          } else {
            const err110 = { instancePath: instancePath + "/blkio_config/device_write_iops", schemaPath: "#/properties/blkio_config/properties/device_write_iops/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
        if (data54.weight !== void 0) {
          let data71 = data54.weight;
          if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71))) && typeof data71 !== "string") {
            const err111 = { instancePath: instancePath + "/blkio_config/weight", schemaPath: "#/properties/blkio_config/properties/weight/type", keyword: "type", params: { type: schema4.properties.blkio_config.properties.weight.type }, message: "must be integer,string" };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
        if (data54.weight_device !== void 0) {
          let data72 = data54.weight_device;
          if (Array.isArray(data72)) {
            const len17 = data72.length;
            for (let i23 = 0; i23 < len17; i23++) {
              let data73 = data72[i23];
              if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                for (const key22 in data73) {
                  if (!(key22 === "path" || key22 === "weight")) {
                    const err112 = { instancePath: instancePath + "/blkio_config/weight_device/" + i23, schemaPath: "#/definitions/blkio_weight/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (data73.path !== void 0) {
                  if (typeof data73.path !== "string") {
                    const err113 = { instancePath: instancePath + "/blkio_config/weight_device/" + i23 + "/path", schemaPath: "#/definitions/blkio_weight/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data73.weight !== void 0) {
                  let data75 = data73.weight;
                  if (!(typeof data75 == "number" && (!(data75 % 1) && !isNaN(data75))) && typeof data75 !== "string") {
                    const err114 = { instancePath: instancePath + "/blkio_config/weight_device/" + i23 + "/weight", schemaPath: "#/definitions/blkio_weight/properties/weight/type", keyword: "type", params: { type: schema28.properties.weight.type }, message: "must be integer,string" };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
              } else {
                const err115 = { instancePath: instancePath + "/blkio_config/weight_device/" + i23, schemaPath: "#/definitions/blkio_weight/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/blkio_config/weight_device", schemaPath: "#/properties/blkio_config/properties/weight_device/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
      } else {
        const err117 = { instancePath: instancePath + "/blkio_config", schemaPath: "#/properties/blkio_config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
    if (data.cap_add !== void 0) {
      let data76 = data.cap_add;
      if (Array.isArray(data76)) {
        const len18 = data76.length;
        for (let i24 = 0; i24 < len18; i24++) {
          if (typeof data76[i24] !== "string") {
            const err118 = { instancePath: instancePath + "/cap_add/" + i24, schemaPath: "#/properties/cap_add/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        let i25 = data76.length;
        let j6;
        if (i25 > 1) {
          const indices6 = {};
          for (; i25--; ) {
            let item6 = data76[i25];
            if (typeof item6 !== "string") {
              continue;
            }
            if (typeof indices6[item6] == "number") {
              j6 = indices6[item6];
              const err119 = { instancePath: instancePath + "/cap_add", schemaPath: "#/properties/cap_add/uniqueItems", keyword: "uniqueItems", params: { i: i25, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i25 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
              break;
            }
            indices6[item6] = i25;
          }
        }
      } else {
        const err120 = { instancePath: instancePath + "/cap_add", schemaPath: "#/properties/cap_add/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err120];
        } else {
          vErrors.push(err120);
        }
        errors++;
      }
    }
    if (data.cap_drop !== void 0) {
      let data78 = data.cap_drop;
      if (Array.isArray(data78)) {
        const len19 = data78.length;
        for (let i26 = 0; i26 < len19; i26++) {
          if (typeof data78[i26] !== "string") {
            const err121 = { instancePath: instancePath + "/cap_drop/" + i26, schemaPath: "#/properties/cap_drop/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
        }
        let i27 = data78.length;
        let j7;
        if (i27 > 1) {
          const indices7 = {};
          for (; i27--; ) {
            let item7 = data78[i27];
            if (typeof item7 !== "string") {
              continue;
            }
            if (typeof indices7[item7] == "number") {
              j7 = indices7[item7];
              const err122 = { instancePath: instancePath + "/cap_drop", schemaPath: "#/properties/cap_drop/uniqueItems", keyword: "uniqueItems", params: { i: i27, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i27 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
              break;
            }
            indices7[item7] = i27;
          }
        }
      } else {
        const err123 = { instancePath: instancePath + "/cap_drop", schemaPath: "#/properties/cap_drop/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err123];
        } else {
          vErrors.push(err123);
        }
        errors++;
      }
    }
    if (data.cgroup !== void 0) {
      let data80 = data.cgroup;
      if (typeof data80 !== "string") {
        const err124 = { instancePath: instancePath + "/cgroup", schemaPath: "#/properties/cgroup/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err124];
        } else {
          vErrors.push(err124);
        }
        errors++;
      }
      if (!(data80 === "host" || data80 === "private")) {
        const err125 = { instancePath: instancePath + "/cgroup", schemaPath: "#/properties/cgroup/enum", keyword: "enum", params: { allowedValues: schema4.properties.cgroup.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err125];
        } else {
          vErrors.push(err125);
        }
        errors++;
      }
    }
    if (data.cgroup_parent !== void 0) {
      if (typeof data.cgroup_parent !== "string") {
        const err126 = { instancePath: instancePath + "/cgroup_parent", schemaPath: "#/properties/cgroup_parent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err126];
        } else {
          vErrors.push(err126);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data82 = data.command;
      const _errs234 = errors;
      let valid89 = false;
      let passing10 = null;
      const _errs235 = errors;
      if (data82 !== null) {
        const err127 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/command/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err127];
        } else {
          vErrors.push(err127);
        }
        errors++;
      }
      var _valid10 = _errs235 === errors;
      if (_valid10) {
        valid89 = true;
        passing10 = 0;
      }
      const _errs237 = errors;
      if (typeof data82 !== "string") {
        const err128 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/command/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err128];
        } else {
          vErrors.push(err128);
        }
        errors++;
      }
      var _valid10 = _errs237 === errors;
      if (_valid10 && valid89) {
        valid89 = false;
        passing10 = [passing10, 1];
      } else {
        if (_valid10) {
          valid89 = true;
          passing10 = 1;
        }
        const _errs239 = errors;
        if (Array.isArray(data82)) {
          const len20 = data82.length;
          for (let i28 = 0; i28 < len20; i28++) {
            if (typeof data82[i28] !== "string") {
              const err129 = { instancePath: instancePath + "/command/" + i28, schemaPath: "#/definitions/command/oneOf/2/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
          }
        } else {
          const err130 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/command/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err130];
          } else {
            vErrors.push(err130);
          }
          errors++;
        }
        var _valid10 = _errs239 === errors;
        if (_valid10 && valid89) {
          valid89 = false;
          passing10 = [passing10, 2];
        } else {
          if (_valid10) {
            valid89 = true;
            passing10 = 2;
          }
        }
      }
      if (!valid89) {
        const err131 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/command/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err131];
        } else {
          vErrors.push(err131);
        }
        errors++;
      } else {
        errors = _errs234;
        if (vErrors !== null) {
          if (_errs234) {
            vErrors.length = _errs234;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.configs !== void 0) {
      let data84 = data.configs;
      if (Array.isArray(data84)) {
        const len21 = data84.length;
        for (let i29 = 0; i29 < len21; i29++) {
          let data85 = data84[i29];
          const _errs247 = errors;
          let valid95 = false;
          let passing11 = null;
          const _errs248 = errors;
          if (typeof data85 !== "string") {
            const err132 = { instancePath: instancePath + "/configs/" + i29, schemaPath: "#/definitions/service_config_or_secret/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          }
          var _valid11 = _errs248 === errors;
          if (_valid11) {
            valid95 = true;
            passing11 = 0;
          }
          const _errs250 = errors;
          if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
            for (const key23 in data85) {
              if (!(key23 === "source" || key23 === "target" || key23 === "uid" || key23 === "gid" || key23 === "mode" || pattern0.test(key23))) {
                const err133 = { instancePath: instancePath + "/configs/" + i29, schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
            }
            if (data85.source !== void 0) {
              if (typeof data85.source !== "string") {
                const err134 = { instancePath: instancePath + "/configs/" + i29 + "/source", schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
            if (data85.target !== void 0) {
              if (typeof data85.target !== "string") {
                const err135 = { instancePath: instancePath + "/configs/" + i29 + "/target", schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
            if (data85.uid !== void 0) {
              if (typeof data85.uid !== "string") {
                const err136 = { instancePath: instancePath + "/configs/" + i29 + "/uid", schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data85.gid !== void 0) {
              if (typeof data85.gid !== "string") {
                const err137 = { instancePath: instancePath + "/configs/" + i29 + "/gid", schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/properties/gid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data85.mode !== void 0) {
              let data90 = data85.mode;
              if (!(typeof data90 == "number") && typeof data90 !== "string") {
                const err138 = { instancePath: instancePath + "/configs/" + i29 + "/mode", schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/properties/mode/type", keyword: "type", params: { type: schema22.items.oneOf[1].properties.mode.type }, message: "must be number,string" };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
          } else {
            const err139 = { instancePath: instancePath + "/configs/" + i29, schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
          var _valid11 = _errs250 === errors;
          if (_valid11 && valid95) {
            valid95 = false;
            passing11 = [passing11, 1];
          } else {
            if (_valid11) {
              valid95 = true;
              passing11 = 1;
            }
          }
          if (!valid95) {
            const err140 = { instancePath: instancePath + "/configs/" + i29, schemaPath: "#/definitions/service_config_or_secret/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          } else {
            errors = _errs247;
            if (vErrors !== null) {
              if (_errs247) {
                vErrors.length = _errs247;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err141 = { instancePath: instancePath + "/configs", schemaPath: "#/definitions/service_config_or_secret/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err141];
        } else {
          vErrors.push(err141);
        }
        errors++;
      }
    }
    if (data.container_name !== void 0) {
      let data91 = data.container_name;
      if (typeof data91 === "string") {
        if (!pattern42.test(data91)) {
          const err142 = { instancePath: instancePath + "/container_name", schemaPath: "#/properties/container_name/pattern", keyword: "pattern", params: { pattern: "[a-zA-Z0-9][a-zA-Z0-9_.-]+" }, message: 'must match pattern "[a-zA-Z0-9][a-zA-Z0-9_.-]+"' };
          if (vErrors === null) {
            vErrors = [err142];
          } else {
            vErrors.push(err142);
          }
          errors++;
        }
      } else {
        const err143 = { instancePath: instancePath + "/container_name", schemaPath: "#/properties/container_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
        errors++;
      }
    }
    if (data.cpu_count !== void 0) {
      let data92 = data.cpu_count;
      const _errs266 = errors;
      let valid97 = false;
      let passing12 = null;
      const _errs267 = errors;
      if (typeof data92 !== "string") {
        const err144 = { instancePath: instancePath + "/cpu_count", schemaPath: "#/properties/cpu_count/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err144];
        } else {
          vErrors.push(err144);
        }
        errors++;
      }
      var _valid12 = _errs267 === errors;
      if (_valid12) {
        valid97 = true;
        passing12 = 0;
      }
      const _errs269 = errors;
      if (!(typeof data92 == "number" && (!(data92 % 1) && !isNaN(data92)))) {
        const err145 = { instancePath: instancePath + "/cpu_count", schemaPath: "#/properties/cpu_count/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err145];
        } else {
          vErrors.push(err145);
        }
        errors++;
      }
      if (typeof data92 == "number") {
        if (data92 < 0 || isNaN(data92)) {
          const err146 = { instancePath: instancePath + "/cpu_count", schemaPath: "#/properties/cpu_count/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err146];
          } else {
            vErrors.push(err146);
          }
          errors++;
        }
      }
      var _valid12 = _errs269 === errors;
      if (_valid12 && valid97) {
        valid97 = false;
        passing12 = [passing12, 1];
      } else {
        if (_valid12) {
          valid97 = true;
          passing12 = 1;
        }
      }
      if (!valid97) {
        const err147 = { instancePath: instancePath + "/cpu_count", schemaPath: "#/properties/cpu_count/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err147];
        } else {
          vErrors.push(err147);
        }
        errors++;
      } else {
        errors = _errs266;
        if (vErrors !== null) {
          if (_errs266) {
            vErrors.length = _errs266;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.cpu_percent !== void 0) {
      let data93 = data.cpu_percent;
      const _errs272 = errors;
      let valid98 = false;
      let passing13 = null;
      const _errs273 = errors;
      if (typeof data93 !== "string") {
        const err148 = { instancePath: instancePath + "/cpu_percent", schemaPath: "#/properties/cpu_percent/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err148];
        } else {
          vErrors.push(err148);
        }
        errors++;
      }
      var _valid13 = _errs273 === errors;
      if (_valid13) {
        valid98 = true;
        passing13 = 0;
      }
      const _errs275 = errors;
      if (!(typeof data93 == "number" && (!(data93 % 1) && !isNaN(data93)))) {
        const err149 = { instancePath: instancePath + "/cpu_percent", schemaPath: "#/properties/cpu_percent/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err149];
        } else {
          vErrors.push(err149);
        }
        errors++;
      }
      if (typeof data93 == "number") {
        if (data93 > 100 || isNaN(data93)) {
          const err150 = { instancePath: instancePath + "/cpu_percent", schemaPath: "#/properties/cpu_percent/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err150];
          } else {
            vErrors.push(err150);
          }
          errors++;
        }
        if (data93 < 0 || isNaN(data93)) {
          const err151 = { instancePath: instancePath + "/cpu_percent", schemaPath: "#/properties/cpu_percent/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err151];
          } else {
            vErrors.push(err151);
          }
          errors++;
        }
      }
      var _valid13 = _errs275 === errors;
      if (_valid13 && valid98) {
        valid98 = false;
        passing13 = [passing13, 1];
      } else {
        if (_valid13) {
          valid98 = true;
          passing13 = 1;
        }
      }
      if (!valid98) {
        const err152 = { instancePath: instancePath + "/cpu_percent", schemaPath: "#/properties/cpu_percent/oneOf", keyword: "oneOf", params: { passingSchemas: passing13 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err152];
        } else {
          vErrors.push(err152);
        }
        errors++;
      } else {
        errors = _errs272;
        if (vErrors !== null) {
          if (_errs272) {
            vErrors.length = _errs272;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.cpu_shares !== void 0) {
      let data94 = data.cpu_shares;
      if (!(typeof data94 == "number") && typeof data94 !== "string") {
        const err153 = { instancePath: instancePath + "/cpu_shares", schemaPath: "#/properties/cpu_shares/type", keyword: "type", params: { type: schema4.properties.cpu_shares.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err153];
        } else {
          vErrors.push(err153);
        }
        errors++;
      }
    }
    if (data.cpu_quota !== void 0) {
      let data95 = data.cpu_quota;
      if (!(typeof data95 == "number") && typeof data95 !== "string") {
        const err154 = { instancePath: instancePath + "/cpu_quota", schemaPath: "#/properties/cpu_quota/type", keyword: "type", params: { type: schema4.properties.cpu_quota.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err154];
        } else {
          vErrors.push(err154);
        }
        errors++;
      }
    }
    if (data.cpu_period !== void 0) {
      let data96 = data.cpu_period;
      if (!(typeof data96 == "number") && typeof data96 !== "string") {
        const err155 = { instancePath: instancePath + "/cpu_period", schemaPath: "#/properties/cpu_period/type", keyword: "type", params: { type: schema4.properties.cpu_period.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err155];
        } else {
          vErrors.push(err155);
        }
        errors++;
      }
    }
    if (data.cpu_rt_period !== void 0) {
      let data97 = data.cpu_rt_period;
      if (!(typeof data97 == "number") && typeof data97 !== "string") {
        const err156 = { instancePath: instancePath + "/cpu_rt_period", schemaPath: "#/properties/cpu_rt_period/type", keyword: "type", params: { type: schema4.properties.cpu_rt_period.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err156];
        } else {
          vErrors.push(err156);
        }
        errors++;
      }
    }
    if (data.cpu_rt_runtime !== void 0) {
      let data98 = data.cpu_rt_runtime;
      if (!(typeof data98 == "number") && typeof data98 !== "string") {
        const err157 = { instancePath: instancePath + "/cpu_rt_runtime", schemaPath: "#/properties/cpu_rt_runtime/type", keyword: "type", params: { type: schema4.properties.cpu_rt_runtime.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err157];
        } else {
          vErrors.push(err157);
        }
        errors++;
      }
    }
    if (data.cpus !== void 0) {
      let data99 = data.cpus;
      if (!(typeof data99 == "number") && typeof data99 !== "string") {
        const err158 = { instancePath: instancePath + "/cpus", schemaPath: "#/properties/cpus/type", keyword: "type", params: { type: schema4.properties.cpus.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err158];
        } else {
          vErrors.push(err158);
        }
        errors++;
      }
    }
    if (data.cpuset !== void 0) {
      if (typeof data.cpuset !== "string") {
        const err159 = { instancePath: instancePath + "/cpuset", schemaPath: "#/properties/cpuset/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err159];
        } else {
          vErrors.push(err159);
        }
        errors++;
      }
    }
    if (data.credential_spec !== void 0) {
      let data101 = data.credential_spec;
      if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
        for (const key24 in data101) {
          if (!(key24 === "config" || key24 === "file" || key24 === "registry" || pattern0.test(key24))) {
            const err160 = { instancePath: instancePath + "/credential_spec", schemaPath: "#/properties/credential_spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
        }
        if (data101.config !== void 0) {
          if (typeof data101.config !== "string") {
            const err161 = { instancePath: instancePath + "/credential_spec/config", schemaPath: "#/properties/credential_spec/properties/config/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err161];
            } else {
              vErrors.push(err161);
            }
            errors++;
          }
        }
        if (data101.file !== void 0) {
          if (typeof data101.file !== "string") {
            const err162 = { instancePath: instancePath + "/credential_spec/file", schemaPath: "#/properties/credential_spec/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err162];
            } else {
              vErrors.push(err162);
            }
            errors++;
          }
        }
        if (data101.registry !== void 0) {
          if (typeof data101.registry !== "string") {
            const err163 = { instancePath: instancePath + "/credential_spec/registry", schemaPath: "#/properties/credential_spec/properties/registry/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
        }
      } else {
        const err164 = { instancePath: instancePath + "/credential_spec", schemaPath: "#/properties/credential_spec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err164];
        } else {
          vErrors.push(err164);
        }
        errors++;
      }
    }
    if (data.depends_on !== void 0) {
      let data105 = data.depends_on;
      const _errs301 = errors;
      let valid100 = false;
      let passing14 = null;
      const _errs302 = errors;
      if (Array.isArray(data105)) {
        const len22 = data105.length;
        for (let i30 = 0; i30 < len22; i30++) {
          if (typeof data105[i30] !== "string") {
            const err165 = { instancePath: instancePath + "/depends_on/" + i30, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          }
        }
        let i31 = data105.length;
        let j8;
        if (i31 > 1) {
          const indices8 = {};
          for (; i31--; ) {
            let item8 = data105[i31];
            if (typeof item8 !== "string") {
              continue;
            }
            if (typeof indices8[item8] == "number") {
              j8 = indices8[item8];
              const err166 = { instancePath: instancePath + "/depends_on", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i31, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i31 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err166];
              } else {
                vErrors.push(err166);
              }
              errors++;
              break;
            }
            indices8[item8] = i31;
          }
        }
      } else {
        const err167 = { instancePath: instancePath + "/depends_on", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err167];
        } else {
          vErrors.push(err167);
        }
        errors++;
      }
      var _valid14 = _errs302 === errors;
      if (_valid14) {
        valid100 = true;
        passing14 = 0;
      }
      const _errs307 = errors;
      if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
        for (const key25 in data105) {
          if (!pattern1.test(key25)) {
            const err168 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
        }
        for (const key26 in data105) {
          if (pattern1.test(key26)) {
            let data107 = data105[key26];
            if (data107 && typeof data107 == "object" && !Array.isArray(data107)) {
              if (data107.condition === void 0) {
                const err169 = { instancePath: instancePath + "/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/required", keyword: "required", params: { missingProperty: "condition" }, message: "must have required property 'condition'" };
                if (vErrors === null) {
                  vErrors = [err169];
                } else {
                  vErrors.push(err169);
                }
                errors++;
              }
              for (const key27 in data107) {
                if (!(key27 === "restart" || key27 === "required" || key27 === "condition" || pattern0.test(key27))) {
                  const err170 = { instancePath: instancePath + "/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err170];
                  } else {
                    vErrors.push(err170);
                  }
                  errors++;
                }
              }
              if (data107.restart !== void 0) {
                let data108 = data107.restart;
                if (typeof data108 !== "boolean" && typeof data108 !== "string") {
                  const err171 = { instancePath: instancePath + "/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/restart", schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/restart/type", keyword: "type", params: { type: schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart.type }, message: "must be boolean,string" };
                  if (vErrors === null) {
                    vErrors = [err171];
                  } else {
                    vErrors.push(err171);
                  }
                  errors++;
                }
              }
              if (data107.required !== void 0) {
                if (typeof data107.required !== "boolean") {
                  const err172 = { instancePath: instancePath + "/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                }
              }
              if (data107.condition !== void 0) {
                let data110 = data107.condition;
                if (typeof data110 !== "string") {
                  const err173 = { instancePath: instancePath + "/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/condition", schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err173];
                  } else {
                    vErrors.push(err173);
                  }
                  errors++;
                }
                if (!(data110 === "service_started" || data110 === "service_healthy" || data110 === "service_completed_successfully")) {
                  const err174 = { instancePath: instancePath + "/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/condition", schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/enum", keyword: "enum", params: { allowedValues: schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err174];
                  } else {
                    vErrors.push(err174);
                  }
                  errors++;
                }
              }
            } else {
              const err175 = { instancePath: instancePath + "/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err175];
              } else {
                vErrors.push(err175);
              }
              errors++;
            }
          }
        }
      } else {
        const err176 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err176];
        } else {
          vErrors.push(err176);
        }
        errors++;
      }
      var _valid14 = _errs307 === errors;
      if (_valid14 && valid100) {
        valid100 = false;
        passing14 = [passing14, 1];
      } else {
        if (_valid14) {
          valid100 = true;
          passing14 = 1;
        }
      }
      if (!valid100) {
        const err177 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/oneOf", keyword: "oneOf", params: { passingSchemas: passing14 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err177];
        } else {
          vErrors.push(err177);
        }
        errors++;
      } else {
        errors = _errs301;
        if (vErrors !== null) {
          if (_errs301) {
            vErrors.length = _errs301;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.device_cgroup_rules !== void 0) {
      let data111 = data.device_cgroup_rules;
      if (Array.isArray(data111)) {
        const len23 = data111.length;
        for (let i32 = 0; i32 < len23; i32++) {
          if (typeof data111[i32] !== "string") {
            const err178 = { instancePath: instancePath + "/device_cgroup_rules/" + i32, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err178];
            } else {
              vErrors.push(err178);
            }
            errors++;
          }
        }
        let i33 = data111.length;
        let j9;
        if (i33 > 1) {
          const indices9 = {};
          for (; i33--; ) {
            let item9 = data111[i33];
            if (typeof item9 !== "string") {
              continue;
            }
            if (typeof indices9[item9] == "number") {
              j9 = indices9[item9];
              const err179 = { instancePath: instancePath + "/device_cgroup_rules", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i33, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i33 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err179];
              } else {
                vErrors.push(err179);
              }
              errors++;
              break;
            }
            indices9[item9] = i33;
          }
        }
      } else {
        const err180 = { instancePath: instancePath + "/device_cgroup_rules", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err180];
        } else {
          vErrors.push(err180);
        }
        errors++;
      }
    }
    if (data.devices !== void 0) {
      let data113 = data.devices;
      if (Array.isArray(data113)) {
        const len24 = data113.length;
        for (let i34 = 0; i34 < len24; i34++) {
          let data114 = data113[i34];
          const _errs327 = errors;
          let valid113 = false;
          let passing15 = null;
          const _errs328 = errors;
          if (typeof data114 !== "string") {
            const err181 = { instancePath: instancePath + "/devices/" + i34, schemaPath: "#/properties/devices/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err181];
            } else {
              vErrors.push(err181);
            }
            errors++;
          }
          var _valid15 = _errs328 === errors;
          if (_valid15) {
            valid113 = true;
            passing15 = 0;
          }
          const _errs330 = errors;
          if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
            if (data114.source === void 0) {
              const err182 = { instancePath: instancePath + "/devices/" + i34, schemaPath: "#/properties/devices/items/oneOf/1/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err182];
              } else {
                vErrors.push(err182);
              }
              errors++;
            }
            for (const key28 in data114) {
              if (!(key28 === "source" || key28 === "target" || key28 === "permissions" || pattern0.test(key28))) {
                const err183 = { instancePath: instancePath + "/devices/" + i34, schemaPath: "#/properties/devices/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err183];
                } else {
                  vErrors.push(err183);
                }
                errors++;
              }
            }
            if (data114.source !== void 0) {
              if (typeof data114.source !== "string") {
                const err184 = { instancePath: instancePath + "/devices/" + i34 + "/source", schemaPath: "#/properties/devices/items/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err184];
                } else {
                  vErrors.push(err184);
                }
                errors++;
              }
            }
            if (data114.target !== void 0) {
              if (typeof data114.target !== "string") {
                const err185 = { instancePath: instancePath + "/devices/" + i34 + "/target", schemaPath: "#/properties/devices/items/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err185];
                } else {
                  vErrors.push(err185);
                }
                errors++;
              }
            }
            if (data114.permissions !== void 0) {
              if (typeof data114.permissions !== "string") {
                const err186 = { instancePath: instancePath + "/devices/" + i34 + "/permissions", schemaPath: "#/properties/devices/items/oneOf/1/properties/permissions/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
            }
          } else {
            const err187 = { instancePath: instancePath + "/devices/" + i34, schemaPath: "#/properties/devices/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err187];
            } else {
              vErrors.push(err187);
            }
            errors++;
          }
          var _valid15 = _errs330 === errors;
          if (_valid15 && valid113) {
            valid113 = false;
            passing15 = [passing15, 1];
          } else {
            if (_valid15) {
              valid113 = true;
              passing15 = 1;
            }
          }
          if (!valid113) {
            const err188 = { instancePath: instancePath + "/devices/" + i34, schemaPath: "#/properties/devices/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing15 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          } else {
            errors = _errs327;
            if (vErrors !== null) {
              if (_errs327) {
                vErrors.length = _errs327;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err189 = { instancePath: instancePath + "/devices", schemaPath: "#/properties/devices/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err189];
        } else {
          vErrors.push(err189);
        }
        errors++;
      }
    }
    if (data.dns !== void 0) {
      if (!validate2(data.dns, { instancePath: instancePath + "/dns", parentData: data, parentDataProperty: "dns", rootData })) {
        vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
        errors = vErrors.length;
      }
    }
    if (data.dns_opt !== void 0) {
      let data119 = data.dns_opt;
      if (Array.isArray(data119)) {
        const len25 = data119.length;
        for (let i35 = 0; i35 < len25; i35++) {
          if (typeof data119[i35] !== "string") {
            const err190 = { instancePath: instancePath + "/dns_opt/" + i35, schemaPath: "#/properties/dns_opt/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err190];
            } else {
              vErrors.push(err190);
            }
            errors++;
          }
        }
        let i36 = data119.length;
        let j10;
        if (i36 > 1) {
          const indices10 = {};
          for (; i36--; ) {
            let item10 = data119[i36];
            if (typeof item10 !== "string") {
              continue;
            }
            if (typeof indices10[item10] == "number") {
              j10 = indices10[item10];
              const err191 = { instancePath: instancePath + "/dns_opt", schemaPath: "#/properties/dns_opt/uniqueItems", keyword: "uniqueItems", params: { i: i36, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i36 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err191];
              } else {
                vErrors.push(err191);
              }
              errors++;
              break;
            }
            indices10[item10] = i36;
          }
        }
      } else {
        const err192 = { instancePath: instancePath + "/dns_opt", schemaPath: "#/properties/dns_opt/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err192];
        } else {
          vErrors.push(err192);
        }
        errors++;
      }
    }
    if (data.dns_search !== void 0) {
      if (!validate2(data.dns_search, { instancePath: instancePath + "/dns_search", parentData: data, parentDataProperty: "dns_search", rootData })) {
        vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
        errors = vErrors.length;
      }
    }
    if (data.domainname !== void 0) {
      if (typeof data.domainname !== "string") {
        const err193 = { instancePath: instancePath + "/domainname", schemaPath: "#/properties/domainname/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err193];
        } else {
          vErrors.push(err193);
        }
        errors++;
      }
    }
    if (data.entrypoint !== void 0) {
      let data123 = data.entrypoint;
      const _errs349 = errors;
      let valid119 = false;
      let passing16 = null;
      const _errs350 = errors;
      if (data123 !== null) {
        const err194 = { instancePath: instancePath + "/entrypoint", schemaPath: "#/definitions/command/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err194];
        } else {
          vErrors.push(err194);
        }
        errors++;
      }
      var _valid16 = _errs350 === errors;
      if (_valid16) {
        valid119 = true;
        passing16 = 0;
      }
      const _errs352 = errors;
      if (typeof data123 !== "string") {
        const err195 = { instancePath: instancePath + "/entrypoint", schemaPath: "#/definitions/command/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err195];
        } else {
          vErrors.push(err195);
        }
        errors++;
      }
      var _valid16 = _errs352 === errors;
      if (_valid16 && valid119) {
        valid119 = false;
        passing16 = [passing16, 1];
      } else {
        if (_valid16) {
          valid119 = true;
          passing16 = 1;
        }
        const _errs354 = errors;
        if (Array.isArray(data123)) {
          const len26 = data123.length;
          for (let i37 = 0; i37 < len26; i37++) {
            if (typeof data123[i37] !== "string") {
              const err196 = { instancePath: instancePath + "/entrypoint/" + i37, schemaPath: "#/definitions/command/oneOf/2/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err196];
              } else {
                vErrors.push(err196);
              }
              errors++;
            }
          }
        } else {
          const err197 = { instancePath: instancePath + "/entrypoint", schemaPath: "#/definitions/command/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err197];
          } else {
            vErrors.push(err197);
          }
          errors++;
        }
        var _valid16 = _errs354 === errors;
        if (_valid16 && valid119) {
          valid119 = false;
          passing16 = [passing16, 2];
        } else {
          if (_valid16) {
            valid119 = true;
            passing16 = 2;
          }
        }
      }
      if (!valid119) {
        const err198 = { instancePath: instancePath + "/entrypoint", schemaPath: "#/definitions/command/oneOf", keyword: "oneOf", params: { passingSchemas: passing16 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err198];
        } else {
          vErrors.push(err198);
        }
        errors++;
      } else {
        errors = _errs349;
        if (vErrors !== null) {
          if (_errs349) {
            vErrors.length = _errs349;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.env_file !== void 0) {
      let data125 = data.env_file;
      const _errs360 = errors;
      let valid123 = false;
      let passing17 = null;
      const _errs361 = errors;
      if (typeof data125 !== "string") {
        const err199 = { instancePath: instancePath + "/env_file", schemaPath: "#/definitions/env_file/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err199];
        } else {
          vErrors.push(err199);
        }
        errors++;
      }
      var _valid17 = _errs361 === errors;
      if (_valid17) {
        valid123 = true;
        passing17 = 0;
      }
      const _errs363 = errors;
      if (Array.isArray(data125)) {
        const len27 = data125.length;
        for (let i38 = 0; i38 < len27; i38++) {
          let data126 = data125[i38];
          const _errs366 = errors;
          let valid126 = false;
          let passing18 = null;
          const _errs367 = errors;
          if (typeof data126 !== "string") {
            const err200 = { instancePath: instancePath + "/env_file/" + i38, schemaPath: "#/definitions/env_file/oneOf/1/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err200];
            } else {
              vErrors.push(err200);
            }
            errors++;
          }
          var _valid18 = _errs367 === errors;
          if (_valid18) {
            valid126 = true;
            passing18 = 0;
          }
          const _errs369 = errors;
          if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
            if (data126.path === void 0) {
              const err201 = { instancePath: instancePath + "/env_file/" + i38, schemaPath: "#/definitions/env_file/oneOf/1/items/oneOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err201];
              } else {
                vErrors.push(err201);
              }
              errors++;
            }
            for (const key29 in data126) {
              if (!(key29 === "path" || key29 === "format" || key29 === "required")) {
                const err202 = { instancePath: instancePath + "/env_file/" + i38, schemaPath: "#/definitions/env_file/oneOf/1/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err202];
                } else {
                  vErrors.push(err202);
                }
                errors++;
              }
            }
            if (data126.path !== void 0) {
              if (typeof data126.path !== "string") {
                const err203 = { instancePath: instancePath + "/env_file/" + i38 + "/path", schemaPath: "#/definitions/env_file/oneOf/1/items/oneOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err203];
                } else {
                  vErrors.push(err203);
                }
                errors++;
              }
            }
            if (data126.format !== void 0) {
              if (typeof data126.format !== "string") {
                const err204 = { instancePath: instancePath + "/env_file/" + i38 + "/format", schemaPath: "#/definitions/env_file/oneOf/1/items/oneOf/1/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err204];
                } else {
                  vErrors.push(err204);
                }
                errors++;
              }
            }
            if (data126.required !== void 0) {
              let data129 = data126.required;
              if (typeof data129 !== "boolean" && typeof data129 !== "string") {
                const err205 = { instancePath: instancePath + "/env_file/" + i38 + "/required", schemaPath: "#/definitions/env_file/oneOf/1/items/oneOf/1/properties/required/type", keyword: "type", params: { type: schema34.oneOf[1].items.oneOf[1].properties.required.type }, message: "must be boolean,string" };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
            }
          } else {
            const err206 = { instancePath: instancePath + "/env_file/" + i38, schemaPath: "#/definitions/env_file/oneOf/1/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err206];
            } else {
              vErrors.push(err206);
            }
            errors++;
          }
          var _valid18 = _errs369 === errors;
          if (_valid18 && valid126) {
            valid126 = false;
            passing18 = [passing18, 1];
          } else {
            if (_valid18) {
              valid126 = true;
              passing18 = 1;
            }
          }
          if (!valid126) {
            const err207 = { instancePath: instancePath + "/env_file/" + i38, schemaPath: "#/definitions/env_file/oneOf/1/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing18 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err207];
            } else {
              vErrors.push(err207);
            }
            errors++;
          } else {
            errors = _errs366;
            if (vErrors !== null) {
              if (_errs366) {
                vErrors.length = _errs366;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err208 = { instancePath: instancePath + "/env_file", schemaPath: "#/definitions/env_file/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err208];
        } else {
          vErrors.push(err208);
        }
        errors++;
      }
      var _valid17 = _errs363 === errors;
      if (_valid17 && valid123) {
        valid123 = false;
        passing17 = [passing17, 1];
      } else {
        if (_valid17) {
          valid123 = true;
          passing17 = 1;
        }
      }
      if (!valid123) {
        const err209 = { instancePath: instancePath + "/env_file", schemaPath: "#/definitions/env_file/oneOf", keyword: "oneOf", params: { passingSchemas: passing17 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err209];
        } else {
          vErrors.push(err209);
        }
        errors++;
      } else {
        errors = _errs360;
        if (vErrors !== null) {
          if (_errs360) {
            vErrors.length = _errs360;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.label_file !== void 0) {
      let data130 = data.label_file;
      const _errs380 = errors;
      let valid129 = false;
      let passing19 = null;
      const _errs381 = errors;
      if (typeof data130 !== "string") {
        const err210 = { instancePath: instancePath + "/label_file", schemaPath: "#/definitions/label_file/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err210];
        } else {
          vErrors.push(err210);
        }
        errors++;
      }
      var _valid19 = _errs381 === errors;
      if (_valid19) {
        valid129 = true;
        passing19 = 0;
      }
      const _errs383 = errors;
      if (Array.isArray(data130)) {
        const len28 = data130.length;
        for (let i39 = 0; i39 < len28; i39++) {
          if (typeof data130[i39] !== "string") {
            const err211 = { instancePath: instancePath + "/label_file/" + i39, schemaPath: "#/definitions/label_file/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err211];
            } else {
              vErrors.push(err211);
            }
            errors++;
          }
        }
      } else {
        const err212 = { instancePath: instancePath + "/label_file", schemaPath: "#/definitions/label_file/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err212];
        } else {
          vErrors.push(err212);
        }
        errors++;
      }
      var _valid19 = _errs383 === errors;
      if (_valid19 && valid129) {
        valid129 = false;
        passing19 = [passing19, 1];
      } else {
        if (_valid19) {
          valid129 = true;
          passing19 = 1;
        }
      }
      if (!valid129) {
        const err213 = { instancePath: instancePath + "/label_file", schemaPath: "#/definitions/label_file/oneOf", keyword: "oneOf", params: { passingSchemas: passing19 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err213];
        } else {
          vErrors.push(err213);
        }
        errors++;
      } else {
        errors = _errs380;
        if (vErrors !== null) {
          if (_errs380) {
            vErrors.length = _errs380;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.environment !== void 0) {
      let data132 = data.environment;
      const _errs389 = errors;
      let valid133 = false;
      let passing20 = null;
      const _errs390 = errors;
      if (data132 && typeof data132 == "object" && !Array.isArray(data132)) {
        for (const key30 in data132) {
          if (!pattern7.test(key30)) {
            const err214 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err214];
            } else {
              vErrors.push(err214);
            }
            errors++;
          }
        }
        for (const key31 in data132) {
          if (pattern7.test(key31)) {
            let data133 = data132[key31];
            if (typeof data133 !== "string" && !(typeof data133 == "number") && typeof data133 !== "boolean" && data133 !== null) {
              const err215 = { instancePath: instancePath + "/environment/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err215];
              } else {
                vErrors.push(err215);
              }
              errors++;
            }
          }
        }
      } else {
        const err216 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err216];
        } else {
          vErrors.push(err216);
        }
        errors++;
      }
      var _valid20 = _errs390 === errors;
      if (_valid20) {
        valid133 = true;
        passing20 = 0;
      }
      const _errs395 = errors;
      if (Array.isArray(data132)) {
        const len29 = data132.length;
        for (let i40 = 0; i40 < len29; i40++) {
          if (typeof data132[i40] !== "string") {
            const err217 = { instancePath: instancePath + "/environment/" + i40, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err217];
            } else {
              vErrors.push(err217);
            }
            errors++;
          }
        }
        let i41 = data132.length;
        let j11;
        if (i41 > 1) {
          const indices11 = {};
          for (; i41--; ) {
            let item11 = data132[i41];
            if (typeof item11 !== "string") {
              continue;
            }
            if (typeof indices11[item11] == "number") {
              j11 = indices11[item11];
              const err218 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i41, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i41 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err218];
              } else {
                vErrors.push(err218);
              }
              errors++;
              break;
            }
            indices11[item11] = i41;
          }
        }
      } else {
        const err219 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err219];
        } else {
          vErrors.push(err219);
        }
        errors++;
      }
      var _valid20 = _errs395 === errors;
      if (_valid20 && valid133) {
        valid133 = false;
        passing20 = [passing20, 1];
      } else {
        if (_valid20) {
          valid133 = true;
          passing20 = 1;
        }
      }
      if (!valid133) {
        const err220 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing20 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err220];
        } else {
          vErrors.push(err220);
        }
        errors++;
      } else {
        errors = _errs389;
        if (vErrors !== null) {
          if (_errs389) {
            vErrors.length = _errs389;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.expose !== void 0) {
      let data135 = data.expose;
      if (Array.isArray(data135)) {
        const len30 = data135.length;
        for (let i42 = 0; i42 < len30; i42++) {
          let data136 = data135[i42];
          if (typeof data136 !== "string" && !(typeof data136 == "number")) {
            const err221 = { instancePath: instancePath + "/expose/" + i42, schemaPath: "#/properties/expose/items/type", keyword: "type", params: { type: schema4.properties.expose.items.type }, message: "must be string,number" };
            if (vErrors === null) {
              vErrors = [err221];
            } else {
              vErrors.push(err221);
            }
            errors++;
          }
        }
        let i43 = data135.length;
        let j12;
        if (i43 > 1) {
          const indices12 = {};
          for (; i43--; ) {
            let item12 = data135[i43];
            if (typeof item12 !== "string" && !(typeof item12 == "number")) {
              continue;
            }
            if (typeof item12 == "string") {
              item12 += "_";
            }
            if (typeof indices12[item12] == "number") {
              j12 = indices12[item12];
              const err222 = { instancePath: instancePath + "/expose", schemaPath: "#/properties/expose/uniqueItems", keyword: "uniqueItems", params: { i: i43, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i43 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err222];
              } else {
                vErrors.push(err222);
              }
              errors++;
              break;
            }
            indices12[item12] = i43;
          }
        }
      } else {
        const err223 = { instancePath: instancePath + "/expose", schemaPath: "#/properties/expose/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err223];
        } else {
          vErrors.push(err223);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data137 = data.extends;
      const _errs404 = errors;
      let valid141 = false;
      let passing21 = null;
      const _errs405 = errors;
      if (typeof data137 !== "string") {
        const err224 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err224];
        } else {
          vErrors.push(err224);
        }
        errors++;
      }
      var _valid21 = _errs405 === errors;
      if (_valid21) {
        valid141 = true;
        passing21 = 0;
      }
      const _errs407 = errors;
      if (data137 && typeof data137 == "object" && !Array.isArray(data137)) {
        if (data137.service === void 0) {
          const err225 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'" };
          if (vErrors === null) {
            vErrors = [err225];
          } else {
            vErrors.push(err225);
          }
          errors++;
        }
        for (const key32 in data137) {
          if (!(key32 === "service" || key32 === "file")) {
            const err226 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err226];
            } else {
              vErrors.push(err226);
            }
            errors++;
          }
        }
        if (data137.service !== void 0) {
          if (typeof data137.service !== "string") {
            const err227 = { instancePath: instancePath + "/extends/service", schemaPath: "#/properties/extends/oneOf/1/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err227];
            } else {
              vErrors.push(err227);
            }
            errors++;
          }
        }
        if (data137.file !== void 0) {
          if (typeof data137.file !== "string") {
            const err228 = { instancePath: instancePath + "/extends/file", schemaPath: "#/properties/extends/oneOf/1/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err228];
            } else {
              vErrors.push(err228);
            }
            errors++;
          }
        }
      } else {
        const err229 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err229];
        } else {
          vErrors.push(err229);
        }
        errors++;
      }
      var _valid21 = _errs407 === errors;
      if (_valid21 && valid141) {
        valid141 = false;
        passing21 = [passing21, 1];
      } else {
        if (_valid21) {
          valid141 = true;
          passing21 = 1;
        }
      }
      if (!valid141) {
        const err230 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf", keyword: "oneOf", params: { passingSchemas: passing21 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err230];
        } else {
          vErrors.push(err230);
        }
        errors++;
      } else {
        errors = _errs404;
        if (vErrors !== null) {
          if (_errs404) {
            vErrors.length = _errs404;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.provider !== void 0) {
      let data140 = data.provider;
      if (data140 && typeof data140 == "object" && !Array.isArray(data140)) {
        if (data140.type === void 0) {
          const err231 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err231];
          } else {
            vErrors.push(err231);
          }
          errors++;
        }
        for (const key33 in data140) {
          if (!(key33 === "type" || key33 === "options" || pattern0.test(key33))) {
            const err232 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err232];
            } else {
              vErrors.push(err232);
            }
            errors++;
          }
        }
        if (data140.type !== void 0) {
          if (typeof data140.type !== "string") {
            const err233 = { instancePath: instancePath + "/provider/type", schemaPath: "#/properties/provider/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err233];
            } else {
              vErrors.push(err233);
            }
            errors++;
          }
        }
        if (data140.options !== void 0) {
          let data142 = data140.options;
          if (data142 && typeof data142 == "object" && !Array.isArray(data142)) {
            for (const key34 in data142) {
              if (pattern51.test(key34)) {
                let data143 = data142[key34];
                const _errs422 = errors;
                let valid145 = false;
                let passing22 = null;
                const _errs423 = errors;
                if (typeof data143 !== "string" && !(typeof data143 == "number") && typeof data143 !== "boolean") {
                  const err234 = { instancePath: instancePath + "/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/0/type", keyword: "type", params: { type: schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[0].type }, message: "must be string,number,boolean" };
                  if (vErrors === null) {
                    vErrors = [err234];
                  } else {
                    vErrors.push(err234);
                  }
                  errors++;
                }
                var _valid22 = _errs423 === errors;
                if (_valid22) {
                  valid145 = true;
                  passing22 = 0;
                }
                const _errs425 = errors;
                if (Array.isArray(data143)) {
                  const len31 = data143.length;
                  for (let i44 = 0; i44 < len31; i44++) {
                    let data144 = data143[i44];
                    if (typeof data144 !== "string" && !(typeof data144 == "number") && typeof data144 !== "boolean") {
                      const err235 = { instancePath: instancePath + "/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i44, schemaPath: "#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/1/items/type", keyword: "type", params: { type: schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].items.type }, message: "must be string,number,boolean" };
                      if (vErrors === null) {
                        vErrors = [err235];
                      } else {
                        vErrors.push(err235);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err236 = { instancePath: instancePath + "/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err236];
                  } else {
                    vErrors.push(err236);
                  }
                  errors++;
                }
                var _valid22 = _errs425 === errors;
                if (_valid22 && valid145) {
                  valid145 = false;
                  passing22 = [passing22, 1];
                } else {
                  if (_valid22) {
                    valid145 = true;
                    passing22 = 1;
                  }
                }
                if (!valid145) {
                  const err237 = { instancePath: instancePath + "/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf", keyword: "oneOf", params: { passingSchemas: passing22 }, message: "must match exactly one schema in oneOf" };
                  if (vErrors === null) {
                    vErrors = [err237];
                  } else {
                    vErrors.push(err237);
                  }
                  errors++;
                } else {
                  errors = _errs422;
                  if (vErrors !== null) {
                    if (_errs422) {
                      vErrors.length = _errs422;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
            }
          } else {
            const err238 = { instancePath: instancePath + "/provider/options", schemaPath: "#/properties/provider/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err238];
            } else {
              vErrors.push(err238);
            }
            errors++;
          }
        }
      } else {
        const err239 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err239];
        } else {
          vErrors.push(err239);
        }
        errors++;
      }
    }
    if (data.external_links !== void 0) {
      let data145 = data.external_links;
      if (Array.isArray(data145)) {
        const len32 = data145.length;
        for (let i45 = 0; i45 < len32; i45++) {
          if (typeof data145[i45] !== "string") {
            const err240 = { instancePath: instancePath + "/external_links/" + i45, schemaPath: "#/properties/external_links/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err240];
            } else {
              vErrors.push(err240);
            }
            errors++;
          }
        }
        let i46 = data145.length;
        let j13;
        if (i46 > 1) {
          const indices13 = {};
          for (; i46--; ) {
            let item13 = data145[i46];
            if (typeof item13 !== "string") {
              continue;
            }
            if (typeof indices13[item13] == "number") {
              j13 = indices13[item13];
              const err241 = { instancePath: instancePath + "/external_links", schemaPath: "#/properties/external_links/uniqueItems", keyword: "uniqueItems", params: { i: i46, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i46 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err241];
              } else {
                vErrors.push(err241);
              }
              errors++;
              break;
            }
            indices13[item13] = i46;
          }
        }
      } else {
        const err242 = { instancePath: instancePath + "/external_links", schemaPath: "#/properties/external_links/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err242];
        } else {
          vErrors.push(err242);
        }
        errors++;
      }
    }
    if (data.extra_hosts !== void 0) {
      let data147 = data.extra_hosts;
      const _errs435 = errors;
      let valid152 = false;
      let passing23 = null;
      const _errs436 = errors;
      if (data147 && typeof data147 == "object" && !Array.isArray(data147)) {
        for (const key35 in data147) {
          if (!pattern7.test(key35)) {
            const err243 = { instancePath: instancePath + "/extra_hosts", schemaPath: "#/definitions/extra_hosts/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err243];
            } else {
              vErrors.push(err243);
            }
            errors++;
          }
        }
        for (const key36 in data147) {
          if (pattern7.test(key36)) {
            let data148 = data147[key36];
            const _errs440 = errors;
            let valid154 = false;
            let passing24 = null;
            const _errs441 = errors;
            if (typeof data148 !== "string") {
              const err244 = { instancePath: instancePath + "/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err244];
              } else {
                vErrors.push(err244);
              }
              errors++;
            }
            var _valid24 = _errs441 === errors;
            if (_valid24) {
              valid154 = true;
              passing24 = 0;
            }
            const _errs443 = errors;
            if (Array.isArray(data148)) {
              const len33 = data148.length;
              for (let i47 = 0; i47 < len33; i47++) {
                if (typeof data148[i47] !== "string") {
                  const err245 = { instancePath: instancePath + "/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i47, schemaPath: "#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err245];
                  } else {
                    vErrors.push(err245);
                  }
                  errors++;
                }
              }
            } else {
              const err246 = { instancePath: instancePath + "/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err246];
              } else {
                vErrors.push(err246);
              }
              errors++;
            }
            var _valid24 = _errs443 === errors;
            if (_valid24 && valid154) {
              valid154 = false;
              passing24 = [passing24, 1];
            } else {
              if (_valid24) {
                valid154 = true;
                passing24 = 1;
              }
            }
            if (!valid154) {
              const err247 = { instancePath: instancePath + "/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf", keyword: "oneOf", params: { passingSchemas: passing24 }, message: "must match exactly one schema in oneOf" };
              if (vErrors === null) {
                vErrors = [err247];
              } else {
                vErrors.push(err247);
              }
              errors++;
            } else {
              errors = _errs440;
              if (vErrors !== null) {
                if (_errs440) {
                  vErrors.length = _errs440;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      } else {
        const err248 = { instancePath: instancePath + "/extra_hosts", schemaPath: "#/definitions/extra_hosts/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err248];
        } else {
          vErrors.push(err248);
        }
        errors++;
      }
      var _valid23 = _errs436 === errors;
      if (_valid23) {
        valid152 = true;
        passing23 = 0;
      }
      const _errs447 = errors;
      if (Array.isArray(data147)) {
        const len34 = data147.length;
        for (let i48 = 0; i48 < len34; i48++) {
          if (typeof data147[i48] !== "string") {
            const err249 = { instancePath: instancePath + "/extra_hosts/" + i48, schemaPath: "#/definitions/extra_hosts/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err249];
            } else {
              vErrors.push(err249);
            }
            errors++;
          }
        }
        let i49 = data147.length;
        let j14;
        if (i49 > 1) {
          const indices14 = {};
          for (; i49--; ) {
            let item14 = data147[i49];
            if (typeof item14 !== "string") {
              continue;
            }
            if (typeof indices14[item14] == "number") {
              j14 = indices14[item14];
              const err250 = { instancePath: instancePath + "/extra_hosts", schemaPath: "#/definitions/extra_hosts/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i49, j: j14 }, message: "must NOT have duplicate items (items ## " + j14 + " and " + i49 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err250];
              } else {
                vErrors.push(err250);
              }
              errors++;
              break;
            }
            indices14[item14] = i49;
          }
        }
      } else {
        const err251 = { instancePath: instancePath + "/extra_hosts", schemaPath: "#/definitions/extra_hosts/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err251];
        } else {
          vErrors.push(err251);
        }
        errors++;
      }
      var _valid23 = _errs447 === errors;
      if (_valid23 && valid152) {
        valid152 = false;
        passing23 = [passing23, 1];
      } else {
        if (_valid23) {
          valid152 = true;
          passing23 = 1;
        }
      }
      if (!valid152) {
        const err252 = { instancePath: instancePath + "/extra_hosts", schemaPath: "#/definitions/extra_hosts/oneOf", keyword: "oneOf", params: { passingSchemas: passing23 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err252];
        } else {
          vErrors.push(err252);
        }
        errors++;
      } else {
        errors = _errs435;
        if (vErrors !== null) {
          if (_errs435) {
            vErrors.length = _errs435;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.gpus !== void 0) {
      if (!validate19(data.gpus, { instancePath: instancePath + "/gpus", parentData: data, parentDataProperty: "gpus", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.group_add !== void 0) {
      let data152 = data.group_add;
      if (Array.isArray(data152)) {
        const len35 = data152.length;
        for (let i50 = 0; i50 < len35; i50++) {
          let data153 = data152[i50];
          if (typeof data153 !== "string" && !(typeof data153 == "number")) {
            const err253 = { instancePath: instancePath + "/group_add/" + i50, schemaPath: "#/properties/group_add/items/type", keyword: "type", params: { type: schema4.properties.group_add.items.type }, message: "must be string,number" };
            if (vErrors === null) {
              vErrors = [err253];
            } else {
              vErrors.push(err253);
            }
            errors++;
          }
        }
        let i51 = data152.length;
        let j15;
        if (i51 > 1) {
          const indices15 = {};
          for (; i51--; ) {
            let item15 = data152[i51];
            if (typeof item15 !== "string" && !(typeof item15 == "number")) {
              continue;
            }
            if (typeof item15 == "string") {
              item15 += "_";
            }
            if (typeof indices15[item15] == "number") {
              j15 = indices15[item15];
              const err254 = { instancePath: instancePath + "/group_add", schemaPath: "#/properties/group_add/uniqueItems", keyword: "uniqueItems", params: { i: i51, j: j15 }, message: "must NOT have duplicate items (items ## " + j15 + " and " + i51 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err254];
              } else {
                vErrors.push(err254);
              }
              errors++;
              break;
            }
            indices15[item15] = i51;
          }
        }
      } else {
        const err255 = { instancePath: instancePath + "/group_add", schemaPath: "#/properties/group_add/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err255];
        } else {
          vErrors.push(err255);
        }
        errors++;
      }
    }
    if (data.healthcheck !== void 0) {
      let data154 = data.healthcheck;
      if (data154 && typeof data154 == "object" && !Array.isArray(data154)) {
        for (const key37 in data154) {
          if (!(key37 === "disable" || key37 === "interval" || key37 === "retries" || key37 === "test" || key37 === "timeout" || key37 === "start_period" || key37 === "start_interval" || pattern0.test(key37))) {
            const err256 = { instancePath: instancePath + "/healthcheck", schemaPath: "#/definitions/healthcheck/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err256];
            } else {
              vErrors.push(err256);
            }
            errors++;
          }
        }
        if (data154.disable !== void 0) {
          let data155 = data154.disable;
          if (typeof data155 !== "boolean" && typeof data155 !== "string") {
            const err257 = { instancePath: instancePath + "/healthcheck/disable", schemaPath: "#/definitions/healthcheck/properties/disable/type", keyword: "type", params: { type: schema42.properties.disable.type }, message: "must be boolean,string" };
            if (vErrors === null) {
              vErrors = [err257];
            } else {
              vErrors.push(err257);
            }
            errors++;
          }
        }
        if (data154.interval !== void 0) {
          if (typeof data154.interval !== "string") {
            const err258 = { instancePath: instancePath + "/healthcheck/interval", schemaPath: "#/definitions/healthcheck/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err258];
            } else {
              vErrors.push(err258);
            }
            errors++;
          }
        }
        if (data154.retries !== void 0) {
          let data157 = data154.retries;
          if (!(typeof data157 == "number") && typeof data157 !== "string") {
            const err259 = { instancePath: instancePath + "/healthcheck/retries", schemaPath: "#/definitions/healthcheck/properties/retries/type", keyword: "type", params: { type: schema42.properties.retries.type }, message: "must be number,string" };
            if (vErrors === null) {
              vErrors = [err259];
            } else {
              vErrors.push(err259);
            }
            errors++;
          }
        }
        if (data154.test !== void 0) {
          let data158 = data154.test;
          const _errs467 = errors;
          let valid165 = false;
          let passing25 = null;
          const _errs468 = errors;
          if (typeof data158 !== "string") {
            const err260 = { instancePath: instancePath + "/healthcheck/test", schemaPath: "#/definitions/healthcheck/properties/test/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err260];
            } else {
              vErrors.push(err260);
            }
            errors++;
          }
          var _valid25 = _errs468 === errors;
          if (_valid25) {
            valid165 = true;
            passing25 = 0;
          }
          const _errs470 = errors;
          if (Array.isArray(data158)) {
            const len36 = data158.length;
            for (let i52 = 0; i52 < len36; i52++) {
              if (typeof data158[i52] !== "string") {
                const err261 = { instancePath: instancePath + "/healthcheck/test/" + i52, schemaPath: "#/definitions/healthcheck/properties/test/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err261];
                } else {
                  vErrors.push(err261);
                }
                errors++;
              }
            }
          } else {
            const err262 = { instancePath: instancePath + "/healthcheck/test", schemaPath: "#/definitions/healthcheck/properties/test/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err262];
            } else {
              vErrors.push(err262);
            }
            errors++;
          }
          var _valid25 = _errs470 === errors;
          if (_valid25 && valid165) {
            valid165 = false;
            passing25 = [passing25, 1];
          } else {
            if (_valid25) {
              valid165 = true;
              passing25 = 1;
            }
          }
          if (!valid165) {
            const err263 = { instancePath: instancePath + "/healthcheck/test", schemaPath: "#/definitions/healthcheck/properties/test/oneOf", keyword: "oneOf", params: { passingSchemas: passing25 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err263];
            } else {
              vErrors.push(err263);
            }
            errors++;
          } else {
            errors = _errs467;
            if (vErrors !== null) {
              if (_errs467) {
                vErrors.length = _errs467;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data154.timeout !== void 0) {
          if (typeof data154.timeout !== "string") {
            const err264 = { instancePath: instancePath + "/healthcheck/timeout", schemaPath: "#/definitions/healthcheck/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err264];
            } else {
              vErrors.push(err264);
            }
            errors++;
          }
        }
        if (data154.start_period !== void 0) {
          if (typeof data154.start_period !== "string") {
            const err265 = { instancePath: instancePath + "/healthcheck/start_period", schemaPath: "#/definitions/healthcheck/properties/start_period/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err265];
            } else {
              vErrors.push(err265);
            }
            errors++;
          }
        }
        if (data154.start_interval !== void 0) {
          if (typeof data154.start_interval !== "string") {
            const err266 = { instancePath: instancePath + "/healthcheck/start_interval", schemaPath: "#/definitions/healthcheck/properties/start_interval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err266];
            } else {
              vErrors.push(err266);
            }
            errors++;
          }
        }
      } else {
        const err267 = { instancePath: instancePath + "/healthcheck", schemaPath: "#/definitions/healthcheck/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err267];
        } else {
          vErrors.push(err267);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      if (typeof data.hostname !== "string") {
        const err268 = { instancePath: instancePath + "/hostname", schemaPath: "#/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err268];
        } else {
          vErrors.push(err268);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      if (typeof data.image !== "string") {
        const err269 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err269];
        } else {
          vErrors.push(err269);
        }
        errors++;
      }
    }
    if (data.init !== void 0) {
      let data165 = data.init;
      if (typeof data165 !== "boolean" && typeof data165 !== "string") {
        const err270 = { instancePath: instancePath + "/init", schemaPath: "#/properties/init/type", keyword: "type", params: { type: schema4.properties.init.type }, message: "must be boolean,string" };
        if (vErrors === null) {
          vErrors = [err270];
        } else {
          vErrors.push(err270);
        }
        errors++;
      }
    }
    if (data.ipc !== void 0) {
      if (typeof data.ipc !== "string") {
        const err271 = { instancePath: instancePath + "/ipc", schemaPath: "#/properties/ipc/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err271];
        } else {
          vErrors.push(err271);
        }
        errors++;
      }
    }
    if (data.isolation !== void 0) {
      if (typeof data.isolation !== "string") {
        const err272 = { instancePath: instancePath + "/isolation", schemaPath: "#/properties/isolation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err272];
        } else {
          vErrors.push(err272);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data168 = data.labels;
      const _errs492 = errors;
      let valid169 = false;
      let passing26 = null;
      const _errs493 = errors;
      if (data168 && typeof data168 == "object" && !Array.isArray(data168)) {
        for (const key38 in data168) {
          if (!pattern7.test(key38)) {
            const err273 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err273];
            } else {
              vErrors.push(err273);
            }
            errors++;
          }
        }
        for (const key39 in data168) {
          if (pattern7.test(key39)) {
            let data169 = data168[key39];
            if (typeof data169 !== "string" && !(typeof data169 == "number") && typeof data169 !== "boolean" && data169 !== null) {
              const err274 = { instancePath: instancePath + "/labels/" + key39.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err274];
              } else {
                vErrors.push(err274);
              }
              errors++;
            }
          }
        }
      } else {
        const err275 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err275];
        } else {
          vErrors.push(err275);
        }
        errors++;
      }
      var _valid26 = _errs493 === errors;
      if (_valid26) {
        valid169 = true;
        passing26 = 0;
      }
      const _errs498 = errors;
      if (Array.isArray(data168)) {
        const len37 = data168.length;
        for (let i53 = 0; i53 < len37; i53++) {
          if (typeof data168[i53] !== "string") {
            const err276 = { instancePath: instancePath + "/labels/" + i53, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err276];
            } else {
              vErrors.push(err276);
            }
            errors++;
          }
        }
        let i54 = data168.length;
        let j16;
        if (i54 > 1) {
          const indices16 = {};
          for (; i54--; ) {
            let item16 = data168[i54];
            if (typeof item16 !== "string") {
              continue;
            }
            if (typeof indices16[item16] == "number") {
              j16 = indices16[item16];
              const err277 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i54, j: j16 }, message: "must NOT have duplicate items (items ## " + j16 + " and " + i54 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err277];
              } else {
                vErrors.push(err277);
              }
              errors++;
              break;
            }
            indices16[item16] = i54;
          }
        }
      } else {
        const err278 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err278];
        } else {
          vErrors.push(err278);
        }
        errors++;
      }
      var _valid26 = _errs498 === errors;
      if (_valid26 && valid169) {
        valid169 = false;
        passing26 = [passing26, 1];
      } else {
        if (_valid26) {
          valid169 = true;
          passing26 = 1;
        }
      }
      if (!valid169) {
        const err279 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing26 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err279];
        } else {
          vErrors.push(err279);
        }
        errors++;
      } else {
        errors = _errs492;
        if (vErrors !== null) {
          if (_errs492) {
            vErrors.length = _errs492;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.links !== void 0) {
      let data171 = data.links;
      if (Array.isArray(data171)) {
        const len38 = data171.length;
        for (let i55 = 0; i55 < len38; i55++) {
          if (typeof data171[i55] !== "string") {
            const err280 = { instancePath: instancePath + "/links/" + i55, schemaPath: "#/properties/links/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err280];
            } else {
              vErrors.push(err280);
            }
            errors++;
          }
        }
        let i56 = data171.length;
        let j17;
        if (i56 > 1) {
          const indices17 = {};
          for (; i56--; ) {
            let item17 = data171[i56];
            if (typeof item17 !== "string") {
              continue;
            }
            if (typeof indices17[item17] == "number") {
              j17 = indices17[item17];
              const err281 = { instancePath: instancePath + "/links", schemaPath: "#/properties/links/uniqueItems", keyword: "uniqueItems", params: { i: i56, j: j17 }, message: "must NOT have duplicate items (items ## " + j17 + " and " + i56 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err281];
              } else {
                vErrors.push(err281);
              }
              errors++;
              break;
            }
            indices17[item17] = i56;
          }
        }
      } else {
        const err282 = { instancePath: instancePath + "/links", schemaPath: "#/properties/links/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err282];
        } else {
          vErrors.push(err282);
        }
        errors++;
      }
    }
    if (data.logging !== void 0) {
      let data173 = data.logging;
      if (data173 && typeof data173 == "object" && !Array.isArray(data173)) {
        for (const key40 in data173) {
          if (!(key40 === "driver" || key40 === "options" || pattern0.test(key40))) {
            const err283 = { instancePath: instancePath + "/logging", schemaPath: "#/properties/logging/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err283];
            } else {
              vErrors.push(err283);
            }
            errors++;
          }
        }
        if (data173.driver !== void 0) {
          if (typeof data173.driver !== "string") {
            const err284 = { instancePath: instancePath + "/logging/driver", schemaPath: "#/properties/logging/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err284];
            } else {
              vErrors.push(err284);
            }
            errors++;
          }
        }
        if (data173.options !== void 0) {
          let data175 = data173.options;
          if (data175 && typeof data175 == "object" && !Array.isArray(data175)) {
            for (const key41 in data175) {
              if (pattern51.test(key41)) {
                let data176 = data175[key41];
                if (typeof data176 !== "string" && !(typeof data176 == "number") && data176 !== null) {
                  const err285 = { instancePath: instancePath + "/logging/options/" + key41.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/logging/properties/options/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: schema4.properties.logging.properties.options.patternProperties["^.+$"].type }, message: "must be string,number,null" };
                  if (vErrors === null) {
                    vErrors = [err285];
                  } else {
                    vErrors.push(err285);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err286 = { instancePath: instancePath + "/logging/options", schemaPath: "#/properties/logging/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err286];
            } else {
              vErrors.push(err286);
            }
            errors++;
          }
        }
      } else {
        const err287 = { instancePath: instancePath + "/logging", schemaPath: "#/properties/logging/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err287];
        } else {
          vErrors.push(err287);
        }
        errors++;
      }
    }
    if (data.mac_address !== void 0) {
      if (typeof data.mac_address !== "string") {
        const err288 = { instancePath: instancePath + "/mac_address", schemaPath: "#/properties/mac_address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err288];
        } else {
          vErrors.push(err288);
        }
        errors++;
      }
    }
    if (data.mem_limit !== void 0) {
      let data178 = data.mem_limit;
      if (!(typeof data178 == "number") && typeof data178 !== "string") {
        const err289 = { instancePath: instancePath + "/mem_limit", schemaPath: "#/properties/mem_limit/type", keyword: "type", params: { type: schema4.properties.mem_limit.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err289];
        } else {
          vErrors.push(err289);
        }
        errors++;
      }
    }
    if (data.mem_reservation !== void 0) {
      let data179 = data.mem_reservation;
      if (typeof data179 !== "string" && !(typeof data179 == "number" && (!(data179 % 1) && !isNaN(data179)))) {
        const err290 = { instancePath: instancePath + "/mem_reservation", schemaPath: "#/properties/mem_reservation/type", keyword: "type", params: { type: schema4.properties.mem_reservation.type }, message: "must be string,integer" };
        if (vErrors === null) {
          vErrors = [err290];
        } else {
          vErrors.push(err290);
        }
        errors++;
      }
    }
    if (data.mem_swappiness !== void 0) {
      let data180 = data.mem_swappiness;
      if (!(typeof data180 == "number" && (!(data180 % 1) && !isNaN(data180))) && typeof data180 !== "string") {
        const err291 = { instancePath: instancePath + "/mem_swappiness", schemaPath: "#/properties/mem_swappiness/type", keyword: "type", params: { type: schema4.properties.mem_swappiness.type }, message: "must be integer,string" };
        if (vErrors === null) {
          vErrors = [err291];
        } else {
          vErrors.push(err291);
        }
        errors++;
      }
    }
    if (data.memswap_limit !== void 0) {
      let data181 = data.memswap_limit;
      if (!(typeof data181 == "number") && typeof data181 !== "string") {
        const err292 = { instancePath: instancePath + "/memswap_limit", schemaPath: "#/properties/memswap_limit/type", keyword: "type", params: { type: schema4.properties.memswap_limit.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err292];
        } else {
          vErrors.push(err292);
        }
        errors++;
      }
    }
    if (data.network_mode !== void 0) {
      if (typeof data.network_mode !== "string") {
        const err293 = { instancePath: instancePath + "/network_mode", schemaPath: "#/properties/network_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err293];
        } else {
          vErrors.push(err293);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      let data183 = data.models;
      const _errs528 = errors;
      let valid179 = false;
      let passing27 = null;
      const _errs529 = errors;
      if (Array.isArray(data183)) {
        const len39 = data183.length;
        for (let i57 = 0; i57 < len39; i57++) {
          if (typeof data183[i57] !== "string") {
            const err294 = { instancePath: instancePath + "/models/" + i57, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err294];
            } else {
              vErrors.push(err294);
            }
            errors++;
          }
        }
        let i58 = data183.length;
        let j18;
        if (i58 > 1) {
          const indices18 = {};
          for (; i58--; ) {
            let item18 = data183[i58];
            if (typeof item18 !== "string") {
              continue;
            }
            if (typeof indices18[item18] == "number") {
              j18 = indices18[item18];
              const err295 = { instancePath: instancePath + "/models", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i58, j: j18 }, message: "must NOT have duplicate items (items ## " + j18 + " and " + i58 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err295];
              } else {
                vErrors.push(err295);
              }
              errors++;
              break;
            }
            indices18[item18] = i58;
          }
        }
      } else {
        const err296 = { instancePath: instancePath + "/models", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err296];
        } else {
          vErrors.push(err296);
        }
        errors++;
      }
      var _valid27 = _errs529 === errors;
      if (_valid27) {
        valid179 = true;
        passing27 = 0;
      }
      const _errs534 = errors;
      if (data183 && typeof data183 == "object" && !Array.isArray(data183)) {
        for (const key42 in data183) {
          if (pattern1.test(key42)) {
            let data185 = data183[key42];
            if (data185 && typeof data185 == "object" && !Array.isArray(data185)) {
              for (const key43 in data185) {
                if (!(key43 === "endpoint_var" || key43 === "model_var" || pattern0.test(key43))) {
                  const err297 = { instancePath: instancePath + "/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err297];
                  } else {
                    vErrors.push(err297);
                  }
                  errors++;
                }
              }
              if (data185.endpoint_var !== void 0) {
                if (typeof data185.endpoint_var !== "string") {
                  const err298 = { instancePath: instancePath + "/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1") + "/endpoint_var", schemaPath: "#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/endpoint_var/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err298];
                  } else {
                    vErrors.push(err298);
                  }
                  errors++;
                }
              }
              if (data185.model_var !== void 0) {
                if (typeof data185.model_var !== "string") {
                  const err299 = { instancePath: instancePath + "/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1") + "/model_var", schemaPath: "#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/model_var/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err299];
                  } else {
                    vErrors.push(err299);
                  }
                  errors++;
                }
              }
            } else {
              const err300 = { instancePath: instancePath + "/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err300];
              } else {
                vErrors.push(err300);
              }
              errors++;
            }
          }
        }
      } else {
        const err301 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err301];
        } else {
          vErrors.push(err301);
        }
        errors++;
      }
      var _valid27 = _errs534 === errors;
      if (_valid27 && valid179) {
        valid179 = false;
        passing27 = [passing27, 1];
      } else {
        if (_valid27) {
          valid179 = true;
          passing27 = 1;
        }
      }
      if (!valid179) {
        const err302 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/oneOf", keyword: "oneOf", params: { passingSchemas: passing27 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err302];
        } else {
          vErrors.push(err302);
        }
        errors++;
      } else {
        errors = _errs528;
        if (vErrors !== null) {
          if (_errs528) {
            vErrors.length = _errs528;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.networks !== void 0) {
      let data188 = data.networks;
      const _errs544 = errors;
      let valid186 = false;
      let passing28 = null;
      const _errs545 = errors;
      if (Array.isArray(data188)) {
        const len40 = data188.length;
        for (let i59 = 0; i59 < len40; i59++) {
          if (typeof data188[i59] !== "string") {
            const err303 = { instancePath: instancePath + "/networks/" + i59, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err303];
            } else {
              vErrors.push(err303);
            }
            errors++;
          }
        }
        let i60 = data188.length;
        let j19;
        if (i60 > 1) {
          const indices19 = {};
          for (; i60--; ) {
            let item19 = data188[i60];
            if (typeof item19 !== "string") {
              continue;
            }
            if (typeof indices19[item19] == "number") {
              j19 = indices19[item19];
              const err304 = { instancePath: instancePath + "/networks", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i60, j: j19 }, message: "must NOT have duplicate items (items ## " + j19 + " and " + i60 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err304];
              } else {
                vErrors.push(err304);
              }
              errors++;
              break;
            }
            indices19[item19] = i60;
          }
        }
      } else {
        const err305 = { instancePath: instancePath + "/networks", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err305];
        } else {
          vErrors.push(err305);
        }
        errors++;
      }
      var _valid28 = _errs545 === errors;
      if (_valid28) {
        valid186 = true;
        passing28 = 0;
      }
      const _errs550 = errors;
      if (data188 && typeof data188 == "object" && !Array.isArray(data188)) {
        for (const key44 in data188) {
          if (!pattern1.test(key44)) {
            const err306 = { instancePath: instancePath + "/networks", schemaPath: "#/properties/networks/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key44 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err306];
            } else {
              vErrors.push(err306);
            }
            errors++;
          }
        }
        for (const key45 in data188) {
          if (pattern1.test(key45)) {
            let data190 = data188[key45];
            const _errs554 = errors;
            let valid192 = false;
            let passing29 = null;
            const _errs555 = errors;
            if (data190 && typeof data190 == "object" && !Array.isArray(data190)) {
              for (const key46 in data190) {
                if (!(func0.call(schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties, key46) || pattern0.test(key46))) {
                  const err307 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err307];
                  } else {
                    vErrors.push(err307);
                  }
                  errors++;
                }
              }
              if (data190.aliases !== void 0) {
                let data191 = data190.aliases;
                if (Array.isArray(data191)) {
                  const len41 = data191.length;
                  for (let i61 = 0; i61 < len41; i61++) {
                    if (typeof data191[i61] !== "string") {
                      const err308 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i61, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err308];
                      } else {
                        vErrors.push(err308);
                      }
                      errors++;
                    }
                  }
                  let i62 = data191.length;
                  let j20;
                  if (i62 > 1) {
                    const indices20 = {};
                    for (; i62--; ) {
                      let item20 = data191[i62];
                      if (typeof item20 !== "string") {
                        continue;
                      }
                      if (typeof indices20[item20] == "number") {
                        j20 = indices20[item20];
                        const err309 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i62, j: j20 }, message: "must NOT have duplicate items (items ## " + j20 + " and " + i62 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err309];
                        } else {
                          vErrors.push(err309);
                        }
                        errors++;
                        break;
                      }
                      indices20[item20] = i62;
                    }
                  }
                } else {
                  const err310 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err310];
                  } else {
                    vErrors.push(err310);
                  }
                  errors++;
                }
              }
              if (data190.interface_name !== void 0) {
                if (typeof data190.interface_name !== "string") {
                  const err311 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/interface_name", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/interface_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err311];
                  } else {
                    vErrors.push(err311);
                  }
                  errors++;
                }
              }
              if (data190.ipv4_address !== void 0) {
                if (typeof data190.ipv4_address !== "string") {
                  const err312 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/ipv4_address", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv4_address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err312];
                  } else {
                    vErrors.push(err312);
                  }
                  errors++;
                }
              }
              if (data190.ipv6_address !== void 0) {
                if (typeof data190.ipv6_address !== "string") {
                  const err313 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/ipv6_address", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv6_address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err313];
                  } else {
                    vErrors.push(err313);
                  }
                  errors++;
                }
              }
              if (data190.link_local_ips !== void 0) {
                let data196 = data190.link_local_ips;
                if (Array.isArray(data196)) {
                  const len42 = data196.length;
                  for (let i63 = 0; i63 < len42; i63++) {
                    if (typeof data196[i63] !== "string") {
                      const err314 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/link_local_ips/" + i63, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err314];
                      } else {
                        vErrors.push(err314);
                      }
                      errors++;
                    }
                  }
                  let i64 = data196.length;
                  let j21;
                  if (i64 > 1) {
                    const indices21 = {};
                    for (; i64--; ) {
                      let item21 = data196[i64];
                      if (typeof item21 !== "string") {
                        continue;
                      }
                      if (typeof indices21[item21] == "number") {
                        j21 = indices21[item21];
                        const err315 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/link_local_ips", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i64, j: j21 }, message: "must NOT have duplicate items (items ## " + j21 + " and " + i64 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err315];
                        } else {
                          vErrors.push(err315);
                        }
                        errors++;
                        break;
                      }
                      indices21[item21] = i64;
                    }
                  }
                } else {
                  const err316 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/link_local_ips", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err316];
                  } else {
                    vErrors.push(err316);
                  }
                  errors++;
                }
              }
              if (data190.mac_address !== void 0) {
                if (typeof data190.mac_address !== "string") {
                  const err317 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/mac_address", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/mac_address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err317];
                  } else {
                    vErrors.push(err317);
                  }
                  errors++;
                }
              }
              if (data190.driver_opts !== void 0) {
                let data199 = data190.driver_opts;
                if (data199 && typeof data199 == "object" && !Array.isArray(data199)) {
                  for (const key47 in data199) {
                    if (pattern51.test(key47)) {
                      let data200 = data199[key47];
                      if (typeof data200 !== "string" && !(typeof data200 == "number")) {
                        const err318 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/driver_opts/" + key47.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/driver_opts/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.patternProperties["^.+$"].type }, message: "must be string,number" };
                        if (vErrors === null) {
                          vErrors = [err318];
                        } else {
                          vErrors.push(err318);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err319 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/driver_opts", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/driver_opts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err319];
                  } else {
                    vErrors.push(err319);
                  }
                  errors++;
                }
              }
              if (data190.priority !== void 0) {
                if (!(typeof data190.priority == "number")) {
                  const err320 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/priority", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/priority/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err320];
                  } else {
                    vErrors.push(err320);
                  }
                  errors++;
                }
              }
              if (data190.gw_priority !== void 0) {
                if (!(typeof data190.gw_priority == "number")) {
                  const err321 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/gw_priority", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/gw_priority/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err321];
                  } else {
                    vErrors.push(err321);
                  }
                  errors++;
                }
              }
            } else {
              const err322 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err322];
              } else {
                vErrors.push(err322);
              }
              errors++;
            }
            var _valid29 = _errs555 === errors;
            if (_valid29) {
              valid192 = true;
              passing29 = 0;
            }
            const _errs584 = errors;
            if (data190 !== null) {
              const err323 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
              if (vErrors === null) {
                vErrors = [err323];
              } else {
                vErrors.push(err323);
              }
              errors++;
            }
            var _valid29 = _errs584 === errors;
            if (_valid29 && valid192) {
              valid192 = false;
              passing29 = [passing29, 1];
            } else {
              if (_valid29) {
                valid192 = true;
                passing29 = 1;
              }
            }
            if (!valid192) {
              const err324 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf", keyword: "oneOf", params: { passingSchemas: passing29 }, message: "must match exactly one schema in oneOf" };
              if (vErrors === null) {
                vErrors = [err324];
              } else {
                vErrors.push(err324);
              }
              errors++;
            } else {
              errors = _errs554;
              if (vErrors !== null) {
                if (_errs554) {
                  vErrors.length = _errs554;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      } else {
        const err325 = { instancePath: instancePath + "/networks", schemaPath: "#/properties/networks/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err325];
        } else {
          vErrors.push(err325);
        }
        errors++;
      }
      var _valid28 = _errs550 === errors;
      if (_valid28 && valid186) {
        valid186 = false;
        passing28 = [passing28, 1];
      } else {
        if (_valid28) {
          valid186 = true;
          passing28 = 1;
        }
      }
      if (!valid186) {
        const err326 = { instancePath: instancePath + "/networks", schemaPath: "#/properties/networks/oneOf", keyword: "oneOf", params: { passingSchemas: passing28 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err326];
        } else {
          vErrors.push(err326);
        }
        errors++;
      } else {
        errors = _errs544;
        if (vErrors !== null) {
          if (_errs544) {
            vErrors.length = _errs544;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oom_kill_disable !== void 0) {
      let data203 = data.oom_kill_disable;
      if (typeof data203 !== "boolean" && typeof data203 !== "string") {
        const err327 = { instancePath: instancePath + "/oom_kill_disable", schemaPath: "#/properties/oom_kill_disable/type", keyword: "type", params: { type: schema4.properties.oom_kill_disable.type }, message: "must be boolean,string" };
        if (vErrors === null) {
          vErrors = [err327];
        } else {
          vErrors.push(err327);
        }
        errors++;
      }
    }
    if (data.oom_score_adj !== void 0) {
      let data204 = data.oom_score_adj;
      const _errs589 = errors;
      let valid203 = false;
      let passing30 = null;
      const _errs590 = errors;
      if (typeof data204 !== "string") {
        const err328 = { instancePath: instancePath + "/oom_score_adj", schemaPath: "#/properties/oom_score_adj/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err328];
        } else {
          vErrors.push(err328);
        }
        errors++;
      }
      var _valid30 = _errs590 === errors;
      if (_valid30) {
        valid203 = true;
        passing30 = 0;
      }
      const _errs592 = errors;
      if (!(typeof data204 == "number" && (!(data204 % 1) && !isNaN(data204)))) {
        const err329 = { instancePath: instancePath + "/oom_score_adj", schemaPath: "#/properties/oom_score_adj/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err329];
        } else {
          vErrors.push(err329);
        }
        errors++;
      }
      if (typeof data204 == "number") {
        if (data204 > 1e3 || isNaN(data204)) {
          const err330 = { instancePath: instancePath + "/oom_score_adj", schemaPath: "#/properties/oom_score_adj/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" };
          if (vErrors === null) {
            vErrors = [err330];
          } else {
            vErrors.push(err330);
          }
          errors++;
        }
        if (data204 < -1e3 || isNaN(data204)) {
          const err331 = { instancePath: instancePath + "/oom_score_adj", schemaPath: "#/properties/oom_score_adj/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e3 }, message: "must be >= -1000" };
          if (vErrors === null) {
            vErrors = [err331];
          } else {
            vErrors.push(err331);
          }
          errors++;
        }
      }
      var _valid30 = _errs592 === errors;
      if (_valid30 && valid203) {
        valid203 = false;
        passing30 = [passing30, 1];
      } else {
        if (_valid30) {
          valid203 = true;
          passing30 = 1;
        }
      }
      if (!valid203) {
        const err332 = { instancePath: instancePath + "/oom_score_adj", schemaPath: "#/properties/oom_score_adj/oneOf", keyword: "oneOf", params: { passingSchemas: passing30 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err332];
        } else {
          vErrors.push(err332);
        }
        errors++;
      } else {
        errors = _errs589;
        if (vErrors !== null) {
          if (_errs589) {
            vErrors.length = _errs589;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.pid !== void 0) {
      let data205 = data.pid;
      if (typeof data205 !== "string" && data205 !== null) {
        const err333 = { instancePath: instancePath + "/pid", schemaPath: "#/properties/pid/type", keyword: "type", params: { type: schema4.properties.pid.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err333];
        } else {
          vErrors.push(err333);
        }
        errors++;
      }
    }
    if (data.pids_limit !== void 0) {
      let data206 = data.pids_limit;
      if (!(typeof data206 == "number") && typeof data206 !== "string") {
        const err334 = { instancePath: instancePath + "/pids_limit", schemaPath: "#/properties/pids_limit/type", keyword: "type", params: { type: schema4.properties.pids_limit.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err334];
        } else {
          vErrors.push(err334);
        }
        errors++;
      }
    }
    if (data.platform !== void 0) {
      if (typeof data.platform !== "string") {
        const err335 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err335];
        } else {
          vErrors.push(err335);
        }
        errors++;
      }
    }
    if (data.ports !== void 0) {
      let data208 = data.ports;
      if (Array.isArray(data208)) {
        const len43 = data208.length;
        for (let i65 = 0; i65 < len43; i65++) {
          let data209 = data208[i65];
          const _errs603 = errors;
          let valid206 = false;
          let passing31 = null;
          const _errs604 = errors;
          if (!(typeof data209 == "number")) {
            const err336 = { instancePath: instancePath + "/ports/" + i65, schemaPath: "#/properties/ports/items/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err336];
            } else {
              vErrors.push(err336);
            }
            errors++;
          }
          var _valid31 = _errs604 === errors;
          if (_valid31) {
            valid206 = true;
            passing31 = 0;
          }
          const _errs606 = errors;
          if (typeof data209 !== "string") {
            const err337 = { instancePath: instancePath + "/ports/" + i65, schemaPath: "#/properties/ports/items/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err337];
            } else {
              vErrors.push(err337);
            }
            errors++;
          }
          var _valid31 = _errs606 === errors;
          if (_valid31 && valid206) {
            valid206 = false;
            passing31 = [passing31, 1];
          } else {
            if (_valid31) {
              valid206 = true;
              passing31 = 1;
            }
            const _errs608 = errors;
            if (data209 && typeof data209 == "object" && !Array.isArray(data209)) {
              for (const key48 in data209) {
                if (!(key48 === "name" || key48 === "mode" || key48 === "host_ip" || key48 === "target" || key48 === "published" || key48 === "protocol" || key48 === "app_protocol" || pattern0.test(key48))) {
                  const err338 = { instancePath: instancePath + "/ports/" + i65, schemaPath: "#/properties/ports/items/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err338];
                  } else {
                    vErrors.push(err338);
                  }
                  errors++;
                }
              }
              if (data209.name !== void 0) {
                if (typeof data209.name !== "string") {
                  const err339 = { instancePath: instancePath + "/ports/" + i65 + "/name", schemaPath: "#/properties/ports/items/oneOf/2/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err339];
                  } else {
                    vErrors.push(err339);
                  }
                  errors++;
                }
              }
              if (data209.mode !== void 0) {
                if (typeof data209.mode !== "string") {
                  const err340 = { instancePath: instancePath + "/ports/" + i65 + "/mode", schemaPath: "#/properties/ports/items/oneOf/2/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err340];
                  } else {
                    vErrors.push(err340);
                  }
                  errors++;
                }
              }
              if (data209.host_ip !== void 0) {
                if (typeof data209.host_ip !== "string") {
                  const err341 = { instancePath: instancePath + "/ports/" + i65 + "/host_ip", schemaPath: "#/properties/ports/items/oneOf/2/properties/host_ip/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err341];
                  } else {
                    vErrors.push(err341);
                  }
                  errors++;
                }
              }
              if (data209.target !== void 0) {
                let data213 = data209.target;
                if (!(typeof data213 == "number" && (!(data213 % 1) && !isNaN(data213))) && typeof data213 !== "string") {
                  const err342 = { instancePath: instancePath + "/ports/" + i65 + "/target", schemaPath: "#/properties/ports/items/oneOf/2/properties/target/type", keyword: "type", params: { type: schema4.properties.ports.items.oneOf[2].properties.target.type }, message: "must be integer,string" };
                  if (vErrors === null) {
                    vErrors = [err342];
                  } else {
                    vErrors.push(err342);
                  }
                  errors++;
                }
              }
              if (data209.published !== void 0) {
                let data214 = data209.published;
                if (typeof data214 !== "string" && !(typeof data214 == "number" && (!(data214 % 1) && !isNaN(data214)))) {
                  const err343 = { instancePath: instancePath + "/ports/" + i65 + "/published", schemaPath: "#/properties/ports/items/oneOf/2/properties/published/type", keyword: "type", params: { type: schema4.properties.ports.items.oneOf[2].properties.published.type }, message: "must be string,integer" };
                  if (vErrors === null) {
                    vErrors = [err343];
                  } else {
                    vErrors.push(err343);
                  }
                  errors++;
                }
              }
              if (data209.protocol !== void 0) {
                if (typeof data209.protocol !== "string") {
                  const err344 = { instancePath: instancePath + "/ports/" + i65 + "/protocol", schemaPath: "#/properties/ports/items/oneOf/2/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err344];
                  } else {
                    vErrors.push(err344);
                  }
                  errors++;
                }
              }
              if (data209.app_protocol !== void 0) {
                if (typeof data209.app_protocol !== "string") {
                  const err345 = { instancePath: instancePath + "/ports/" + i65 + "/app_protocol", schemaPath: "#/properties/ports/items/oneOf/2/properties/app_protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err345];
                  } else {
                    vErrors.push(err345);
                  }
                  errors++;
                }
              }
            } else {
              const err346 = { instancePath: instancePath + "/ports/" + i65, schemaPath: "#/properties/ports/items/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err346];
              } else {
                vErrors.push(err346);
              }
              errors++;
            }
            var _valid31 = _errs608 === errors;
            if (_valid31 && valid206) {
              valid206 = false;
              passing31 = [passing31, 2];
            } else {
              if (_valid31) {
                valid206 = true;
                passing31 = 2;
              }
            }
          }
          if (!valid206) {
            const err347 = { instancePath: instancePath + "/ports/" + i65, schemaPath: "#/properties/ports/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing31 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err347];
            } else {
              vErrors.push(err347);
            }
            errors++;
          } else {
            errors = _errs603;
            if (vErrors !== null) {
              if (_errs603) {
                vErrors.length = _errs603;
              } else {
                vErrors = null;
              }
            }
          }
        }
        let i66 = data208.length;
        let j22;
        if (i66 > 1) {
          outer0: for (; i66--; ) {
            for (j22 = i66; j22--; ) {
              if (func5(data208[i66], data208[j22])) {
                const err348 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/uniqueItems", keyword: "uniqueItems", params: { i: i66, j: j22 }, message: "must NOT have duplicate items (items ## " + j22 + " and " + i66 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err348];
                } else {
                  vErrors.push(err348);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err349 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err349];
        } else {
          vErrors.push(err349);
        }
        errors++;
      }
    }
    if (data.post_start !== void 0) {
      let data217 = data.post_start;
      if (Array.isArray(data217)) {
        const len44 = data217.length;
        for (let i67 = 0; i67 < len44; i67++) {
          if (!validate10(data217[i67], { instancePath: instancePath + "/post_start/" + i67, parentData: data217, parentDataProperty: i67, rootData })) {
            vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err350 = { instancePath: instancePath + "/post_start", schemaPath: "#/properties/post_start/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err350];
        } else {
          vErrors.push(err350);
        }
        errors++;
      }
    }
    if (data.pre_stop !== void 0) {
      let data219 = data.pre_stop;
      if (Array.isArray(data219)) {
        const len45 = data219.length;
        for (let i68 = 0; i68 < len45; i68++) {
          if (!validate10(data219[i68], { instancePath: instancePath + "/pre_stop/" + i68, parentData: data219, parentDataProperty: i68, rootData })) {
            vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err351 = { instancePath: instancePath + "/pre_stop", schemaPath: "#/properties/pre_stop/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err351];
        } else {
          vErrors.push(err351);
        }
        errors++;
      }
    }
    if (data.privileged !== void 0) {
      let data221 = data.privileged;
      if (typeof data221 !== "boolean" && typeof data221 !== "string") {
        const err352 = { instancePath: instancePath + "/privileged", schemaPath: "#/properties/privileged/type", keyword: "type", params: { type: schema4.properties.privileged.type }, message: "must be boolean,string" };
        if (vErrors === null) {
          vErrors = [err352];
        } else {
          vErrors.push(err352);
        }
        errors++;
      }
    }
    if (data.profiles !== void 0) {
      let data222 = data.profiles;
      if (Array.isArray(data222)) {
        const len46 = data222.length;
        for (let i69 = 0; i69 < len46; i69++) {
          if (typeof data222[i69] !== "string") {
            const err353 = { instancePath: instancePath + "/profiles/" + i69, schemaPath: "#/definitions/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err353];
            } else {
              vErrors.push(err353);
            }
            errors++;
          }
        }
        let i70 = data222.length;
        let j23;
        if (i70 > 1) {
          const indices22 = {};
          for (; i70--; ) {
            let item22 = data222[i70];
            if (typeof item22 !== "string") {
              continue;
            }
            if (typeof indices22[item22] == "number") {
              j23 = indices22[item22];
              const err354 = { instancePath: instancePath + "/profiles", schemaPath: "#/definitions/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i70, j: j23 }, message: "must NOT have duplicate items (items ## " + j23 + " and " + i70 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err354];
              } else {
                vErrors.push(err354);
              }
              errors++;
              break;
            }
            indices22[item22] = i70;
          }
        }
      } else {
        const err355 = { instancePath: instancePath + "/profiles", schemaPath: "#/definitions/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err355];
        } else {
          vErrors.push(err355);
        }
        errors++;
      }
    }
    if (data.pull_policy !== void 0) {
      let data224 = data.pull_policy;
      if (typeof data224 === "string") {
        if (!pattern69.test(data224)) {
          const err356 = { instancePath: instancePath + "/pull_policy", schemaPath: "#/properties/pull_policy/pattern", keyword: "pattern", params: { pattern: "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+" }, message: 'must match pattern "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+"' };
          if (vErrors === null) {
            vErrors = [err356];
          } else {
            vErrors.push(err356);
          }
          errors++;
        }
      } else {
        const err357 = { instancePath: instancePath + "/pull_policy", schemaPath: "#/properties/pull_policy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err357];
        } else {
          vErrors.push(err357);
        }
        errors++;
      }
    }
    if (data.pull_refresh_after !== void 0) {
      if (typeof data.pull_refresh_after !== "string") {
        const err358 = { instancePath: instancePath + "/pull_refresh_after", schemaPath: "#/properties/pull_refresh_after/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err358];
        } else {
          vErrors.push(err358);
        }
        errors++;
      }
    }
    if (data.read_only !== void 0) {
      let data226 = data.read_only;
      if (typeof data226 !== "boolean" && typeof data226 !== "string") {
        const err359 = { instancePath: instancePath + "/read_only", schemaPath: "#/properties/read_only/type", keyword: "type", params: { type: schema4.properties.read_only.type }, message: "must be boolean,string" };
        if (vErrors === null) {
          vErrors = [err359];
        } else {
          vErrors.push(err359);
        }
        errors++;
      }
    }
    if (data.restart !== void 0) {
      if (typeof data.restart !== "string") {
        const err360 = { instancePath: instancePath + "/restart", schemaPath: "#/properties/restart/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err360];
        } else {
          vErrors.push(err360);
        }
        errors++;
      }
    }
    if (data.runtime !== void 0) {
      if (typeof data.runtime !== "string") {
        const err361 = { instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err361];
        } else {
          vErrors.push(err361);
        }
        errors++;
      }
    }
    if (data.scale !== void 0) {
      let data229 = data.scale;
      if (!(typeof data229 == "number" && (!(data229 % 1) && !isNaN(data229))) && typeof data229 !== "string") {
        const err362 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/type", keyword: "type", params: { type: schema4.properties.scale.type }, message: "must be integer,string" };
        if (vErrors === null) {
          vErrors = [err362];
        } else {
          vErrors.push(err362);
        }
        errors++;
      }
    }
    if (data.security_opt !== void 0) {
      let data230 = data.security_opt;
      if (Array.isArray(data230)) {
        const len47 = data230.length;
        for (let i71 = 0; i71 < len47; i71++) {
          if (typeof data230[i71] !== "string") {
            const err363 = { instancePath: instancePath + "/security_opt/" + i71, schemaPath: "#/properties/security_opt/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err363];
            } else {
              vErrors.push(err363);
            }
            errors++;
          }
        }
        let i72 = data230.length;
        let j24;
        if (i72 > 1) {
          const indices23 = {};
          for (; i72--; ) {
            let item23 = data230[i72];
            if (typeof item23 !== "string") {
              continue;
            }
            if (typeof indices23[item23] == "number") {
              j24 = indices23[item23];
              const err364 = { instancePath: instancePath + "/security_opt", schemaPath: "#/properties/security_opt/uniqueItems", keyword: "uniqueItems", params: { i: i72, j: j24 }, message: "must NOT have duplicate items (items ## " + j24 + " and " + i72 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err364];
              } else {
                vErrors.push(err364);
              }
              errors++;
              break;
            }
            indices23[item23] = i72;
          }
        }
      } else {
        const err365 = { instancePath: instancePath + "/security_opt", schemaPath: "#/properties/security_opt/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err365];
        } else {
          vErrors.push(err365);
        }
        errors++;
      }
    }
    if (data.shm_size !== void 0) {
      let data232 = data.shm_size;
      if (!(typeof data232 == "number") && typeof data232 !== "string") {
        const err366 = { instancePath: instancePath + "/shm_size", schemaPath: "#/properties/shm_size/type", keyword: "type", params: { type: schema4.properties.shm_size.type }, message: "must be number,string" };
        if (vErrors === null) {
          vErrors = [err366];
        } else {
          vErrors.push(err366);
        }
        errors++;
      }
    }
    if (data.secrets !== void 0) {
      let data233 = data.secrets;
      if (Array.isArray(data233)) {
        const len48 = data233.length;
        for (let i73 = 0; i73 < len48; i73++) {
          let data234 = data233[i73];
          const _errs660 = errors;
          let valid223 = false;
          let passing32 = null;
          const _errs661 = errors;
          if (typeof data234 !== "string") {
            const err367 = { instancePath: instancePath + "/secrets/" + i73, schemaPath: "#/definitions/service_config_or_secret/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err367];
            } else {
              vErrors.push(err367);
            }
            errors++;
          }
          var _valid32 = _errs661 === errors;
          if (_valid32) {
            valid223 = true;
            passing32 = 0;
          }
          const _errs663 = errors;
          if (data234 && typeof data234 == "object" && !Array.isArray(data234)) {
            for (const key49 in data234) {
              if (!(key49 === "source" || key49 === "target" || key49 === "uid" || key49 === "gid" || key49 === "mode" || pattern0.test(key49))) {
                const err368 = { instancePath: instancePath + "/secrets/" + i73, schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key49 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err368];
                } else {
                  vErrors.push(err368);
                }
                errors++;
              }
            }
            if (data234.source !== void 0) {
              if (typeof data234.source !== "string") {
                const err369 = { instancePath: instancePath + "/secrets/" + i73 + "/source", schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err369];
                } else {
                  vErrors.push(err369);
                }
                errors++;
              }
            }
            if (data234.target !== void 0) {
              if (typeof data234.target !== "string") {
                const err370 = { instancePath: instancePath + "/secrets/" + i73 + "/target", schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err370];
                } else {
                  vErrors.push(err370);
                }
                errors++;
              }
            }
            if (data234.uid !== void 0) {
              if (typeof data234.uid !== "string") {
                const err371 = { instancePath: instancePath + "/secrets/" + i73 + "/uid", schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err371];
                } else {
                  vErrors.push(err371);
                }
                errors++;
              }
            }
            if (data234.gid !== void 0) {
              if (typeof data234.gid !== "string") {
                const err372 = { instancePath: instancePath + "/secrets/" + i73 + "/gid", schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/properties/gid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err372];
                } else {
                  vErrors.push(err372);
                }
                errors++;
              }
            }
            if (data234.mode !== void 0) {
              let data239 = data234.mode;
              if (!(typeof data239 == "number") && typeof data239 !== "string") {
                const err373 = { instancePath: instancePath + "/secrets/" + i73 + "/mode", schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/properties/mode/type", keyword: "type", params: { type: schema22.items.oneOf[1].properties.mode.type }, message: "must be number,string" };
                if (vErrors === null) {
                  vErrors = [err373];
                } else {
                  vErrors.push(err373);
                }
                errors++;
              }
            }
          } else {
            const err374 = { instancePath: instancePath + "/secrets/" + i73, schemaPath: "#/definitions/service_config_or_secret/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err374];
            } else {
              vErrors.push(err374);
            }
            errors++;
          }
          var _valid32 = _errs663 === errors;
          if (_valid32 && valid223) {
            valid223 = false;
            passing32 = [passing32, 1];
          } else {
            if (_valid32) {
              valid223 = true;
              passing32 = 1;
            }
          }
          if (!valid223) {
            const err375 = { instancePath: instancePath + "/secrets/" + i73, schemaPath: "#/definitions/service_config_or_secret/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing32 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err375];
            } else {
              vErrors.push(err375);
            }
            errors++;
          } else {
            errors = _errs660;
            if (vErrors !== null) {
              if (_errs660) {
                vErrors.length = _errs660;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err376 = { instancePath: instancePath + "/secrets", schemaPath: "#/definitions/service_config_or_secret/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err376];
        } else {
          vErrors.push(err376);
        }
        errors++;
      }
    }
    if (data.sysctls !== void 0) {
      let data240 = data.sysctls;
      const _errs678 = errors;
      let valid226 = false;
      let passing33 = null;
      const _errs679 = errors;
      if (data240 && typeof data240 == "object" && !Array.isArray(data240)) {
        for (const key50 in data240) {
          if (!pattern7.test(key50)) {
            const err377 = { instancePath: instancePath + "/sysctls", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key50 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err377];
            } else {
              vErrors.push(err377);
            }
            errors++;
          }
        }
        for (const key51 in data240) {
          if (pattern7.test(key51)) {
            let data241 = data240[key51];
            if (typeof data241 !== "string" && !(typeof data241 == "number") && typeof data241 !== "boolean" && data241 !== null) {
              const err378 = { instancePath: instancePath + "/sysctls/" + key51.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err378];
              } else {
                vErrors.push(err378);
              }
              errors++;
            }
          }
        }
      } else {
        const err379 = { instancePath: instancePath + "/sysctls", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err379];
        } else {
          vErrors.push(err379);
        }
        errors++;
      }
      var _valid33 = _errs679 === errors;
      if (_valid33) {
        valid226 = true;
        passing33 = 0;
      }
      const _errs684 = errors;
      if (Array.isArray(data240)) {
        const len49 = data240.length;
        for (let i74 = 0; i74 < len49; i74++) {
          if (typeof data240[i74] !== "string") {
            const err380 = { instancePath: instancePath + "/sysctls/" + i74, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err380];
            } else {
              vErrors.push(err380);
            }
            errors++;
          }
        }
        let i75 = data240.length;
        let j25;
        if (i75 > 1) {
          const indices24 = {};
          for (; i75--; ) {
            let item24 = data240[i75];
            if (typeof item24 !== "string") {
              continue;
            }
            if (typeof indices24[item24] == "number") {
              j25 = indices24[item24];
              const err381 = { instancePath: instancePath + "/sysctls", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i75, j: j25 }, message: "must NOT have duplicate items (items ## " + j25 + " and " + i75 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err381];
              } else {
                vErrors.push(err381);
              }
              errors++;
              break;
            }
            indices24[item24] = i75;
          }
        }
      } else {
        const err382 = { instancePath: instancePath + "/sysctls", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err382];
        } else {
          vErrors.push(err382);
        }
        errors++;
      }
      var _valid33 = _errs684 === errors;
      if (_valid33 && valid226) {
        valid226 = false;
        passing33 = [passing33, 1];
      } else {
        if (_valid33) {
          valid226 = true;
          passing33 = 1;
        }
      }
      if (!valid226) {
        const err383 = { instancePath: instancePath + "/sysctls", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing33 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err383];
        } else {
          vErrors.push(err383);
        }
        errors++;
      } else {
        errors = _errs678;
        if (vErrors !== null) {
          if (_errs678) {
            vErrors.length = _errs678;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.stdin_open !== void 0) {
      let data243 = data.stdin_open;
      if (typeof data243 !== "boolean" && typeof data243 !== "string") {
        const err384 = { instancePath: instancePath + "/stdin_open", schemaPath: "#/properties/stdin_open/type", keyword: "type", params: { type: schema4.properties.stdin_open.type }, message: "must be boolean,string" };
        if (vErrors === null) {
          vErrors = [err384];
        } else {
          vErrors.push(err384);
        }
        errors++;
      }
    }
    if (data.stop_grace_period !== void 0) {
      if (typeof data.stop_grace_period !== "string") {
        const err385 = { instancePath: instancePath + "/stop_grace_period", schemaPath: "#/properties/stop_grace_period/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err385];
        } else {
          vErrors.push(err385);
        }
        errors++;
      }
    }
    if (data.stop_signal !== void 0) {
      if (typeof data.stop_signal !== "string") {
        const err386 = { instancePath: instancePath + "/stop_signal", schemaPath: "#/properties/stop_signal/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err386];
        } else {
          vErrors.push(err386);
        }
        errors++;
      }
    }
    if (data.storage_opt !== void 0) {
      let data246 = data.storage_opt;
      if (!(data246 && typeof data246 == "object" && !Array.isArray(data246))) {
        const err387 = { instancePath: instancePath + "/storage_opt", schemaPath: "#/properties/storage_opt/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err387];
        } else {
          vErrors.push(err387);
        }
        errors++;
      }
    }
    if (data.tmpfs !== void 0) {
      if (!validate2(data.tmpfs, { instancePath: instancePath + "/tmpfs", parentData: data, parentDataProperty: "tmpfs", rootData })) {
        vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
        errors = vErrors.length;
      }
    }
    if (data.tty !== void 0) {
      let data248 = data.tty;
      if (typeof data248 !== "boolean" && typeof data248 !== "string") {
        const err388 = { instancePath: instancePath + "/tty", schemaPath: "#/properties/tty/type", keyword: "type", params: { type: schema4.properties.tty.type }, message: "must be boolean,string" };
        if (vErrors === null) {
          vErrors = [err388];
        } else {
          vErrors.push(err388);
        }
        errors++;
      }
    }
    if (data.ulimits !== void 0) {
      let data249 = data.ulimits;
      if (data249 && typeof data249 == "object" && !Array.isArray(data249)) {
        for (const key52 in data249) {
          if (pattern39.test(key52)) {
            let data250 = data249[key52];
            const _errs703 = errors;
            let valid233 = false;
            let passing34 = null;
            const _errs704 = errors;
            if (!(typeof data250 == "number" && (!(data250 % 1) && !isNaN(data250))) && typeof data250 !== "string") {
              const err389 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/0/type", keyword: "type", params: { type: schema23.patternProperties["^[a-z]+$"].oneOf[0].type }, message: "must be integer,string" };
              if (vErrors === null) {
                vErrors = [err389];
              } else {
                vErrors.push(err389);
              }
              errors++;
            }
            var _valid34 = _errs704 === errors;
            if (_valid34) {
              valid233 = true;
              passing34 = 0;
            }
            const _errs706 = errors;
            if (data250 && typeof data250 == "object" && !Array.isArray(data250)) {
              if (data250.soft === void 0) {
                const err390 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required", keyword: "required", params: { missingProperty: "soft" }, message: "must have required property 'soft'" };
                if (vErrors === null) {
                  vErrors = [err390];
                } else {
                  vErrors.push(err390);
                }
                errors++;
              }
              if (data250.hard === void 0) {
                const err391 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required", keyword: "required", params: { missingProperty: "hard" }, message: "must have required property 'hard'" };
                if (vErrors === null) {
                  vErrors = [err391];
                } else {
                  vErrors.push(err391);
                }
                errors++;
              }
              for (const key53 in data250) {
                if (!(key53 === "hard" || key53 === "soft" || pattern0.test(key53))) {
                  const err392 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key53 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err392];
                  } else {
                    vErrors.push(err392);
                  }
                  errors++;
                }
              }
              if (data250.hard !== void 0) {
                let data251 = data250.hard;
                if (!(typeof data251 == "number" && (!(data251 % 1) && !isNaN(data251))) && typeof data251 !== "string") {
                  const err393 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1") + "/hard", schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/hard/type", keyword: "type", params: { type: schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type }, message: "must be integer,string" };
                  if (vErrors === null) {
                    vErrors = [err393];
                  } else {
                    vErrors.push(err393);
                  }
                  errors++;
                }
              }
              if (data250.soft !== void 0) {
                let data252 = data250.soft;
                if (!(typeof data252 == "number" && (!(data252 % 1) && !isNaN(data252))) && typeof data252 !== "string") {
                  const err394 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1") + "/soft", schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/soft/type", keyword: "type", params: { type: schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type }, message: "must be integer,string" };
                  if (vErrors === null) {
                    vErrors = [err394];
                  } else {
                    vErrors.push(err394);
                  }
                  errors++;
                }
              }
            } else {
              const err395 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err395];
              } else {
                vErrors.push(err395);
              }
              errors++;
            }
            var _valid34 = _errs706 === errors;
            if (_valid34 && valid233) {
              valid233 = false;
              passing34 = [passing34, 1];
            } else {
              if (_valid34) {
                valid233 = true;
                passing34 = 1;
              }
            }
            if (!valid233) {
              const err396 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf", keyword: "oneOf", params: { passingSchemas: passing34 }, message: "must match exactly one schema in oneOf" };
              if (vErrors === null) {
                vErrors = [err396];
              } else {
                vErrors.push(err396);
              }
              errors++;
            } else {
              errors = _errs703;
              if (vErrors !== null) {
                if (_errs703) {
                  vErrors.length = _errs703;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      } else {
        const err397 = { instancePath: instancePath + "/ulimits", schemaPath: "#/definitions/ulimits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err397];
        } else {
          vErrors.push(err397);
        }
        errors++;
      }
    }
    if (data.use_api_socket !== void 0) {
      if (typeof data.use_api_socket !== "boolean") {
        const err398 = { instancePath: instancePath + "/use_api_socket", schemaPath: "#/properties/use_api_socket/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err398];
        } else {
          vErrors.push(err398);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      if (typeof data.user !== "string") {
        const err399 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err399];
        } else {
          vErrors.push(err399);
        }
        errors++;
      }
    }
    if (data.uts !== void 0) {
      if (typeof data.uts !== "string") {
        const err400 = { instancePath: instancePath + "/uts", schemaPath: "#/properties/uts/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err400];
        } else {
          vErrors.push(err400);
        }
        errors++;
      }
    }
    if (data.userns_mode !== void 0) {
      if (typeof data.userns_mode !== "string") {
        const err401 = { instancePath: instancePath + "/userns_mode", schemaPath: "#/properties/userns_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err401];
        } else {
          vErrors.push(err401);
        }
        errors++;
      }
    }
    if (data.volumes !== void 0) {
      let data257 = data.volumes;
      if (Array.isArray(data257)) {
        const len50 = data257.length;
        for (let i76 = 0; i76 < len50; i76++) {
          let data258 = data257[i76];
          const _errs724 = errors;
          let valid237 = false;
          let passing35 = null;
          const _errs725 = errors;
          if (typeof data258 !== "string") {
            const err402 = { instancePath: instancePath + "/volumes/" + i76, schemaPath: "#/properties/volumes/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err402];
            } else {
              vErrors.push(err402);
            }
            errors++;
          }
          var _valid35 = _errs725 === errors;
          if (_valid35) {
            valid237 = true;
            passing35 = 0;
          }
          const _errs727 = errors;
          if (data258 && typeof data258 == "object" && !Array.isArray(data258)) {
            if (data258.type === void 0) {
              const err403 = { instancePath: instancePath + "/volumes/" + i76, schemaPath: "#/properties/volumes/items/oneOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err403];
              } else {
                vErrors.push(err403);
              }
              errors++;
            }
            for (const key54 in data258) {
              if (!(func0.call(schema4.properties.volumes.items.oneOf[1].properties, key54) || pattern0.test(key54))) {
                const err404 = { instancePath: instancePath + "/volumes/" + i76, schemaPath: "#/properties/volumes/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key54 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err404];
                } else {
                  vErrors.push(err404);
                }
                errors++;
              }
            }
            if (data258.type !== void 0) {
              let data259 = data258.type;
              if (typeof data259 !== "string") {
                const err405 = { instancePath: instancePath + "/volumes/" + i76 + "/type", schemaPath: "#/properties/volumes/items/oneOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err405];
                } else {
                  vErrors.push(err405);
                }
                errors++;
              }
              if (!(data259 === "bind" || data259 === "volume" || data259 === "tmpfs" || data259 === "cluster" || data259 === "npipe" || data259 === "image")) {
                const err406 = { instancePath: instancePath + "/volumes/" + i76 + "/type", schemaPath: "#/properties/volumes/items/oneOf/1/properties/type/enum", keyword: "enum", params: { allowedValues: schema4.properties.volumes.items.oneOf[1].properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err406];
                } else {
                  vErrors.push(err406);
                }
                errors++;
              }
            }
            if (data258.source !== void 0) {
              if (typeof data258.source !== "string") {
                const err407 = { instancePath: instancePath + "/volumes/" + i76 + "/source", schemaPath: "#/properties/volumes/items/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err407];
                } else {
                  vErrors.push(err407);
                }
                errors++;
              }
            }
            if (data258.target !== void 0) {
              if (typeof data258.target !== "string") {
                const err408 = { instancePath: instancePath + "/volumes/" + i76 + "/target", schemaPath: "#/properties/volumes/items/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err408];
                } else {
                  vErrors.push(err408);
                }
                errors++;
              }
            }
            if (data258.read_only !== void 0) {
              let data262 = data258.read_only;
              if (typeof data262 !== "boolean" && typeof data262 !== "string") {
                const err409 = { instancePath: instancePath + "/volumes/" + i76 + "/read_only", schemaPath: "#/properties/volumes/items/oneOf/1/properties/read_only/type", keyword: "type", params: { type: schema4.properties.volumes.items.oneOf[1].properties.read_only.type }, message: "must be boolean,string" };
                if (vErrors === null) {
                  vErrors = [err409];
                } else {
                  vErrors.push(err409);
                }
                errors++;
              }
            }
            if (data258.consistency !== void 0) {
              if (typeof data258.consistency !== "string") {
                const err410 = { instancePath: instancePath + "/volumes/" + i76 + "/consistency", schemaPath: "#/properties/volumes/items/oneOf/1/properties/consistency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err410];
                } else {
                  vErrors.push(err410);
                }
                errors++;
              }
            }
            if (data258.bind !== void 0) {
              let data264 = data258.bind;
              if (data264 && typeof data264 == "object" && !Array.isArray(data264)) {
                for (const key55 in data264) {
                  if (!(key55 === "propagation" || key55 === "create_host_path" || key55 === "recursive" || key55 === "selinux" || pattern0.test(key55))) {
                    const err411 = { instancePath: instancePath + "/volumes/" + i76 + "/bind", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key55 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err411];
                    } else {
                      vErrors.push(err411);
                    }
                    errors++;
                  }
                }
                if (data264.propagation !== void 0) {
                  if (typeof data264.propagation !== "string") {
                    const err412 = { instancePath: instancePath + "/volumes/" + i76 + "/bind/propagation", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/propagation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err412];
                    } else {
                      vErrors.push(err412);
                    }
                    errors++;
                  }
                }
                if (data264.create_host_path !== void 0) {
                  let data266 = data264.create_host_path;
                  if (typeof data266 !== "boolean" && typeof data266 !== "string") {
                    const err413 = { instancePath: instancePath + "/volumes/" + i76 + "/bind/create_host_path", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/create_host_path/type", keyword: "type", params: { type: schema4.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path.type }, message: "must be boolean,string" };
                    if (vErrors === null) {
                      vErrors = [err413];
                    } else {
                      vErrors.push(err413);
                    }
                    errors++;
                  }
                }
                if (data264.recursive !== void 0) {
                  let data267 = data264.recursive;
                  if (typeof data267 !== "string") {
                    const err414 = { instancePath: instancePath + "/volumes/" + i76 + "/bind/recursive", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err414];
                    } else {
                      vErrors.push(err414);
                    }
                    errors++;
                  }
                  if (!(data267 === "enabled" || data267 === "disabled" || data267 === "writable" || data267 === "readonly")) {
                    const err415 = { instancePath: instancePath + "/volumes/" + i76 + "/bind/recursive", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/enum", keyword: "enum", params: { allowedValues: schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err415];
                    } else {
                      vErrors.push(err415);
                    }
                    errors++;
                  }
                }
                if (data264.selinux !== void 0) {
                  let data268 = data264.selinux;
                  if (typeof data268 !== "string") {
                    const err416 = { instancePath: instancePath + "/volumes/" + i76 + "/bind/selinux", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err416];
                    } else {
                      vErrors.push(err416);
                    }
                    errors++;
                  }
                  if (!(data268 === "z" || data268 === "Z")) {
                    const err417 = { instancePath: instancePath + "/volumes/" + i76 + "/bind/selinux", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/enum", keyword: "enum", params: { allowedValues: schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err417];
                    } else {
                      vErrors.push(err417);
                    }
                    errors++;
                  }
                }
              } else {
                const err418 = { instancePath: instancePath + "/volumes/" + i76 + "/bind", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err418];
                } else {
                  vErrors.push(err418);
                }
                errors++;
              }
            }
            if (data258.volume !== void 0) {
              let data269 = data258.volume;
              if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                for (const key56 in data269) {
                  if (!(key56 === "labels" || key56 === "nocopy" || key56 === "subpath" || pattern0.test(key56))) {
                    const err419 = { instancePath: instancePath + "/volumes/" + i76 + "/volume", schemaPath: "#/properties/volumes/items/oneOf/1/properties/volume/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key56 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err419];
                    } else {
                      vErrors.push(err419);
                    }
                    errors++;
                  }
                }
                if (data269.labels !== void 0) {
                  let data270 = data269.labels;
                  const _errs756 = errors;
                  let valid242 = false;
                  let passing36 = null;
                  const _errs757 = errors;
                  if (data270 && typeof data270 == "object" && !Array.isArray(data270)) {
                    for (const key57 in data270) {
                      if (!pattern7.test(key57)) {
                        const err420 = { instancePath: instancePath + "/volumes/" + i76 + "/volume/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key57 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err420];
                        } else {
                          vErrors.push(err420);
                        }
                        errors++;
                      }
                    }
                    for (const key58 in data270) {
                      if (pattern7.test(key58)) {
                        let data271 = data270[key58];
                        if (typeof data271 !== "string" && !(typeof data271 == "number") && typeof data271 !== "boolean" && data271 !== null) {
                          const err421 = { instancePath: instancePath + "/volumes/" + i76 + "/volume/labels/" + key58.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
                          if (vErrors === null) {
                            vErrors = [err421];
                          } else {
                            vErrors.push(err421);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err422 = { instancePath: instancePath + "/volumes/" + i76 + "/volume/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err422];
                    } else {
                      vErrors.push(err422);
                    }
                    errors++;
                  }
                  var _valid36 = _errs757 === errors;
                  if (_valid36) {
                    valid242 = true;
                    passing36 = 0;
                  }
                  const _errs762 = errors;
                  if (Array.isArray(data270)) {
                    const len51 = data270.length;
                    for (let i77 = 0; i77 < len51; i77++) {
                      if (typeof data270[i77] !== "string") {
                        const err423 = { instancePath: instancePath + "/volumes/" + i76 + "/volume/labels/" + i77, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err423];
                        } else {
                          vErrors.push(err423);
                        }
                        errors++;
                      }
                    }
                    let i78 = data270.length;
                    let j26;
                    if (i78 > 1) {
                      const indices25 = {};
                      for (; i78--; ) {
                        let item25 = data270[i78];
                        if (typeof item25 !== "string") {
                          continue;
                        }
                        if (typeof indices25[item25] == "number") {
                          j26 = indices25[item25];
                          const err424 = { instancePath: instancePath + "/volumes/" + i76 + "/volume/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i78, j: j26 }, message: "must NOT have duplicate items (items ## " + j26 + " and " + i78 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err424];
                          } else {
                            vErrors.push(err424);
                          }
                          errors++;
                          break;
                        }
                        indices25[item25] = i78;
                      }
                    }
                  } else {
                    const err425 = { instancePath: instancePath + "/volumes/" + i76 + "/volume/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err425];
                    } else {
                      vErrors.push(err425);
                    }
                    errors++;
                  }
                  var _valid36 = _errs762 === errors;
                  if (_valid36 && valid242) {
                    valid242 = false;
                    passing36 = [passing36, 1];
                  } else {
                    if (_valid36) {
                      valid242 = true;
                      passing36 = 1;
                    }
                  }
                  if (!valid242) {
                    const err426 = { instancePath: instancePath + "/volumes/" + i76 + "/volume/labels", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing36 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                      vErrors = [err426];
                    } else {
                      vErrors.push(err426);
                    }
                    errors++;
                  } else {
                    errors = _errs756;
                    if (vErrors !== null) {
                      if (_errs756) {
                        vErrors.length = _errs756;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data269.nocopy !== void 0) {
                  let data273 = data269.nocopy;
                  if (typeof data273 !== "boolean" && typeof data273 !== "string") {
                    const err427 = { instancePath: instancePath + "/volumes/" + i76 + "/volume/nocopy", schemaPath: "#/properties/volumes/items/oneOf/1/properties/volume/properties/nocopy/type", keyword: "type", params: { type: schema4.properties.volumes.items.oneOf[1].properties.volume.properties.nocopy.type }, message: "must be boolean,string" };
                    if (vErrors === null) {
                      vErrors = [err427];
                    } else {
                      vErrors.push(err427);
                    }
                    errors++;
                  }
                }
                if (data269.subpath !== void 0) {
                  if (typeof data269.subpath !== "string") {
                    const err428 = { instancePath: instancePath + "/volumes/" + i76 + "/volume/subpath", schemaPath: "#/properties/volumes/items/oneOf/1/properties/volume/properties/subpath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err428];
                    } else {
                      vErrors.push(err428);
                    }
                    errors++;
                  }
                }
              } else {
                const err429 = { instancePath: instancePath + "/volumes/" + i76 + "/volume", schemaPath: "#/properties/volumes/items/oneOf/1/properties/volume/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err429];
                } else {
                  vErrors.push(err429);
                }
                errors++;
              }
            }
            if (data258.tmpfs !== void 0) {
              let data275 = data258.tmpfs;
              if (data275 && typeof data275 == "object" && !Array.isArray(data275)) {
                for (const key59 in data275) {
                  if (!(key59 === "size" || key59 === "mode" || pattern0.test(key59))) {
                    const err430 = { instancePath: instancePath + "/volumes/" + i76 + "/tmpfs", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key59 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err430];
                    } else {
                      vErrors.push(err430);
                    }
                    errors++;
                  }
                }
                if (data275.size !== void 0) {
                  let data276 = data275.size;
                  const _errs774 = errors;
                  let valid248 = false;
                  let passing37 = null;
                  const _errs775 = errors;
                  if (!(typeof data276 == "number" && (!(data276 % 1) && !isNaN(data276)))) {
                    const err431 = { instancePath: instancePath + "/volumes/" + i76 + "/tmpfs/size", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err431];
                    } else {
                      vErrors.push(err431);
                    }
                    errors++;
                  }
                  if (typeof data276 == "number") {
                    if (data276 < 0 || isNaN(data276)) {
                      const err432 = { instancePath: instancePath + "/volumes/" + i76 + "/tmpfs/size", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err432];
                      } else {
                        vErrors.push(err432);
                      }
                      errors++;
                    }
                  }
                  var _valid37 = _errs775 === errors;
                  if (_valid37) {
                    valid248 = true;
                    passing37 = 0;
                  }
                  const _errs777 = errors;
                  if (typeof data276 !== "string") {
                    const err433 = { instancePath: instancePath + "/volumes/" + i76 + "/tmpfs/size", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err433];
                    } else {
                      vErrors.push(err433);
                    }
                    errors++;
                  }
                  var _valid37 = _errs777 === errors;
                  if (_valid37 && valid248) {
                    valid248 = false;
                    passing37 = [passing37, 1];
                  } else {
                    if (_valid37) {
                      valid248 = true;
                      passing37 = 1;
                    }
                  }
                  if (!valid248) {
                    const err434 = { instancePath: instancePath + "/volumes/" + i76 + "/tmpfs/size", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf", keyword: "oneOf", params: { passingSchemas: passing37 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                      vErrors = [err434];
                    } else {
                      vErrors.push(err434);
                    }
                    errors++;
                  } else {
                    errors = _errs774;
                    if (vErrors !== null) {
                      if (_errs774) {
                        vErrors.length = _errs774;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data275.mode !== void 0) {
                  let data277 = data275.mode;
                  if (!(typeof data277 == "number") && typeof data277 !== "string") {
                    const err435 = { instancePath: instancePath + "/volumes/" + i76 + "/tmpfs/mode", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/mode/type", keyword: "type", params: { type: schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode.type }, message: "must be number,string" };
                    if (vErrors === null) {
                      vErrors = [err435];
                    } else {
                      vErrors.push(err435);
                    }
                    errors++;
                  }
                }
              } else {
                const err436 = { instancePath: instancePath + "/volumes/" + i76 + "/tmpfs", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err436];
                } else {
                  vErrors.push(err436);
                }
                errors++;
              }
            }
            if (data258.image !== void 0) {
              let data278 = data258.image;
              if (data278 && typeof data278 == "object" && !Array.isArray(data278)) {
                for (const key60 in data278) {
                  if (!(key60 === "subpath" || pattern0.test(key60))) {
                    const err437 = { instancePath: instancePath + "/volumes/" + i76 + "/image", schemaPath: "#/properties/volumes/items/oneOf/1/properties/image/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key60 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err437];
                    } else {
                      vErrors.push(err437);
                    }
                    errors++;
                  }
                }
                if (data278.subpath !== void 0) {
                  if (typeof data278.subpath !== "string") {
                    const err438 = { instancePath: instancePath + "/volumes/" + i76 + "/image/subpath", schemaPath: "#/properties/volumes/items/oneOf/1/properties/image/properties/subpath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err438];
                    } else {
                      vErrors.push(err438);
                    }
                    errors++;
                  }
                }
              } else {
                const err439 = { instancePath: instancePath + "/volumes/" + i76 + "/image", schemaPath: "#/properties/volumes/items/oneOf/1/properties/image/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err439];
                } else {
                  vErrors.push(err439);
                }
                errors++;
              }
            }
          } else {
            const err440 = { instancePath: instancePath + "/volumes/" + i76, schemaPath: "#/properties/volumes/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err440];
            } else {
              vErrors.push(err440);
            }
            errors++;
          }
          var _valid35 = _errs727 === errors;
          if (_valid35 && valid237) {
            valid237 = false;
            passing35 = [passing35, 1];
          } else {
            if (_valid35) {
              valid237 = true;
              passing35 = 1;
            }
          }
          if (!valid237) {
            const err441 = { instancePath: instancePath + "/volumes/" + i76, schemaPath: "#/properties/volumes/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing35 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err441];
            } else {
              vErrors.push(err441);
            }
            errors++;
          } else {
            errors = _errs724;
            if (vErrors !== null) {
              if (_errs724) {
                vErrors.length = _errs724;
              } else {
                vErrors = null;
              }
            }
          }
        }
        let i79 = data257.length;
        let j27;
        if (i79 > 1) {
          outer1: for (; i79--; ) {
            for (j27 = i79; j27--; ) {
              if (func5(data257[i79], data257[j27])) {
                const err442 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/uniqueItems", keyword: "uniqueItems", params: { i: i79, j: j27 }, message: "must NOT have duplicate items (items ## " + j27 + " and " + i79 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err442];
                } else {
                  vErrors.push(err442);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err443 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err443];
        } else {
          vErrors.push(err443);
        }
        errors++;
      }
    }
    if (data.volumes_from !== void 0) {
      let data280 = data.volumes_from;
      if (Array.isArray(data280)) {
        const len52 = data280.length;
        for (let i80 = 0; i80 < len52; i80++) {
          if (typeof data280[i80] !== "string") {
            const err444 = { instancePath: instancePath + "/volumes_from/" + i80, schemaPath: "#/properties/volumes_from/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err444];
            } else {
              vErrors.push(err444);
            }
            errors++;
          }
        }
        let i81 = data280.length;
        let j28;
        if (i81 > 1) {
          const indices26 = {};
          for (; i81--; ) {
            let item26 = data280[i81];
            if (typeof item26 !== "string") {
              continue;
            }
            if (typeof indices26[item26] == "number") {
              j28 = indices26[item26];
              const err445 = { instancePath: instancePath + "/volumes_from", schemaPath: "#/properties/volumes_from/uniqueItems", keyword: "uniqueItems", params: { i: i81, j: j28 }, message: "must NOT have duplicate items (items ## " + j28 + " and " + i81 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err445];
              } else {
                vErrors.push(err445);
              }
              errors++;
              break;
            }
            indices26[item26] = i81;
          }
        }
      } else {
        const err446 = { instancePath: instancePath + "/volumes_from", schemaPath: "#/properties/volumes_from/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err446];
        } else {
          vErrors.push(err446);
        }
        errors++;
      }
    }
    if (data.working_dir !== void 0) {
      if (typeof data.working_dir !== "string") {
        const err447 = { instancePath: instancePath + "/working_dir", schemaPath: "#/properties/working_dir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err447];
        } else {
          vErrors.push(err447);
        }
        errors++;
      }
    }
  } else {
    const err448 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err448];
    } else {
      vErrors.push(err448);
    }
    errors++;
  }
  validate6.errors = vErrors;
  return errors === 0;
}
var schema54 = { "type": ["object", "null"], "description": "Network configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this network." }, "driver": { "type": "string", "description": "Specify which driver should be used for this network. Default is 'bridge'." }, "driver_opts": { "type": "object", "description": "Specify driver-specific options defined as key/value pairs.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "ipam": { "type": "object", "description": "Custom IP Address Management configuration for this network.", "properties": { "driver": { "type": "string", "description": "Custom IPAM driver, instead of the default." }, "config": { "type": "array", "description": "List of IPAM configuration blocks.", "items": { "type": "object", "properties": { "subnet": { "type": "string", "description": "Subnet in CIDR format that represents a network segment." }, "ip_range": { "type": "string", "description": "Range of IPs from which to allocate container IPs." }, "gateway": { "type": "string", "description": "IPv4 or IPv6 gateway for the subnet." }, "aux_addresses": { "type": "object", "description": "Auxiliary IPv4 or IPv6 addresses used by Network driver.", "additionalProperties": false, "patternProperties": { "^.+$": { "type": "string" } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "options": { "type": "object", "description": "Driver-specific options for the IPAM driver.", "additionalProperties": false, "patternProperties": { "^.+$": { "type": "string" } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this network already exists and was created outside of Compose.", "properties": { "name": { "deprecated": true, "type": "string", "description": "Specifies the name of the external network. Deprecated: use the 'name' property instead." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "internal": { "type": ["boolean", "string"], "description": "Create an externally isolated network." }, "enable_ipv4": { "type": ["boolean", "string"], "description": "Enable IPv4 networking." }, "enable_ipv6": { "type": ["boolean", "string"], "description": "Enable IPv6 networking." }, "attachable": { "type": ["boolean", "string"], "description": "If true, standalone containers can attach to this network." }, "labels": { "$ref": "#/definitions/list_or_dict", "description": "Add metadata to the network using labels." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema54.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func0.call(schema54.properties, key0) || pattern0.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.driver !== void 0) {
      if (typeof data.driver !== "string") {
        const err3 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.driver_opts !== void 0) {
      let data2 = data.driver_opts;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (pattern51.test(key1)) {
            let data3 = data2[key1];
            if (typeof data3 !== "string" && !(typeof data3 == "number")) {
              const err4 = { instancePath: instancePath + "/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/driver_opts/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: schema54.properties.driver_opts.patternProperties["^.+$"].type }, message: "must be string,number" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/driver_opts", schemaPath: "#/properties/driver_opts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.ipam !== void 0) {
      let data4 = data.ipam;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (!(key2 === "driver" || key2 === "config" || key2 === "options" || pattern0.test(key2))) {
            const err6 = { instancePath: instancePath + "/ipam", schemaPath: "#/properties/ipam/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data4.driver !== void 0) {
          if (typeof data4.driver !== "string") {
            const err7 = { instancePath: instancePath + "/ipam/driver", schemaPath: "#/properties/ipam/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.config !== void 0) {
          let data6 = data4.config;
          if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                for (const key3 in data7) {
                  if (!(key3 === "subnet" || key3 === "ip_range" || key3 === "gateway" || key3 === "aux_addresses" || pattern0.test(key3))) {
                    const err8 = { instancePath: instancePath + "/ipam/config/" + i0, schemaPath: "#/properties/ipam/properties/config/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data7.subnet !== void 0) {
                  if (typeof data7.subnet !== "string") {
                    const err9 = { instancePath: instancePath + "/ipam/config/" + i0 + "/subnet", schemaPath: "#/properties/ipam/properties/config/items/properties/subnet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
                if (data7.ip_range !== void 0) {
                  if (typeof data7.ip_range !== "string") {
                    const err10 = { instancePath: instancePath + "/ipam/config/" + i0 + "/ip_range", schemaPath: "#/properties/ipam/properties/config/items/properties/ip_range/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
                if (data7.gateway !== void 0) {
                  if (typeof data7.gateway !== "string") {
                    const err11 = { instancePath: instancePath + "/ipam/config/" + i0 + "/gateway", schemaPath: "#/properties/ipam/properties/config/items/properties/gateway/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                if (data7.aux_addresses !== void 0) {
                  let data11 = data7.aux_addresses;
                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                    for (const key4 in data11) {
                      if (!pattern51.test(key4)) {
                        const err12 = { instancePath: instancePath + "/ipam/config/" + i0 + "/aux_addresses", schemaPath: "#/properties/ipam/properties/config/items/properties/aux_addresses/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                    }
                    for (const key5 in data11) {
                      if (pattern51.test(key5)) {
                        if (typeof data11[key5] !== "string") {
                          const err13 = { instancePath: instancePath + "/ipam/config/" + i0 + "/aux_addresses/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ipam/properties/config/items/properties/aux_addresses/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err13];
                          } else {
                            vErrors.push(err13);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err14 = { instancePath: instancePath + "/ipam/config/" + i0 + "/aux_addresses", schemaPath: "#/properties/ipam/properties/config/items/properties/aux_addresses/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
              } else {
                const err15 = { instancePath: instancePath + "/ipam/config/" + i0, schemaPath: "#/properties/ipam/properties/config/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/ipam/config", schemaPath: "#/properties/ipam/properties/config/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data4.options !== void 0) {
          let data13 = data4.options;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key6 in data13) {
              if (!pattern51.test(key6)) {
                const err17 = { instancePath: instancePath + "/ipam/options", schemaPath: "#/properties/ipam/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            for (const key7 in data13) {
              if (pattern51.test(key7)) {
                if (typeof data13[key7] !== "string") {
                  const err18 = { instancePath: instancePath + "/ipam/options/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ipam/properties/options/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/ipam/options", schemaPath: "#/properties/ipam/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/ipam", schemaPath: "#/properties/ipam/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.external !== void 0) {
      let data15 = data.external;
      if (typeof data15 !== "boolean" && typeof data15 !== "string" && !(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
        const err21 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: schema54.properties.external.type }, message: "must be boolean,string,object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key8 in data15) {
          if (!(key8 === "name" || pattern0.test(key8))) {
            const err22 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data15.name !== void 0) {
          if (typeof data15.name !== "string") {
            const err23 = { instancePath: instancePath + "/external/name", schemaPath: "#/properties/external/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      }
    }
    if (data.internal !== void 0) {
      let data17 = data.internal;
      if (typeof data17 !== "boolean" && typeof data17 !== "string") {
        const err24 = { instancePath: instancePath + "/internal", schemaPath: "#/properties/internal/type", keyword: "type", params: { type: schema54.properties.internal.type }, message: "must be boolean,string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.enable_ipv4 !== void 0) {
      let data18 = data.enable_ipv4;
      if (typeof data18 !== "boolean" && typeof data18 !== "string") {
        const err25 = { instancePath: instancePath + "/enable_ipv4", schemaPath: "#/properties/enable_ipv4/type", keyword: "type", params: { type: schema54.properties.enable_ipv4.type }, message: "must be boolean,string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.enable_ipv6 !== void 0) {
      let data19 = data.enable_ipv6;
      if (typeof data19 !== "boolean" && typeof data19 !== "string") {
        const err26 = { instancePath: instancePath + "/enable_ipv6", schemaPath: "#/properties/enable_ipv6/type", keyword: "type", params: { type: schema54.properties.enable_ipv6.type }, message: "must be boolean,string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.attachable !== void 0) {
      let data20 = data.attachable;
      if (typeof data20 !== "boolean" && typeof data20 !== "string") {
        const err27 = { instancePath: instancePath + "/attachable", schemaPath: "#/properties/attachable/type", keyword: "type", params: { type: schema54.properties.attachable.type }, message: "must be boolean,string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data21 = data.labels;
      const _errs51 = errors;
      let valid10 = false;
      let passing0 = null;
      const _errs52 = errors;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key9 in data21) {
          if (!pattern7.test(key9)) {
            const err28 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        for (const key10 in data21) {
          if (pattern7.test(key10)) {
            let data22 = data21[key10];
            if (typeof data22 !== "string" && !(typeof data22 == "number") && typeof data22 !== "boolean" && data22 !== null) {
              const err29 = { instancePath: instancePath + "/labels/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var _valid0 = _errs52 === errors;
      if (_valid0) {
        valid10 = true;
        passing0 = 0;
      }
      const _errs57 = errors;
      if (Array.isArray(data21)) {
        const len1 = data21.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data21[i1] !== "string") {
            const err31 = { instancePath: instancePath + "/labels/" + i1, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        let i2 = data21.length;
        let j0;
        if (i2 > 1) {
          const indices0 = {};
          for (; i2--; ) {
            let item0 = data21[i2];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err32 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
              break;
            }
            indices0[item0] = i2;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid0 = _errs57 === errors;
      if (_valid0 && valid10) {
        valid10 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid10 = true;
          passing0 = 1;
        }
      }
      if (!valid10) {
        const err34 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      } else {
        errors = _errs51;
        if (vErrors !== null) {
          if (_errs51) {
            vErrors.length = _errs51;
          } else {
            vErrors = null;
          }
        }
      }
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var schema56 = { "type": ["object", "null"], "description": "Volume configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this volume." }, "driver": { "type": "string", "description": "Specify which volume driver should be used for this volume." }, "driver_opts": { "type": "object", "description": "Specify driver-specific options.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this volume already exists and was created outside of Compose.", "properties": { "name": { "deprecated": true, "type": "string", "description": "Specifies the name of the external volume. Deprecated: use the 'name' property instead." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "labels": { "$ref": "#/definitions/list_or_dict", "description": "Add metadata to the volume using labels." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema56.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "driver" || key0 === "driver_opts" || key0 === "external" || key0 === "labels" || pattern0.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.driver !== void 0) {
      if (typeof data.driver !== "string") {
        const err3 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.driver_opts !== void 0) {
      let data2 = data.driver_opts;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (pattern51.test(key1)) {
            let data3 = data2[key1];
            if (typeof data3 !== "string" && !(typeof data3 == "number")) {
              const err4 = { instancePath: instancePath + "/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/driver_opts/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: schema56.properties.driver_opts.patternProperties["^.+$"].type }, message: "must be string,number" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/driver_opts", schemaPath: "#/properties/driver_opts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.external !== void 0) {
      let data4 = data.external;
      if (typeof data4 !== "boolean" && typeof data4 !== "string" && !(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err6 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: schema56.properties.external.type }, message: "must be boolean,string,object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (!(key2 === "name" || pattern0.test(key2))) {
            const err7 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.name !== void 0) {
          if (typeof data4.name !== "string") {
            const err8 = { instancePath: instancePath + "/external/name", schemaPath: "#/properties/external/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== void 0) {
      let data6 = data.labels;
      const _errs17 = errors;
      let valid4 = false;
      let passing0 = null;
      const _errs18 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key3 in data6) {
          if (!pattern7.test(key3)) {
            const err9 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        for (const key4 in data6) {
          if (pattern7.test(key4)) {
            let data7 = data6[key4];
            if (typeof data7 !== "string" && !(typeof data7 == "number") && typeof data7 !== "boolean" && data7 !== null) {
              const err10 = { instancePath: instancePath + "/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs18 === errors;
      if (_valid0) {
        valid4 = true;
        passing0 = 0;
      }
      const _errs23 = errors;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data6[i0] !== "string") {
            const err12 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i1 = data6.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data6[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err13 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid0 = _errs23 === errors;
      if (_valid0 && valid4) {
        valid4 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid4 = true;
          passing0 = 1;
        }
      }
      if (!valid4) {
        const err15 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs17;
        if (vErrors !== null) {
          if (_errs17) {
            vErrors.length = _errs17;
          } else {
            vErrors = null;
          }
        }
      }
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
var schema58 = { "type": "object", "description": "Secret configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this secret." }, "environment": { "type": "string", "description": "Name of an environment variable from which to get the secret value." }, "file": { "type": "string", "description": "Path to a file containing the secret value." }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this secret already exists and was created outside of Compose.", "properties": { "name": { "type": "string", "description": "Specifies the name of the external secret." } } }, "labels": { "$ref": "#/definitions/list_or_dict", "description": "Add metadata to the secret using labels." }, "driver": { "type": "string", "description": "Specify which secret driver should be used for this secret." }, "driver_opts": { "type": "object", "description": "Specify driver-specific options.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "template_driver": { "type": "string", "description": "Driver to use for templating the secret's value." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "environment" || key0 === "file" || key0 === "external" || key0 === "labels" || key0 === "driver" || key0 === "driver_opts" || key0 === "template_driver" || pattern0.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      if (typeof data.environment !== "string") {
        const err2 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      if (typeof data.file !== "string") {
        const err3 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.external !== void 0) {
      let data3 = data.external;
      if (typeof data3 !== "boolean" && typeof data3 !== "string" && !(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
        const err4 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: schema58.properties.external.type }, message: "must be boolean,string,object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.name !== void 0) {
          if (typeof data3.name !== "string") {
            const err5 = { instancePath: instancePath + "/external/name", schemaPath: "#/properties/external/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== void 0) {
      let data5 = data.labels;
      const _errs14 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs15 = errors;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!pattern7.test(key1)) {
            const err6 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        for (const key2 in data5) {
          if (pattern7.test(key2)) {
            let data6 = data5[key2];
            if (typeof data6 !== "string" && !(typeof data6 == "number") && typeof data6 !== "boolean" && data6 !== null) {
              const err7 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs15 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs20 = errors;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data5[i0] !== "string") {
            const err9 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err10 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs20 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err12 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs14;
        if (vErrors !== null) {
          if (_errs14) {
            vErrors.length = _errs14;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.driver !== void 0) {
      if (typeof data.driver !== "string") {
        const err13 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.driver_opts !== void 0) {
      let data9 = data.driver_opts;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key3 in data9) {
          if (pattern51.test(key3)) {
            let data10 = data9[key3];
            if (typeof data10 !== "string" && !(typeof data10 == "number")) {
              const err14 = { instancePath: instancePath + "/driver_opts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/driver_opts/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: schema58.properties.driver_opts.patternProperties["^.+$"].type }, message: "must be string,number" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/driver_opts", schemaPath: "#/properties/driver_opts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.template_driver !== void 0) {
      if (typeof data.template_driver !== "string") {
        const err16 = { instancePath: instancePath + "/template_driver", schemaPath: "#/properties/template_driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var schema60 = { "type": "object", "description": "Config configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this config." }, "content": { "type": "string", "description": "Inline content of the config." }, "environment": { "type": "string", "description": "Name of an environment variable from which to get the config value." }, "file": { "type": "string", "description": "Path to a file containing the config value." }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this config already exists and was created outside of Compose.", "properties": { "name": { "deprecated": true, "type": "string", "description": "Specifies the name of the external config. Deprecated: use the 'name' property instead." } } }, "labels": { "$ref": "#/definitions/list_or_dict", "description": "Add metadata to the config using labels." }, "template_driver": { "type": "string", "description": "Driver to use for templating the config's value." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "content" || key0 === "environment" || key0 === "file" || key0 === "external" || key0 === "labels" || key0 === "template_driver" || pattern0.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      if (typeof data.content !== "string") {
        const err2 = { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      if (typeof data.environment !== "string") {
        const err3 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      if (typeof data.file !== "string") {
        const err4 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.external !== void 0) {
      let data4 = data.external;
      if (typeof data4 !== "boolean" && typeof data4 !== "string" && !(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err5 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: schema60.properties.external.type }, message: "must be boolean,string,object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.name !== void 0) {
          if (typeof data4.name !== "string") {
            const err6 = { instancePath: instancePath + "/external/name", schemaPath: "#/properties/external/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== void 0) {
      let data6 = data.labels;
      const _errs16 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs17 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!pattern7.test(key1)) {
            const err7 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key2 in data6) {
          if (pattern7.test(key2)) {
            let data7 = data6[key2];
            if (typeof data7 !== "string" && !(typeof data7 == "number") && typeof data7 !== "boolean" && data7 !== null) {
              const err8 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema8.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs17 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs22 = errors;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data6[i0] !== "string") {
            const err10 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/definitions/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        let i1 = data6.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data6[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err11 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid0 = _errs22 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err13 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.template_driver !== void 0) {
      if (typeof data.template_driver !== "string") {
        const err14 = { instancePath: instancePath + "/template_driver", schemaPath: "#/properties/template_driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func0.call(schema0.properties, key0) || pattern0.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data2 = data.include;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate1(data2[i0], { instancePath: instancePath + "/include/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data4 = data.services;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!pattern1.test(key1)) {
            const err4 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        for (const key2 in data4) {
          if (pattern1.test(key2)) {
            if (!validate6(data4[key2], { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key2, rootData })) {
              vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      let data6 = data.models;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key3 in data6) {
          if (pattern1.test(key3)) {
            let data7 = data6[key3];
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
              if (data7.model === void 0) {
                const err6 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/model/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              for (const key4 in data7) {
                if (!(key4 === "name" || key4 === "model" || key4 === "context_size" || key4 === "runtime_flags" || pattern0.test(key4))) {
                  const err7 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/model/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
              if (data7.name !== void 0) {
                if (typeof data7.name !== "string") {
                  const err8 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/definitions/model/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              }
              if (data7.model !== void 0) {
                if (typeof data7.model !== "string") {
                  const err9 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/model", schemaPath: "#/definitions/model/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              if (data7.context_size !== void 0) {
                let data10 = data7.context_size;
                if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                  const err10 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/context_size", schemaPath: "#/definitions/model/properties/context_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
              if (data7.runtime_flags !== void 0) {
                let data11 = data7.runtime_flags;
                if (Array.isArray(data11)) {
                  const len1 = data11.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    if (typeof data11[i1] !== "string") {
                      const err11 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/runtime_flags/" + i1, schemaPath: "#/definitions/model/properties/runtime_flags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err12 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/runtime_flags", schemaPath: "#/definitions/model/properties/runtime_flags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
            } else {
              const err13 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/model/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.networks !== void 0) {
      let data13 = data.networks;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key5 in data13) {
          if (pattern1.test(key5)) {
            if (!validate25(data13[key5], { instancePath: instancePath + "/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data13, parentDataProperty: key5, rootData })) {
              vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/networks", schemaPath: "#/properties/networks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.volumes !== void 0) {
      let data15 = data.volumes;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key6 in data15) {
          if (!pattern1.test(key6)) {
            const err16 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        for (const key7 in data15) {
          if (pattern1.test(key7)) {
            if (!validate27(data15[key7], { instancePath: instancePath + "/volumes/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data15, parentDataProperty: key7, rootData })) {
              vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.secrets !== void 0) {
      let data17 = data.secrets;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key8 in data17) {
          if (!pattern1.test(key8)) {
            const err18 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        for (const key9 in data17) {
          if (pattern1.test(key9)) {
            if (!validate29(data17[key9], { instancePath: instancePath + "/secrets/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data17, parentDataProperty: key9, rootData })) {
              vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.configs !== void 0) {
      let data19 = data.configs;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key10 in data19) {
          if (!pattern1.test(key10)) {
            const err20 = { instancePath: instancePath + "/configs", schemaPath: "#/properties/configs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        for (const key11 in data19) {
          if (pattern1.test(key11)) {
            if (!validate31(data19[key11], { instancePath: instancePath + "/configs/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data19, parentDataProperty: key11, rootData })) {
              vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/configs", schemaPath: "#/properties/configs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}

// src/compose/validate.ts
function decodePointer(p) {
  if (!p) return [];
  return p.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
var show = (p) => p.length ? p.map((x) => typeof x === "number" ? `[${x}]` : x).join(".").replace(/\.\[/g, "[") : "(top level)";
function validateComposeFile(f) {
  if (compose_validator_gen_default(f.model)) return [];
  const errors = compose_validator_gen_default.errors ?? [];
  const byPath = /* @__PURE__ */ new Map();
  for (const e of errors) {
    let path = decodePointer(e.instancePath);
    if (e.keyword === "additionalProperties") path = [...path, String(e.params.additionalProperty)];
    const k = JSON.stringify(path);
    const g = byPath.get(k) ?? { path, errs: [] };
    g.errs.push(e);
    byPath.set(k, g);
  }
  const problems = [];
  const paths = [...byPath.values()];
  for (const g of paths) {
    const deeper = paths.some((o) => o !== g && o.path.length > g.path.length && JSON.stringify(o.path.slice(0, g.path.length)) === JSON.stringify(g.path));
    let errs = g.errs;
    const branchy = errs.some((e) => e.keyword === "oneOf" || e.keyword === "anyOf");
    if (branchy && deeper) continue;
    if (branchy) errs = errs.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf").length ? errs.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf") : errs;
    const types = [...new Set(errs.filter((e) => e.keyword === "type").map((e) => String(e.params.type)))];
    const msgs = [];
    if (types.length) msgs.push(`must be ${types.join(" or ").replace(/,/g, " or ")}`);
    for (const e of errs) {
      if (e.keyword === "type") continue;
      if (e.keyword === "additionalProperties") msgs.push(`unknown key "${e.params.additionalProperty}" (not in the Compose Specification)`);
      else if (e.keyword === "enum") msgs.push(`must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`);
      else if (e.keyword === "required") msgs.push(`missing required key "${e.params.missingProperty}"`);
      else if (e.keyword === "oneOf" || e.keyword === "anyOf") msgs.push("does not match any allowed form");
      else msgs.push(e.message ?? e.keyword);
    }
    const unique = [...new Set(msgs)];
    const which = errs.some((e) => e.keyword === "additionalProperties") ? "key" : "value";
    problems.push({ path: g.path, message: `${show(g.path)}: ${unique.join("; ")}`, loc: f.locate(g.path, which) });
  }
  return problems.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
}

// src/lint/rules/compose-schema.ts
var composeSchema = {
  id: "compose-schema",
  severity: "error",
  description: "The compose file does not follow the Compose Specification (checked after interpolation).",
  fixable: false,
  check(ctx) {
    const out = [];
    for (const f of ctx.composeFiles) {
      for (const p of validateComposeFile(f)) out.push({ loc: p.loc, message: p.message });
    }
    return out;
  }
};

// src/lint/rules/util.ts
var isObj2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function services(project) {
  const s = project.model?.services;
  if (!isObj2(s)) return [];
  return Object.entries(s).filter(([, v]) => isObj2(v));
}
function parseImage(image) {
  let rest = image;
  let digest;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > slash) return { repo: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { repo: rest, digest };
}
function imageName(image) {
  if (typeof image !== "string") return "";
  const { repo } = parseImage(image);
  const parts = repo.split("/");
  if (parts.length > 1 && (parts[0].includes(".") || parts[0].includes(":") || parts[0] === "localhost")) parts.shift();
  return parts.join("/").toLowerCase();
}
function serviceIs(name, svc, entry) {
  if (name === entry.name) return true;
  const img = imageName(svc.image);
  return img !== "" && entry.images.some((i) => img === i || img === `library/${i}`);
}
function parsePort(entry, index) {
  if (isObj2(entry)) {
    return {
      hostIp: entry.host_ip ? String(entry.host_ip) : void 0,
      published: entry.published !== void 0 && entry.published !== "" ? String(entry.published) : void 0,
      target: String(entry.target ?? ""),
      protocol: String(entry.protocol ?? "tcp"),
      index
    };
  }
  if (typeof entry !== "string" && typeof entry !== "number") return void 0;
  let s = String(entry);
  let protocol = "tcp";
  const slash = s.lastIndexOf("/");
  if (slash !== -1) {
    protocol = s.slice(slash + 1);
    s = s.slice(0, slash);
  }
  let hostIp;
  const v6 = /^\[([^\]]*)\]:(.*)$/.exec(s);
  if (v6) {
    hostIp = v6[1];
    s = v6[2];
  }
  const parts = s.split(":");
  if (!v6 && parts.length === 3) hostIp = parts.shift();
  if (parts.length === 1) return { hostIp, target: parts[0], protocol, index };
  return { hostIp, published: parts[0] || void 0, target: parts[1], protocol, index };
}
function expandRange(p) {
  const m = /^(\d+)-(\d+)$/.exec(p);
  if (!m) return [p];
  const out = [];
  for (let i = Number(m[1]); i <= Number(m[2]) && out.length < 1e3; i++) out.push(String(i));
  return out;
}
function svcLoc(project, name, ...rest) {
  return project.locate(["services", name, ...rest], rest.length ? "value" : "key") ?? { file: project.files[0].file, line: 1, column: 1 };
}
function renameRefEdits(file, path, renames) {
  const span = file.scalarSpans.get(pathKey(path));
  if (!span) return [];
  return renameInText(file.text.slice(span.start, span.end), span.start, file.file, renames);
}
function renameInText(source, base, fileName, renames) {
  let refs;
  try {
    refs = findReferences(source);
  } catch {
    return [];
  }
  const edits = [];
  for (const r of refs) {
    const to = renames.get(r.name);
    if (!to) continue;
    const nameStart = base + r.offset + (source[r.offset + 1] === "{" ? 2 : 1);
    edits.push({ file: fileName, start: nameStart, end: nameStart + r.name.length, text: to });
  }
  return edits;
}
function offsetAt(text, line, column) {
  let off = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", off);
    if (nl === -1) return text.length;
    off = nl + 1;
  }
  return off + column - 1;
}
function unitOf(ctx, file) {
  return ctx.units.find((u) => u.project?.files.includes(file));
}
function isLiteral(value, quote) {
  return quote === "single" || !value.includes("$");
}
var fmtLoc = (l) => `${l.file}:${l.line}`;

// src/lint/rules/missing-healthcheck.ts
var hasHealthcheck = (svc) => !!svc?.healthcheck && svc.healthcheck.disable !== true && !(Array.isArray(svc.healthcheck.test) && svc.healthcheck.test[0] === "NONE");
var missingHealthcheck = {
  id: "missing-healthcheck",
  severity: "warning",
  description: "A service that other services depend on has no healthcheck.",
  fixable: false,
  check(ctx) {
    const out = [];
    for (const u of ctx.units) {
      if (!u.project) continue;
      const all = new Map(services(u.project));
      const waiters = /* @__PURE__ */ new Map();
      for (const [name, svc] of all) {
        for (const [dep, spec] of Object.entries(listToMap("depends_on", svc.depends_on))) {
          if (spec?.condition === "service_completed_successfully") continue;
          const w = waiters.get(dep) ?? { healthy: [], other: [] };
          (spec?.condition === "service_healthy" ? w.healthy : w.other).push(name);
          waiters.set(dep, w);
        }
      }
      for (const [dep, w] of waiters) {
        const svc = all.get(dep);
        if (!svc || hasHealthcheck(svc)) continue;
        if (w.healthy.length) {
          out.push({ loc: svcLoc(u.project, dep), severity: "error", message: `${dep} has no healthcheck but ${w.healthy.join(", ")} wait${w.healthy.length > 1 ? "" : "s"} for it with condition: service_healthy; docker compose will fail` });
        } else {
          out.push({ loc: svcLoc(u.project, dep), message: `${dep} has no healthcheck but ${w.other.join(", ")} depend${w.other.length > 1 ? "" : "s"} on it; add a healthcheck so they can wait until it is ready` });
        }
      }
    }
    return out;
  }
};

// src/lint/rules/depends-on-condition.ts
var dependsOnCondition = {
  id: "depends-on-condition",
  severity: "warning",
  description: "depends_on waits only for start although the dependency has a healthcheck, or names an unknown service.",
  fixable: false,
  check(ctx) {
    const out = [];
    for (const u of ctx.units) {
      if (!u.project) continue;
      const all = new Map(services(u.project));
      for (const [name, svc] of all) {
        if (!svc.depends_on) continue;
        const list = Array.isArray(svc.depends_on);
        for (const [dep, spec] of Object.entries(listToMap("depends_on", svc.depends_on))) {
          const idx = list ? svc.depends_on.indexOf(dep) : -1;
          const loc = list ? svcLoc(u.project, name, "depends_on", idx) : svcLoc(u.project, name, "depends_on", dep);
          const target = all.get(dep);
          if (!target) {
            if (u.project.inactiveServices.includes(dep)) continue;
            if (spec?.required === false) continue;
            out.push({ loc, severity: "error", message: `${name} depends on "${dep}", which is not a service of this project` });
            continue;
          }
          if (hasHealthcheck(target) && (spec?.condition ?? "service_started") === "service_started") {
            out.push({ loc, message: `${name} starts as soon as ${dep} has started, not when it is healthy; use condition: service_healthy` });
          }
        }
      }
    }
    return out;
  }
};

// src/lint/rules/duplicate-key.ts
var duplicateKey = {
  id: "duplicate-key",
  severity: "error",
  description: "A key is defined twice in an env file, a compose mapping or an environment: list.",
  fixable: false,
  check(ctx) {
    const out = [];
    for (const src of ctx.envFiles) {
      const first = /* @__PURE__ */ new Map();
      for (const e of src.file.entries) {
        const prev = first.get(e.key);
        if (prev !== void 0) {
          out.push({ loc: { file: src.file.file, line: e.line, column: e.column }, severity: "warning", message: `${e.key} is set twice, on lines ${prev} and ${e.line}; the last one wins` });
        } else first.set(e.key, e.line);
      }
    }
    for (const f of ctx.composeFiles) {
      for (const d of f.duplicateKeys) {
        out.push({ loc: d.second, message: `"${d.key}" appears twice in ${d.path.slice(0, -1).join(".") || "the top level"}, on lines ${d.first.line} and ${d.second.line}; docker compose rejects duplicate keys` });
      }
      const svcs = f.raw?.services;
      if (!svcs || typeof svcs !== "object") continue;
      for (const [name, svc] of Object.entries(svcs)) {
        const env = svc?.environment;
        if (!Array.isArray(env)) continue;
        const seen = /* @__PURE__ */ new Map();
        env.forEach((item, i) => {
          const k = String(item).split("=")[0];
          const prev = seen.get(k);
          if (prev !== void 0) {
            const a = f.locate(["services", name, "environment", prev]);
            const b = f.locate(["services", name, "environment", i]);
            out.push({ loc: b, severity: "warning", message: `${k} is set twice in services.${name}.environment, on lines ${a.line} and ${b.line}; the last one wins` });
          } else seen.set(k, i);
        });
      }
    }
    return out;
  }
};

// src/lint/rules/hardcoded-variable.ts
var hardcodedVariable = {
  id: "hardcoded-variable",
  severity: "warning",
  description: "A Supabase service setting is hard-coded instead of taken from its catalog variable.",
  fixable: false,
  check(ctx) {
    const out = [];
    const wired = lintData().wiredVariables ?? {};
    for (const f of ctx.composeFiles) {
      const svcs = f.raw?.services;
      if (!isObj2(svcs)) continue;
      for (const [name, svc] of Object.entries(svcs)) {
        const env = svc?.environment;
        const pairs = Array.isArray(env) ? env.map((x, i) => {
          const s = String(x);
          const at = s.indexOf("=");
          return [at === -1 ? s : s.slice(0, at), at === -1 ? null : s.slice(at + 1), ["services", name, "environment", i]];
        }) : isObj2(env) ? Object.entries(env).map(([k, v]) => [k, v, ["services", name, "environment", k]]) : [];
        for (const [k, v, path] of pairs) {
          const target = wired[k];
          if (!target || v === null || v === void 0 || v === "" || String(v).includes("$")) continue;
          const secret = ctx.catalog.isSecret(target);
          out.push({
            loc: f.locate(path),
            severity: secret ? "error" : void 0,
            message: `${name}: ${k} is hard-coded${secret ? " (a secret in the compose file)" : ` (${String(v)})`}; use \${${target}} so it follows the env`
          });
        }
      }
    }
    return out;
  }
};

// src/lint/rules/image-refs.ts
var unpinnedImage = {
  id: "unpinned-image",
  severity: "warning",
  description: "An image has no tag or the :latest tag.",
  fixable: false,
  check(ctx) {
    const out = [];
    for (const u of ctx.units) {
      if (!u.project) continue;
      for (const [name, svc] of services(u.project)) {
        if (typeof svc.image !== "string" || !svc.image || svc.build) continue;
        const { tag, digest } = parseImage(svc.image);
        if (digest) continue;
        if (!tag) out.push({ loc: svcLoc(u.project, name, "image"), message: `${name}: image ${svc.image} has no tag (means :latest); pin a version` });
        else if (tag === "latest") out.push({ loc: svcLoc(u.project, name, "image"), message: `${name}: image ${svc.image} uses :latest; pin a version` });
      }
    }
    return out;
  }
};
var uppercaseImageRef = {
  id: "uppercase-image-ref",
  severity: "error",
  description: "An image reference has upper-case letters in its repository, which docker rejects.",
  fixable: false,
  check(ctx) {
    const out = [];
    for (const u of ctx.units) {
      if (!u.project) continue;
      for (const [name, svc] of services(u.project)) {
        if (typeof svc.image !== "string") continue;
        const { repo } = parseImage(svc.image);
        if (repo !== repo.toLowerCase()) {
          out.push({ loc: svcLoc(u.project, name, "image"), message: `${name}: repository "${repo}" must be lower case for docker ("${repo.toLowerCase()}"); GHCR owners are lower-cased too` });
        }
      }
    }
    return out;
  }
};

// src/lint/jwt.ts
import { createHmac, timingSafeEqual } from "node:crypto";
function decodeJwt(token) {
  const parts = token.split(".");
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]*$/.test(p)) || !parts[0] || !parts[1]) return void 0;
  try {
    const header = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"));
    const payload = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
    if (!header || typeof header !== "object" || !payload || typeof payload !== "object") return void 0;
    return { header, payload, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2], "base64url") };
  } catch {
    return void 0;
  }
}
function verifyHs256(jwt, secret) {
  const expected = createHmac("sha256", secret).update(jwt.signingInput).digest();
  return expected.length === jwt.signature.length && timingSafeEqual(expected, jwt.signature);
}

// src/lint/rules/insecure-secret.ts
function insecureReason(name, value, format) {
  const data = lintData();
  if (data.demoJwtSecrets.includes(value)) return "the upstream demo JWT secret, public to everyone (the demo keys are signed with it)";
  const known = knownInsecureValue(value);
  if (known) return known;
  const jwt = decodeJwt(value);
  if (jwt) {
    if (data.demoJwtIssuers.includes(String(jwt.payload.iss))) return `the upstream demo key (issuer "${jwt.payload.iss}"), public to everyone`;
    if (data.demoJwtSecrets.some((s) => verifyHs256(jwt, s))) return "signed with the upstream demo JWT secret, so anyone can forge it";
  }
  const min = data.minJwtSecretLength ?? 32;
  if (name === "JWT_SECRET" && value.length < min) return `only ${value.length} characters; GoTrue and PostgREST need at least ${min}`;
  const m = format ? /^(?:string|base64)>=(\d+)$/.exec(format) : null;
  if (m && value.length < Number(m[1]) && format.startsWith("string")) return `shorter than the ${m[1]} characters the catalog asks for`;
  return void 0;
}
var insecureSecret = {
  id: "insecure-secret",
  severity: "error",
  description: "A secret holds a placeholder, demo, default or too-short value.",
  fixable: false,
  check(ctx) {
    const out = [];
    const cat = ctx.catalog;
    for (const src of ctx.envFiles) {
      for (const e of src.file.entries) {
        if (!e.value || !cat.isSecret(e.key) || !isLiteral(e.value, e.quote)) continue;
        const std = cat.standardNameFor(e.key, e.value) ?? e.key;
        const why = insecureReason(std, e.value, cat.get(std)?.format);
        if (why) out.push({ loc: { file: src.file.file, line: e.line, column: e.valueColumn }, message: `${e.key} is insecure: ${why}; generate one with \`pmoves keys generate\`` });
      }
    }
    for (const f of ctx.composeFiles) {
      for (const r of f.refs) {
        if (!(r.op === ":-" || r.op === "-") || !r.arg || !cat.isSecret(r.name)) continue;
        const std = cat.standardNameFor(r.name) ?? r.name;
        out.push({
          loc: { file: f.file, line: r.line, column: r.column },
          message: `secret ${r.name} has a default inside compose (\${${r.name}${r.op}...}): anyone reading the file knows it; use \${${std}:?${std} is required} and set it in the env file`
        });
      }
    }
    for (const u of ctx.units) {
      if (!u.project) continue;
      for (const [name, svc] of services(u.project)) {
        const raw = u.project.files.map((f) => f.raw?.services?.[name]?.environment).filter(isObj2);
        for (const envMap of raw) {
          for (const [k, v] of Object.entries(envMap)) {
            if (typeof v !== "string" || !v || v.includes("$") || !cat.get(k)?.secret) continue;
            out.push({ loc: svcLoc(u.project, name, "environment", k), message: `secret ${k} is hard-coded in the compose file; reference \${${k}} and set it in the env file` });
          }
        }
        void svc;
      }
    }
    return out;
  }
};

// src/lint/rules/invalid-interpolation.ts
var invalidInterpolation = {
  id: "invalid-interpolation",
  severity: "error",
  description: "A ${...} expression is not valid compose interpolation syntax.",
  fixable: false,
  check(ctx) {
    const out = [];
    for (const f of ctx.composeFiles) {
      for (const p of f.interpolationProblems) {
        if (p.kind === "syntax") out.push({ loc: p.loc, message: `${p.message}; write $$ for a literal $` });
      }
    }
    return out;
  }
};

// src/lint/rules/jwt-key-mismatch.ts
var day = 864e5;
var isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
var jwtKeyMismatch = {
  id: "jwt-key-mismatch",
  severity: "error",
  description: "An API key is not an HS256 JWT signed by JWT_SECRET with the right role, or it expires soon.",
  fixable: false,
  check(ctx) {
    const out = [];
    const warnDays = lintData().expiryWarningDays ?? 90;
    const jwtVars = ctx.catalog.variables.filter((v) => v.format?.startsWith("jwt:"));
    for (const u of ctx.units) {
      const secret = u.env.get("JWT_SECRET");
      const secretUsable = secret && secret.value && !secret.value.includes("$");
      for (const v of jwtVars) {
        const rv = u.env.get(v.name);
        if (!rv || !rv.value || rv.value.includes("$") || /^sb_(publishable|secret)_/.test(rv.value)) continue;
        const src = u.envFiles.find((s) => s.file.file === rv.file);
        const entry = src?.file.entries.find((e) => e.line === rv.line);
        const loc = { file: rv.file, line: rv.line, column: entry?.valueColumn ?? 1 };
        const role = v.format.slice(4);
        const jwt = decodeJwt(rv.value);
        if (!jwt) {
          out.push({ loc, message: `${v.name} is not a JWT; it must be an HS256 JWT with role "${role}" signed by JWT_SECRET (pmoves keys generate)` });
          continue;
        }
        if (jwt.header.alg !== "HS256") {
          out.push({ loc, message: `${v.name} is signed with ${String(jwt.header.alg)}, not HS256` });
          continue;
        }
        if (secretUsable && !verifyHs256(jwt, secret.value)) {
          out.push({ loc, message: `${v.name} is not signed by JWT_SECRET (${secret.file}:${secret.line}); regenerate the keys together with the secret` });
        }
        if (jwt.payload.role !== role) {
          out.push({ loc, message: `${v.name} has role "${String(jwt.payload.role)}", expected "${role}"` });
        }
        const exp = typeof jwt.payload.exp === "number" ? jwt.payload.exp * 1e3 : void 0;
        if (exp !== void 0) {
          const left = exp - ctx.now.getTime();
          if (left <= 0) out.push({ loc, message: `${v.name} expired on ${isoDay(exp)}` });
          else if (left < warnDays * day) {
            out.push({ loc, severity: "warning", message: `${v.name} expires on ${isoDay(exp)} (in ${Math.ceil(left / day)} days); rotate it with pmoves keys` });
          }
        }
      }
    }
    return out;
  }
};

// src/lint/rules/legacy-supabase-variable.ts
var legacySupabaseVariable = {
  id: "legacy-supabase-variable",
  severity: "error",
  description: "A legacy variable name is used where the standard Supabase name is expected.",
  fixable: true,
  check(ctx) {
    const out = [];
    const cat = ctx.catalog;
    for (const f of ctx.composeFiles) {
      const unit = unitOf(ctx, f);
      const byScalar = /* @__PURE__ */ new Map();
      for (const r of f.refs) {
        const value = unit?.env.get(r.name)?.value;
        const std = cat.standardNameFor(r.name, value);
        if (!std) continue;
        const key = JSON.stringify(r.path);
        byScalar.set(key, [...byScalar.get(key) ?? [], r]);
      }
      for (const refs of byScalar.values()) {
        const renames = new Map(refs.map((r) => [r.name, cat.standardNameFor(r.name, unit?.env.get(r.name)?.value)]));
        const edits = renameRefEdits(f, refs[0].path, renames);
        refs.forEach((r, i) => {
          out.push({
            loc: { file: f.file, line: r.line, column: r.column },
            message: `\${${r.name}} is a legacy name: use \${${renames.get(r.name)}}`,
            // The scalar's edits ride on its first report so they are applied once.
            edits: i === 0 ? edits : []
          });
        });
      }
    }
    const anyValue = new Map(ctx.envFiles.flatMap((s) => s.file.entries.map((e) => [e.key, e.value])));
    for (const src of ctx.envFiles) {
      const keys = new Map(src.file.entries.map((e) => [e.key, e]));
      const renamedTo = /* @__PURE__ */ new Map();
      const ordered = [...src.file.entries].sort((a, b) => Number(!!cat.aliasInfo(a.key)?.alias.sprawl) - Number(!!cat.aliasInfo(b.key)?.alias.sprawl));
      for (const e of ordered) {
        const std = cat.standardNameFor(e.key, e.value);
        if (std && !keys.has(std) && !renamedTo.has(std)) renamedTo.set(std, e.key);
      }
      for (const e of src.file.entries) {
        const std = cat.standardNameFor(e.key, e.value);
        if (std && renamedTo.has(std) && renamedTo.get(std) !== e.key) {
          out.push({
            loc: { file: src.file.file, line: e.line, column: e.column },
            severity: "warning",
            message: `${e.key} is another alias of ${std} (${renamedTo.get(std)} is renamed to it): remove ${e.key} and reference ${std} (alias sprawl)`
          });
        } else if (std) {
          const info = cat.aliasInfo(e.key);
          const stdEntry = keys.get(std) ?? ctx.envFiles.flatMap((s) => s.file.entries.map((x) => ({ ...x, file: s.file.file }))).find((x) => x.key === std);
          const loc = { file: src.file.file, line: e.line, column: e.column };
          if (info?.alias.sprawl && stdEntry) {
            out.push({ loc, severity: "warning", message: `${e.key} is an alias of ${std} (set at ${fmtLoc({ file: stdEntry.file ?? src.file.file, line: stdEntry.line })}): remove it and reference ${std} (alias sprawl)` });
          } else if (stdEntry) {
            out.push({ loc, message: `${e.key} is a legacy name of ${std}, which is also set (${fmtLoc({ file: stdEntry.file ?? src.file.file, line: stdEntry.line })}): remove ${e.key}` });
          } else {
            const start = offsetAt(src.text, e.line, e.column);
            out.push({
              loc,
              message: `${e.key} is a legacy name: rename it to ${std}`,
              edits: [{ file: src.file.file, start, end: start + e.key.length, text: std }]
            });
          }
        }
        if (e.quote !== "single" && e.raw && e.raw.includes("$")) {
          const base = offsetAt(src.text, e.line, e.valueColumn);
          const refsEdits = renameInTextLegacy(e.raw, base, src.file.file, (n) => cat.standardNameFor(n, anyValue.get(n)));
          for (const ed of refsEdits) {
            out.push({ loc: { file: src.file.file, line: e.line, column: e.valueColumn }, message: `\${${ed.from}} is a legacy name: use \${${ed.text}}`, edits: [ed] });
          }
        }
      }
    }
    return out;
  }
};
function renameInTextLegacy(raw, base, file, std) {
  const names = /* @__PURE__ */ new Map();
  for (const m of raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const s = std(m[1]);
    if (s) names.set(m[1], s);
  }
  if (names.size === 0) return [];
  return renameInText(raw, base, file, names).map((ed) => ({ ...ed, from: raw.slice(ed.start - base, ed.end - base) }));
}

// src/lint/rules/ports.ts
var ALL_INTERFACES = /* @__PURE__ */ new Set([void 0, "", "0.0.0.0", "::"]);
var publishedPortExposure = {
  id: "published-port-exposure",
  severity: "warning",
  description: "db, pooler or meta publish a port on all interfaces.",
  fixable: false,
  check(ctx) {
    const out = [];
    const exposed = lintData().exposedServices;
    for (const u of ctx.units) {
      if (!u.project) continue;
      for (const [name, svc] of services(u.project)) {
        if (!Array.isArray(svc.ports) || !exposed.some((e) => serviceIs(name, svc, e))) continue;
        svc.ports.forEach((p, i) => {
          const spec = parsePort(p, i);
          if (!spec?.published || !ALL_INTERFACES.has(spec.hostIp)) return;
          out.push({ loc: svcLoc(u.project, name, "ports", i), message: `${name} publishes port ${spec.published} on all interfaces; bind it to 127.0.0.1 (e.g. "127.0.0.1:${spec.published}:${spec.target}") or a private address` });
        });
      }
    }
    return out;
  }
};
var portCollision = {
  id: "port-collision",
  severity: "error",
  description: "Two services publish the same host port.",
  fixable: false,
  check(ctx) {
    const out = [];
    for (const u of ctx.units) {
      if (!u.project) continue;
      const taken = /* @__PURE__ */ new Map();
      for (const [name, svc] of services(u.project)) {
        if (!Array.isArray(svc.ports)) continue;
        svc.ports.forEach((p, i) => {
          const spec = parsePort(p, i);
          if (!spec?.published) return;
          for (const port of expandRange(spec.published)) {
            const ip = ALL_INTERFACES.has(spec.hostIp) ? "*" : spec.hostIp;
            const loc = svcLoc(u.project, name, "ports", i);
            const keys = ip === "*" ? [...taken.keys()].filter((k) => k.endsWith(`|${port}/${spec.protocol}`)) : [`${ip}|${port}/${spec.protocol}`, `*|${port}/${spec.protocol}`];
            const hit = keys.map((k) => taken.get(k)).find((t) => t && t.svc !== name);
            if (hit) {
              out.push({ loc, message: `${name} publishes host port ${port}/${spec.protocol}, already published by ${hit.svc} (line ${hit.line})` });
              break;
            }
            taken.set(`${ip}|${port}/${spec.protocol}`, { svc: name, line: loc.line });
          }
        });
      }
    }
    return out;
  }
};

// src/lint/rules/project-rules.ts
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
var containerNameCollision = {
  id: "container-name-collision",
  severity: "error",
  description: "Two services use the same container_name.",
  fixable: false,
  check(ctx) {
    const out = [];
    for (const u of ctx.units) {
      if (!u.project) continue;
      const seen = /* @__PURE__ */ new Map();
      for (const [name, svc] of services(u.project)) {
        if (typeof svc.container_name !== "string") continue;
        const other = seen.get(svc.container_name);
        if (other) out.push({ loc: svcLoc(u.project, name, "container_name"), message: `${name} and ${other} both use container_name "${svc.container_name}"` });
        else seen.set(svc.container_name, name);
      }
    }
    return out;
  }
};
var conflictingServiceDefinition = {
  id: "conflicting-service-definition",
  severity: "warning",
  description: "A service is defined in two files of one project with different images.",
  fixable: false,
  check(ctx) {
    const out = [];
    for (const u of ctx.units) {
      if (!u.project) continue;
      for (const [name, files] of u.project.serviceFiles) {
        if (files.length < 2) continue;
        const defs = u.project.files.filter((f) => typeof f.model?.services?.[name]?.image === "string").map((f) => ({ f, image: f.model.services[name].image }));
        for (let i = 1; i < defs.length; i++) {
          if (defs[i].image !== defs[0].image) {
            out.push({
              loc: defs[i].f.locate(["services", name, "image"]),
              message: `${name} uses image ${defs[i].image} here but ${defs[0].image} in ${defs[0].f.file}; the last -f file wins, so the result depends on file order`
            });
          }
        }
      }
    }
    return out;
  }
};
var missingSupabaseService = {
  id: "missing-supabase-service",
  severity: "warning",
  description: "A Supabase stack lacks one of the 13 self-hosted services.",
  fixable: false,
  check(ctx) {
    const out = [];
    const set = lintData().supabaseServices;
    for (const u of ctx.units) {
      if (!u.project) continue;
      const svcs = services(u.project);
      const present = set.filter((s) => svcs.some(([n, v]) => serviceIs(n, v, s)));
      if (present.length < 3 || present.length === set.length) continue;
      const missing = set.filter((s) => !present.includes(s)).map((s) => s.name);
      const loc = u.project.locate(["services"], "key") ?? { file: u.project.files[0].file, line: 1, column: 1 };
      out.push({ loc, message: `this Supabase stack lacks ${missing.join(", ")} (the self-hosted stack has ${set.length} services)` });
    }
    return out;
  }
};
var functionsVerifyJwtOff = {
  id: "functions-verify-jwt-off",
  severity: "error",
  description: "Edge functions run with VERIFY_JWT=false in production.",
  fixable: false,
  check(ctx) {
    const out = [];
    const isProd = (file) => ctx.environment === "production" || file !== void 0 && /(^|\/)env\.prod(uction)?$/.test(file);
    const fn = lintData().supabaseServices.find((s) => s.name === "functions") ?? { name: "functions", images: ["supabase/edge-runtime"] };
    for (const src of ctx.envFiles) {
      if (!isProd(src.file.file)) continue;
      for (const e of src.file.entries) {
        if (e.key === "FUNCTIONS_VERIFY_JWT" && e.value.toLowerCase() === "false") {
          out.push({ loc: { file: src.file.file, line: e.line, column: e.valueColumn }, message: "FUNCTIONS_VERIFY_JWT=false in production: every edge function is callable without a valid JWT" });
        }
      }
    }
    for (const u of ctx.units) {
      if (!u.project || !(ctx.environment === "production" || u.envFiles.some((s) => isProd(s.file.file)))) continue;
      for (const [name, svc] of services(u.project)) {
        if (!serviceIs(name, svc, fn)) continue;
        const env = svc.environment;
        const v = Array.isArray(env) ? env.find((x) => String(x).startsWith("VERIFY_JWT="))?.split("=")[1] : env?.VERIFY_JWT;
        if (String(v).toLowerCase() === "false") {
          out.push({ loc: svcLoc(u.project, name, "environment", "VERIFY_JWT"), message: `${name}: VERIFY_JWT resolves to false in production; set FUNCTIONS_VERIFY_JWT=true` });
        }
      }
    }
    return out;
  }
};
var envFileMissing = {
  id: "env-file-missing",
  severity: "error",
  description: "A service env_file does not exist.",
  fixable: false,
  check(ctx) {
    const out = [];
    for (const f of ctx.composeFiles) {
      const svcs = f.model?.services;
      if (!svcs || typeof svcs !== "object") continue;
      for (const [name, svc] of Object.entries(svcs)) {
        const list = svc?.env_file === void 0 ? [] : Array.isArray(svc.env_file) ? svc.env_file : [svc.env_file];
        list.forEach((item, i) => {
          const p = typeof item === "string" ? item : item?.path;
          if (typeof p !== "string" || typeof item === "object" && item.required === false) return;
          const abs = resolve(dirname(resolve(ctx.cwd, f.file)), p);
          if (!existsSync(abs)) {
            const path = Array.isArray(svc.env_file) ? ["services", name, "env_file", i] : ["services", name, "env_file"];
            out.push({ loc: f.locate(path), message: `${name}: env_file ${p} does not exist (relative to ${dirname(f.file)}); create it or mark it required: false` });
          }
        });
      }
    }
    return out;
  }
};

// src/lint/rules/undefined-variable.ts
import { basename } from "node:path";
var undefinedVariable = {
  id: "undefined-variable",
  severity: "warning",
  description: "A variable is referenced without a default and defined in no env layer.",
  fixable: false,
  check(ctx) {
    const missing = /* @__PURE__ */ new Map();
    for (const u of ctx.units) {
      if (!u.project) continue;
      const set = u.envFiles.length ? u.envFiles.map((e) => basename(e.file.file)).join(" + ") : "";
      for (const f of u.project.files) {
        const note = (name, loc, required) => {
          const k = `${name}@${loc.file}:${loc.line}:${loc.column}`;
          const m = missing.get(k) ?? { loc, name, required, sets: [], total: /* @__PURE__ */ new Set() };
          if (!m.sets.includes(set)) m.sets.push(set);
          missing.set(k, m);
        };
        for (const r of f.refs) {
          if (r.evaluated && r.op === "" && !u.env.has(r.name)) note(r.name, { file: f.file, line: r.line, column: r.column });
        }
        for (const p of f.interpolationProblems) if (p.kind === "required" && p.variable) note(p.variable, p.loc, p.message);
      }
    }
    const setsPerFile = /* @__PURE__ */ new Map();
    for (const u of ctx.units) {
      for (const f of u.project?.files ?? []) {
        const s = setsPerFile.get(f.file) ?? /* @__PURE__ */ new Set();
        s.add(u.envFiles.map((e) => basename(e.file.file)).join(" + "));
        setsPerFile.set(f.file, s);
      }
    }
    const out = [];
    for (const m of missing.values()) {
      const all = setsPerFile.get(m.loc.file)?.size ?? 1;
      const where = m.sets.length === 1 && m.sets[0] === "" ? "in any env file (none given, and no .env next to the compose file)" : m.sets.length === all && all > 1 ? `in any of the ${all} env layer combinations` : `in ${m.sets[0]}${m.sets.length > 1 ? ` (and ${m.sets.length - 1} more of ${all} layer combinations)` : all > 1 ? ` (1 of ${all} layer combinations)` : ""}`;
      if (m.required) out.push({ loc: m.loc, severity: "error", message: `${m.required}: ${m.name} is not set ${where}` });
      else out.push({ loc: m.loc, message: `${m.name} is not set ${where}; compose substitutes an empty string` });
    }
    return out;
  }
};

// src/lint/rules/unsafe-secret-chars.ts
var UNSAFE = ["$", "@", "/", "?", "#", ":", "&", '"', "'", "`", "\\"];
var unsafeSecretChars = {
  id: "unsafe-secret-chars",
  severity: "warning",
  description: "A secret contains characters that break URLs, compose, shells or Kong ($ @ / ? # : & \" ' ` \\).",
  fixable: false,
  check(ctx) {
    const out = [];
    for (const src of ctx.envFiles) {
      for (const e of src.file.entries) {
        if (!e.value || !ctx.catalog.isSecret(e.key)) continue;
        const std = ctx.catalog.standardNameFor(e.key, e.value) ?? e.key;
        const fmt = ctx.catalog.get(std)?.format ?? "";
        if (/^(url|jwks|jwt:|opaque:)/.test(fmt)) continue;
        const literal = e.quote === "single" ? e.value : e.value.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, "");
        const found = UNSAFE.filter((c) => literal.includes(c));
        if (found.length) {
          out.push({ loc: { file: src.file.file, line: e.line, column: e.valueColumn }, message: `${e.key} contains ${found.map((c) => `"${c}"`).join(" ")}, which break URLs, compose or Kong; regenerate it with pmoves keys generate` });
        }
      }
    }
    return out;
  }
};

// src/lint/rules/index.ts
var rules = [
  composeSchema,
  invalidInterpolation,
  legacySupabaseVariable,
  undefinedVariable,
  insecureSecret,
  jwtKeyMismatch,
  duplicateKey,
  hardcodedVariable,
  missingHealthcheck,
  dependsOnCondition,
  unpinnedImage,
  uppercaseImageRef,
  publishedPortExposure,
  portCollision,
  containerNameCollision,
  conflictingServiceDefinition,
  missingSupabaseService,
  functionsVerifyJwtOff,
  envFileMissing,
  unsafeSecretChars
];
var DOCS_BASE = "https://github.com/powerfulmoves/pmoves-toolkit/blob/main/docs/lint.md";
var docsUrl = (id) => `${DOCS_BASE}#${id}`;

// src/catalog/index.ts
import { createHash as createHash2 } from "node:crypto";
import { resolve as resolve2 } from "node:path";

// src/catalog/catalog-snapshot.gen.js
var sourceSha2562 = "44493ef8798dded583420d217209cfbaf5c72b1e0b7811e584332935aa2b3bbc";
var json2 = `{"version":1,"formats":{"jwt:anon":"HS256 JWT signed with JWT_SECRET whose payload has role \\"anon\\"","jwt:service_role":"HS256 JWT signed with JWT_SECRET whose payload has role \\"service_role\\"","base64>=N":"standard base64 of at least N random bytes","hexN":"exactly N hexadecimal characters","string>=N":"at least N characters; generated values use only [A-Za-z0-9]","string=N":"exactly N characters; generated values use only [A-Za-z0-9]","string":"free text","url":"absolute URL (http, https, postgres, postgresql, nats, ws ...)","port":"TCP port 1-65535","bool":"true or false","int":"decimal integer","csv":"comma-separated list","email":"e-mail address","path":"file-system or URL path","host":"host name or IP address","slug":"lowercase identifier [a-z0-9][a-z0-9_-]*","duration":"number with unit (60s, 5m)","jwks":"JSON Web Key Set","external":"credential issued by a third party (SMTP, OAuth, Twilio, OpenAI); never generated","enum:a|b":"one of the listed values","opaque:sb_publishable":"Supabase opaque publishable key (sb_publishable_...)","opaque:sb_secret":"Supabase opaque secret key (sb_secret_...)"},"groups":{"secrets":"Secrets and API keys","urls":"Public URLs","database":"Database","pooler":"Supavisor (connection pooler)","studio":"Studio (dashboard)","auth":"Auth (GoTrue)","auth-oauth":"Auth - OAuth providers","auth-sms":"Auth - phone / SMS","auth-mfa":"Auth - multi-factor authentication","storage":"Storage","functions":"Edge functions","rest":"API (PostgREST)","analytics":"Analytics (Logflare) and logs","kong":"API gateway (Kong)","imgproxy":"imgproxy","proxy":"TLS reverse proxy","pmoves":"PMOVES site and mode","sync":"PMOVES dual-write sync","bus":"PMOVES message bus and object store","network":"PMOVES network exposure","compose":"docker compose itself"},"variables":[{"name":"POSTGRES_PASSWORD","group":"secrets","description":"Password of the postgres superuser and of every Supabase service role (authenticator, supabase_auth_admin, supabase_storage_admin, supabase_admin).","secret":true,"generate":true,"format":"string>=32","requiredIn":["standalone","dual-write"],"services":["db","auth","rest","realtime","storage","meta","functions","analytics","supavisor","studio","sync-install","sync-worker","sync-central-install"],"upstream":true},{"name":"JWT_SECRET","group":"secrets","description":"HS256 secret that signs and verifies every Supabase JWT (ANON_KEY, SERVICE_ROLE_KEY, user sessions); at least 32 characters.","secret":true,"generate":true,"format":"string>=40","requiredIn":["standalone","dual-write"],"legacyAliases":[{"name":"SUPABASE_JWT_SECRET"}],"services":["auth","rest","realtime","storage","functions","db","supavisor","studio"],"upstream":true},{"name":"ANON_KEY","group":"secrets","description":"Legacy-style API key for anonymous clients, a JWT with role anon signed by JWT_SECRET.","secret":true,"generate":true,"format":"jwt:anon","requiredIn":["standalone","integrated","dual-write"],"legacyAliases":[{"name":"SUPABASE_PUBLISHABLE_KEY","notLegacyWhenValueMatches":"^sb_publishable_"}],"services":["kong","studio","storage","functions","realtime"],"upstream":true},{"name":"SERVICE_ROLE_KEY","group":"secrets","description":"API key that bypasses row level security, a JWT with role service_role signed by JWT_SECRET; server side only.","secret":true,"generate":true,"format":"jwt:service_role","requiredIn":["standalone","integrated","dual-write"],"legacyAliases":[{"name":"SUPABASE_SECRET_KEY","notLegacyWhenValueMatches":"^sb_secret_"},{"name":"SUPABASE_SERVICE_KEY","sprawl":true},{"name":"SUPABASE_KEY","sprawl":true}],"services":["kong","studio","storage","functions","sync-worker","sync-install"],"upstream":true},{"name":"SUPABASE_PUBLISHABLE_KEY","group":"secrets","description":"New-style opaque publishable API key (sb_publishable_...). Holding a JWT instead, the name is a legacy alias of ANON_KEY.","secret":true,"generate":true,"format":"opaque:sb_publishable","requiredIn":[],"services":["kong"],"upstream":true},{"name":"SUPABASE_SECRET_KEY","group":"secrets","description":"New-style opaque secret API key (sb_secret_...). Holding a JWT instead, the name is a legacy alias of SERVICE_ROLE_KEY.","secret":true,"generate":true,"format":"opaque:sb_secret","requiredIn":[],"services":["kong"],"upstream":true},{"name":"JWT_KEYS","group":"secrets","description":"Asymmetric signing keys for Auth (GOTRUE_JWT_KEYS): a JSON array of private JWKs, the ES256 signing key first and the HS256 JWT_SECRET as an \\"oct\\" key so existing ANON_KEY / SERVICE_ROLE_KEY keep verifying. Only with \`pmoves keys generate --asymmetric\`.","secret":true,"generate":true,"format":"jwks","requiredIn":[],"services":["auth"]},{"name":"JWT_JWKS","group":"secrets","description":"Verification keys matching JWT_KEYS as {\\"keys\\":[...]} (Realtime rejects a bare array) for PostgREST, Realtime and Storage; holds the HS256 key, so it is a secret.","secret":true,"generate":true,"format":"jwks","requiredIn":[],"services":["rest","realtime","storage"]},{"name":"JWT_EXPIRY","group":"secrets","description":"Lifetime in seconds of the access tokens Auth issues.","secret":false,"format":"int","default":"3600","requiredIn":[],"legacyAliases":[{"name":"SUPABASE_JWT_EXP"}],"services":["auth","rest","db"],"upstream":true},{"name":"DASHBOARD_USERNAME","group":"secrets","description":"User name of the HTTP basic auth Kong puts in front of Studio.","secret":false,"format":"string","default":"supabase","requiredIn":["standalone","dual-write"],"services":["kong"],"upstream":true},{"name":"DASHBOARD_PASSWORD","group":"secrets","description":"Password of the HTTP basic auth Kong puts in front of Studio; must contain at least one letter.","secret":true,"generate":true,"format":"string>=24","requiredIn":["standalone","dual-write"],"services":["kong"],"upstream":true},{"name":"SECRET_KEY_BASE","group":"secrets","description":"Phoenix secret key base of Realtime and Supavisor (signs cookies and tokens); at least 64 characters.","secret":true,"generate":true,"format":"string>=64","requiredIn":["standalone","dual-write"],"services":["realtime","supavisor"],"upstream":true},{"name":"REALTIME_DB_ENC_KEY","group":"secrets","description":"Realtime key that encrypts tenant database credentials (AES-128); exactly 16 characters. Upstream hard-codes supabaserealtime; PMOVES generates one per site.","secret":true,"generate":true,"format":"string=16","requiredIn":["standalone","dual-write"],"services":["realtime"]},{"name":"VAULT_ENC_KEY","group":"secrets","description":"Supavisor key that encrypts tenant credentials at rest; exactly 32 characters.","secret":true,"generate":true,"format":"string=32","requiredIn":["standalone","dual-write"],"services":["supavisor"],"upstream":true},{"name":"PG_META_CRYPTO_KEY","group":"secrets","description":"Key postgres-meta and Studio use to encrypt connection strings passed between them; at least 32 characters.","secret":true,"generate":true,"format":"string>=32","requiredIn":["standalone","dual-write"],"services":["meta","studio"],"upstream":true},{"name":"LOGFLARE_PUBLIC_ACCESS_TOKEN","group":"secrets","description":"Logflare token for log ingestion and querying (Vector and Studio use it).","secret":true,"generate":true,"format":"string>=32","requiredIn":["standalone","dual-write"],"services":["analytics","studio","vector"],"upstream":true},{"name":"LOGFLARE_PRIVATE_ACCESS_TOKEN","group":"secrets","description":"Logflare management token.","secret":true,"generate":true,"format":"string>=32","requiredIn":["standalone","dual-write"],"services":["analytics","studio"],"upstream":true},{"name":"S3_PROTOCOL_ACCESS_KEY_ID","group":"secrets","description":"Access key id of the Storage S3-protocol endpoint.","secret":true,"generate":true,"format":"hex32","requiredIn":["standalone","dual-write"],"services":["storage"],"upstream":true},{"name":"S3_PROTOCOL_ACCESS_KEY_SECRET","group":"secrets","description":"Secret access key of the Storage S3-protocol endpoint.","secret":true,"generate":true,"format":"hex64","requiredIn":["standalone","dual-write"],"services":["storage"],"upstream":true},{"name":"SUPABASE_PUBLIC_URL","group":"urls","description":"Public URL of the API gateway (Kong) as browsers and clients reach it; Studio and Storage build links with it.","secret":false,"format":"url","default":"http://localhost:8000","requiredIn":["standalone","dual-write"],"services":["studio","storage","functions"],"upstream":true},{"name":"API_EXTERNAL_URL","group":"urls","description":"Public URL of the Auth service, used for OAuth callbacks, SAML endpoints and e-mail links.","secret":false,"format":"url","default":"http://localhost:8000","requiredIn":["standalone","dual-write"],"services":["auth"],"upstream":true},{"name":"POSTGRES_HOST","group":"database","description":"Host the services use to reach Postgres (the db service, or an external database).","secret":false,"format":"host","default":"db","requiredIn":["standalone","dual-write"],"services":["auth","rest","realtime","storage","meta","functions","analytics","supavisor","studio","sync-install","sync-worker","sync-central-install"],"upstream":true},{"name":"POSTGRES_DB","group":"database","description":"Name of the main database.","secret":false,"format":"string","default":"postgres","requiredIn":["standalone","dual-write"],"services":["db","auth","rest","realtime","storage","meta","functions","supavisor","studio","sync-install","sync-worker","sync-central-install"],"upstream":true},{"name":"POSTGRES_PORT","group":"database","description":"Port Postgres listens on inside the network; Supavisor publishes its session-mode pooler on the same port.","secret":false,"format":"port","default":"5432","requiredIn":["standalone","dual-write"],"services":["db","auth","rest","realtime","storage","meta","functions","analytics","supavisor","studio","sync-install","sync-worker","sync-central-install"],"upstream":true},{"name":"POOLER_PROXY_PORT_TRANSACTION","group":"pooler","description":"Published port of Supavisor's transaction-mode pool.","secret":false,"format":"port","default":"6543","requiredIn":[],"services":["supavisor"],"upstream":true},{"name":"POOLER_DEFAULT_POOL_SIZE","group":"pooler","description":"Maximum PostgreSQL connections Supavisor opens per pool.","secret":false,"format":"int","default":"20","requiredIn":[],"services":["supavisor"],"upstream":true},{"name":"POOLER_MAX_CLIENT_CONN","group":"pooler","description":"Maximum client connections Supavisor accepts per pool.","secret":false,"format":"int","default":"100","requiredIn":[],"services":["supavisor"],"upstream":true},{"name":"POOLER_TENANT_ID","group":"pooler","description":"Supavisor tenant id; clients log in as <user>.<tenant id>.","secret":false,"format":"slug","default":"pmoves","requiredIn":["standalone","dual-write"],"services":["supavisor"],"upstream":true},{"name":"POOLER_DB_POOL_SIZE","group":"pooler","description":"Connections Supavisor keeps for its own metadata storage.","secret":false,"format":"int","default":"5","requiredIn":[],"services":["supavisor"],"upstream":true},{"name":"STUDIO_DEFAULT_ORGANIZATION","group":"studio","description":"Organization name Studio shows.","secret":false,"format":"string","default":"PMOVES","requiredIn":[],"services":["studio"],"upstream":true},{"name":"STUDIO_DEFAULT_PROJECT","group":"studio","description":"Project name Studio shows.","secret":false,"format":"string","default":"PMOVES","requiredIn":[],"services":["studio"],"upstream":true},{"name":"OPENAI_API_KEY","group":"studio","description":"OpenAI API key that enables Studio's AI assistant; optional.","secret":true,"format":"external","requiredIn":[],"services":["studio"],"upstream":true},{"name":"SITE_URL","group":"auth","description":"Default redirect URL of Auth (\\"Site URL\\") after sign-up, magic links and password recovery.","secret":false,"format":"url","default":"http://localhost:3000","requiredIn":["standalone","dual-write"],"services":["auth"],"upstream":true},{"name":"ADDITIONAL_REDIRECT_URLS","group":"auth","description":"Further allowed redirect URLs (\\"Redirect URLs\\"), comma-separated.","secret":false,"format":"csv","default":"","requiredIn":[],"services":["auth"],"upstream":true},{"name":"DISABLE_SIGNUP","group":"auth","description":"true stops new users from signing up.","secret":false,"format":"bool","default":"false","requiredIn":[],"services":["auth"],"upstream":true},{"name":"MAILER_URLPATHS_CONFIRMATION","group":"auth","description":"URL path of the sign-up confirmation link in e-mails.","secret":false,"format":"path","default":"/auth/v1/verify","requiredIn":[],"services":["auth"],"upstream":true},{"name":"MAILER_URLPATHS_INVITE","group":"auth","description":"URL path of the invitation link in e-mails.","secret":false,"format":"path","default":"/auth/v1/verify","requiredIn":[],"services":["auth"],"upstream":true},{"name":"MAILER_URLPATHS_RECOVERY","group":"auth","description":"URL path of the password recovery link in e-mails.","secret":false,"format":"path","default":"/auth/v1/verify","requiredIn":[],"services":["auth"],"upstream":true},{"name":"MAILER_URLPATHS_EMAIL_CHANGE","group":"auth","description":"URL path of the e-mail change confirmation link.","secret":false,"format":"path","default":"/auth/v1/verify","requiredIn":[],"services":["auth"],"upstream":true},{"name":"ENABLE_EMAIL_SIGNUP","group":"auth","description":"true allows sign-up with e-mail and password.","secret":false,"format":"bool","default":"true","requiredIn":[],"services":["auth"],"upstream":true},{"name":"ENABLE_EMAIL_AUTOCONFIRM","group":"auth","description":"true confirms e-mail sign-ups without sending a confirmation mail.","secret":false,"format":"bool","default":"false","requiredIn":[],"services":["auth"],"upstream":true},{"name":"SMTP_ADMIN_EMAIL","group":"auth","description":"Sender address of Auth e-mails.","secret":false,"format":"email","default":"admin@example.com","requiredIn":[],"services":["auth"],"upstream":true},{"name":"SMTP_HOST","group":"auth","description":"SMTP server Auth sends mail through.","secret":false,"format":"host","default":"supabase-mail","requiredIn":[],"services":["auth"],"upstream":true},{"name":"SMTP_PORT","group":"auth","description":"Port of the SMTP server.","secret":false,"format":"port","default":"2500","requiredIn":[],"services":["auth"],"upstream":true},{"name":"SMTP_USER","group":"auth","description":"SMTP user name.","secret":false,"format":"string","requiredIn":[],"services":["auth"],"upstream":true},{"name":"SMTP_PASS","group":"auth","description":"SMTP password, issued by the mail provider.","secret":true,"format":"external","requiredIn":[],"services":["auth"],"upstream":true},{"name":"SMTP_SENDER_NAME","group":"auth","description":"Display name of the sender of Auth e-mails.","secret":false,"format":"string","default":"PMOVES","requiredIn":[],"services":["auth"],"upstream":true},{"name":"ENABLE_ANONYMOUS_USERS","group":"auth","description":"true allows anonymous sign-ins.","secret":false,"format":"bool","default":"false","requiredIn":[],"services":["auth"],"upstream":true},{"name":"ENABLE_PHONE_SIGNUP","group":"auth","description":"true allows sign-up with a phone number (needs an SMS provider).","secret":false,"format":"bool","default":"false","requiredIn":[],"services":["auth"],"upstream":true},{"name":"ENABLE_PHONE_AUTOCONFIRM","group":"auth","description":"true confirms phone sign-ups without an OTP.","secret":false,"format":"bool","default":"false","requiredIn":[],"services":["auth"],"upstream":true},{"name":"GOOGLE_ENABLED","group":"auth-oauth","description":"true enables Google sign-in (GOTRUE_EXTERNAL_GOOGLE_ENABLED).","secret":false,"format":"bool","default":"false","requiredIn":[],"services":["auth"],"upstream":true},{"name":"GOOGLE_CLIENT_ID","group":"auth-oauth","description":"OAuth client id issued by Google.","secret":false,"format":"string","requiredIn":[],"services":["auth"],"upstream":true},{"name":"GOOGLE_SECRET","group":"auth-oauth","description":"OAuth client secret issued by Google.","secret":true,"format":"external","requiredIn":[],"services":["auth"],"upstream":true},{"name":"GITHUB_ENABLED","group":"auth-oauth","description":"true enables GitHub sign-in (GOTRUE_EXTERNAL_GITHUB_ENABLED).","secret":false,"format":"bool","default":"false","requiredIn":[],"services":["auth"],"upstream":true},{"name":"GITHUB_CLIENT_ID","group":"auth-oauth","description":"OAuth client id issued by GitHub.","secret":false,"format":"string","requiredIn":[],"services":["auth"],"upstream":true},{"name":"GITHUB_SECRET","group":"auth-oauth","description":"OAuth client secret issued by GitHub.","secret":true,"format":"external","requiredIn":[],"services":["auth"],"upstream":true},{"name":"AZURE_ENABLED","group":"auth-oauth","description":"true enables Azure sign-in (GOTRUE_EXTERNAL_AZURE_ENABLED).","secret":false,"format":"bool","default":"false","requiredIn":[],"services":["auth"],"upstream":true},{"name":"AZURE_CLIENT_ID","group":"auth-oauth","description":"OAuth client id issued by Azure.","secret":false,"format":"string","requiredIn":[],"services":["auth"],"upstream":true},{"name":"AZURE_SECRET","group":"auth-oauth","description":"OAuth client secret issued by Azure.","secret":true,"format":"external","requiredIn":[],"services":["auth"],"upstream":true},{"name":"SMS_PROVIDER","group":"auth-sms","description":"SMS provider for phone auth and phone MFA.","secret":false,"format":"enum:twilio|twilio_verify|messagebird|textlocal|vonage","requiredIn":[],"services":["auth"],"upstream":true},{"name":"SMS_OTP_EXP","group":"auth-sms","description":"Lifetime of an SMS one-time password, in seconds.","secret":false,"format":"int","default":"60","requiredIn":[],"services":["auth"],"upstream":true},{"name":"SMS_OTP_LENGTH","group":"auth-sms","description":"Number of digits of an SMS one-time password.","secret":false,"format":"int","default":"6","requiredIn":[],"services":["auth"],"upstream":true},{"name":"SMS_MAX_FREQUENCY","group":"auth-sms","description":"Minimum time between two SMS to the same number.","secret":false,"format":"duration","default":"60s","requiredIn":[],"services":["auth"],"upstream":true},{"name":"SMS_TEMPLATE","group":"auth-sms","description":"Text of the OTP message; {{ .Code }} is replaced by the code.","secret":false,"format":"string","default":"Your code is {{ .Code }}","requiredIn":[],"services":["auth"],"upstream":true},{"name":"SMS_TWILIO_ACCOUNT_SID","group":"auth-sms","description":"Twilio account SID.","secret":false,"format":"string","requiredIn":[],"services":["auth"],"upstream":true},{"name":"SMS_TWILIO_AUTH_TOKEN","group":"auth-sms","description":"Twilio auth token.","secret":true,"format":"external","requiredIn":[],"services":["auth"],"upstream":true},{"name":"SMS_TWILIO_MESSAGE_SERVICE_SID","group":"auth-sms","description":"Twilio messaging service SID.","secret":false,"format":"string","requiredIn":[],"services":["auth"],"upstream":true},{"name":"SMS_TEST_OTP","group":"auth-sms","description":"Fixed OTP codes for test phone numbers (phone1:code1,phone2:code2); development only.","secret":false,"format":"csv","requiredIn":[],"services":["auth"],"upstream":true},{"name":"MFA_TOTP_ENROLL_ENABLED","group":"auth-mfa","description":"true lets users enroll authenticator-app (TOTP) factors.","secret":false,"format":"bool","default":"true","requiredIn":[],"services":["auth"],"upstream":true},{"name":"MFA_TOTP_VERIFY_ENABLED","group":"auth-mfa","description":"true lets users verify with TOTP factors.","secret":false,"format":"bool","default":"true","requiredIn":[],"services":["auth"],"upstream":true},{"name":"MFA_PHONE_ENROLL_ENABLED","group":"auth-mfa","description":"true lets users enroll phone factors.","secret":false,"format":"bool","default":"false","requiredIn":[],"services":["auth"],"upstream":true},{"name":"MFA_PHONE_VERIFY_ENABLED","group":"auth-mfa","description":"true lets users verify with phone factors.","secret":false,"format":"bool","default":"false","requiredIn":[],"services":["auth"],"upstream":true},{"name":"MFA_MAX_ENROLLED_FACTORS","group":"auth-mfa","description":"Maximum number of MFA factors per user.","secret":false,"format":"int","default":"10","requiredIn":[],"services":["auth"],"upstream":true},{"name":"GLOBAL_S3_BUCKET","group":"storage","description":"S3 bucket with the S3 backend; directory name with the file backend.","secret":false,"format":"string","default":"stub","requiredIn":[],"services":["storage"],"upstream":true},{"name":"REGION","group":"storage","description":"Region Storage reports on its S3-protocol endpoint (and uses with an S3 backend).","secret":false,"format":"string","default":"local","requiredIn":[],"services":["storage"],"upstream":true},{"name":"STORAGE_TENANT_ID","group":"storage","description":"Storage tenant id (the project ref of S3 session tokens).","secret":false,"format":"slug","default":"stub","requiredIn":[],"services":["storage"],"upstream":true},{"name":"MINIO_ROOT_USER","group":"storage","description":"Root user of a MinIO object store used as the Storage S3 backend.","secret":false,"format":"string","default":"supa-storage","requiredIn":[],"services":["minio"],"upstream":true},{"name":"MINIO_ROOT_PASSWORD","group":"storage","description":"Root password of the MinIO object store.","secret":true,"generate":true,"format":"string>=24","requiredIn":[],"services":["minio"],"upstream":true},{"name":"FUNCTIONS_VERIFY_JWT","group":"functions","description":"true makes the edge runtime reject requests without a valid JWT; keep it true in production.","secret":false,"format":"bool","default":"true","requiredIn":[],"services":["functions"],"upstream":true},{"name":"PGRST_DB_SCHEMAS","group":"rest","description":"Schemas PostgREST exposes over the REST API.","secret":false,"format":"csv","default":"public,storage,graphql_public","requiredIn":[],"services":["rest","studio"],"upstream":true},{"name":"PGRST_DB_MAX_ROWS","group":"rest","description":"Maximum number of rows PostgREST returns per request.","secret":false,"format":"int","default":"1000","requiredIn":[],"services":["rest","studio"],"upstream":true},{"name":"PGRST_DB_EXTRA_SEARCH_PATH","group":"rest","description":"Extra schemas on PostgREST's search path.","secret":false,"format":"csv","default":"public","requiredIn":[],"services":["rest","studio"],"upstream":true},{"name":"DOCKER_SOCKET_LOCATION","group":"analytics","description":"Docker socket Vector reads container logs from; differs per OS (rootless docker, Docker Desktop).","secret":false,"format":"path","default":"/var/run/docker.sock","requiredIn":[],"services":["vector"],"upstream":true},{"name":"GOOGLE_PROJECT_ID","group":"analytics","description":"Google Cloud project id, only with the BigQuery analytics backend.","secret":false,"format":"string","requiredIn":[],"services":["analytics"],"upstream":true},{"name":"GOOGLE_PROJECT_NUMBER","group":"analytics","description":"Google Cloud project number, only with the BigQuery analytics backend.","secret":false,"format":"string","requiredIn":[],"services":["analytics"],"upstream":true},{"name":"KONG_HTTP_PORT","group":"kong","description":"Published HTTP port of the API gateway.","secret":false,"format":"port","default":"8000","requiredIn":["standalone","dual-write"],"services":["kong"],"upstream":true},{"name":"KONG_HTTPS_PORT","group":"kong","description":"Published HTTPS port of the API gateway.","secret":false,"format":"port","default":"8443","requiredIn":["standalone","dual-write"],"services":["kong"],"upstream":true},{"name":"IMGPROXY_ENABLE_WEBP_DETECTION","group":"imgproxy","description":"true serves WebP to browsers that accept it.","secret":false,"format":"bool","default":"true","requiredIn":[],"services":["imgproxy"],"upstream":true},{"name":"PROXY_DOMAIN","group":"proxy","description":"Domain name of the optional Caddy / nginx TLS proxy (must resolve to the server).","secret":false,"format":"host","requiredIn":[],"services":["proxy"],"upstream":true},{"name":"CERTBOT_EMAIL","group":"proxy","description":"Address for Let's Encrypt notifications (nginx proxy only).","secret":false,"format":"email","requiredIn":[],"services":["proxy"],"upstream":true},{"name":"SUPABASE_MODE","group":"pmoves","description":"How this site uses Supabase. standalone runs its own stack; integrated uses the parent stack at CENTRAL_SUPABASE_URL; dual-write runs its own stack and the sync worker ships its changes to the centre.","secret":false,"format":"enum:standalone|integrated|dual-write","default":"standalone","requiredIn":[],"services":["sync-worker","sync-install","sync-central-install"]},{"name":"LOCAL_SUPABASE_URL","group":"pmoves","description":"URL of this site's own Supabase API gateway as services on the site reach it.","secret":false,"format":"url","default":"http://kong:8000","requiredIn":["dual-write"],"services":["sync-worker"]},{"name":"CENTRAL_SUPABASE_URL","group":"pmoves","description":"URL of the central (VPS) Supabase API gateway; integrated services call it, and the sync worker's rest transport. Names the centre of a dual-write site.","secret":false,"format":"url","requiredIn":["integrated","dual-write"]},{"name":"SUPABASE_URL","group":"pmoves","description":"URL PMOVES application services use as their Supabase client URL; the local gateway (LOCAL_SUPABASE_URL) or, in integrated mode, the parent's (CENTRAL_SUPABASE_URL). pmoves deploy sets it for integrated sites.","secret":false,"format":"url","requiredIn":[]},{"name":"DOCKED_MODE","group":"pmoves","description":"true when the service runs docked inside a parent PMOVES system and uses its networks and bus instead of its own.","secret":false,"format":"bool","default":"false","requiredIn":[]},{"name":"PARENT_SYSTEM","group":"pmoves","description":"Name of the parent PMOVES system the service is docked into (e.g. pmoves-ai); empty when standalone.","secret":false,"format":"string","default":"","requiredIn":[]},{"name":"LOCAL_DB_URL","group":"sync","description":"Connection URL of this site's Postgres as the sync worker uses it (capture triggers and the outbox live there). Contains a password. The reference sidecar builds it from the POSTGRES_* settings, so env files need it only for a worker outside that stack.","secret":true,"format":"url","requiredIn":[],"services":["sync-worker"]},{"name":"CENTRAL_DB_URL","group":"sync","description":"Connection URL of the central Postgres (through its pooler) for SYNC_TRANSPORT=postgres, the default; apply_batch runs there. Contains a password. Not needed with SYNC_TRANSPORT=rest; the worker checks at start.","secret":true,"format":"url","requiredIn":[],"services":["sync-worker","sync-install"]},{"name":"SYNC_SITE_ID","group":"sync","description":"Stable, unique id of this site; breaks clock ties and names the site in sync_status and on NATS.","secret":false,"format":"slug","requiredIn":["dual-write"],"services":["sync-worker","sync-install"]},{"name":"SYNC_TABLES","group":"sync","description":"Tables the sync worker captures and ships, comma-separated (schema-qualified or in public).","secret":false,"format":"csv","default":"jobs,results,metrics,workers,tasks","requiredIn":[],"services":["sync-worker","sync-install"]},{"name":"SYNC_BATCH_SIZE","group":"sync","description":"Maximum outbox rows shipped in one apply_batch call.","secret":false,"format":"int","default":"500","requiredIn":[],"services":["sync-worker","sync-install"]},{"name":"SYNC_INTERVAL_SECONDS","group":"sync","description":"Polling interval of the outbox when no NOTIFY arrives, in seconds.","secret":false,"format":"int","default":"5","requiredIn":[],"services":["sync-worker","sync-install"]},{"name":"SYNC_TRANSPORT","group":"sync","description":"How the worker reaches the centre; postgres (direct, CENTRAL_DB_URL) or rest (rpc through the central API gateway, CENTRAL_SUPABASE_URL and SERVICE_ROLE_KEY).","secret":false,"format":"enum:postgres|rest","default":"postgres","requiredIn":[],"services":["sync-worker","sync-install"]},{"name":"SYNC_HTTP_PORT","group":"sync","description":"Port of the worker's /healthz, /metrics and status page.","secret":false,"format":"port","default":"9464","requiredIn":[],"services":["sync-worker","sync-install"]},{"name":"CONFLICT_RESOLUTION","group":"sync","description":"Conflict rule at the centre; last-write-wins orders by (hybrid logical clock, site id) after per-table ranks, and deletes win.","secret":false,"format":"enum:last-write-wins|central-wins","default":"last-write-wins","requiredIn":[],"services":["sync-worker","sync-install"]},{"name":"NATS_URL","group":"bus","description":"NATS server of the PMOVES bus; when set the sync worker publishes applied changes to JetStream and announces itself.","secret":false,"format":"url","default":"nats://nats:4222","requiredIn":[],"services":["sync-worker","nats","sync-install"]},{"name":"MINIO_ENDPOINT","group":"bus","description":"URL of the MinIO (S3) object store PMOVES services share.","secret":false,"format":"url","default":"http://minio:9000","requiredIn":[]},{"name":"INTERNAL_BIND_ADDRESS","group":"network","description":"Host address the database pooler and other internal ports are published on; keep it on loopback or a private interface, never 0.0.0.0.","secret":false,"format":"host","default":"127.0.0.1","requiredIn":[],"services":["supavisor","sync-worker","nats","prometheus"]},{"name":"COMPOSE_PROJECT_NAME","group":"compose","description":"Compose project name; prefixes containers, networks without a fixed name and volumes. One per stack on a host.","secret":false,"format":"slug","requiredIn":[]},{"name":"COMPOSE_PROFILES","group":"compose","description":"Compose profiles to enable, comma-separated (dual-write starts the sync worker of the sidecar).","secret":false,"format":"csv","requiredIn":[]},{"name":"COMPOSE_CONVERT_WINDOWS_PATHS","group":"compose","description":"1 makes docker compose on Windows convert Windows paths of bind mounts; pmoves deploy sets it on WSL2 sites.","secret":false,"format":"enum:0|1|true|false","requiredIn":[]}]}`;

// src/catalog/catalog-validator.gen.js
function __deepEqual2(a, b) {
  if (a === b) return true;
  if (a && b && typeof a == "object" && typeof b == "object") {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !__deepEqual2(a[k], b[k])) return false;
    return true;
  }
  return a !== a && b !== b;
}
var __ajvEqual2 = { default: __deepEqual2 };
function __ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320) pos++;
    }
  }
  return length;
}
var __ajvUcs2length = { default: __ucs2length };
var catalog_validator_gen_default = validate102;
var func2 = __ajvUcs2length.default;
var schema122 = { "type": "object", "additionalProperties": false, "required": ["name", "description", "secret", "requiredIn"], "properties": { "name": { "$ref": "#/definitions/name" }, "description": { "type": "string", "minLength": 10 }, "group": { "type": "string", "minLength": 1 }, "secret": { "type": "boolean" }, "generate": { "description": "true: `pmoves keys generate` creates the value from its format. Secrets without it come from a provider (SMTP, OAuth, OpenAI).", "type": "boolean" }, "format": { "$ref": "#/definitions/format" }, "requiredIn": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/mode" } }, "default": { "type": "string" }, "legacyAliases": { "type": "array", "items": { "$ref": "#/definitions/legacyAlias" } }, "services": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$" } }, "upstream": { "description": "true when the variable comes from the upstream self-hosted Supabase docker/ folder.", "type": "boolean" } } };
var schema15 = { "enum": ["standalone", "integrated", "dual-write"] };
var func4 = Object.prototype.hasOwnProperty;
var func02 = __ajvEqual2.default;
var pattern02 = new RegExp("^[A-Z][A-Z0-9_]*$", "u");
var pattern12 = new RegExp("^(jwt:(anon|service_role)|base64>=[0-9]+|hex[0-9]+|string(>=|=)[0-9]+|string|url|port|bool|int|csv|email|path|host|slug|duration|jwks|external|enum:[A-Za-z0-9_.-]+(\\|[A-Za-z0-9_.-]+)*|opaque:sb_(publishable|secret))$", "u");
var pattern3 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "notLegacyWhenValueMatches" || key0 === "sprawl")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern02.test(data0)) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]*$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.notLegacyWhenValueMatches !== void 0) {
      let data1 = data.notLegacyWhenValueMatches;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err4 = { instancePath: instancePath + "/notLegacyWhenValueMatches", schemaPath: "#/properties/notLegacyWhenValueMatches/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/notLegacyWhenValueMatches", schemaPath: "#/properties/notLegacyWhenValueMatches/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.sprawl !== void 0) {
      if (typeof data.sprawl !== "boolean") {
        const err6 = { instancePath: instancePath + "/sprawl", schemaPath: "#/properties/sprawl/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.secret === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.requiredIn === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requiredIn" }, message: "must have required property 'requiredIn'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func4.call(schema122.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern02.test(data0)) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]*$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func2(data1) < 10) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.group !== void 0) {
      let data2 = data.group;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.secret !== void 0) {
      if (typeof data.secret !== "boolean") {
        const err11 = { instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.generate !== void 0) {
      if (typeof data.generate !== "boolean") {
        const err12 = { instancePath: instancePath + "/generate", schemaPath: "#/properties/generate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      let data5 = data.format;
      if (typeof data5 === "string") {
        if (!pattern12.test(data5)) {
          const err13 = { instancePath: instancePath + "/format", schemaPath: "#/definitions/format/pattern", keyword: "pattern", params: { pattern: "^(jwt:(anon|service_role)|base64>=[0-9]+|hex[0-9]+|string(>=|=)[0-9]+|string|url|port|bool|int|csv|email|path|host|slug|duration|jwks|external|enum:[A-Za-z0-9_.-]+(\\|[A-Za-z0-9_.-]+)*|opaque:sb_(publishable|secret))$" }, message: 'must match pattern "^(jwt:(anon|service_role)|base64>=[0-9]+|hex[0-9]+|string(>=|=)[0-9]+|string|url|port|bool|int|csv|email|path|host|slug|duration|jwks|external|enum:[A-Za-z0-9_.-]+(\\|[A-Za-z0-9_.-]+)*|opaque:sb_(publishable|secret))$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/format", schemaPath: "#/definitions/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.requiredIn !== void 0) {
      let data6 = data.requiredIn;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (!(data7 === "standalone" || data7 === "integrated" || data7 === "dual-write")) {
            const err15 = { instancePath: instancePath + "/requiredIn/" + i0, schemaPath: "#/definitions/mode/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        let i1 = data6.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func02(data6[i1], data6[j0])) {
                const err16 = { instancePath: instancePath + "/requiredIn", schemaPath: "#/properties/requiredIn/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/requiredIn", schemaPath: "#/properties/requiredIn/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.default !== void 0) {
      if (typeof data.default !== "string") {
        const err18 = { instancePath: instancePath + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.legacyAliases !== void 0) {
      let data9 = data.legacyAliases;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (!validate12(data9[i2], { instancePath: instancePath + "/legacyAliases/" + i2, parentData: data9, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/legacyAliases", schemaPath: "#/properties/legacyAliases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data11 = data.services;
      if (Array.isArray(data11)) {
        const len2 = data11.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data12 = data11[i3];
          if (typeof data12 === "string") {
            if (!pattern3.test(data12)) {
              const err20 = { instancePath: instancePath + "/services/" + i3, schemaPath: "#/properties/services/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"' };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/services/" + i3, schemaPath: "#/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        let i4 = data11.length;
        let j1;
        if (i4 > 1) {
          const indices0 = {};
          for (; i4--; ) {
            let item0 = data11[i4];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j1 = indices0[item0];
              const err22 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
              break;
            }
            indices0[item0] = i4;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.upstream !== void 0) {
      if (typeof data.upstream !== "boolean") {
        const err24 = { instancePath: instancePath + "/upstream", schemaPath: "#/properties/upstream/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.formats === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formats" }, message: "must have required property 'formats'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.variables === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "variables" }, message: "must have required property 'variables'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "formats" || key0 === "groups" || key0 === "variables")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.formats !== void 0) {
      let data1 = data.formats;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          let data2 = data1[key1];
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err5 = { instancePath: instancePath + "/formats/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/formats/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/formats/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/formats/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/formats", schemaPath: "#/properties/formats/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.groups !== void 0) {
      let data3 = data.groups;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key2 in data3) {
          let data4 = data3[key2];
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err8 = { instancePath: instancePath + "/groups/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/groups/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/groups/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/groups/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.variables !== void 0) {
      let data5 = data.variables;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err11 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate11(data5[i0], { instancePath: instancePath + "/variables/" + i0, parentData: data5, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}

// src/catalog/parse-yaml.ts
function parseCatalogYaml(text, file, schemaPath) {
  return parseYamlWithSchema(text, file, catalog_validator_gen_default, schemaPath);
}

// src/catalog/index.ts
var cache = /* @__PURE__ */ new Map();
function defaultCatalogPath() {
  return fromRoot("env-templates/catalog.yaml");
}
function loadCatalog(path) {
  const file = resolve2(path ?? defaultCatalogPath());
  const hit = cache.get(file);
  if (hit) return hit;
  const text = readUserFile(file);
  let catalog;
  if (createHash2("sha256").update(text).digest("hex") === sourceSha2562) {
    let locate;
    catalog = buildCatalog(JSON.parse(json2), file, (path2) => (locate ??= yamlLocator(text))(path2));
  } else {
    const loaded = parseCatalogYaml(text, file, fromRoot("env-templates/catalog.schema.json"));
    catalog = buildCatalog(loaded.data, file, loaded.locate);
  }
  cache.set(file, catalog);
  return catalog;
}
function buildCatalog(data, file, locate) {
  const byName = /* @__PURE__ */ new Map();
  const aliases = /* @__PURE__ */ new Map();
  const groups = data.groups ?? {};
  const fail = (path, message, hint) => {
    const pos = locate(path);
    throw new UserError(message, { file, line: pos.line, column: pos.column, hint });
  };
  const variables = data.variables.map((raw, i) => {
    const v = { ...raw, legacyAliases: raw.legacyAliases ?? [] };
    if (byName.has(v.name)) fail(["variables", i, "name"], `variable ${v.name} is declared twice`, "merge the two entries");
    if (v.group !== void 0 && !(v.group in groups)) {
      fail(["variables", i, "group"], `variable ${v.name} uses the unknown group "${v.group}"`, "add it under `groups:` or use an existing one");
    }
    if (v.format !== void 0 && !(formatFamily(v.format) in data.formats)) {
      fail(["variables", i, "format"], `variable ${v.name} uses the undocumented format "${v.format}"`, "describe it under `formats:`");
    }
    if (v.secret && v.default !== void 0 && v.default !== "") {
      fail(["variables", i, "default"], `secret ${v.name} has a default value`, "secrets are generated per site; remove the default");
    }
    byName.set(v.name, v);
    v.legacyAliases.forEach((alias, j) => {
      if (aliases.has(alias.name)) {
        fail(["variables", i, "legacyAliases", j, "name"], `legacy alias ${alias.name} maps to two standard names`, "keep it under one variable");
      }
      let pattern;
      if (alias.notLegacyWhenValueMatches !== void 0) {
        try {
          pattern = new RegExp(alias.notLegacyWhenValueMatches);
        } catch (err) {
          fail(["variables", i, "legacyAliases", j, "notLegacyWhenValueMatches"], `invalid regex: ${err.message}`, "use a JavaScript regular expression");
        }
      }
      aliases.set(alias.name, { standard: v.name, alias, pattern });
    });
    return v;
  });
  for (const [name, a] of aliases) {
    if (byName.has(name) && !a.pattern) {
      const i = data.variables.findIndex((v) => v.name === a.standard);
      fail(["variables", i, "legacyAliases"], `${name} is both a variable and a legacy alias of ${a.standard}`, "add notLegacyWhenValueMatches or remove one of them");
    }
  }
  return {
    variables,
    formats: data.formats,
    groups,
    file,
    get: (name) => byName.get(name),
    standardNameFor(legacyName, value) {
      const a = aliases.get(legacyName);
      if (!a) return void 0;
      if (a.pattern && value !== void 0 && value !== "" && a.pattern.test(value)) return void 0;
      return a.standard;
    },
    aliasInfo(legacyName) {
      const a = aliases.get(legacyName);
      return a ? { standard: a.standard, alias: a.alias } : void 0;
    },
    isSecret(name) {
      const v = byName.get(name);
      if (v) return v.secret;
      const a = aliases.get(name);
      return a ? byName.get(a.standard).secret : false;
    },
    requiredFor: (mode) => variables.filter((v) => v.requiredIn.includes(mode))
  };
}
function formatFamily(format) {
  if (format.startsWith("enum:")) return "enum:a|b";
  return format.replace(/(>=|=)\d+$/, "$1N").replace(/^hex\d+$/, "hexN");
}

// src/env/layers.ts
import { existsSync as existsSync2 } from "node:fs";
import { join } from "node:path";
function layerEnv(files) {
  const out = /* @__PURE__ */ new Map();
  for (const f of files) {
    for (const e of f.entries) {
      const prev = out.get(e.key);
      const overridden = prev ? [...prev.overridden, { file: prev.file, line: prev.line }] : [];
      out.set(e.key, { key: e.key, value: e.value, file: f.file, line: e.line, overridden });
    }
  }
  return out;
}
function envLayerNames(sel) {
  const names = ["env.base"];
  if (sel.platform) names.push(`env.platform.${sel.platform}`);
  if (sel.environment) names.push(`env.${sel.environment}`);
  for (const s of sel.services ?? []) names.push(`env.service.${s}`);
  return names;
}
function envLayerFiles(dir, sel) {
  return envLayerNames(sel).map((n) => join(dir, n)).filter((p) => existsSync2(p));
}

// src/lint/run.ts
import { resolve as resolve5 } from "node:path";

// src/lint/collect.ts
import { existsSync as existsSync3, readFileSync as readFileSync4 } from "node:fs";
import { basename as basename3, dirname as dirname3, isAbsolute, join as join3, relative, resolve as resolve4 } from "node:path";

// src/lint/mask.ts
var MIN_REDACTED_SECRET_LENGTH = 12;
function composeSecretSpans(f, catalog) {
  const out = [];
  const within = (path, value, prefix) => {
    const span = f.scalarSpans.get(pathKey(path));
    if (!span || !value) return;
    const src = f.text.slice(span.start, span.end);
    if (prefix !== void 0) {
      const at = src.indexOf(prefix);
      if (at !== -1 && src.startsWith(value, at + prefix.length)) {
        out.push({ value, start: span.start + at + prefix.length, end: span.start + at + prefix.length + value.length });
        return;
      }
    }
    let found = false;
    for (let i = src.indexOf(value); i !== -1; i = src.indexOf(value, i + value.length)) {
      out.push({ value, start: span.start + i, end: span.start + i + value.length });
      found = true;
    }
    if (!found) out.push({ value, start: span.start, end: span.end });
  };
  for (const r of f.refs) {
    if (r.arg && (r.op === ":-" || r.op === "-") && catalog.isSecret(r.name)) within(r.path, r.arg, `\${${r.name}${r.op}`);
  }
  const wired = lintData().wiredVariables ?? {};
  const isSecret = (k) => catalog.isSecret(k) || wired[k] !== void 0 && catalog.isSecret(wired[k]);
  const services2 = f.raw?.services;
  if (!services2 || typeof services2 !== "object") return out;
  for (const [name, svc] of Object.entries(services2)) {
    const env = svc?.environment;
    if (Array.isArray(env)) {
      env.forEach((x, i) => {
        const s = String(x);
        const eq = s.indexOf("=");
        if (eq === -1) return;
        const [k, v] = [s.slice(0, eq), s.slice(eq + 1)];
        if (!v.includes("$") && isSecret(k)) within(["services", name, "environment", i], v, `${k}=`);
      });
    } else if (env && typeof env === "object") {
      for (const [k, v] of Object.entries(env)) {
        if (typeof v === "string" && !v.includes("$") && isSecret(k)) within(["services", name, "environment", k], v);
      }
    }
  }
  return out;
}
function maskSpans(text, spans) {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const s of sorted) {
    if (s.end <= pos) continue;
    const start = Math.max(s.start, pos);
    out += text.slice(pos, start) + text.slice(start, s.end).split("\n").map((seg) => seg ? REDACTED : "").join("\n");
    pos = s.end;
  }
  return out + text.slice(pos);
}
function maskEnvText(text, env, catalog) {
  const lines = text.split("\n");
  for (const e of env.entries) {
    if (!e.value || !catalog.isSecret(e.key)) continue;
    for (let l = e.line; l <= e.endLine; l++) {
      const i = l - 1;
      if (l === e.line) lines[i] = lines[i].slice(0, e.valueColumn - 1) + REDACTED + (e.endLine === e.line ? lines[i].slice(e.valueColumn - 1 + (e.raw?.length ?? 0)) : "");
      else lines[i] = l === e.endLine ? REDACTED : "";
    }
  }
  return lines.join("\n");
}
function maskText(kind, file, text, catalog, allSecretValues) {
  try {
    if (kind === "env") return maskEnvText(text, parseEnv(text, file), catalog);
    const f = parseComposeText(text, file, {});
    return maskSpans(text, composeSecretSpans(f, catalog));
  } catch {
    return redact(text, allSecretValues);
  }
}

// src/lint/discover.ts
import { readdirSync, readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import { basename as basename2, dirname as dirname2, join as join2, resolve as resolve3 } from "node:path";
var ENV_NAME = /^(env\..+|\.env.*|.+\.env)$/;
var NOT_ENV_EXT = /\.(ya?ml|json|md|ts|js|mjs|sh|sql)$/;
var COMPOSE_EXT = /\.ya?ml$/;
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", "dist"]);
function isEnvFileName(name) {
  return ENV_NAME.test(name) && !NOT_ENV_EXT.test(name);
}
function looksLikeCompose(path) {
  try {
    const st = statSync2(path);
    if (st.size > 4 * 1024 * 1024) return true;
    return /^services\s*:/m.test(readFileSync3(path, "utf8"));
  } catch {
    return false;
  }
}
function walk(dir, out, depth = 0) {
  if (depth > 8) return;
  for (const ent of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join2(dir, ent.name);
    if (ent.isDirectory()) {
      if (!ent.name.startsWith(".") && !SKIP_DIRS.has(ent.name)) walk(p, out, depth + 1);
    } else if (ent.isFile()) {
      if (isEnvFileName(ent.name)) out.env.push(p);
      else if (COMPOSE_EXT.test(ent.name) && !ent.name.startsWith(".") && looksLikeCompose(p)) out.compose.push(p);
    }
  }
}
function groupProjects(files) {
  const set = new Set(files);
  const projects = [];
  const overrides = /* @__PURE__ */ new Set();
  for (const f of files) {
    const m = /^(.+)\.([^.]+)(\.ya?ml)$/.exec(basename2(f));
    if (!m) continue;
    const base = [join2(dirname2(f), `${m[1]}.yml`), join2(dirname2(f), `${m[1]}.yaml`)].find((b) => set.has(b) && b !== f);
    if (base) {
      overrides.add(f);
      projects.push([base, f]);
    }
  }
  for (const f of files) if (!overrides.has(f)) projects.unshift([f]);
  return projects;
}
function discover(args, cwd) {
  const explicitCompose = [];
  const found = { compose: [], env: [] };
  const explicitEnv = [];
  for (const a of args) {
    const p = resolve3(cwd, a);
    let st;
    try {
      st = statSync2(p);
    } catch {
      throw new UserError(`no such file or directory: ${a}`, { file: a, hint: "pass compose files, env files or directories" });
    }
    if (st.isDirectory()) walk(p, found);
    else if (isEnvFileName(basename2(p))) explicitEnv.push(p);
    else explicitCompose.push(p);
  }
  const projects = groupProjects(found.compose);
  if (explicitCompose.length) projects.unshift(explicitCompose);
  return { projects, envFiles: [...found.env, ...explicitEnv] };
}
function envLayerRank(path) {
  const n = basename2(path);
  if (n === "env.base") return 0;
  if (n.startsWith("env.platform.")) return 1;
  if (n.startsWith("env.service.")) return 3;
  if (n.startsWith("env.")) return 2;
  return 4;
}

// src/lint/collect.ts
function displayPath(cwd, abs) {
  const rel = relative(cwd, abs);
  return rel && !isAbsolute(rel) && rel.length < abs.length ? rel : abs;
}
function collect(opts) {
  const cwd = opts.cwd;
  const catalog = loadCatalog(opts.catalogPath);
  const secretValues = /* @__PURE__ */ new Set();
  const secret = (value) => {
    if (!value) return;
    secretValues.add(value);
    if (value.length >= MIN_REDACTED_SECRET_LENGTH) registerSecret(value);
  };
  const found = discover(opts.files, cwd);
  let envPaths = [...found.envFiles, ...(opts.envFiles ?? []).map((p) => resolve4(cwd, p))];
  envPaths = [...new Set(envPaths)];
  envPaths = envPaths.filter((p) => {
    const n = basename3(p);
    if (opts.platform && n.startsWith("env.platform.") && n !== `env.platform.${opts.platform}`) return false;
    if (opts.environment && envLayerRank(p) === 2 && n !== `env.${opts.environment}`) return false;
    return true;
  });
  envPaths = envPaths.map((p, i) => ({ p, i })).sort((a, b) => envLayerRank(a.p) - envLayerRank(b.p) || a.i - b.i).map((x) => x.p);
  const envCache = /* @__PURE__ */ new Map();
  const loadEnv = (abs) => {
    let src = envCache.get(abs);
    if (!src) {
      const text = readTextFile(abs, "env file");
      src = { file: parseEnv(text, displayPath(cwd, abs)), text };
      for (const e of src.file.entries) if (catalog.isSecret(e.key)) secret(e.value);
      envCache.set(abs, src);
    }
    return src;
  };
  for (const p of envPaths) loadEnv(p);
  const combos = layerCombinations(envPaths, opts);
  const composeCache = /* @__PURE__ */ new Map();
  const units = [];
  const envKey = (srcs) => srcs.map((s) => s.file.file).join("\0");
  for (const files of found.projects) {
    const variant = files.length > 1 ? /\.([^.]+)\.ya?ml$/.exec(basename3(files[files.length - 1]))?.[1] : void 0;
    const mine = combos.filter((c) => !variant || !c.platform || c.platform === variant || !combos.some((o) => o.platform === variant));
    const sets = mine.length ? mine.map((c) => c.paths.map(loadEnv)) : [[]];
    for (let envFiles of sets) {
      if (envFiles.length === 0) {
        const dotEnv = join3(dirname3(files[0]), ".env");
        if (existsSync3(dotEnv)) envFiles = [loadEnv(dotEnv)];
      }
      const env = layerEnv(envFiles.map((s) => s.file));
      const plain = expandEnv(envFiles);
      const parsed = files.map((abs) => {
        const key = `${abs}${envKey(envFiles)}`;
        let f = composeCache.get(key);
        if (!f) {
          f = parseComposeText(readTextFile(abs, "compose file"), displayPath(cwd, abs), plain);
          for (const span of composeSecretSpans(f, catalog)) secret(span.value);
          composeCache.set(key, f);
        }
        return f;
      });
      units.push({ project: projectFrom(parsed, opts.profiles), envFiles, env });
    }
  }
  for (const c of combos) {
    const envFiles = c.paths.map(loadEnv);
    if (!units.some((u) => envKey(u.envFiles) === envKey(envFiles))) units.push({ envFiles, env: layerEnv(envFiles.map((s) => s.file)) });
  }
  if (units.length === 0) units.push({ envFiles: [], env: /* @__PURE__ */ new Map() });
  const allEnv = [...new Set(units.flatMap((u) => u.envFiles))];
  return {
    units,
    composeFiles: [...new Set(units.flatMap((u) => u.project?.files ?? []))],
    envFiles: allEnv,
    catalog,
    secretValues,
    environment: opts.environment,
    now: opts.now ?? /* @__PURE__ */ new Date(),
    cwd
  };
}
function layerCombinations(sortedPaths, sel = {}) {
  const name = (p) => basename3(p);
  const platforms = sortedPaths.filter((p) => envLayerRank(p) === 1);
  const environments = sortedPaths.filter((p) => envLayerRank(p) === 2);
  const common = sortedPaths.filter((p) => envLayerRank(p) !== 1 && envLayerRank(p) !== 2);
  if (sortedPaths.length === 0) return [];
  const ps = platforms.length ? platforms : [void 0];
  const es = environments.length ? environments : [void 0];
  const out = [];
  for (const p of ps) {
    for (const e of es) {
      const chosen = new Set([p, e].filter((x) => !!x));
      out.push({
        platform: p ? name(p).slice("env.platform.".length) : sel.platform,
        environment: e ? name(e).slice("env.".length) : sel.environment,
        paths: sortedPaths.filter((x) => common.includes(x) || chosen.has(x))
      });
    }
  }
  return out;
}
function expandEnv(files) {
  const out = {};
  const lookup = (n) => Object.prototype.hasOwnProperty.call(out, n) ? out[n] : void 0;
  for (const f of files) {
    for (const e of f.file.entries) {
      if (e.quote === "single" || !e.value.includes("$")) {
        out[e.key] = e.value;
        continue;
      }
      try {
        out[e.key] = interpolate(e.quote === "double" ? e.value.replace(/\\\$/g, "$$$$") : e.value, lookup);
      } catch {
        out[e.key] = e.value;
      }
    }
  }
  return out;
}

// src/lint/config.ts
import { existsSync as existsSync4 } from "node:fs";
import { join as join4 } from "node:path";
var CONFIG_NAMES = [".pmoves-lint.yaml", ".pmoves-lint.yml"];
async function loadLintConfig(cwd, explicit, knownRules = []) {
  const file = explicit ?? CONFIG_NAMES.map((n) => join4(cwd, n)).find((p) => existsSync4(p));
  if (!file) return {};
  const { loadValidatedYaml } = await import("./validated-yaml-JDRBD272.js");
  const { data, locate } = loadValidatedYaml(file, fromRoot("src/lint/data/config.schema.json"));
  for (const id of Object.keys(data.rules ?? {})) {
    if (knownRules.length && !knownRules.includes(id)) {
      const at = locate(["rules", id]);
      throw new UserError(`unknown rule "${id}"`, { file, line: at.line, column: at.column, hint: `rules: ${knownRules.join(", ")}` });
    }
  }
  return { ...data, file };
}
function globToRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      re += ".*";
      i++;
      if (glob[i + 1] === "/") i++;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

// src/lint/disable.ts
var RE = /#\s*pmoves-lint\s+(disable-line|disable-next-line|disable-file)\b([^\n#]*)/;
function parseDisables(text) {
  const byLine = /* @__PURE__ */ new Map();
  let file;
  const add = (line, ids) => {
    const cur = byLine.get(line);
    if (cur === "all") return;
    if (ids.length === 0) byLine.set(line, "all");
    else byLine.set(line, /* @__PURE__ */ new Set([...cur ?? [], ...ids]));
  };
  if (text.includes("pmoves-lint")) {
    text.split("\n").forEach((l, i) => {
      const m = RE.exec(l);
      if (!m) return;
      const ids = m[2].split(/[\s,]+/).filter(Boolean);
      if (m[1] === "disable-line") add(i + 1, ids);
      else if (m[1] === "disable-next-line") add(i + 2, ids);
      else file = ids.length === 0 || file === "all" ? "all" : /* @__PURE__ */ new Set([...file ?? [], ...ids]);
    });
  }
  return {
    isDisabled(rule, line) {
      if (file === "all" || file?.has(rule)) return true;
      const s = byLine.get(line);
      return s === "all" || s !== void 0 && s.has(rule);
    }
  };
}

// src/lint/run.ts
async function runLint(opts) {
  const cwd = resolve5(opts.cwd ?? process.cwd());
  const ids = rules.map((r) => r.id);
  for (const r of opts.rules ?? []) {
    if (!ids.includes(r)) throw new UserError(`unknown rule "${r}"`, { hint: `rules: ${ids.join(", ")}` });
  }
  const config = await loadLintConfig(cwd, opts.config ? resolve5(cwd, opts.config) : void 0, ids);
  const ctx = collect({ ...opts, cwd });
  const ignores = (config.ignore ?? []).map(globToRegExp);
  const sources = sourcesOf(ctx);
  const disables = /* @__PURE__ */ new Map();
  const disabled = (rule, file, line) => {
    let d = disables.get(file);
    if (!d) disables.set(file, d = parseDisables(sources.get(file) ?? ""));
    return d.isDisabled(rule, line);
  };
  const findings = [];
  const edits = [];
  const seen = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    if (opts.rules && !opts.rules.includes(rule.id)) continue;
    const level = config.rules?.[rule.id];
    if (level === "off") continue;
    for (const rep of rule.check(ctx)) {
      const { file, line, column } = rep.loc;
      if (ignores.some((re) => re.test(file)) || disabled(rule.id, file, line)) continue;
      const severity = level ?? rep.severity ?? rule.severity;
      const message = redact(rep.message);
      const key = `${rule.id}|${file}|${line}|${column}|${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const fixable = rule.fixable && (rep.edits?.length ?? 0) > 0;
      findings.push({ rule: rule.id, severity, file, line, column, message, fixable });
      if (fixable || rule.fixable && rep.edits) edits.push(...rep.edits ?? []);
    }
  }
  const byLocale = (x, y) => x === y ? 0 : x.localeCompare(y);
  findings.sort((a, b) => byLocale(a.file, b.file) || a.line - b.line || a.column - b.column || byLocale(a.rule, b.rule));
  return {
    findings,
    errorCount: findings.filter((f) => f.severity === "error").length,
    warningCount: findings.filter((f) => f.severity === "warning").length,
    edits,
    sources,
    mask: (file, text) => maskText(ctx.envFiles.some((s) => s.file.file === file) ? "env" : "compose", file, text, ctx.catalog, ctx.secretValues ?? []),
    config
  };
}
function sourcesOf(ctx) {
  const m = /* @__PURE__ */ new Map();
  for (const f of ctx.composeFiles) m.set(f.file, maskSpans(f.text, composeSecretSpans(f, ctx.catalog)));
  for (const s of ctx.envFiles) m.set(s.file.file, maskEnvText(s.text, s.file, ctx.catalog));
  return m;
}
function exceedsFailOn(result, failOn) {
  const rank = { info: 0, warning: 1, error: 2 };
  return result.findings.some((f) => rank[f.severity] >= rank[failOn]);
}

export {
  isEnvFileName,
  loadCompose,
  knownInsecureValue,
  rules,
  docsUrl,
  loadCatalog,
  layerEnv,
  envLayerFiles,
  runLint,
  exceedsFailOn
};
