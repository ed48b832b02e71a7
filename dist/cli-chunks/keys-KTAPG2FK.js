import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  knownInsecureValue,
  loadCatalog,
  runLint
} from "./chunk-WFFIWJ3T.js";
import "./chunk-E6RLBVN4.js";
import {
  randomSecret,
  randomString,
  secretSpecs,
  setEnvValues,
  unsafeCharsIn
} from "./chunk-F2FFVZYJ.js";
import {
  parseEnv
} from "./chunk-RPNSW2VL.js";
import {
  writeFileAtomic
} from "./chunk-ZLBEQ4AZ.js";
import "./chunk-IVAXBV5S.js";
import {
  parseCommandArgs,
  registerSecret
} from "./chunk-5ERAG5N6.js";
import "./chunk-ZGQYJO67.js";
import {
  UserError
} from "./chunk-MA3RAYPA.js";

// src/cli/commands/keys.ts
import { resolve } from "node:path";

// src/keys/generate.ts
import { chmodSync, existsSync, statSync as statSync2 } from "node:fs";

// src/keys/env-io.ts
import { readFileSync, statSync } from "node:fs";
function readEnvText(path, opts = {}) {
  try {
    if (statSync(path).isDirectory()) throw new UserError("env file is a directory", { file: path, hint: "pass the env file itself, e.g. --env-file .env" });
    return readFileSync(path, "utf8");
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = err.code;
    if (code === "ENOENT" && opts.missingOk) return "";
    throw new UserError(code === "ENOENT" ? "env file not found" : `cannot read the env file (${code})`, {
      file: path,
      hint: code === "ENOENT" ? "check the path, or create it with pmoves keys generate --env-file F" : "check the permissions"
    });
  }
}

// src/keys/asymmetric.ts
import { calculateJwkThumbprint, exportJWK, generateKeyPair, base64url } from "jose";
var LEGACY_KID = "legacy-hs256";
async function newSigningJwk() {
  const { privateKey } = await generateKeyPair("ES256", { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d, kid, alg: "ES256", use: "sig", key_ops: ["sign", "verify"] };
}
function legacyJwk(jwtSecret) {
  return { kty: "oct", k: base64url.encode(jwtSecret), kid: LEGACY_KID, alg: "HS256", key_ops: ["verify"] };
}
function buildJwtKeys(signing, jwtSecret) {
  return JSON.stringify([signing, legacyJwk(jwtSecret)]);
}
function signingKeyOf(jwtKeys) {
  let parsed;
  try {
    parsed = JSON.parse(jwtKeys);
  } catch {
    return void 0;
  }
  const list = Array.isArray(parsed) ? parsed : parsed?.keys;
  if (!Array.isArray(list)) return void 0;
  return list.find((k) => k && k.kty === "EC" && k.crv === "P-256" && typeof k.d === "string" && k.x && k.y);
}
function buildJwks(jwtKeys) {
  const list = JSON.parse(jwtKeys);
  const keys = list.map((k) => {
    if (k.kty === "EC") {
      return { kty: k.kty, crv: k.crv, x: k.x, y: k.y, kid: k.kid, alg: k.alg, use: "sig", key_ops: ["verify"] };
    }
    return { ...k, key_ops: ["verify"] };
  });
  return JSON.stringify({ keys });
}
function opaqueKey(prefix, length = 32) {
  return prefix + randomString(length);
}
function sameJson(a, b) {
  const norm = (s) => {
    const sortDeep = (v) => Array.isArray(v) ? v.map(sortDeep) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortDeep(v[k])])) : v;
    return JSON.stringify(sortDeep(JSON.parse(s)));
  };
  try {
    return norm(a) === norm(b);
  } catch {
    return false;
  }
}

