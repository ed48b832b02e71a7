/**
 * Errors a person can act on. A UserError is bad usage or bad config (exit 2): it carries the
 * place (file:line:column), what is wrong and how to fix it, and is printed without a stack.
 */
export interface SourcePlace {
  file?: string;
  line?: number;
  column?: number;
}

export class UserError extends Error {
  readonly exitCode = 2;
  readonly place: SourcePlace;
  readonly hint?: string;

  constructor(message: string, opts: SourcePlace & { hint?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'UserError';
    this.place = { file: opts.file, line: opts.line, column: opts.column };
    this.hint = opts.hint;
  }
}

export function formatPlace(p: SourcePlace): string {
  if (!p.file) return '';
  let s = p.file;
  if (p.line !== undefined) s += `:${p.line}`;
  if (p.line !== undefined && p.column !== undefined) s += `:${p.column}`;
  return s;
}

/** One human line (plus an optional hint line) for a user error. */
export function formatUserError(err: UserError): string {
  const where = formatPlace(err.place);
  const head = where ? `${where}: error: ${err.message}` : `error: ${err.message}`;
  return err.hint ? `${head}\n  hint: ${err.hint}` : head;
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}
