/**
 * Variable interpolation exactly as the compose-spec (and compose-go, which docker compose
 * uses) defines it:
 *   $$            a literal $
 *   $VAR ${VAR}   the value, or "" when unset
 *   ${VAR:-d} ${VAR-d}   d when VAR is unset or empty / only when unset
 *   ${VAR:?e} ${VAR?e}   error e when VAR is unset or empty / only when unset
 *   ${VAR:+r} ${VAR+r}   r when VAR is set and non-empty / when set, else ""
 * Names are [_a-zA-Z][_a-zA-Z0-9]*. Defaults and replacements are interpolated themselves, so
 * they nest (`${A:-${B:-x}}`). A `$` not followed by a name, `{` or `$` stays literal; a `${`
 * that does not form a valid substitution is an error ("invalid interpolation format").
 */

export type Operator = '' | ':-' | '-' | ':?' | '?' | ':+' | '+';

export interface Reference {
  name: string;
  op: Operator;
  /** Offset of the `$` in the string given to interpolate(). */
  offset: number;
  /** Length of the whole `$VAR` / `${...}` expression. */
  length: number;
  /** The raw text after the operator (default, message or replacement), when there is one. */
  arg?: string;
  /** Whether a default applies when the variable is unset (`:-`, `-`, or a `+`/`:+` form). */
  hasDefault: boolean;
  /** Nested inside another substitution's default or replacement. */
  nested: boolean;
}

export class InterpolationError extends Error {
  constructor(
    message: string,
    readonly kind: 'required' | 'syntax',
    readonly variable: string | undefined,
    /** Offset of the offending `$` in the interpolated string. */
    readonly offset: number,
  ) {
    super(message);
    this.name = 'InterpolationError';
  }
}

export interface InterpolateOptions {
  /** Called for every substitution evaluated (nested defaults only when they are used). */
  onReference?: (ref: Reference) => void;
  /** Do not throw for missing required variables (used to collect references). */
  lenient?: boolean;
}

const NAME_START = /[_a-zA-Z]/;
const NAME_CHAR = /[_a-zA-Z0-9]/;

/** Index of the `}` closing a `${` whose body starts at `from` (compose-go's brace counting). */
function closingBrace(s: string, from: number): number {
  let open = 1;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '}') {
      open--;
      if (open === 0) return i;
    }
    if (s[i] === '$' && s[i + 1] === '{') {
      open++;
      i++;
    }
  }
  return -1;
}

export function interpolate(value: string, lookup: (name: string) => string | undefined, opts: InterpolateOptions = {}): string {
  return run(value, lookup, opts, 0, false);
}

function run(s: string, lookup: (name: string) => string | undefined, opts: InterpolateOptions, base: number, nested: boolean): string {
  if (!s.includes('$')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const d = s.indexOf('$', i);
    if (d === -1) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, d);
    const next = s[d + 1];
    if (next === '$') {
      out += '$';
      i = d + 2;
      continue;
    }
    if (next !== undefined && NAME_START.test(next)) {
      let j = d + 2;
      while (j < s.length && NAME_CHAR.test(s[j])) j++;
      const name = s.slice(d + 1, j);
      opts.onReference?.({ name, op: '', offset: base + d, length: j - d, hasDefault: false, nested });
      out += lookup(name) ?? '';
      i = j;
      continue;
    }
    if (next !== '{') {
      out += '$';
      i = d + 1;
      continue;
    }
    const end = closingBrace(s, d + 2);
    if (end === -1) {
      throw new InterpolationError(`invalid interpolation format: "${s.slice(d)}" has no closing "}"`, 'syntax', undefined, base + d);
    }
    const body = s.slice(d + 2, end);
    let k = 0;
    if (!NAME_START.test(body[0] ?? '')) {
      throw new InterpolationError(`invalid interpolation format: "\${${body}}" (a variable name starts with a letter or _)`, 'syntax', undefined, base + d);
    }
    while (k < body.length && NAME_CHAR.test(body[k])) k++;
    const name = body.slice(0, k);
    let op: Operator = '';
    if (k < body.length) {
      const two = body.slice(k, k + 2);
      if (two === ':-' || two === ':?' || two === ':+') op = two;
      else if (body[k] === '-' || body[k] === '?' || body[k] === '+') op = body[k] as Operator;
      else {
        throw new InterpolationError(`invalid interpolation format: "\${${body}}" (expected }, :-, -, :?, ?, :+ or + after ${name})`, 'syntax', name, base + d);
      }
    }
    const argStart = k + op.length;
    const arg = op ? body.slice(argStart) : undefined;
    const argBase = base + d + 2 + argStart;
    opts.onReference?.({
      name,
      op,
      offset: base + d,
      length: end - d + 1,
      arg,
      hasDefault: op === ':-' || op === '-' || op === ':+' || op === '+',
      nested,
    });
    const v = lookup(name);
    const unset = v === undefined;
    const empty = unset || v === '';
    switch (op) {
      case '':
        out += v ?? '';
        break;
      case ':-':
        out += empty ? run(arg!, lookup, opts, argBase, true) : v!;
        break;
      case '-':
        out += unset ? run(arg!, lookup, opts, argBase, true) : v!;
        break;
      case ':?':
      case '?':
        if (op === ':?' ? empty : unset) {
          const msg = run(arg!, lookup, opts, argBase, true);
          if (opts.lenient) break;
          throw new InterpolationError(
            `required variable ${name} is missing a value${msg ? `: ${msg}` : ''}`,
            'required',
            name,
            base + d,
          );
        }
        out += v!;
        break;
      case ':+':
        out += empty ? '' : run(arg!, lookup, opts, argBase, true);
        break;
      case '+':
        out += unset ? '' : run(arg!, lookup, opts, argBase, true);
        break;
    }
    i = end + 1;
  }
  return out;
}

/**
 * Every substitution written in `value`, including those nested in defaults, without
 * evaluating anything. Syntax errors throw InterpolationError.
 */
export function findReferences(value: string): Reference[] {
  const refs: Reference[] = [];
  scan(value, 0, false, refs);
  return refs;
}

function scan(s: string, base: number, nested: boolean, refs: Reference[]): void {
  // Evaluate with every variable unset, then with every variable set to a non-empty value, so
  // each branch's nested references are visited; de-duplicate by offset.
  const seen = new Set<number>();
  const collect = (r: Reference) => {
    if (seen.has(r.offset)) return;
    seen.add(r.offset);
    refs.push({ ...r, offset: r.offset + base, nested: r.nested || nested });
  };
  interpolate(s, () => undefined, { onReference: collect, lenient: true });
  interpolate(s, () => 'x', { onReference: collect, lenient: true });
  refs.sort((a, b) => a.offset - b.offset);
}
