import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import{a,b}from"./chunk-LXF5SPIV.js";import"./chunk-24XTD5WJ.js";import"./chunk-SPNNHRPC.js";import"./chunk-BXVZFO2Q.js";import"./chunk-74OT4VED.js";import"./chunk-IMICOM7R.js";export{b as loadValidatedYaml,a as parseValidatedYaml};
