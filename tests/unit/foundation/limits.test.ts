/**
 * Limits everywhere (issue #11): every string, list and record that a contract channel
 * accepts or that the chapter file stores has a maximum, so no accepted call can grow the
 * chapter file past what the app can open again (src/shared/limits.ts).
 *
 * The walk reads zod 4's own definitions (`schema._zod.def`). zod 4.6.7 keeps no `maximum`
 * in `_zod.bag` for strings and arrays (see node_modules/zod/v4/core/checks.js: the length
 * checks have no `onattach`), so the checks in `def.checks` are the source of truth: a
 * string or an array is bounded by a `max_length` (or `length_equals`) check. A record is
 * bounded when its keys come from an enum or literals (a fixed, finite set), or when
 * `recordOf` (src/shared/schema/common.ts) gave it a key-count bound; its keys and values
 * are walked too.
 *
 * What counts as bounded without a `.max()`:
 * - enums and literals (a fixed set of values);
 * - a string whose format or regex is anchored (`^…$`, no top-level `|`) and repeats
 *   nothing without an upper bound (no `*`, `+` or `{n,}` outside a character class):
 *   such a pattern only matches strings of a bounded length — dates (YYYY-MM-DD), FIPS
 *   codes, clock times, hashes, list and turf ids. This is decided from the pattern itself,
 *   not from the format's name, so an ISO date-time (its fractional seconds are `\d+`)
 *   still needs a `.max()`, and so do email and URL formats.
 *
 * Pipes and transforms: what is accepted is decided by a pipe's input side, so only `in`
 * is walked (its output is derived from a bounded input); when `in` is a bare transform
 * (`z.preprocess`), the output side is walked instead.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../../src/shared/contract';
import { ResultEntryInputSchema, ResultEntrySchema } from '../../../src/shared/canvass/results';
import { LIMITS } from '../../../src/shared/limits';
import { maxKeysOf, recordOf, TimestampSchema } from '../../../src/shared/schema/common';
import { StoreSchema } from '../../../src/shared/schema/store';

interface CheckDef {
  check: string;
  maximum?: number;
  length?: number;
  pattern?: RegExp;
  error?: unknown;
}
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  [key: string]: unknown;
}

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

function checkDefs(def: Def): CheckDef[] {
  return (def.checks ?? []).map((c) => c._zod.def);
}

function maxCheck(def: Def): CheckDef | undefined {
  return checkDefs(def).find(
    (c) =>
      (c.check === 'max_length' && typeof c.maximum === 'number') ||
      (c.check === 'length_equals' && typeof c.length === 'number'),
  );
}

/**
 * True when every string the pattern matches has a bounded length: anchored at both ends,
 * no top-level alternation, no unbounded repetition outside a character class.
 */
function patternBoundsLength(pattern: RegExp): boolean {
  if (pattern.flags.includes('m')) return false;
  const src = pattern.source;
  if (!src.startsWith('^') || !src.endsWith('$') || src.endsWith('\\$')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return false;
    else if (ch === '*' || ch === '+') return false;
    else if (ch === '{' && /^\{\d+,\}/.test(src.slice(i))) return false;
  }
  return true;
}

function stringBounded(def: Def): boolean {
  if (maxCheck(def)) return true;
  const patterns: RegExp[] = [];
  if (def.pattern instanceof RegExp) patterns.push(def.pattern);
  for (const c of checkDefs(def)) if (c.pattern instanceof RegExp) patterns.push(c.pattern);
  return patterns.some(patternBoundsLength);
}

/** A union option's name in a path: its discriminator's value, or its index. */
function optionLabel(option: unknown, discriminator: unknown, index: number): string {
  const def = defOf(option);
  if (typeof discriminator === 'string' && def.type === 'object') {
    const tag = defOf((def.shape as Record<string, unknown>)[discriminator]);
    if (tag.type === 'literal') return String((tag.values as unknown[])[0]);
  }
  return String(index);
}

interface Node {
  path: string;
  def: Def;
  schema: unknown;
}

const LEAVES = new Set([
  'enum',
  'literal',
  'number',
  'int',
  'boolean',
  'null',
  'undefined',
  'void',
  'never',
  'nan',
  'bigint',
  'date',
  'transform',
]);

