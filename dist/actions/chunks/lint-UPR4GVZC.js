import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import{a as l,c as p}from"./chunk-7ZB6WYHC.js";import{a as u,b as m}from"./chunk-DXTG7F5B.js";import"./chunk-UW64SZJD.js";import"./chunk-KASNFCHZ.js";import"./chunk-LJGVSYTZ.js";import"./chunk-VHYDUU46.js";import{a as f}from"./chunk-22HIMGJN.js";import"./chunk-2JEEVCKS.js";import"./chunk-24XTD5WJ.js";import"./chunk-BXVZFO2Q.js";import{a as i}from"./chunk-74OT4VED.js";import"./chunk-IMICOM7R.js";import{appendFileSync as h}from"node:fs";import{resolve as v}from"node:path";var y=`pmoves lint \u2014 check compose and env files against the Supabase standard names and the variable catalog

Usage: pmoves lint [PATH...] [options]

PATH is a compose file, an env file (env.*, .env*, *.env) or a directory (searched for both;
see docs/lint.md). Compose files given as files are merged like docker compose -f a -f b.
Without PATH, the current directory.

Options:
  --env-file FILE      an env file to interpolate with (repeatable; later wins)
  --environment NAME   the env.<NAME> layer to use (e.g. production; turns on production rules)
  --platform NAME      the env.platform.<NAME> layer to use (jetson, wsl, vps)
  --profile NAME       activate a compose profile (repeatable; default: lint every service)
  --format FORMAT      stylish (default), json, sarif or github
  --output FILE        write the report to FILE instead of stdout (e.g. results.sarif)
  --fail-on LEVEL      exit 1 when a finding is at or above LEVEL: error (default), warning, info, never
  --fix                rename legacy variables in place (comments and layout kept), then lint again
  --dry-run            with --fix: print the unified diff, write nothing (exit 1 when it would change files)
  --rule ID            run only this rule (repeatable)
  --config FILE        a .pmoves-lint.yaml (default: ./.pmoves-lint.yaml when present)
  --json               same as --format json
  -h, --help           this help

Exit codes: 0 clean, 1 findings at or above --fail-on (or --dry-run would change files), 2 bad input.

Examples:
  pmoves lint compose/ env-templates/
  pmoves lint docker-compose.yml --env-file .env --format sarif --output lint.sarif
  pmoves lint docker-compose.yml --env-file .env --fix --dry-run
`;async function I(d,t){let{values:e,positionals:a}=m("lint",d,{"env-file":{type:"string",multiple:!0},environment:{type:"string"},platform:{type:"string"},profile:{type:"string",multiple:!0},format:{type:"string"},output:{type:"string"},"fail-on":{type:"string"},fix:{type:"boolean"},"dry-run":{type:"boolean"},rule:{type:"string",multiple:!0},config:{type:"string"},json:{type:"boolean"},help:{type:"boolean",short:"h"}});if(e.help)return t.stdout(y),0;let o=e.json?"json":e.format??"stylish";if(!l.includes(o))throw new i(`unknown format "${e.format}"`,{hint:`one of: ${l.join(", ")}`});let r=e["fail-on"];if(r!==void 0&&!["error","warning","info","never"].includes(r))throw new i(`unknown --fail-on level "${r}"`,{hint:"one of: error, warning, info, never"});if(e["dry-run"]&&!e.fix)throw new i("--dry-run only applies to --fix",{hint:"pmoves lint --fix --dry-run"});let n=await p({files:a.length?a:["."],envFiles:e["env-file"],environment:e.environment,platform:e.platform,profiles:e.profile,rules:e.rule,config:e.config,cwd:t.cwd,format:o,failOn:r,fix:e.fix,dryRun:e["dry-run"],color:t.stdoutIsTTY&&!t.env.NO_COLOR&&o==="stylish"&&!e.output,version:u});return e.fix&&e["dry-run"]?(t.stdout(n.output),t.stderr(n.patches.length?`${n.patches.length} file(s) would change (nothing written)
`:`nothing to fix
`),n.exitCode):(e.fix&&n.patches.length&&t.stderr(`fixed ${n.patches.reduce((s,c)=>s+c.edits,0)} place(s) in ${n.patches.map(s=>s.file).join(", ")}
`),e.output?f(v(t.cwd,e.output),n.output):t.stdout(n.output),o==="github"&&t.env.GITHUB_STEP_SUMMARY&&h(t.env.GITHUB_STEP_SUMMARY,n.summary+`
`),n.exitCode)}export{I as run};
