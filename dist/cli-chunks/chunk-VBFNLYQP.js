import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  parseYamlWithSchema,
  readUserFile
} from "./chunk-E6RLBVN4.js";

// src/core/validated-yaml.ts
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
var validators = /* @__PURE__ */ new Map();
function validatorFor(schemaPath) {
  let v = validators.get(schemaPath);
  if (!v) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    v = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
    validators.set(schemaPath, v);
  }
  return v;
}
function parseValidatedYaml(text, file, schemaPath) {
  return parseYamlWithSchema(text, file, validatorFor(schemaPath), schemaPath);
}
function loadValidatedYaml(file, schemaPath) {
  return parseValidatedYaml(readUserFile(file), file, schemaPath);
}

export {
  parseValidatedYaml,
  loadValidatedYaml
};