/** Every schema node a value can reach, with its path (like `store.members[].name`). */
function nodes(schema: unknown, path: string, within: ReadonlySet<unknown> = new Set()): Node[] {
  // A schema inside itself (z.lazy) is walked once per path.
  if (within.has(schema)) return [];
  const inner = new Set(within).add(schema);
  const def = defOf(schema);
  const here: Node = { path, def, schema };
  const walk = (child: unknown, at: string) => nodes(child, at, inner);
  switch (def.type) {
    case 'string':
      return [here];
    case 'array':
      return [here, ...walk(def.element, `${path}[]`)];
    case 'set':
      return [here, ...walk(def.valueType, `${path}[]`)];
    case 'record':
      return [here, ...walk(def.keyType, `${path}{key}`), ...walk(def.valueType, `${path}{}`)];
    case 'object': {
      const out = [here];
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
        out.push(...walk(v, `${path}.${k}`));
      }
      const catchall = def.catchall;
      if (catchall && defOf(catchall).type !== 'never') out.push(...walk(catchall, `${path}.*`));
      return out;
    }
    case 'tuple':
      return [
        here,
        ...(def.items as unknown[]).flatMap((item, i) => walk(item, `${path}[${i}]`)),
        ...(def.rest ? walk(def.rest, `${path}[...]`) : []),
      ];
    case 'union':
      return [
        here,
        ...(def.options as unknown[]).flatMap((option, i) =>
          walk(option, `${path}|${optionLabel(option, def.discriminator, i)}`),
        ),
      ];
    case 'intersection':
      return [here, ...walk(def.left, path), ...walk(def.right, path)];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'catch':
    case 'readonly':
    case 'success':
      return walk(def.innerType, path);
    case 'pipe':
      return defOf(def.in).type === 'transform' ? walk(def.out, path) : walk(def.in, path);
    case 'lazy':
      return walk((def.getter as () => unknown)(), path);
    default:
      return [here];
  }
}

/** Paths of every string, array or record without a maximum, and of nodes it cannot size. */
function unbounded(schema: unknown, root: string): string[] {
  return nodes(schema, root).flatMap(({ path, def, schema: node }): string[] => {
    switch (def.type) {
      case 'string':
        return stringBounded(def) ? [] : [path];
      case 'array':
      case 'set':
        return maxCheck(def) ? [] : [path];
      case 'record': {
        const keys = defOf(def.keyType).type;
        const finite = keys === 'enum' || keys === 'literal';
        return finite || maxKeysOf(node) !== undefined ? [] : [`${path} (number of keys)`];
      }
      case 'object':
      case 'tuple':
      case 'union':
      case 'intersection':
        return [];
      default:
        return LEAVES.has(def.type) ? [] : [`${path} (${def.type}: cannot tell its size)`];
    }
  });
}

/** Paths of strings whose maximum has no message of its own (zod's default is technical). */
function unworded(schema: unknown, root: string): string[] {
  return nodes(schema, root)
    .filter(({ def }) => def.type === 'string')
    .filter(({ def }) => checkDefs(def).some((c) => c.check === 'max_length' && !c.error))
    .map(({ path }) => path);
}

const INPUTS = Object.entries(contract).map(([channel, spec]) => [channel, spec.input] as const);

describe('every accepted or stored text, list and record has a maximum', () => {
  it.each(INPUTS)('%s: its input', (channel, input) => {
    expect(unbounded(input, channel)).toEqual([]);
  });

  it('the chapter file (StoreSchema and all it includes)', () => {
    expect(unbounded(StoreSchema, 'store')).toEqual([]);
  });

  it('canvass results, kept beside the voter files', () => {
    expect(unbounded(ResultEntrySchema, 'result')).toEqual([]);
  });
});