// src/keys/jwt.ts
import { SignJWT, compactVerify, decodeJwt, errors } from "jose";
var DEFAULT_KEY_LIFETIME_SECONDS = 5 * 365 * 24 * 60 * 60;
var enc = new TextEncoder();
async function signRoleKey(jwtSecret, role, opts = {}) {
  const iat = opts.now ?? Math.floor(Date.now() / 1e3);
  const exp = iat + (opts.lifetimeSeconds ?? DEFAULT_KEY_LIFETIME_SECONDS);
  return new SignJWT({ role, iss: "supabase" }).setProtectedHeader({ alg: "HS256", typ: "JWT" }).setIssuedAt(iat).setExpirationTime(exp).sign(enc.encode(jwtSecret));
}
async function inspectRoleKey(key, jwtSecret, role) {
  let claims;
  try {
    claims = decodeJwt(key);
  } catch {
    return { verifies: false, problem: "is not a JWT" };
  }
  const base = {
    role: typeof claims.role === "string" ? claims.role : void 0,
    iat: typeof claims.iat === "number" ? claims.iat : void 0,
    exp: typeof claims.exp === "number" ? claims.exp : void 0
  };
  if (!jwtSecret) return { ...base, verifies: false, problem: "cannot be verified: JWT_SECRET is empty" };
  try {
    await compactVerify(key, enc.encode(jwtSecret), { algorithms: ["HS256"] });
  } catch (err) {
    const why = err instanceof errors.JWSSignatureVerificationFailed ? "is not signed by JWT_SECRET" : "does not verify as HS256";
    return { ...base, verifies: false, problem: why };
  }
  if (base.role !== role) return { ...base, verifies: true, problem: `has role "${base.role ?? ""}", expected "${role}"` };
  return { ...base, verifies: true };
}
function daysLeft(exp, now = Math.floor(Date.now() / 1e3)) {
  if (exp === void 0) return void 0;
  return Math.floor((exp - now) / 86400);
}

// src/keys/placeholders.ts
var PLACEHOLDER = [
  /your[-_ ]/i,
  /change[-_ ]?(me|this|it)/i,
  /replace[-_ ]?me/i,
  /insecure/i,
  /placeholder/i,
  /example/i,
  /super[-_ ]?secret/i,
  /^(secret|password|postgres|supabase|admin|changeme|test|xxx+)\d*$/i,
  /^<.*>$/
];
function isPlaceholder(value) {
  return PLACEHOLDER.some((re) => re.test(value));
}

