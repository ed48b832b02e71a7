/** SHA-256 (hex) of the env-templates/catalog.yaml text the snapshot was made from. */
export declare const sourceSha256: string;
/** That catalog.yaml as JSON text, already validated against catalog.schema.json. */
export declare const json: string;
