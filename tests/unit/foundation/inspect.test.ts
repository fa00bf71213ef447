import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectBytes, inspectFile, type Damage } from '../../../src/main/store/inspect';
import { serializeStore } from '../../../src/main/store/validate';
import { CURRENT_SCHEMA_VERSION, emptyStore } from '../../../src/shared/schema/store';
import { storeWith, tempDir } from './helpers';

const enc = (s: string) => new TextEncoder().encode(s);
const valid = serializeStore(storeWith(3));

const CASES: [string, Uint8Array, Damage][] = [
  ['empty', new Uint8Array(), 'empty'],
  ['whitespace only', enc(' \n\t\r\n  '), 'empty'],
  ['NUL bytes only', new Uint8Array(64), 'nul-bytes'],
  ['NUL bytes inside JSON', enc(valid.slice(0, 40) + '\0\0\0' + valid.slice(40)), 'nul-bytes'],
  ['truncated JSON', enc(valid.slice(0, Math.floor(valid.length / 2))), 'truncated'],
  ['truncated after an opening brace', enc('{'), 'truncated'],
  ['truncated inside a string', enc('{"schemaVersion":1,"chapter":"Balt'), 'truncated'],
  ['not JSON (text)', enc('hello, this is not json'), 'not-json'],
  ['not JSON (trailing garbage)', enc(valid.trimEnd() + ' }garbage'), 'not-json'],
  ['not JSON (HTML)', enc('<html><body>oops</body></html>'), 'not-json'],
  ['JSON array', enc('[1,2,3]'), 'schema-invalid'],
  ['JSON number', enc('42'), 'schema-invalid'],
  ['JSON null', enc('null'), 'schema-invalid'],
  ['empty object', enc('{}'), 'schema-invalid'],
  [
    'schema-invalid member',
    enc(JSON.stringify({ ...storeWith(1), members: [{ name: 'no id' }] })),
    'schema-invalid',
  ],
  [
    'bad county code',
    enc(
      JSON.stringify({ ...storeWith(1), members: [{ ...storeWith(1).members[0], county: 'x' }] }),
    ),
    'schema-invalid',
  ],
  [
    'newer schemaVersion',
    enc(JSON.stringify({ ...emptyStore(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 })),
    'newer-version',
  ],
  [
    'much newer schemaVersion',
    enc(JSON.stringify({ ...emptyStore(), schemaVersion: 999 })),
    'newer-version',
  ],
];

describe('inspectBytes', () => {
  it.each(CASES)('classifies %s', (_label, bytes, damage) => {
    const result = inspectBytes(bytes);
    expect(result.kind).toBe('damaged');
    if (result.kind !== 'damaged') return;
    expect(result.damage).toBe(damage);
    expect(result.detail.length).toBeGreaterThan(0);
  });

  it('returns ok with the parsed data for a valid file', () => {
    const data = storeWith(3);
    const result = inspectBytes(enc(serializeStore(data)));
    expect(result).toEqual({ kind: 'ok', data, fromVersion: CURRENT_SCHEMA_VERSION });
  });

  it('accepts valid data with a BOM-free pretty-printed layout and surrounding whitespace', () => {
    const data = storeWith(2);
    const result = inspectBytes(enc(`\n  ${JSON.stringify(data, null, 2)}\n\n`));
    expect(result.kind).toBe('ok');
  });

  it('reads an older file (no schemaVersion) through the migrations', () => {
    // Version 0 → 1 has no migration step yet, so it is reported, not silently accepted.
    const { schemaVersion: _v, ...old } = storeWith(1);
    const result = inspectBytes(enc(JSON.stringify(old)));
    expect(result.kind).toBe('damaged');
    if (result.kind === 'damaged') expect(result.damage).toBe('schema-invalid');
  });
});

describe('inspectFile', () => {
  it('reports a missing file as missing', async () => {
    const dir = await tempDir();
    expect(await inspectFile(join(dir, 'chapter.json'))).toEqual({ kind: 'missing' });
  });

  it.each(CASES)('classifies a file holding %s', async (_label, bytes, damage) => {
    const dir = await tempDir();
    const path = join(dir, 'chapter.json');
    await writeFile(path, bytes);
    const result = await inspectFile(path);
    expect(result.kind === 'damaged' && result.damage).toBe(damage);
  });

  it('returns ok for a valid file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'chapter.json');
    await writeFile(path, valid);
    const result = await inspectFile(path);
    expect(result.kind).toBe('ok');
    if (result.kind === 'ok') expect(result.data.members).toHaveLength(3);
  });

  it('throws for errors other than a missing file (a folder in its place)', async () => {
    const dir = await tempDir();
    await expect(inspectFile(dir)).rejects.toThrow();
  });
});
