import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import{b as h}from"./chunk-DXTG7F5B.js";import{a as d,b as p}from"./chunk-CNE42UXS.js";import"./chunk-WYFYCOWU.js";import"./chunk-LJGVSYTZ.js";import"./chunk-VHYDUU46.js";import"./chunk-22HIMGJN.js";import"./chunk-2JEEVCKS.js";import"./chunk-SPNNHRPC.js";import"./chunk-BXVZFO2Q.js";import{a as n}from"./chunk-74OT4VED.js";import"./chunk-IMICOM7R.js";import{resolve as m}from"node:path";var u=`pmoves db \u2014 database maintenance for a Supabase site

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
`;async function _(c,e){let[s,...b]=c;if(!s||s==="--help"||s==="-h"||s==="help")return e.stdout(u),s?0:2;if(s!=="rotate-passwords")throw new n(`unknown subcommand "db ${s}"`,{hint:"one of: rotate-passwords (see pmoves db --help)"});let{values:t}=h("db",b,{"db-url":{type:"string"},"env-file":{type:"string"},yes:{type:"boolean",short:"y"},"dry-run":{type:"boolean"},json:{type:"boolean"},help:{type:"boolean",short:"h"}},!1);if(t.help)return e.stdout(u),0;let r=t["db-url"]??e.env.PMOVES_DB_URL;if(!r)throw new n("db rotate-passwords needs --db-url URL",{hint:"e.g. --db-url postgres://supabase_admin@127.0.0.1:5432/postgres"});if(!t["env-file"])throw new n("db rotate-passwords needs --env-file F",{hint:"the env file the stack runs with, e.g. --env-file .env"});let l=m(e.cwd,t["env-file"]),o=!!t["dry-run"];if(!o&&!t.yes){if(!e.stdinIsTTY||!e.confirm)throw new n("refusing to rotate database passwords without confirmation: there is no terminal to ask",{hint:"pass --yes (or run --dry-run first to see the plan)"});let i=await d({dbUrl:r,envFile:l,dryRun:!0});if(e.stderr(p(i,!0)),!await e.confirm(`Rotate the password of ${i.plan.roles.length} roles on ${i.plan.server}?`))return e.stderr(`cancelled; nothing changed
`),1}let a=await d({dbUrl:r,envFile:l,dryRun:o});return t.json?e.stdout(JSON.stringify({applied:a.applied,backendsUpdated:a.backendsUpdated,...a.plan},null,2)+`
`):e.stdout(p(a,o)),0}export{_ as run};