describe('a text that is too long is refused in plain words', () => {
  it.each(INPUTS)('%s: its input', (channel, input) => {
    expect(unworded(input, channel)).toEqual([]);
  });

  it('the chapter file', () => {
    expect(unworded(StoreSchema, 'store')).toEqual([]);
  });

  it('says what is too long and how long it may be', () => {
    const result = contract['members.add'].input.safeParse({
      name: 'x'.repeat(LIMITS.name + 1),
      joined: '2025-01-01',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(`Name is at most ${LIMITS.name} characters`);
  });
});

describe('the walk itself', () => {
  it('finds unbounded strings, lists and records wherever they are', () => {
    const schema = z.object({
      a: z.string(),
      b: z.array(z.string().max(3)),
      c: z.record(z.string().max(3), z.string().max(3)),
      d: z.record(z.string(), z.int()).optional(),
      e: z.union([z.string().max(2), z.object({ f: z.string() })]),
      g: z.tuple([z.string()]),
      h: z
        .string()
        .max(3)
        .transform((s) => s.length),
      i: z.lazy(() => z.object({ j: z.array(z.int()).max(2), k: z.string() })),
      l: z.email(),
      m: z.iso.datetime({ offset: true }),
      n: z.unknown(),
    });
    expect(unbounded(schema, 's')).toEqual([
      's.a',
      's.b',
      's.c (number of keys)',
      's.d (number of keys)',
      's.d{key}',
      's.e|1.f',
      's.g[0]',
      's.i.k',
      's.l',
      's.m',
      's.n (unknown: cannot tell its size)',
    ]);
  });

  it('accepts enums, literals, fixed-shape formats and recordOf', () => {
    const schema = z.object({
      a: z.enum(['x', 'y']),
      b: z.literal('z'),
      c: z.iso.date(),
      d: z.string().regex(/^\d{5}$/),
      e: z.partialRecord(z.enum(['x']), z.string().max(3)),
      f: recordOf(z.string().max(3), z.int(), 10, 'things'),
      g: TimestampSchema,
      h: z.uuid(),
    });
    expect(unbounded(schema, 's')).toEqual([]);
  });

  it('reads a pattern as bounding the length only when it does', () => {
    expect(patternBoundsLength(/^\d{5}$/)).toBe(true);
    expect(patternBoundsLength(/^[a-z0-9][a-z0-9-]{0,63}$/)).toBe(true);
    expect(patternBoundsLength(/^[+*]{2}$/)).toBe(true);
    expect(patternBoundsLength(/^\d+$/)).toBe(false);
    expect(patternBoundsLength(/^\d{2,}$/)).toBe(false);
    expect(patternBoundsLength(/^a|b$/)).toBe(false);
    expect(patternBoundsLength(/\d{5}/)).toBe(false);
  });

  it('knows that a recordOf record refuses more keys than its bound', () => {
    const schema = recordOf(z.string().max(3), z.int(), 2, 'things');
    expect(schema.safeParse({ a: 1, b: 2 }).success).toBe(true);
    const three = schema.safeParse({ a: 1, b: 2, c: 3 });
    expect(three.error?.issues[0]?.message).toBe('At most 2 things');
  });
});

describe('canvass results', () => {
  const entry = { voterId: 'OH123', turfId: 'T1', notes: 'Asked about bus routes' };

  it('take the time of the knock as an ISO date-time with its offset', () => {
    expect(ResultEntryInputSchema.safeParse(entry).success).toBe(true);
    for (const at of ['2026-03-01T12:00:00.000Z', '2026-03-01T07:00:00-05:00']) {
      expect(ResultEntryInputSchema.safeParse({ ...entry, at }).success, at).toBe(true);
    }
    for (const at of ['yesterday', '2026-03-01', '2026-03-01 12:00', '']) {
      expect(ResultEntryInputSchema.safeParse({ ...entry, at }).success, at).toBe(false);
    }
  });

  it('bound their notes, language, canvasser and issues', () => {
    const over = (n: number) => 'x'.repeat(n + 1);
    for (const [key, value] of [
      ['notes', over(LIMITS.notes)],
      ['language', over(LIMITS.name)],
      ['canvasser', over(LIMITS.name)],
      ['issues', { [over(LIMITS.name)]: 'Y' }],
      [
        'issues',
        Object.fromEntries(Array.from({ length: LIMITS.shortList + 1 }, (_, i) => [`i${i}`, 'Y'])),
      ],
    ] as const) {
      expect(ResultEntryInputSchema.safeParse({ ...entry, [key]: value }).success, key).toBe(false);
    }
  });
});
