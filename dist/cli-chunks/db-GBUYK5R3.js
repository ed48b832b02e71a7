import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  randomSecret,
  setEnvValues,
  specFor
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

// src/cli/commands/db.ts
import { resolve } from "node:path";

// src/db/rotate-passwords.ts
import { accessSync, constants, existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import pg from "pg";

// src/db/scram.ts
import { createHash, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";
function scramSha256Verifier(password, iterations = 4096, salt = randomBytes(16)) {
  const salted = pbkdf2Sync(password, salt, iterations, 32, "sha256");
  const clientKey = createHmac("sha256", salted).update("Client Key").digest();
  const storedKey = createHash("sha256").update(clientKey).digest();
  const serverKey = createHmac("sha256", salted).update("Server Key").digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString("base64")}$${storedKey.toString("base64")}:${serverKey.toString("base64")}`;
}

// src/db/supabase-roles.ts
var SUPABASE_ROLES = [
  "anon",
  "authenticated",
  "authenticator",
  "dashboard_user",
  "pgbouncer",
  "postgres",
  "service_role",
  "supabase_admin",
  "supabase_auth_admin",
  "supabase_functions_admin",
  "supabase_replication_admin",
  "supabase_storage_admin"
];
var INTERNAL_DATABASE = "_supabase";

// src/db/rotate-passwords.ts
function serverOf(url) {
  return `${url.hostname}${url.port ? `:${url.port}` : ""}`;
}
function withDatabase(url, db, password) {
  const u = new URL(url.toString());
  u.pathname = `/${encodeURIComponent(db)}`;
  if (password !== void 0 && !u.password) u.password = encodeURIComponent(password);
  return u.toString();
}
function parseDbUrl(dbUrl) {
  let url;
  try {
    url = new URL(dbUrl);
  } catch {
    throw new UserError("--db-url is not a URL", { hint: "e.g. postgres://supabase_admin@127.0.0.1:5432/postgres (the password is read from the env file when omitted)" });
  }
  if (!/^postgres(ql)?:$/.test(url.protocol)) {
    throw new UserError(`--db-url must be a postgres:// URL, not ${url.protocol}//`, { hint: "e.g. postgres://supabase_admin@127.0.0.1:5432/postgres" });
  }
  return url;
}
function rewriteUrlPassword(value, old, next) {
  if (!old || !/^postgres(ql)?:\/\/|^ecto:\/\//.test(value)) return void 0;
  const m = /^([a-z]+:\/\/[^:@/]+:)([^@]*)(@.*)$/s.exec(value);
  if (!m) return void 0;
  let pw;
  try {
    pw = decodeURIComponent(m[2]);
  } catch {
    pw = m[2];
  }
  return pw === old ? `${m[1]}${next}${m[3]}` : void 0;
}
function prepareEnv(envFile, next) {
  if (!existsSync(envFile)) {
    throw new UserError(`env file ${envFile} does not exist`, {
      file: envFile,
      hint: "rotate against the env file the stack runs with; the new password is written there"
    });
  }
  try {
    accessSync(envFile, constants.W_OK);
    accessSync(dirname(envFile), constants.W_OK);
  } catch {
    throw new UserError(`cannot write ${envFile} (or its directory)`, { file: envFile, hint: "the env file is written after the database changes; fix permissions first" });
  }
  const text = readFileSync(envFile, "utf8");
  const env = parseEnv(text, envFile);
  const values = new Map(env.entries.map((e) => [e.key, e.value]));
  const old = values.get("POSTGRES_PASSWORD") ?? "";
  registerSecret(old);
  const edits = { POSTGRES_PASSWORD: next };
  for (const [k, v] of values) {
    if (k === "POSTGRES_PASSWORD") continue;
    const rewritten = rewriteUrlPassword(v, old, next);
    if (rewritten !== void 0) edits[k] = rewritten;
  }
  return { text, old, newText: setEnvValues(text, envFile, edits), keys: Object.keys(edits) };
}
function servicesToRecreate() {
  return [...specFor("POSTGRES_PASSWORD")?.consumers ?? []];
}
async function connect(connectionString) {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 15e3 });
  try {
    await client.connect();
  } catch (err) {
    const e = err;
    if (e.code === "28P01" || e.code === "28000") {
      throw new UserError(`cannot log in to the database: ${e.message}`, {
        hint: "give the current password in --db-url, or keep the env file POSTGRES_PASSWORD at the value the database has now"
      });
    }
    throw new UserError(`cannot connect to the database: ${e.message ?? String(err)}`, { hint: "check --db-url (host, port, database)" });
  }
  return client;
}
async function inspect(client) {
  const roles = await client.query("select rolname from pg_roles where rolname = any($1)", [SUPABASE_ROLES]);
  const have = new Set(roles.rows.map((r) => r.rolname));
  const missing = SUPABASE_ROLES.filter((r) => !have.has(r));
  const t = await client.query(
    `select to_regclass('_analytics.source_backends')::text as t,
            exists(select 1 from information_schema.columns where table_schema = '_analytics' and table_name = 'source_backends' and column_name = 'config') as c`
  );
  let backends = "absent";
  if (t.rows[0].t && t.rows[0].c) {
    const r = await client.query(`select count(*) as n from _analytics.source_backends where config ? 'url'`);
    backends = Number(r.rows[0].n);
  }
  const s = await client.query("select 1 from pg_namespace where nspname = '_supavisor'");
  return { missing, backends, supavisor: (s.rowCount ?? 0) > 0 };
}
async function rotateDbPasswords(opts) {
  const url = parseDbUrl(opts.dbUrl);
  const next = opts.newPassword ?? randomSecret(specFor("POSTGRES_PASSWORD")?.length ?? 32, "hex");
  registerSecret(next);
  if (url.password) registerSecret(decodeURIComponent(url.password));
  const env = prepareEnv(opts.envFile, next);
  const first = await connect(withDatabase(url, decodeURIComponent(url.pathname.slice(1)) || "postgres", env.old || void 0));
  let database = decodeURIComponent(url.pathname.slice(1)) || "postgres";
  let client = first;
  try {
    const internal = await first.query("select 1 from pg_database where datname = $1", [INTERNAL_DATABASE]);
    if ((internal.rowCount ?? 0) > 0 && database !== INTERNAL_DATABASE) {
      database = INTERNAL_DATABASE;
      await first.end();
      client = await connect(withDatabase(url, INTERNAL_DATABASE, env.old || void 0));
    }
    const found = await inspect(client);
    const plan = {
      server: serverOf(url),
      database,
      roles: [...SUPABASE_ROLES],
      missingRoles: found.missing,
      analyticsBackends: found.backends,
      supavisorSchema: found.supavisor ? "drop-and-recreate" : "absent",
      envFile: opts.envFile,
      envKeys: env.keys,
      recreate: servicesToRecreate()
    };
    if (found.missing.length > 0) {
      throw new UserError(`role${found.missing.length > 1 ? "s" : ""} ${found.missing.join(", ")} missing on ${plan.server}`, {
        hint: "this is not a Supabase database (or it was initialised by another image); nothing was changed"
      });
    }
    if (opts.dryRun) return { plan, applied: false, backendsUpdated: 0 };
    const staged = join(dirname(opts.envFile), `.${basename(opts.envFile)}.rotating`);
    writeFileAtomic(staged, env.newText, { mode: 384 });
    let backendsUpdated = 0;
    try {
      await client.query("BEGIN");
      await client.query(`SET LOCAL lock_timeout = ${Math.max(100, Math.floor(opts.lockTimeoutMs ?? 1e4))}`);
      const again = await client.query("select count(*) as n from pg_roles where rolname = any($1)", [SUPABASE_ROLES]);
      if (Number(again.rows[0].n) !== SUPABASE_ROLES.length) throw new UserError("a Supabase role disappeared during the rotation; nothing was changed");
      const verifier = scramSha256Verifier(next);
      for (const role of SUPABASE_ROLES) {
        await client.query(`ALTER ROLE ${client.escapeIdentifier(role)} WITH PASSWORD ${client.escapeLiteral(verifier)}`);
      }
      if (found.backends !== "absent") {
        const rows = await client.query(
          `select id, config->>'url' as url from _analytics.source_backends where config ? 'url' for update`
        );
        for (const row of rows.rows) {
          const nextUrl = rewriteBackendUrl(row.url, next);
          if (nextUrl === void 0) continue;
          await client.query(`update _analytics.source_backends set config = jsonb_set(config, '{url}', to_jsonb($1::text)) where id = $2`, [nextUrl, row.id]);
          backendsUpdated++;
        }
      }
      if (found.supavisor) {
        const owner = await client.query("select nspowner::regrole::text as owner from pg_namespace where nspname = '_supavisor'");
        await client.query("DROP SCHEMA _supavisor CASCADE");
        await client.query("CREATE SCHEMA _supavisor");
        await client.query(`ALTER SCHEMA _supavisor OWNER TO ${owner.rows[0].owner}`);
      }
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {
      });
      rmSync(staged, { force: true });
      throw translatePgError(err);
    }
    try {
      renameSync(staged, opts.envFile);
    } catch (err) {
      throw new UserError(`the database now uses the new password, but ${opts.envFile} could not be replaced: ${err.message}`, {
        file: opts.envFile,
        hint: `the updated env file is ${staged}; move it over ${opts.envFile}`
      });
    }
    return { plan, applied: true, backendsUpdated };
  } catch (err) {
    throw translatePgError(err);
  } finally {
    await client.end().catch(() => {
    });
    if (client !== first) await first.end().catch(() => {
    });
  }
}
function rewriteBackendUrl(value, next) {
  if (!value) return void 0;
  const m = /^([a-z]+:\/\/)([^:@/]+)(:[^@]*)?(@.*)$/s.exec(value);
  if (!m) return void 0;
  const user = decodeURIComponent(m[2]);
  if (!SUPABASE_ROLES.includes(user)) return void 0;
  return `${m[1]}${m[2]}:${next}${m[4]}`;
}
function translatePgError(err) {
  const e = err;
  if (e?.code === "42501") {
    return new UserError(`permission denied while rotating: ${e.message}`, {
      hint: "connect as supabase_admin (the superuser of the Supabase image); postgres cannot alter every role. Nothing was changed."
    });
  }
  if (e?.code === "55P03") {
    return new UserError("timed out waiting for a lock (Supavisor or Logflare is using its schema)", {
      hint: "stop supavisor and analytics first (docker compose stop supavisor analytics), then rerun; nothing was changed"
    });
  }
  return err;
}

