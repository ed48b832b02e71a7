import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  parseYamlWithSchema
} from "./chunk-5O576D4U.js";
import {
  UserError
} from "./chunk-MA3RAYPA.js";

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
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new UserError(`cannot read ${file}: ${err.code ?? String(err)}`, {
      file,
      hint: "check the path (relative paths are resolved from the current directory)"
    });
  }
  return parseValidatedYaml(text, file, schemaPath);
}

export {
  parseValidatedYaml,
  loadValidatedYaml
};