// src/keys/generate.ts
function rotatableNames() {
  return secretSpecs().map((s) => s.name);
}
function checkRotate(rotate) {
  const known = new Set(rotatableNames());
  for (const n of rotate) {
    if (!known.has(n)) {
      throw new UserError(`--rotate ${n}: not a secret pmoves keys generates`, { hint: `one of: ${[...known].join(", ")}` });
    }
  }
  if (rotate.includes("POSTGRES_PASSWORD")) {
    throw new UserError("--rotate POSTGRES_PASSWORD would leave the database roles on the old password", {
      hint: "use `pmoves db rotate-passwords --db-url URL --env-file F`, which changes the roles and the env file together"
    });
  }
}
function isReference(value) {
  return /\$\{?[A-Za-z_]/.test(value);
}
function weakness(spec, value) {
  if (spec.kind !== "random" && spec.kind !== "opaque") return void 0;
  const unsafe = unsafeCharsIn(value);
  if (unsafe.length > 0) return `contains ${unsafe.join(" ")}, which break URLs, shells or compose`;
  const want = spec.kind === "opaque" ? (spec.prefix?.length ?? 0) + (spec.length ?? 0) : spec.length ?? 0;
  if (spec.kind === "opaque" && spec.prefix && !value.startsWith(spec.prefix)) return `does not start with ${spec.prefix}`;
  if (spec.exact && value.length !== want) return `is ${value.length} characters; its consumer needs exactly ${want}`;
  if (!spec.exact && value.length < Math.min(want, 32)) return `is only ${value.length} characters`;
  return void 0;
}
async function planKeys(current, opts = {}) {
  const rotate = opts.rotate ?? [];
  checkRotate(rotate);
  const specs = secretSpecs();
  const asymmetric = opts.asymmetric === true || specs.some((s) => s.group === "asymmetric" && (rotate.includes(s.name) || (current[s.name] ?? "") !== ""));
  const plan = { changes: [], kept: [], warnings: [], values: {} };
  const final = { ...current };
  const changed = /* @__PURE__ */ new Set();
  const set = (name, action, reason, value) => {
    registerSecret(value);
    plan.changes.push({ name, action, reason });
    plan.values[name] = value;
    final[name] = value;
    changed.add(name);
  };
  const signOpts = { now: opts.now, lifetimeSeconds: opts.lifetimeSeconds ?? DEFAULT_KEY_LIFETIME_SECONDS };
  for (const spec of specs) {
    if (spec.group === "asymmetric" && !asymmetric) continue;
    if (opts.only && !opts.only.includes(spec.name)) continue;
    const cur = current[spec.name] ?? "";
    registerSecret(cur);
    const rotating = rotate.includes(spec.name);
    if (!rotating && isReference(cur)) {
      plan.kept.push(spec.name);
      plan.warnings.push({ name: spec.name, message: "refers to another variable; not generated here" });
      continue;
    }
    switch (spec.kind) {
      case "random":
      case "opaque": {
        const fresh = () => spec.kind === "opaque" ? opaqueKey(spec.prefix, spec.length) : randomSecret(spec.length, spec.encoding);
        const known = rotating || cur === "" ? void 0 : knownInsecureValue(cur);
        if (rotating) set(spec.name, "rotate", "named in --rotate", fresh());
        else if (cur === "") set(spec.name, "create", "missing or empty", fresh());
        else if (isPlaceholder(cur)) set(spec.name, "replace", "holds a placeholder, not a secret", fresh());
        else if (known) set(spec.name, "replace", `insecure: ${known}`, fresh());
        else {
          plan.kept.push(spec.name);
          const weak = weakness(spec, cur);
          if (weak) plan.warnings.push({ name: spec.name, message: `${weak}; regenerate with --rotate ${spec.name}` });
        }
        break;
      }
      case "jwt": {
        const secret = final[spec.dependsOn] ?? "";
        if (isReference(secret)) {
          plan.kept.push(spec.name);
          plan.warnings.push({ name: spec.name, message: `not signed here: ${spec.dependsOn} refers to another variable` });
          break;
        }
        if (secret === "") throw new UserError(`${spec.name} needs ${spec.dependsOn}, which is empty`);
        const sign = () => signRoleKey(secret, spec.role, signOpts);
        if (rotating) set(spec.name, "resign", "named in --rotate", await sign());
        else if (cur === "") set(spec.name, "create", "missing or empty", await sign());
        else if (changed.has(spec.dependsOn)) set(spec.name, "resign", `${spec.dependsOn} changed`, await sign());
        else {
          const st = await inspectRoleKey(cur, secret, spec.role);
          if (st.problem) set(spec.name, "resign", st.problem, await sign());
          else if (st.exp !== void 0 && st.exp <= (opts.now ?? Math.floor(Date.now() / 1e3)))
            set(spec.name, "resign", "expired", await sign());
          else plan.kept.push(spec.name);
        }
        break;
      }
      case "jwt-keys": {
        const secret = final[spec.dependsOn] ?? "";
        if (isReference(secret)) {
          plan.kept.push(spec.name);
          plan.warnings.push({ name: spec.name, message: `not built here: ${spec.dependsOn} refers to another variable` });
          break;
        }
        const existing = cur ? signingKeyOf(cur) : void 0;
        if (rotating) set(spec.name, "rotate", "named in --rotate: new ES256 signing key", buildJwtKeys(await newSigningJwk(), secret));
        else if (cur === "") set(spec.name, "create", "missing or empty", buildJwtKeys(await newSigningJwk(), secret));
        else if (!existing) set(spec.name, "replace", "has no ES256 private key (or is not JSON)", buildJwtKeys(await newSigningJwk(), secret));
        else {
          const rebuilt = buildJwtKeys(existing, secret);
          if (!sameJson(rebuilt, cur)) set(spec.name, "rebuild", `same ES256 key, ${spec.dependsOn} entry updated`, rebuilt);
          else plan.kept.push(spec.name);
        }
        break;
      }
      case "jwks": {
        const keys = final[spec.dependsOn] ?? "";
        if (keys === "") break;
        const want = buildJwks(keys);
        if (cur === "") set(spec.name, "create", "missing or empty", want);
        else if (!sameJson(want, cur)) set(spec.name, "rebuild", `derived from ${spec.dependsOn}`, want);
        else plan.kept.push(spec.name);
        break;
      }
    }
  }
  return plan;
}
async function generateKeys(opts) {
  const file = opts.envFile;
  const exists = existsSync(file);
  const text = readEnvText(file, { missingOk: true });
  const env = parseEnv(text, file);
  const current = {};
  for (const e of env.entries) current[e.key] = e.value;
  const plan = await planKeys(current, opts);
  if (opts.dryRun) return { file, plan, written: false, created: false };
  if (plan.changes.length > 0) {
    writeFileAtomic(file, setEnvValues(text, file, plan.values), { mode: 384 });
    return { file, plan, written: true, created: !exists };
  }
  if (exists && (statSync2(file).mode & 511) !== 384) chmodSync(file, 384);
  return { file, plan, written: false, created: false };
}

// src/keys/expiry.ts
import { decodeJwt as decodeJwt2 } from "jose";
function keyExpiries(values, now = Math.floor(Date.now() / 1e3)) {
  const out = [];
  for (const spec of secretSpecs()) {
    if (spec.kind !== "jwt") continue;
    const v = values[spec.name];
    if (!v) {
      out.push({ name: spec.name, problem: "missing" });
      continue;
    }
    let exp;
    try {
      exp = decodeJwt2(v).exp;
    } catch {
      out.push({ name: spec.name, problem: "not a JWT" });
      continue;
    }
    if (typeof exp !== "number") {
      out.push({ name: spec.name, problem: "has no exp claim (never expires)" });
      continue;
    }
    out.push({ name: spec.name, expires: new Date(exp * 1e3).toISOString(), daysLeft: daysLeft(exp, now) });
  }
  return out;
}

// src/secrets/github-secrets.ts
import { getOctokit } from "@actions/github";
function describeTarget(t) {
  if (t.scope === "repo") return `repository ${t.owner}/${t.repo}`;
  if (t.scope === "environment") return `environment "${t.environment}" of ${t.owner}/${t.repo}`;
  return `organization ${t.org} (for ${t.owner}/${t.repo})`;
}
function parseRepo(value) {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim());
  if (!m) throw new UserError(`"${value}" is not OWNER/REPO`, { hint: "e.g. --repo POWERFULMOVES/PMOVES.AI" });
  return { owner: m[1], repo: m[2] };
}
var FORBIDDEN_403_HINT = 'the workflow GITHUB_TOKEN cannot write Actions secrets, whatever `permissions:` says. Use a fine-grained personal access token with "Secrets: Read and write" on this repository (plus "Environments: Read" for environment secrets; for organization secrets an org token with "Organization secrets: Read and write"), or a GitHub App installation token with the same permissions, and pass it as GH_TOKEN / the `token` input.';
function explainApiError(err, what, target) {
  const e = err;
  const where = describeTarget(target);
  if (e?.status === 403) {
    return new UserError(`GitHub refused to ${what} for ${where} (403 Forbidden)`, { hint: FORBIDDEN_403_HINT });
  }
  if (e?.status === 401) {
    return new UserError(`GitHub rejected the token while trying to ${what} for ${where} (401 Bad credentials)`, {
      hint: "the token is missing, expired or revoked; set GH_TOKEN to a valid token"
    });
  }
  if (e && e.response === void 0 && (e.status === 500 || e.status === void 0 || e.status === 0)) {
    return new UserError(`cannot reach the GitHub API to ${what} for ${where}: ${e.message ?? String(err)}`, {
      hint: "check the network and GITHUB_API_URL (GitHub Enterprise Server: https://HOST/api/v3)"
    });
  }
  if (e?.status === 404) {
    return new UserError(`GitHub answered 404 while trying to ${what} for ${where}`, {
      hint: "check the names; GitHub also answers 404 when the token cannot see the repository or organization"
    });
  }
  return new Error(`GitHub API error while trying to ${what} for ${where}: ${e?.status ?? ""} ${e?.message ?? String(err)}`.trim());
}
function githubSecretsApi(target, opts) {
  const octokit = getOctokit(opts.token, { baseUrl: (opts.baseUrl || "https://api.github.com").replace(/\/+$/, "") });
  const base = target.scope === "repo" ? `/repos/${enc2(target.owner)}/${enc2(target.repo)}/actions/secrets` : target.scope === "environment" ? `/repos/${enc2(target.owner)}/${enc2(target.repo)}/environments/${enc2(target.environment)}/secrets` : `/orgs/${enc2(target.org)}/actions/secrets`;
  async function call(what, route, params = {}) {
    try {
      const res = await octokit.request(route, params);
      return res.data;
    } catch (err) {
      const e = err;
      if (e?.status === 404 && target.scope === "environment") throw await missingEnvironment(err);
      throw explainApiError(err, what, target);
    }
  }
  async function missingEnvironment(err) {
    if (target.scope !== "environment") return explainApiError(err, "reach the environment", target);
    try {
      const res = await octokit.request(`GET /repos/${enc2(target.owner)}/${enc2(target.repo)}/environments`, { per_page: 100 });
      const names2 = (res.data.environments ?? []).map((e) => e.name);
      if (names2.includes(target.environment)) return explainApiError(err, "reach the environment secrets", target);
      return new UserError(`environment "${target.environment}" does not exist in ${target.owner}/${target.repo}`, {
        hint: names2.length ? `existing environments: ${names2.join(", ")}; use the exact name the workflows' \`environment:\` uses` : "the repository has no environments; create it under Settings > Environments, or store repository secrets (omit --environment)"
      });
    } catch {
      return explainApiError(err, "reach the environment", target);
    }
  }
  let repoId;
  async function theRepoId() {
    if (repoId === void 0) {
      const r = await call("read the repository", `GET /repos/${enc2(target.owner)}/${enc2(target.repo)}`);
      repoId = r.id;
    }
    return repoId;
  }
  return {
    target,
    publicKey: () => call("read the secrets public key", `GET ${base}/public-key`),
    async existingNames() {
      const names2 = /* @__PURE__ */ new Set();
      for (let page = 1; ; page++) {
        const data = await call("list secrets", `GET ${base}`, {
          per_page: 100,
          page
        });
        for (const s of data.secrets ?? []) names2.add(s.name);
        if (!data.secrets || data.secrets.length < 100 || names2.size >= (data.total_count ?? 0)) break;
      }
      return names2;
    },
    async put(name, encryptedValue, keyId, exists) {
      const body = { encrypted_value: encryptedValue, key_id: keyId };
      if (target.scope === "org") {
        let visibility = "selected";
        let ids = [];
        if (exists) {
          const cur = await call("read the organization secret", `GET ${base}/${enc2(name)}`);
          visibility = cur.visibility;
          if (visibility === "selected") {
            const r = await call(
              "list the organization secret repositories",
              `GET ${base}/${enc2(name)}/repositories`,
              { per_page: 100 }
            );
            ids = r.repositories.map((x) => x.id);
          }
        }
        body.visibility = visibility;
        if (visibility === "selected") {
          const id = await theRepoId();
          body.selected_repository_ids = ids.includes(id) ? ids : [...ids, id];
        }
      }
      await call("write a secret", `PUT ${base}/${enc2(name)}`, body);
    }
  };
}
function enc2(s) {
  return encodeURIComponent(s);
}

