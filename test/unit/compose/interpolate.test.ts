import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import { findReferences, interpolate, InterpolationError } from '../../../src/compose/interpolate.js';

// Environment shared by the table: set, set-but-empty, and unset variables.
const env: Record<string, string> = { FOO: 'first', BAR: '', LOWER: 'low', N_1: 'n1', PORT: '8000', DOLLAR: '$X' };
const lookup = (n: string) => (Object.prototype.hasOwnProperty.call(env, n) ? env[n] : undefined);

// [input, expected] pairs taken from the compose-spec "Interpolation" section and compose-go's
// template tests (the behaviour `docker compose config` shows).
const table: Array<[string, string]> = [
  ['no variables', 'no variables'],
  ['$FOO', 'first'],
  ['${FOO}', 'first'],
  ['pre-$FOO-post', 'pre-first-post'],
  ['pre-${FOO}post', 'pre-firstpost'],
  ['$FOObar', ''], // the name runs to the first non-name character
  ['${FOO}bar', 'firstbar'],
  ['$UNSET', ''],
  ['${UNSET}', ''],
  ['${BAR}', ''],
  ['$$', '$'],
  ['$$FOO', '$FOO'],
  ['$${FOO}', '${FOO}'],
  ['$$$FOO', '$first'],
  ['price: 5$', 'price: 5$'], // a lone $ at the end stays
  ['$ FOO', '$ FOO'],
  ['$1', '$1'], // names do not start with a digit
  ['${UNSET:-default}', 'default'],
  ['${BAR:-default}', 'default'],
  ['${FOO:-default}', 'first'],
  ['${UNSET-default}', 'default'],
  ['${BAR-default}', ''],
  ['${FOO-default}', 'first'],
  ['${UNSET:-}', ''],
  ['${UNSET-}', ''],
  ['${UNSET:-a b c}', 'a b c'],
  ['${UNSET:-${FOO}}', 'first'],
  ['${UNSET:-${UNSET2:-deep}}', 'deep'],
  ['${UNSET:-x${FOO}y}', 'xfirsty'],
  ['${UNSET:-$FOO}', 'first'],
  ['${UNSET:-$$FOO}', '$FOO'],
  ['${FOO:+replacement}', 'replacement'],
  ['${BAR:+replacement}', ''],
  ['${UNSET:+replacement}', ''],
  ['${FOO+replacement}', 'replacement'],
  ['${BAR+replacement}', 'replacement'],
  ['${UNSET+replacement}', ''],
  ['${FOO:+${LOWER}}', 'low'],
  ['${FOO:?must be set}', 'first'],
  ['${BAR?must be set}', ''],
  ['${N_1}', 'n1'],
  ['${lower:-d}', 'd'], // names are case-sensitive
  ['${PORT}:8000/tcp', '8000:8000/tcp'],
  ['${UNSET:-8000}:8000', '8000:8000'],
  ['${UNSET:-http://host:8000/path}', 'http://host:8000/path'],
  ['${UNSET:-a}b}', 'ab}'], // the first balancing } closes
  ['${DOLLAR}', '$X'], // values are not re-interpolated
  ['{FOO}', '{FOO}'],
  ['${FOO}${LOWER}', 'firstlow'],
  ['${UNSET:-{x}', '{x'],
  ['${UNSET:--}', '-'],
  ['${UNSET:-:-}', ':-'],
];

describe('interpolate (compose-spec table)', () => {
  test.each(table)('%s -> %s', (input, expected) => {
    expect(interpolate(input, lookup)).toBe(expected);
  });

  it('has at least 40 cases', () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
  });

  const errors: Array<[string, 'required' | 'syntax', string | undefined]> = [
    ['${UNSET:?must be set}', 'required', 'UNSET'],
    ['${BAR:?must be set}', 'required', 'BAR'],
    ['${UNSET?must be set}', 'required', 'UNSET'],
    ['${UNSET:?}', 'required', 'UNSET'],
    ['${UNSET:-${UNSET2:?inner}}', 'required', 'UNSET2'],
    ['${FOO', 'syntax', undefined],
    ['${}', 'syntax', undefined],
    ['${1A}', 'syntax', undefined],
    ['${FOO:x}', 'syntax', 'FOO'],
    ['${FOO BAR}', 'syntax', 'FOO'],
    ['${FOO/x/y}', 'syntax', 'FOO'],
  ];
  test.each(errors)('%s throws %s', (input, kind, variable) => {
    try {
      interpolate(input, lookup);
      expect.unreachable('should throw');
    } catch (err) {
      expect(err).toBeInstanceOf(InterpolationError);
      expect((err as InterpolationError).kind).toBe(kind);
      expect((err as InterpolationError).variable).toBe(variable);
    }
  });

  it('puts the message of :? into the error', () => {
    expect(() => interpolate('${DB:?set DB in .env}', lookup)).toThrow('required variable DB is missing a value: set DB in .env');
  });

  it('does not evaluate a default that is not used', () => {
    const seen: string[] = [];
    interpolate('${FOO:-${UNSET}}', lookup, { onReference: (r) => seen.push(r.name) });
    expect(seen).toEqual(['FOO']);
  });
});

describe('findReferences', () => {
  it('lists every reference with operator, offset and nesting', () => {
    const refs = findReferences('a ${A:?x} $B ${C:-${D}} $$E');
    expect(refs.map((r) => [r.name, r.op, r.offset, r.nested, r.hasDefault])).toEqual([
      ['A', ':?', 2, false, false],
      ['B', '', 10, false, false],
      ['C', ':-', 13, false, true],
      ['D', '', 18, true, false],
    ]);
  });
});

describe('interpolate properties', () => {
  it('is the identity on strings without $', () => {
    fc.assert(fc.property(fc.string().filter((s) => !s.includes('$')), (s) => interpolate(s, lookup) === s));
  });
  it('$$-escaping any string round-trips', () => {
    fc.assert(fc.property(fc.string(), (s) => interpolate(s.replace(/\$/g, '$$$$'), lookup) === s));
  });
  it('never throws anything but InterpolationError', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[${}:?+\-A-Z_ a]*$/), (s) => {
        try {
          interpolate(s, lookup);
        } catch (err) {
          return err instanceof InterpolationError;
        }
        return true;
      }),
    );
  });
});