// src/db/report.ts
function formatRotation(res, dryRun) {
  const p = res.plan;
  const lines = [
    `${dryRun ? "plan" : "rotated"}: ${p.server}, database ${p.database}, one transaction`,
    `  ALTER ROLE ... PASSWORD  ${p.roles.join(", ")}`,
    `  _analytics.source_backends  ${p.analyticsBackends === "absent" ? "absent (skipped)" : dryRun ? `${p.analyticsBackends} backend URL(s) checked` : `${res.backendsUpdated} backend URL(s) updated`}`,
    `  _supavisor  ${p.supavisorSchema === "absent" ? "absent (skipped)" : "dropped and recreated empty (Supavisor re-creates its tenant on start)"}`,
    `  ${p.envFile}  ${p.envKeys.join(", ")}${dryRun ? "" : " updated (mode 0600)"}`
  ];
  if (!dryRun) {
    lines.push("", "Recreate the services that read POSTGRES_PASSWORD:", `  docker compose up -d --force-recreate ${p.recreate.join(" ")}`);
  } else {
    lines.push("", `then: docker compose up -d --force-recreate ${p.recreate.join(" ")}`);
  }
  return lines.join("\n") + "\n";
}

// src/cli/commands/db.ts
var HELP = `pmoves db \u2014 database maintenance for a Supabase site

Usage:
  pmoves db rotate-passwords --db-url URL --env-file F [--yes] [--dry-run] [--json]

rotate-passwords  generates a new hex POSTGRES_PASSWORD and, in ONE transaction, sets it on the
                  12 Supabase roles (anon, authenticated, authenticator, dashboard_user,
                  pgbouncer, postgres, service_role, supabase_admin, supabase_auth_admin,
                  supabase_functions_admin, supabase_replication_admin, supabase_storage_admin),
                  updates the backend URL in _analytics.source_backends when that table exists
                  and drops and recreates the _supavisor schema; only after COMMIT is the env
                  file updated (POSTGRES_PASSWORD and any postgres:// URL that held the old
                  password), atomically, mode 0600. Then it prints the services to recreate.
                  A role missing means nothing is changed. The password is sent as a
                  SCRAM-SHA-256 verifier, never in clear text. Asks before changing anything;
                  without a terminal it needs --yes.

Options:
  --db-url URL   postgres://supabase_admin@HOST:PORT/postgres; without a password in the URL the
                 env file's current POSTGRES_PASSWORD is used
  --env-file F   the env file the stack runs with
  --yes          do not ask (CI, scripts)
  --dry-run      connect, check the roles and tables, print the plan; change nothing
  --json         machine-readable output (never contains a password)
  -h, --help     this help

Example:
  pmoves db rotate-passwords --db-url postgres://supabase_admin@127.0.0.1:5432/postgres --env-file .env
`;
async function run(argv, io) {
  const [sub, ...rest] = argv;
  if (!sub || sub === "--help" || sub === "-h" || sub === "help") {
    io.stdout(HELP);
    return sub ? 0 : 2;
  }
  if (sub !== "rotate-passwords") {
    throw new UserError(`unknown subcommand "db ${sub}"`, { hint: "one of: rotate-passwords (see pmoves db --help)" });
  }
  const { values } = parseCommandArgs("db", rest, {
    "db-url": { type: "string" },
    "env-file": { type: "string" },
    yes: { type: "boolean", short: "y" },
    "dry-run": { type: "boolean" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  }, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const dbUrl = values["db-url"] ?? io.env.PMOVES_DB_URL;
  if (!dbUrl) throw new UserError("db rotate-passwords needs --db-url URL", { hint: "e.g. --db-url postgres://supabase_admin@127.0.0.1:5432/postgres" });
  if (!values["env-file"]) throw new UserError("db rotate-passwords needs --env-file F", { hint: "the env file the stack runs with, e.g. --env-file .env" });
  const envFile = resolve(io.cwd, values["env-file"]);
  const dryRun = Boolean(values["dry-run"]);
  if (!dryRun && !values.yes) {
    if (!io.stdinIsTTY || !io.confirm) {
      throw new UserError("refusing to rotate database passwords without confirmation: there is no terminal to ask", {
        hint: "pass --yes (or run --dry-run first to see the plan)"
      });
    }
    const preview = await rotateDbPasswords({ dbUrl, envFile, dryRun: true });
    io.stderr(formatRotation(preview, true));
    if (!await io.confirm(`Rotate the password of ${preview.plan.roles.length} roles on ${preview.plan.server}?`)) {
      io.stderr("cancelled; nothing changed\n");
      return 1;
    }
  }
  const res = await rotateDbPasswords({ dbUrl, envFile, dryRun });
  if (values.json) io.stdout(JSON.stringify({ applied: res.applied, backendsUpdated: res.backendsUpdated, ...res.plan }, null, 2) + "\n");
  else io.stdout(formatRotation(res, dryRun));
  return 0;
}
export {
  run
};
