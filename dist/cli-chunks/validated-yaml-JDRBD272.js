import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  loadValidatedYaml,
  parseValidatedYaml
} from "./chunk-VBFNLYQP.js";
import "./chunk-E6RLBVN4.js";
import "./chunk-ZGQYJO67.js";
import "./chunk-MA3RAYPA.js";
export {
  loadValidatedYaml,
  parseValidatedYaml
};