// src/secrets/sealed-box.ts
import sodium from "libsodium-wrappers";
async function sealForGitHub(value, publicKeyBase64) {
  await sodium.ready;
  let pk;
  try {
    pk = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
  } catch {
    throw new Error("the public key from the secrets API is not base64");
  }
  if (pk.length !== sodium.crypto_box_PUBLICKEYBYTES) {
    throw new Error(`the public key from the secrets API has ${pk.length} bytes, expected ${sodium.crypto_box_PUBLICKEYBYTES}`);
  }
  const sealed = sodium.crypto_box_seal(sodium.from_string(value), pk);
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}

// src/secrets/store.ts
function checkSecretName(name) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^GITHUB_/i.test(name)) {
    throw new UserError(`"${name}" cannot be a GitHub secret name`, {
      hint: "names use letters, digits and _, do not start with a digit and do not start with GITHUB_"
    });
  }
}
function planStore(target, values, existing, opts = {}) {
  const items = [];
  for (const [name, value] of Object.entries(values)) {
    checkSecretName(name);
    if (value === "") items.push({ name, action: "skip-empty", reason: "empty in the env file" });
    else if (existing?.has(name)) {
      items.push(opts.rotate ? { name, action: "update", reason: "--rotate" } : { name, action: "keep", reason: "exists (use --rotate to overwrite)" });
    } else items.push({ name, action: "create", reason: existing ? "new" : "new (existing secrets not checked)" });
  }
  return { target, where: describeTarget(target), items };
}
async function storeSecrets(api, values, opts = {}) {
  for (const v of Object.values(values)) registerSecret(v);
  const existing = await api.existingNames();
  const plan = planStore(api.target, values, existing, opts);
  if (opts.dryRun) return { plan, written: [] };
  const todo = plan.items.filter((i) => i.action === "create" || i.action === "update");
  const written = [];
  if (todo.length === 0) return { plan, written };
  const pk = await api.publicKey();
  for (const item of todo) {
    const sealed = await sealForGitHub(values[item.name], pk.key);
    await api.put(item.name, sealed, pk.key_id, item.action === "update");
    written.push(item.name);
  }
  return { plan, written };
}

