import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { readUserFile } from './read-user-file.js';
import { parseYamlWithSchema, type LoadedYaml } from './yaml-schema.js';

export type { LoadedYaml } from './yaml-schema.js';

/** YAML data files checked by a JSON Schema compiled with ajv (once per schema per process). */
const validators = new Map<string, ValidateFunction>();

function validatorFor(schemaPath: string): ValidateFunction {
  let v = validators.get(schemaPath);
  if (!v) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    v = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    validators.set(schemaPath, v);
  }
  return v;
}

export function parseValidatedYaml<T>(text: string, file: string, schemaPath: string): LoadedYaml<T> {
  return parseYamlWithSchema<T>(text, file, validatorFor(schemaPath), schemaPath);
}

export function loadValidatedYaml<T>(file: string, schemaPath: string): LoadedYaml<T> {
  return parseValidatedYaml<T>(readUserFile(file), file, schemaPath);
}
