import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import{a as T,b as A,c as $,e as N,f as P,g as C,h as K,i as w,k as I}from"./chunk-5ITS3Z32.js";import{b as S}from"./chunk-DXTG7F5B.js";import{a as v,h as x}from"./chunk-UW64SZJD.js";import"./chunk-KASNFCHZ.js";import{e as y}from"./chunk-WYFYCOWU.js";import{a as E}from"./chunk-LJGVSYTZ.js";import"./chunk-VHYDUU46.js";import"./chunk-22HIMGJN.js";import"./chunk-6R36M5I7.js";import{b as h}from"./chunk-2JEEVCKS.js";import"./chunk-24XTD5WJ.js";import"./chunk-SPNNHRPC.js";import"./chunk-BXVZFO2Q.js";import{a as f}from"./chunk-74OT4VED.js";import"./chunk-IMICOM7R.js";import{resolve as _}from"node:path";function k(s,t=Math.floor(Date.now()/1e3)){let e=[];for(let r of y()){if(r.kind!=="jwt")continue;let n=s[r.name];if(!n){e.push({name:r.name,problem:"missing"});continue}let l;try{l=T(n).exp}catch{e.push({name:r.name,problem:"not a JWT"});continue}if(typeof l!="number"){e.push({name:r.name,problem:"has no exp claim (never expires)"});continue}e.push({name:r.name,expires:new Date(l*1e3).toISOString(),daysLeft:$(l,t)})}return e}function L(s,t,e){if(t.length>0){let o={};for(let c of t){if(!(c in s))throw new f(`--only ${c}: not set in the env file`,{file:e,hint:"run pmoves keys generate first, or check the name"});o[c]=s[c]}return o}let r=v(),n=new Set(y().map(o=>o.name)),l={};for(let[o,c]of Object.entries(s))c!==""&&(n.has(o)||r.isSecret(o))&&(l[o]=c);return l}function b(s){return y().some(t=>t.name===s)||v().isSecret(s)}var G=30,H=["insecure-secret","jwt-key-mismatch","unsafe-secret-chars"];async function F(s){let t=w(s.envFile),e={};for(let a of E(t,s.envFile).entries)e[a.key]=a.value,b(a.key)&&h(a.value);let n=(await x({files:[],envFiles:[s.envFile],rules:H,cwd:s.cwd,now:s.now===void 0?void 0:new Date(s.now*1e3)})).findings.map(({rule:a,severity:d,file:m,line:i,column:g,message:p})=>({rule:a,severity:d,file:m,line:i,column:g,message:p})),l=k(e,s.now),o=n.filter(a=>a.severity==="error").length,c=n.filter(a=>a.severity==="warning").length;for(let a of l)a.problem||a.daysLeft!==void 0&&a.daysLeft<0?o++:a.daysLeft!==void 0&&a.daysLeft<G&&c++;let u=l.some(a=>a.daysLeft!==void 0&&a.daysLeft<G);return{file:s.envFile,findings:n,expiries:l,errorCount:o,warningCount:c,ok:o===0&&!u}}var O=`pmoves keys \u2014 generate, check and store the Supabase secrets of a site

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
`;function W(s,t=[]){return[...s??[],...t].flatMap(e=>e.split(",")).map(e=>e.trim()).filter(Boolean)}async function be(s,t){let[e,...r]=s;if(!e||e==="--help"||e==="-h"||e==="help")return t.stdout(O),e?0:2;if(e==="generate")return U(r,t);if(e==="check")return Y(r,t);if(e==="store")return j(r,t);throw new f(`unknown subcommand "keys ${e}"`,{hint:"one of: generate, check, store (see pmoves keys --help)"})}async function U(s,t){let{values:e,positionals:r}=S("keys",s,{"env-file":{type:"string"},rotate:{type:"string",multiple:!0},asymmetric:{type:"boolean"},"expiry-years":{type:"string"},"dry-run":{type:"boolean"},json:{type:"boolean"},help:{type:"boolean",short:"h"}});if(e.help)return t.stdout(O),0;if(r.length>0&&!e.rotate)throw new f(`unexpected argument "${r[0]}"`,{hint:"see pmoves keys --help"});let n=A;if(e["expiry-years"]!==void 0){let i=Number(e["expiry-years"]);if(!Number.isFinite(i)||i<=0||i>20)throw new f(`--expiry-years ${e["expiry-years"]}: expected a number of years between 0 and 20`);n=Math.round(i*365*24*60*60)}let l=_(t.cwd,e["env-file"]??".env"),o=await I({envFile:l,rotate:W(e.rotate,r),asymmetric:e.asymmetric,lifetimeSeconds:n,dryRun:e["dry-run"]}),c=o.written?R(l):{...R(l,!0),...o.plan.values},u=k(c);if(e.json){let{values:i,...g}=o.plan;return t.stdout(JSON.stringify({file:l,written:o.written,dryRun:!!e["dry-run"],...g,expiries:u},null,2)+`
`),0}let a=e["dry-run"]?"would change":o.written?o.created?"created with":"changed":"unchanged:",d=o.plan.changes.length;t.stdout(`${l}: ${a} ${d?`${d} secret${d>1?"s":""}`:"every secret already set"}${o.written?" (mode 0600)":""}
`);let m=Math.max(8,...o.plan.changes.map(i=>i.name.length));for(let i of o.plan.changes)t.stdout(`  ${i.action.padEnd(8)} ${i.name.padEnd(m)}  ${i.reason}
`);o.plan.kept.length&&t.stdout(`  kept     ${o.plan.kept.join(", ")}
`);for(let i of o.plan.warnings)t.stderr(`warning: ${i.name} ${i.message}
`);for(let i of u)i.expires&&t.stdout(`  ${i.name} expires ${i.expires.slice(0,10)} (${i.daysLeft} days)
`);return o.plan.changes.some(i=>i.name==="POSTGRES_PASSWORD"&&i.action!=="create")&&t.stderr("warning: POSTGRES_PASSWORD changed in the env file only; if the database was already initialised, run `pmoves db rotate-passwords` instead\n"),0}function R(s,t=!1){let e=w(s,{missingOk:t}),r={};for(let n of E(e,s).entries)r[n.key]=n.value,b(n.key)&&h(n.value);return r}async function Y(s,t){let{values:e}=S("keys",s,{"env-file":{type:"string"},json:{type:"boolean"},help:{type:"boolean",short:"h"}},!1);if(e.help)return t.stdout(O),0;if(!e["env-file"])throw new f("keys check needs --env-file F",{hint:"e.g. pmoves keys check --env-file .env"});let r=await F({envFile:_(t.cwd,e["env-file"]),cwd:t.cwd});if(e.json)return t.stdout(JSON.stringify(r,null,2)+`
`),r.ok?0:1;for(let n of r.findings)t.stdout(`${n.file}:${n.line}:${n.column}: ${n.severity}: ${n.message} [${n.rule}]
`);for(let n of r.expiries)n.problem?t.stdout(`${n.name}: ${n.problem}
`):t.stdout(`${n.name}: expires ${n.expires.slice(0,10)}, ${n.daysLeft<0?`EXPIRED ${-n.daysLeft} days ago`:`${n.daysLeft} days left`}
`);return t.stdout(r.ok?`keys ok
`:`keys check failed: ${r.errorCount} error(s), ${r.warningCount} warning(s)
`),r.ok?0:1}async function j(s,t){let{values:e,positionals:r}=S("keys",s,{repo:{type:"string"},environment:{type:"string"},org:{type:"string"},"env-file":{type:"string"},only:{type:"string",multiple:!0},rotate:{type:"boolean"},"dry-run":{type:"boolean"},json:{type:"boolean"},help:{type:"boolean",short:"h"}});if(e.help)return t.stdout(O),0;if(r.length>0&&!e.only)throw new f(`unexpected argument "${r[0]}"`,{hint:"see pmoves keys --help"});let n=e.repo??t.env.GITHUB_REPOSITORY;if(!n)throw new f("keys store needs --repo OWNER/REPO",{hint:"e.g. --repo POWERFULMOVES/PMOVES.AI"});if(e.environment&&e.org)throw new f("--environment and --org exclude each other",{hint:"environment secrets belong to a repository; org secrets to an organization"});if(!e["env-file"])throw new f("keys store needs --env-file F",{hint:"e.g. --env-file .env"});let{owner:l,repo:o}=N(n),c=e.environment?{scope:"environment",owner:l,repo:o,environment:e.environment}:e.org?{scope:"org",org:e.org,owner:l,repo:o}:{scope:"repo",owner:l,repo:o},u=_(t.cwd,e["env-file"]),a=L(R(u),W(e.only,r),u),d=t.env.GH_TOKEN||t.env.GITHUB_TOKEN||"";h(d);let m,i=[];if(!d&&e["dry-run"])m=C(c,a,void 0,{rotate:e.rotate});else{if(!d)throw new f("no GitHub token: set GH_TOKEN",{hint:'a fine-grained PAT with "Secrets: Read and write" on the repository, or a GitHub App token'});let p=P(c,{token:d,baseUrl:t.env.GITHUB_API_URL});({plan:m,written:i}=await K(p,a,{rotate:e.rotate,dryRun:e["dry-run"]}))}if(e.json)return t.stdout(JSON.stringify({target:m.where,dryRun:!!e["dry-run"],items:m.items,written:i},null,2)+`
`),0;t.stdout(`${e["dry-run"]?"plan for":"stored in"} ${m.where}:
`);let g=Math.max(8,...m.items.map(p=>p.name.length));for(let p of m.items){let M=e["dry-run"]?p.action:i.includes(p.name)?p.action==="update"?"updated":"created":p.action;t.stdout(`  ${M.padEnd(10)} ${p.name.padEnd(g)}  ${p.reason}
`)}return 0}export{be as run};
