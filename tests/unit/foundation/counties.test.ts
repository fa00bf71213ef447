import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countiesJsonPath, generateCounties } from '../../../scripts/gen-counties';
import { COUNTIES, countyByFips, countyLabel } from '../../../src/shared/geo/counties';
import { STATES } from '../../../src/shared/geo/states';

describe('counties.json', () => {
  it('is exactly what scripts/gen-counties.ts derives from us-atlas', () => {
    // If this fails, run `npx tsx scripts/gen-counties.ts` and commit the result.
    expect(readFileSync(countiesJsonPath, 'utf8')).toBe(generateCounties());
  });

  it.each([
    ['24005', 'Baltimore County', 'MD'],
    ['24510', 'Baltimore city', 'MD'],
    ['51760', 'Richmond city', 'VA'],
    ['51159', 'Richmond County', 'VA'],
    ['22071', 'Orleans Parish', 'LA'],
    ['02020', 'Anchorage Municipality', 'AK'],
    ['29510', 'St. Louis city', 'MO'],
    ['11001', 'District of Columbia', 'DC'],
  ])('%s is %s, %s', (fips, name, state) => {
    expect(countyByFips(fips)).toEqual({ fips, name, state });
  });

  it('covers every county and county-equivalent', () => {
    expect(COUNTIES.length).toBeGreaterThanOrEqual(3100);
  });

  it('has unique five-digit codes, sorted, each in a known state', () => {
    const codes = COUNTIES.map((c) => c.fips);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    const states = new Map<string, string>(STATES.map((s) => [s.fips, s.code]));
    for (const c of COUNTIES) {
      expect(c.fips).toMatch(/^\d{5}$/);
      expect(states.get(c.fips.slice(0, 2))).toBe(c.state);
      expect(c.name.trim()).toBe(c.name);
      expect(c.name.length).toBeGreaterThan(0);
    }
  });

  it('labels a county with its state', () => {
    expect(countyLabel('24510')).toBe('Baltimore city, MD');
    expect(countyLabel('99999')).toBe('99999');
  });
});
