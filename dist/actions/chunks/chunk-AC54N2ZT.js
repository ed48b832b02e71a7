import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import{b as t}from"./chunk-MTL5S3QT.js";import{b as i}from"./chunk-2JEEVCKS.js";function f(r){if(r&&(i(r),t(r),/[\r\n]/.test(r)))for(let e of r.split(/\r?\n/))e.trim()&&t(e)}export{f as a};
