import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  loadValidatedYaml,
  parseValidatedYaml
} from "./chunk-VT2GE7S2.js";
import "./chunk-5O576D4U.js";
import "./chunk-ZGQYJO67.js";
import "./chunk-MA3RAYPA.js";
export {
  loadValidatedYaml,
  parseValidatedYaml
};