// src/secrets/candidates.ts
function storeCandidates(env, only, file) {
  if (only.length > 0) {
    const out2 = {};
    for (const n of only) {
      if (!(n in env)) throw new UserError(`--only ${n}: not set in the env file`, { file, hint: "run pmoves keys generate first, or check the name" });
      out2[n] = env[n];
    }
    return out2;
  }
  const catalog = loadCatalog();
  const generated = new Set(secretSpecs().map((s) => s.name));
  const out = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === "") continue;
    if (generated.has(name) || catalog.isSecret(name)) out[name] = value;
  }
  return out;
}

// src/keys/secret-names.ts
function isSecretName(name) {
  return secretSpecs().some((s) => s.name === name) || loadCatalog().isSecret(name);
}

// src/keys/check.ts
var EXPIRY_WARNING_DAYS = 30;
var KEY_RULES = ["insecure-secret", "jwt-key-mismatch", "unsafe-secret-chars"];
async function checkKeys(opts) {
  const text = readEnvText(opts.envFile);
  const values = {};
  for (const e of parseEnv(text, opts.envFile).entries) {
    values[e.key] = e.value;
    if (isSecretName(e.key)) registerSecret(e.value);
  }
  const lint = await runLint({
    files: [],
    envFiles: [opts.envFile],
    rules: KEY_RULES,
    cwd: opts.cwd,
    now: opts.now === void 0 ? void 0 : new Date(opts.now * 1e3)
  });
  const findings = lint.findings.map(({ rule, severity, file, line, column, message }) => ({ rule, severity, file, line, column, message }));
  const expiries = keyExpiries(values, opts.now);
  let errorCount = findings.filter((f) => f.severity === "error").length;
  let warningCount = findings.filter((f) => f.severity === "warning").length;
  for (const e of expiries) {
    if (e.problem || e.daysLeft !== void 0 && e.daysLeft < 0) errorCount++;
    else if (e.daysLeft !== void 0 && e.daysLeft < EXPIRY_WARNING_DAYS) warningCount++;
  }
  const soon = expiries.some((e) => e.daysLeft !== void 0 && e.daysLeft < EXPIRY_WARNING_DAYS);
  return { file: opts.envFile, findings, expiries, errorCount, warningCount, ok: errorCount === 0 && !soon };
}

