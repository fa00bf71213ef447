/** The preload's plain channel list is the contract's, and bundles without zod. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/contract';
import { CHANNEL_NAMES } from '../../../src/shared/contract/channelNames';

describe('CHANNEL_NAMES', () => {
  it('equals the contract’s channels, each once', () => {
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });

  it('is what the preload builds the bridge from, and imports nothing at run time', () => {
    const preload = readFileSync('src/preload/index.ts', 'utf8');
    expect(preload).toMatch(/from '\.\.\/shared\/contract\/channelNames'/);
    expect(preload).not.toMatch(/from '\.\.\/shared\/contract'/);
    const names = readFileSync('src/shared/contract/channelNames.ts', 'utf8');
    const runtimeImports = [...names.matchAll(/^import\s+(?!type\b).*$/gm)];
    expect(runtimeImports).toEqual([]);
  });
});
