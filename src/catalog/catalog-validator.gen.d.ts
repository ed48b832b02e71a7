export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, any>;
  message?: string;
}
export interface ValidateFunction {
  (data: unknown): boolean;
  errors: SchemaError[] | null;
}
declare const validate: ValidateFunction;
export { validate };
export default validate;
