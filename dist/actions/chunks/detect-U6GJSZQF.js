import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import{a as n,b as a,c as l}from"./chunk-CMQAXX7B.js";import"./chunk-J3PRN5Z7.js";import{b as i}from"./chunk-DXTG7F5B.js";import"./chunk-E4OMLTDG.js";import"./chunk-VHYDUU46.js";import"./chunk-2JEEVCKS.js";import"./chunk-LXF5SPIV.js";import"./chunk-24XTD5WJ.js";import"./chunk-SPNNHRPC.js";import"./chunk-BXVZFO2Q.js";import"./chunk-74OT4VED.js";import"./chunk-IMICOM7R.js";import{resolve as m}from"node:path";var p=`pmoves detect \u2014 what this machine is, and the runner labels that follow

Usage: pmoves detect [--json] [--root DIR] [--labels]

Reads the OS and distribution, the architecture (uname -m: x86_64 -> amd64, aarch64 -> arm64;
32-bit ARM is refused), WSL2, Jetson (/etc/nv_tegra_release -> L4T -> JetPack -> CUDA), NVIDIA
GPUs (nvidia-smi), the docker engine, compose v2 or v1, buildx and the docker socket.

Options:
  --json       print the detection as JSON (for scripts and the detect-platform action)
  --labels     print only the runner labels, comma-separated (what runners/install.sh uses)
  --root DIR   read a fixture tree laid out like / instead of this machine; command outputs
               come from DIR/recorded-commands.yaml
  -h, --help   this help

Example:
  pmoves detect
  pmoves detect --root test/fixtures/platforms/jetson-orin-r36.4 --json
`;function c(e){let t=[`platform      ${e.platform}`,`os            ${e.distro.name}${e.kernel?` (kernel ${e.kernel})`:""}`,`arch          ${e.arch} (uname -m: ${e.machine})`];if(e.wsl&&t.push(`wsl           WSL${e.wsl.version}`),e.jetson){let s=e.jetson;t.push(`jetson        ${s.model??"unknown model"}: L4T ${s.l4t}, JetPack ${s.jetpack??"?"}, CUDA ${s.cuda??"?"}`)}e.raspberryPi&&t.push(`board         ${e.raspberryPi.model}`),e.virtualization&&t.push(`virtual       ${e.virtualization}`),t.push(`gpu           ${e.gpus.length?e.gpus.map(s=>`${s.name}${s.driver?` (driver ${s.driver})`:""}`).join("; "):"none"}`);let o=e.docker;t.push(`docker        ${o.engine??"not found"}`),t.push(`compose       ${o.compose?`${o.compose.flavor} ${o.compose.version} (${o.compose.command.join(" ")})`:"not found"}`),t.push(`buildx        ${o.buildx??"not found"}`),t.push(`socket        ${o.socket??"not found"}`),t.push(`labels        ${e.labels.join(",")}`);for(let s of e.warnings)t.push(`warning: ${s}`);return t.join(`
`)+`
`}async function f(e,t){let{values:o}=i("detect",e,{json:{type:"boolean"},labels:{type:"boolean"},root:{type:"string"},help:{type:"boolean",short:"h"}},!1);if(o.help)return t.stdout(p),0;let s=o.root?l(m(t.cwd,o.root)):a(void 0,t.env),r=await n(s);return o.json?t.stdout(JSON.stringify(r,null,2)+`
`):o.labels?t.stdout(r.labels.join(",")+`
`):t.stdout(c(r)),0}export{c as formatDetection,f as run};
