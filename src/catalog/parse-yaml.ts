import { parseYamlWithSchema, yamlLocator, type LoadedYaml } from '../core/yaml-schema.js';
import validate from './catalog-validator.gen.js';

/**
 * A catalog that is not the shipped one (a site's own, or catalog.yaml edited since the snapshot
 * was generated): parsed with positions and checked against catalog.schema.json by the
 * precompiled validator, so `pmoves lint` never loads and compiles ajv at start-up.
 */
export type ParsedCatalogYaml = LoadedYaml<unknown>;

export function parseCatalogYaml(text: string, file: string, schemaPath: string): ParsedCatalogYaml {
  return parseYamlWithSchema<unknown>(text, file, validate, schemaPath);
}

export { yamlLocator };
