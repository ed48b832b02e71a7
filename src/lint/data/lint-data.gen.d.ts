/** SHA-256 (hex) of the lint-data.yaml text this file was made from. */
export declare const sourceSha256: string;
/** That lint-data.yaml as JSON text, already validated against lint-data.schema.json. */
export declare const json: string;
