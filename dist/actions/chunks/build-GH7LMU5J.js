import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import{a as B,b as O,c as x,e as N,f as R}from"./chunk-IAQAWIKX.js";import"./chunk-J3PRN5Z7.js";import{b as J}from"./chunk-DXTG7F5B.js";import{a as I,b as v,c as w,d as L,f as j,g as F,h as C,i as T,j as S}from"./chunk-SGZKM5MD.js";import{b as p}from"./chunk-E4OMLTDG.js";import"./chunk-VHYDUU46.js";import{a as b}from"./chunk-22HIMGJN.js";import{d as $}from"./chunk-2JEEVCKS.js";import"./chunk-LXF5SPIV.js";import"./chunk-24XTD5WJ.js";import"./chunk-SPNNHRPC.js";import"./chunk-BXVZFO2Q.js";import{a as d}from"./chunk-74OT4VED.js";import"./chunk-IMICOM7R.js";import{readFileSync as E}from"node:fs";import{join as U,resolve as m}from"node:path";function P(t={}){let e=r=>{t.quiet||process.stderr.write($(r)+`
`)};return{info:r=>e(r),warn:r=>e(`warning: ${r}`),step:r=>e(`==> ${r}`)}}var A=`pmoves build \u2014 multi-arch images (amd64, arm64, Jetson L4T variants) from images.yaml

Usage:
  pmoves build plan  [plan options] [--json]       which images, platforms, variants and runners
  pmoves build run   [plan options] [run options]  build (and push, merge) the planned legs
  pmoves build bake  [plan options] --out FILE     write the buildx bake file of the plan
  pmoves build merge --plan FILE --results FILE    join pushed platform digests into indexes
  pmoves build prune [--max-cache SIZE] [--min-free SIZE] [--keep-recent DUR] [--prune-label L] [--force] [--dry-run]

Plan options:
  --file F            images manifest (default images.yaml)
  --event E           push | pull_request | schedule | workflow_dispatch | release (default $GITHUB_EVENT_NAME or push)
  --ref R             refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge (also: main, v1.2.3, pr-7)
  --sha S             commit (default $GITHUB_SHA or git rev-parse HEAD)
  --repository O/N    for the owner and OCI labels (default $GITHUB_REPOSITORY)
  --default-branch B  gets the edge tag (default main)
  --changed-files F   files this event changed, one per line or a JSON array ("-" = stdin)
  --since REF         changed files = git diff --name-only REF HEAD
  --registry R        default from images.yaml (ghcr.io)
  --owner O           registry namespace (default: the repository owner), lowercased
  --only A,B          these images only
  --push / --no-push  default: push, except for pull requests
  --qemu              build non-amd64 legs on amd64 runners under QEMU
  --date ISO          the run's date (nightly tag, created label)

Run options:
  --engine E          auto | buildx | docker (default auto: buildx when installed)
  --leg ID            build only this leg (repeatable); see plan --json .legs[].id
  --no-merge          do not create the multi-platform indexes
  --cache C           buildx cache: gha | registry | local | none (default gha in Actions, else none)
  --max-cache SIZE    disk guard: prune build cache and dangling images above SIZE (e.g. 20GB)
  --min-free SIZE     disk guard: ... or when less than SIZE is free
  --keep-recent DUR   disk guard: keep images and cache younger than DUR (default 10m; 0 = none)
  --prune-label L     disk guard: prune only images with label L (KEY or KEY=VALUE)
  --results FILE      write the leg results (JSON) for a later merge
  --dry-run           print the commands, run nothing

Example:
  pmoves build plan --event push --ref refs/heads/main --since HEAD~1 --json | jq .matrix
  pmoves build run --registry 127.0.0.1:5000 --owner pmoves --engine docker

Exit codes: 0 ok (also: nothing to build), 1 a build, push or platform check failed, 2 bad usage.
`,q={file:{type:"string"},event:{type:"string"},ref:{type:"string"},sha:{type:"string"},repository:{type:"string"},"default-branch":{type:"string"},"changed-files":{type:"string"},since:{type:"string"},registry:{type:"string"},owner:{type:"string"},only:{type:"string"},push:{type:"boolean"},"no-push":{type:"boolean"},qemu:{type:"boolean"},date:{type:"string"},json:{type:"boolean"},help:{type:"boolean",short:"h"}},H={...q,engine:{type:"string"},leg:{type:"string",multiple:!0},"no-merge":{type:"boolean"},cache:{type:"string"},"max-cache":{type:"string"},"min-free":{type:"string"},"keep-recent":{type:"string"},"prune-label":{type:"string"},results:{type:"string"},"dry-run":{type:"boolean"},out:{type:"string"},plan:{type:"string"},force:{type:"boolean"}};function y(t,e){if(e===void 0)return;let r=v(String(e));if(r===void 0)throw new d(`--${t} "${String(e)}" is not a size`,{hint:"e.g. 20GB, 512MiB or a number of bytes"});return r}function V(t){if(t===void 0)return;let e=I(String(t));if(e===void 0)throw new d(`--keep-recent "${String(t)}" is not a duration`,{hint:"e.g. 10m, 2h, 30s or 0"});return e}function D(t,e,r,a){if(e===void 0)return a;if(!r.includes(e))throw new d(`--${t} must be one of ${r.join(", ")}, not "${String(e)}"`,{hint:"see pmoves build --help"});return e}async function k(t,e){let r=m(e.cwd,String(t.file??"images.yaml")),a=N(r),i=await O({event:t.event,ref:t.ref,sha:t.sha,repository:t.repository,defaultBranch:t["default-branch"],date:t.date},e.env,p,a.dir),u;if(t["changed-files"]!==void 0){let g=String(t["changed-files"]);try{u=B(E(g==="-"?0:m(e.cwd,g),"utf8"))}catch(h){throw new d(`cannot read --changed-files ${g}: ${h.message}`,{hint:"one path per line, or a JSON array"})}}else if(t.since!==void 0&&(u=await x(p,a.dir,String(t.since)),u===void 0))throw new d(`git diff against "${String(t.since)}" failed`,{hint:"is it a commit of this repository (fetch-depth: 0 in actions/checkout)?"});return R(a,i,{changedFiles:u,push:t["no-push"]?!1:t.push?!0:void 0,registry:t.registry,owner:t.owner,forceQemu:!!t.qemu,only:t.only?String(t.only).split(",").map(g=>g.trim()):void 0})}function _(t,e){t.legs.length===0&&e.stdout(`nothing to build
`);for(let r of t.images){e.stdout(`${r.name}  (${r.reason})
  ${r.tags.join(`
  `)}
`);for(let a of r.legs){let i=t.legs.find(u=>u.id===a);e.stdout(`    ${i.platform.padEnd(12)} on ${JSON.stringify(i.runsOn)}${i.qemu?" (QEMU)":""}
`)}for(let a of r.variants)e.stdout(`    ${a.name}: ${a.tags[0]} (JetPack ${a.jetpack}, CUDA ${a.cuda}, FROM ${a.baseImage})
`)}for(let r of t.skipped)e.stdout(`skip ${r.image}: ${r.reason}
`);e.stdout(`push: ${t.push}, attestations: ${t.attestations}
`)}async function ue(t,e){let[r,...a]=t;if(!r||r==="--help"||r==="-h"||r==="help")return e.stdout(A),r?0:2;let{values:i}=J("build",a,r==="plan"?q:H,!1);if(i.help)return e.stdout(A),0;let u=P({quiet:!!i.json&&!e.env.PMOVES_VERBOSE}),g=()=>D("engine",i.engine,["auto","buildx","docker"],"auto"),h=()=>D("cache",i.cache,["gha","registry","local","none"],e.env.GITHUB_ACTIONS==="true"?"gha":"none");switch(r){case"plan":{let n=await k(i,e);return i.json?e.stdout(JSON.stringify(n,null,2)+`
`):_(n,e),0}case"bake":{let n=i,s=await k(n,e),c=s.manifest.replace(/\/[^/]+$/,""),f=n.leg,l=f?.length?s.legs.filter(G=>f.includes(G.id)):s.legs,o=JSON.stringify(j(s,l,{root:c,cache:h()}),null,2)+`
`;return n.out?(b(m(e.cwd,String(n.out)),o),u.info(`wrote ${String(n.out)} (${l.length} targets)`)):e.stdout(o),0}case"run":{let n=i,s=await k(n,e),c=s.manifest.replace(/\/[^/]+$/,""),f=n["max-cache"]!==void 0||n["min-free"]!==void 0?{maxCacheBytes:y("max-cache",n["max-cache"]),minFreeBytes:y("min-free",n["min-free"]),keepRecentSeconds:V(n["keep-recent"]),label:n["prune-label"],dryRun:!!n["dry-run"]}:void 0,l;try{l=await C(s,{engine:g(),exec:p,log:u,root:c,workDir:U(c,".pmoves","build"),cache:h(),legs:n.leg,merge:!n["no-merge"],dryRun:!!n["dry-run"],diskGuard:f})}catch(o){if(o instanceof d)throw o;return e.stderr(`pmoves build: ${o.message}
`),1}return n.results&&b(m(e.cwd,String(n.results)),JSON.stringify(l.results,null,2)+`
`),n.json?e.stdout(JSON.stringify({plan:s,...l},null,2)+`
`):n["dry-run"]?e.stdout(l.commands.map(o=>o.join(" ")).join(`
`)+`
`):l.results.length===0?e.stdout(`nothing to build
`):e.stdout(S(l.results,l.merged)),0}case"merge":{let n=i;if(!n.plan||!n.results)throw new d("merge needs --plan FILE and --results FILE",{hint:"see pmoves build --help"});let s=JSON.parse(E(m(e.cwd,String(n.plan)),"utf8")),c=JSON.parse(E(m(e.cwd,String(n.results)),"utf8")),f=s.manifest.replace(/\/[^/]+$/,""),l=F(g()==="auto"?c[0]?.engine??"docker":g(),{exec:p,log:u,root:f,workDir:U(f,".pmoves","build")});try{let o=await T(s,c,l);e.stdout(n.json?JSON.stringify(o,null,2)+`
`:S([],o))}catch(o){if(o instanceof d)throw o;return e.stderr(`pmoves build merge: ${o.message}
`),1}return 0}case"prune":{let n=i,s=await L(p,u,{maxCacheBytes:y("max-cache",n["max-cache"]),minFreeBytes:y("min-free",n["min-free"]),force:!!n.force||n["max-cache"]===void 0&&n["min-free"]===void 0,keepRecentSeconds:V(n["keep-recent"]),label:n["prune-label"],dryRun:!!n["dry-run"]});return n.json?e.stdout(JSON.stringify(s,null,2)+`
`):e.stdout(`${s.pruned?"pruned":"not pruned"} (${s.reason}): reclaimed ${w(s.reclaimedBytes)}, free space +${w(s.freedBytes)}
`),0}default:throw new d(`unknown build subcommand "${r}"`,{hint:"one of: plan, run, bake, merge, prune (see pmoves build --help)"})}}export{ue as run};
