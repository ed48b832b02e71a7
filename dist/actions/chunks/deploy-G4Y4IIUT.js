import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import{a as y,b as g,c as v,d as $,e as b,f as m,g as w,h as k,i as j,j as S,k as E}from"./chunk-L5VGPBU5.js";import{b as A}from"./chunk-DXTG7F5B.js";import"./chunk-UW64SZJD.js";import"./chunk-KASNFCHZ.js";import"./chunk-E4OMLTDG.js";import"./chunk-LJGVSYTZ.js";import"./chunk-VHYDUU46.js";import"./chunk-22HIMGJN.js";import{d}from"./chunk-2JEEVCKS.js";import"./chunk-LXF5SPIV.js";import"./chunk-24XTD5WJ.js";import"./chunk-SPNNHRPC.js";import"./chunk-BXVZFO2Q.js";import{a as l}from"./chunk-74OT4VED.js";import"./chunk-IMICOM7R.js";import{resolve as f}from"node:path";var D=`pmoves deploy \u2014 plan, apply, inspect and roll back a site's compose deploy

Usage:
  pmoves deploy plan     --site NAME [--json]
  pmoves deploy apply    --site NAME [--dry-run] [--wait-lock SECONDS] [--json]
  pmoves deploy status   --site NAME [--json]
  pmoves deploy rollback --site NAME [--to RELEASE] [--json]

plan      env layers (env.base -> env.platform.<p> -> env.<environment> -> env.service.<s>, each
          value with the file:line it came from), secrets from the environment (the runner
          passes GitHub environment secrets), the variables the site's mode requires (a missing
          one stops here, exit 2), compose files and profiles, GPU reservations, arm64 images,
          digests from a build. Secrets print as ***.
apply     take the site's lock, render release N (compose.yaml + .env 0600), pull images
          before anything stops, start databases first then each depends_on level, wait for
          health, run smoke checks, record the release and an audit line. On failure: the
          failing services' last log lines, rollback to the last healthy release, exit 1.
status    releases, the current one, and the live health of each service.
rollback  run the last healthy release before the current one (or --to N) again.

Options:
  --site NAME          the site in sites.yaml
  --sites FILE         the inventory (default ./sites.yaml)
  --state-dir DIR      releases, state.json and audit.jsonl (default $PMOVES_STATE_DIR, else
                       ~/.local/state/pmoves/deploy): outside the checkout so it survives it
  --images FILE        JSON digests from the build, to pin images by digest
  --wait-lock SECONDS  wait for another deploy of the same site instead of refusing (default 0)
  --dry-run            apply: print the plan, change nothing
  --json               machine-readable output
  -h, --help           this help

Example:
  POSTGRES_PASSWORD=... JWT_SECRET=... pmoves deploy plan --site jetson-edge --json
  pmoves deploy apply --site lab-workstation --wait-lock 600
`;function P(s){let e=t=>s.stderr(d(t)+`
`);return{info:t=>e(t),warn:t=>e(`warning: ${t}`),step:t=>e(`==> ${t}`)}}function I(s){let e=m(s),t=[`site ${e.site}: ${e.mode} on ${e.platform}/${e.arch}, env layer env.${e.environment}, GitHub environment "${e.githubEnvironment}", project ${e.project}`,`runner labels: ${e.labels.join(", ")}`,`supabase: ${e.supabase.local?"local":`central ${e.supabase.url}`}${e.supabase.centralUrl&&e.supabase.local?` (central ${e.supabase.centralUrl})`:""}`,`compose files: ${e.composeFiles.join(", ")}${e.profiles.length?`; profiles: ${e.profiles.join(", ")}`:""}`,`env layers: ${e.envFiles.length?e.envFiles.join(" -> "):"(none)"}`,"","start order:",...e.order.map((n,o)=>`  ${o+1}. ${n.join(", ")}`),"","services:",...e.services.map(n=>`  ${n.name.padEnd(16)} ${v(n.image??"(build)")} ${n.platform??""}${n.gpu?" gpu":""}${n.healthcheck?"":" (no healthcheck)"}`)];e.removedServices.length&&t.push(`not run here: ${e.removedServices.join(", ")}`),t.push("","variables:");for(let n of e.variables){let o=n.source==="environment"?"environment":`${n.file}:${n.line}`;t.push(`  ${n.key}=${n.value}  (${o}${n.overridden.length?`, overrides ${n.overridden.map(i=>`${i.file}:${i.line}`).join(", ")}`:""})`)}for(let n of e.warnings)t.push(`warning: ${n}`);return t.join(`
`)+`
`}function R(s){let e=[`site ${s.site}: current release ${s.current??"(none)"}`];s.lock&&e.push(`locked by pid ${s.lock.pid} on ${s.lock.host} since ${s.lock.startedAt} (${s.lock.command})`);for(let t of s.releases)e.push(`  release ${t.id}  ${t.result.padEnd(7)}  ${t.createdAt}${t.id===s.current?"  <- current":""}`);return s.services.length&&e.push("services:",...s.services.map(t=>`  ${t.service.padEnd(16)} ${t.status}`)),s.lastAudit&&e.push(`last: ${s.lastAudit.action} of release ${s.lastAudit.release} by ${s.lastAudit.user} at ${s.lastAudit.time}: ${s.lastAudit.result}`),e.join(`
`)+`
`}async function V(s,e){let{values:t,positionals:n}=A("deploy",s,{site:{type:"string"},sites:{type:"string"},"state-dir":{type:"string"},images:{type:"string"},"wait-lock":{type:"string"},to:{type:"string"},"dry-run":{type:"boolean"},json:{type:"boolean"},help:{type:"boolean",short:"h"}});if(t.help)return e.stdout(D),0;let o=n[0];if(!o||!["plan","apply","status","rollback"].includes(o)||n.length>1)throw new l(o?`unknown deploy subcommand "${n.join(" ")}"`:"missing the deploy subcommand",{hint:"one of: plan, apply, status, rollback (see pmoves deploy --help)"});if(!t.site)throw new l("--site is required",{hint:`e.g. pmoves deploy ${o} --site jetson-edge`});let i=t["wait-lock"]===void 0?0:Number(t["wait-lock"]);if(!Number.isFinite(i)||i<0)throw new l(`--wait-lock must be a number of seconds, not "${t["wait-lock"]}"`);let N=t["state-dir"]?f(e.cwd,t["state-dir"]):k(e.env),O=P(e),c={stateDir:N,log:O,waitLockMs:i*1e3};if(o==="status"||o==="rollback"){if(o==="status"){let u=await E(t.site,c);return e.stdout(t.json?JSON.stringify(u,null,2)+`
`:R(u)),0}let r=t.to===void 0?void 0:Number(t.to);if(r!==void 0&&!Number.isInteger(r))throw new l(`--to must be a release number, not "${t.to}"`);let a=await S(t.site,{...c,to:r});return t.json&&e.stdout(JSON.stringify(a,null,2)+`
`),a.exitCode}let C=g(t.sites?f(e.cwd,t.sites):y(e.cwd)).get(t.site),p=b({site:C,env:e.env,images:t.images?$(f(e.cwd,t.images)):void 0});if(o==="plan"||t["dry-run"]){let r=await w(p);if(t.json)e.stdout(d(JSON.stringify({...m(p),lint:r},null,2))+`
`);else{e.stdout(I(p)),e.stdout(`pmoves lint of the rendered project: ${r.errorCount} error(s), ${r.warningCount} warning(s)
`);for(let a of r.findings.filter(u=>u.severity==="error"))e.stdout(`  error ${a.rule}: ${a.message}
`)}return r.errorCount>0?1:0}let h=await j(p,c);return t.json&&e.stdout(JSON.stringify(h,null,2)+`
`),h.exitCode}export{I as formatPlan,V as run};