// src/cli/commands/keys.ts
var HELP = `pmoves keys \u2014 generate, check and store the Supabase secrets of a site

Usage:
  pmoves keys generate [--env-file F] [--rotate NAME...] [--asymmetric] [--expiry-years N] [--dry-run] [--json]
  pmoves keys check    --env-file F [--json]
  pmoves keys store    --repo OWNER/REPO [--environment NAME | --org ORG] --env-file F
                       [--only NAME...] [--rotate] [--dry-run] [--json]

generate  fills every empty (or placeholder) secret of the env file: JWT_SECRET, ANON_KEY and
          SERVICE_ROLE_KEY (HS256 JWTs signed now, valid --expiry-years, default 5),
          SECRET_KEY_BASE, VAULT_ENC_KEY, PG_META_CRYPTO_KEY, LOGFLARE_*_ACCESS_TOKEN,
          S3_PROTOCOL_ACCESS_KEY_*, POSTGRES_PASSWORD, DASHBOARD_PASSWORD, REALTIME_DB_ENC_KEY,
          MINIO_ROOT_PASSWORD;
          --asymmetric adds JWT_KEYS, JWT_JWKS and the opaque sb_publishable_/sb_secret_ keys.
          Existing values are kept unless named in --rotate; rotating JWT_SECRET re-signs both
          keys. The file is edited in place (comments and order kept), atomically, mode 0600.
          A POSTGRES_PASSWORD already in use is changed with \`pmoves db rotate-passwords\`.
check     the lint rules insecure-secret, jwt-key-mismatch and unsafe-secret-chars for one env
          file, and the days left before each JWT key expires (exit 1 on a finding, an expired
          key or one expiring within 30 days).
store     writes the secrets of the env file as GitHub Actions secrets (repository, environment
          or organization), each sealed with libsodium to the target's public key. Existing
          secrets are left alone unless --rotate. --dry-run lists names only. Needs a token in
          GH_TOKEN (or GITHUB_TOKEN) that may write secrets: a fine-grained PAT with
          "Secrets: Read and write", or a GitHub App; the workflow GITHUB_TOKEN cannot.
          GITHUB_API_URL is honoured (GitHub Enterprise Server).

Options:
  --env-file F         env file to read/write (default: .env)
  --rotate NAME        generate: regenerate NAME even though it has a value (repeatable, or A,B)
                       store: overwrite secrets that already exist
  --asymmetric         generate: also the ES256 key set and the opaque API keys
  --expiry-years N     generate: lifetime of ANON_KEY / SERVICE_ROLE_KEY (default 5)
  --repo OWNER/REPO    store: the repository (default: GITHUB_REPOSITORY)
  --environment NAME   store: an environment of the repository (exact name the workflows use)
  --org ORG            store: an organization secret visible to --repo
  --only NAME          store: only these names (repeatable, or A,B)
  --dry-run            print the plan, change nothing
  --json               machine-readable output (never contains a value)
  -h, --help           this help

Examples:
  pmoves keys generate --env-file .env
  pmoves keys generate --env-file .env --rotate JWT_SECRET
  pmoves keys check --env-file .env
  GH_TOKEN=github_pat_... pmoves keys store --repo POWERFULMOVES/PMOVES.AI --environment production --env-file .env --dry-run
`;
function names(list, extra = []) {
  return [...list ?? [], ...extra].flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
}
async function run(argv, io) {
  const [sub, ...rest] = argv;
  if (!sub || sub === "--help" || sub === "-h" || sub === "help") {
    io.stdout(HELP);
    return sub ? 0 : 2;
  }
  if (sub === "generate") return generate(rest, io);
  if (sub === "check") return check(rest, io);
  if (sub === "store") return store(rest, io);
  throw new UserError(`unknown subcommand "keys ${sub}"`, { hint: "one of: generate, check, store (see pmoves keys --help)" });
}
async function generate(argv, io) {
  const { values, positionals } = parseCommandArgs("keys", argv, {
    "env-file": { type: "string" },
    rotate: { type: "string", multiple: true },
    asymmetric: { type: "boolean" },
    "expiry-years": { type: "string" },
    "dry-run": { type: "boolean" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length > 0 && !values.rotate) {
    throw new UserError(`unexpected argument "${positionals[0]}"`, { hint: "see pmoves keys --help" });
  }
  let lifetime = DEFAULT_KEY_LIFETIME_SECONDS;
  if (values["expiry-years"] !== void 0) {
    const y = Number(values["expiry-years"]);
    if (!Number.isFinite(y) || y <= 0 || y > 20) {
      throw new UserError(`--expiry-years ${values["expiry-years"]}: expected a number of years between 0 and 20`);
    }
    lifetime = Math.round(y * 365 * 24 * 60 * 60);
  }
  const file = resolve(io.cwd, values["env-file"] ?? ".env");
  const res = await generateKeys({
    envFile: file,
    rotate: names(values.rotate, positionals),
    asymmetric: values.asymmetric,
    lifetimeSeconds: lifetime,
    dryRun: values["dry-run"]
  });
  const after = res.written ? envValues(file) : { ...envValues(file, true), ...res.plan.values };
  const expiries = keyExpiries(after);
  if (values.json) {
    const { values: _secret, ...plan } = res.plan;
    void _secret;
    io.stdout(JSON.stringify({ file, written: res.written, dryRun: Boolean(values["dry-run"]), ...plan, expiries }, null, 2) + "\n");
    return 0;
  }
  const verb = values["dry-run"] ? "would change" : res.written ? res.created ? "created with" : "changed" : "unchanged:";
  const count = res.plan.changes.length;
  io.stdout(`${file}: ${verb} ${count ? `${count} secret${count > 1 ? "s" : ""}` : "every secret already set"}${res.written ? " (mode 0600)" : ""}
`);
  const width = Math.max(8, ...res.plan.changes.map((c) => c.name.length));
  for (const c of res.plan.changes) io.stdout(`  ${c.action.padEnd(8)} ${c.name.padEnd(width)}  ${c.reason}
`);
  if (res.plan.kept.length) io.stdout(`  kept     ${res.plan.kept.join(", ")}
`);
  for (const w of res.plan.warnings) io.stderr(`warning: ${w.name} ${w.message}
`);
  for (const e of expiries) {
    if (e.expires) io.stdout(`  ${e.name} expires ${e.expires.slice(0, 10)} (${e.daysLeft} days)
`);
  }
  if (res.plan.changes.some((c) => c.name === "POSTGRES_PASSWORD" && c.action !== "create")) {
    io.stderr("warning: POSTGRES_PASSWORD changed in the env file only; if the database was already initialised, run `pmoves db rotate-passwords` instead\n");
  }
  return 0;
}
function envValues(file, missingOk = false) {
  const text = readEnvText(file, { missingOk });
  const out = {};
  for (const e of parseEnv(text, file).entries) {
    out[e.key] = e.value;
    if (isSecretName(e.key)) registerSecret(e.value);
  }
  return out;
}
async function check(argv, io) {
  const { values } = parseCommandArgs("keys", argv, {
    "env-file": { type: "string" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  }, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (!values["env-file"]) throw new UserError("keys check needs --env-file F", { hint: "e.g. pmoves keys check --env-file .env" });
  const res = await checkKeys({ envFile: resolve(io.cwd, values["env-file"]), cwd: io.cwd });
  if (values.json) {
    io.stdout(JSON.stringify(res, null, 2) + "\n");
    return res.ok ? 0 : 1;
  }
  for (const f of res.findings) io.stdout(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.rule}]
`);
  for (const e of res.expiries) {
    if (e.problem) io.stdout(`${e.name}: ${e.problem}
`);
    else io.stdout(`${e.name}: expires ${e.expires.slice(0, 10)}, ${e.daysLeft < 0 ? `EXPIRED ${-e.daysLeft} days ago` : `${e.daysLeft} days left`}
`);
  }
  io.stdout(res.ok ? "keys ok\n" : `keys check failed: ${res.errorCount} error(s), ${res.warningCount} warning(s)
`);
  return res.ok ? 0 : 1;
}
async function store(argv, io) {
  const { values, positionals } = parseCommandArgs("keys", argv, {
    repo: { type: "string" },
    environment: { type: "string" },
    org: { type: "string" },
    "env-file": { type: "string" },
    only: { type: "string", multiple: true },
    rotate: { type: "boolean" },
    "dry-run": { type: "boolean" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length > 0 && !values.only) throw new UserError(`unexpected argument "${positionals[0]}"`, { hint: "see pmoves keys --help" });
  const repoArg = values.repo ?? io.env.GITHUB_REPOSITORY;
  if (!repoArg) throw new UserError("keys store needs --repo OWNER/REPO", { hint: "e.g. --repo POWERFULMOVES/PMOVES.AI" });
  if (values.environment && values.org) throw new UserError("--environment and --org exclude each other", { hint: "environment secrets belong to a repository; org secrets to an organization" });
  if (!values["env-file"]) throw new UserError("keys store needs --env-file F", { hint: "e.g. --env-file .env" });
  const { owner, repo } = parseRepo(repoArg);
  const target = values.environment ? { scope: "environment", owner, repo, environment: values.environment } : values.org ? { scope: "org", org: values.org, owner, repo } : { scope: "repo", owner, repo };
  const file = resolve(io.cwd, values["env-file"]);
  const secrets = storeCandidates(envValues(file), names(values.only, positionals), file);
  const token = io.env.GH_TOKEN || io.env.GITHUB_TOKEN || "";
  registerSecret(token);
  let plan;
  let written = [];
  if (!token && values["dry-run"]) {
    plan = planStore(target, secrets, void 0, { rotate: values.rotate });
  } else {
    if (!token) throw new UserError("no GitHub token: set GH_TOKEN", { hint: 'a fine-grained PAT with "Secrets: Read and write" on the repository, or a GitHub App token' });
    const api = githubSecretsApi(target, { token, baseUrl: io.env.GITHUB_API_URL });
    ({ plan, written } = await storeSecrets(api, secrets, { rotate: values.rotate, dryRun: values["dry-run"] }));
  }
  if (values.json) {
    io.stdout(JSON.stringify({ target: plan.where, dryRun: Boolean(values["dry-run"]), items: plan.items, written }, null, 2) + "\n");
    return 0;
  }
  io.stdout(`${values["dry-run"] ? "plan for" : "stored in"} ${plan.where}:
`);
  const width = Math.max(8, ...plan.items.map((i) => i.name.length));
  for (const i of plan.items) {
    const action = values["dry-run"] ? i.action : written.includes(i.name) ? i.action === "update" ? "updated" : "created" : i.action;
    io.stdout(`  ${action.padEnd(10)} ${i.name.padEnd(width)}  ${i.reason}
`);
  }
  return 0;
}
export {
  run
};
